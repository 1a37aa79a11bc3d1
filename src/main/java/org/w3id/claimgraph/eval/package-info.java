/**
 * Measuring extraction and conflict finding against hand-annotated real pages (a gold set in the
 * development-set layout: {@code articles/}, {@code claims.tsv}, {@code conflicts.tsv}).
 */
package org.w3id.claimgraph.eval;
