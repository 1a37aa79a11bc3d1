package org.w3id.claimgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Sentence;

/** An article read and extracted, ready to be written: its graph and its claims. */
public record Prepared(
    Path file, Article article, Graph graph, List<Claim> claims, List<Sentence> sentences) {}
