package org.w3id.claimgraph.build;

/** What a build loaded: articles, claims, triples in all, and conflicts derived. */
public record BuildResult(int articles, int claims, long triples, long conflicts) {}
