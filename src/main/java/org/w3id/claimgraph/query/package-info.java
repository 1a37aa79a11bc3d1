/**
 * The SPARQL library in {@code queries/}: loading and checking every {@code .rq} file, and running
 * them against a store with inputs bound by substitution.
 */
package org.w3id.claimgraph.query;
