/**
 * Full-text search with Lucene: every sentence and every claim, English analysis with synonyms
 * generated from the SKOS vocabulary, highlighting, filters, and {@code text:query} for SPARQL.
 */
package org.w3id.claimgraph.search;
