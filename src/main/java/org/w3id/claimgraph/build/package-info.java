/**
 * Building the store from the workspace: ontology, vocabulary, corpus and curated claims, checked
 * and validated first, then written with the derived conflicts in one transaction.
 */
package org.w3id.claimgraph.build;
