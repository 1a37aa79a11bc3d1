/**
 * Namespace constants, one class per vocabulary: the claimgraph ontology ({@link
 * org.w3id.claimgraph.vocab.CG}), the standard vocabularies Jena has no class for (schema.org in
 * its {@code http} namespace, PROV-O, OBO's ECO, SEPIO and RO), and the IRIs of claimgraph data
 * ({@link org.w3id.claimgraph.vocab.Ids}). Jena's own RDF, RDFS, OWL, XSD, SKOS and OA classes are
 * used as they are.
 */
package org.w3id.claimgraph.vocab;
