/**
 * claimgraph: a knowledge graph of health claims and the strength of their evidence. Sub-packages
 * follow the pipeline: {@code corpus} reads articles, {@code rdf} turns records into triples,
 * {@code build} loads them into a {@code store}, {@code conflict} and {@code query} ask questions
 * of it, {@code report} writes answers, and {@code cli} is the command line. This package holds the
 * exceptions they share.
 */
package org.w3id.claimgraph;
