/**
 * The domain as plain records and enums: claims, concepts, conflicts and their parts. Nothing here
 * knows about RDF, SPARQL or Lucene; the {@code rdf} package converts these records to triples and
 * back.
 */
package org.w3id.claimgraph.model;
