/**
 * Benchmarks that print their figures beside the raw dependency doing the same work in the same
 * run, and the synthetic text they run on.
 */
package org.w3id.claimgraph.bench;
