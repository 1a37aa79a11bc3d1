/**
 * Reading the curated corpus from disk: article texts as strict UTF-8, and which metadata and
 * claims files belong to which article.
 */
package org.w3id.claimgraph.corpus;
