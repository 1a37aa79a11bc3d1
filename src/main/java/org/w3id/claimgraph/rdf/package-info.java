/**
 * The only place that turns records into triples and back: parsing Turtle with positions in its
 * errors, reading the vocabulary and curated claims into records, writing claims and articles in
 * their canonical RDF form, and turning query rows back into claims.
 */
package org.w3id.claimgraph.rdf;
