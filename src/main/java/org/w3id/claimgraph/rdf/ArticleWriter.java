package org.w3id.claimgraph.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.Schema;

/** Writes the named graph of one article: its metadata, its text, its origin and its claims. */
public final class ArticleWriter {
  private ArticleWriter() {}

  /**
   * Adds to {@code graph} the metadata triples as given, the text as {@code schema:text}, the
   * origin, and each claim in canonical form.
   */
  public static void write(
      Article article, Model metadata, Resource origin, List<Claim> claims, Graph graph) {
    metadata.getGraph().find().forEachRemaining(graph::add);
    Node a = NodeFactory.createURI(Ids.article(article.slug()));
    ClaimWriter.add(graph, a, Schema.text, NodeFactory.createLiteralString(article.text()));
    ClaimWriter.add(graph, a, CG.origin, origin);
    for (Claim claim : claims) {
      ClaimWriter.write(claim, article, graph);
    }
  }
}
