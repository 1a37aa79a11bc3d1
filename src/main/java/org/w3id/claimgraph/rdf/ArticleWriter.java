package org.w3id.claimgraph.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.PROV;
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
    write(article, metadata, origin, claims, List.of(), graph);
  }

  /**
   * As {@link #write(Article, Model, Resource, List, Graph)}, with the unreviewed concepts the
   * claims name: each is written in the article's graph, so that it goes with the article.
   */
  public static void write(
      Article article,
      Model metadata,
      Resource origin,
      List<Claim> claims,
      List<Concept> newConcepts,
      Graph graph) {
    for (Concept c : newConcepts) {
      writeUnreviewed(c, graph);
    }
    metadata.getGraph().find().forEachRemaining(graph::add);
    Node a = NodeFactory.createURI(Ids.article(article.slug()));
    ClaimWriter.add(graph, a, Schema.text, NodeFactory.createLiteralString(article.text()));
    ClaimWriter.add(graph, a, CG.origin, origin);
    for (Claim claim : claims) {
      ClaimWriter.write(claim, article, graph);
    }
  }

  /**
   * A minted concept: a SKOS concept and condition of its own, with its label, the broader concept
   * proposed for it, the extractor that minted it and a note that no one has reviewed it.
   */
  private static void writeUnreviewed(Concept c, Graph graph) {
    Node n = NodeFactory.createURI(c.iri());
    ClaimWriter.add(graph, n, RDF.type, SKOS.Concept);
    ClaimWriter.add(graph, n, RDF.type, CG.Concept);
    ClaimWriter.add(graph, n, RDF.type, CG.Condition);
    ClaimWriter.add(graph, n, RDF.type, CG.UnreviewedConcept);
    ClaimWriter.add(graph, n, SKOS.prefLabel, NodeFactory.createLiteralLang(c.prefLabel(), "en"));
    Node scheme = NodeFactory.createURI(Ids.UNREVIEWED_SCHEME);
    ClaimWriter.add(graph, n, SKOS.inScheme, scheme);
    ClaimWriter.add(graph, scheme, RDF.type, SKOS.ConceptScheme);
    ClaimWriter.add(
        graph,
        scheme,
        SKOS.prefLabel,
        NodeFactory.createLiteralLang("claimgraph concepts not yet reviewed", "en"));
    for (String b : c.broader()) {
      ClaimWriter.add(graph, n, SKOS.broader, NodeFactory.createURI(b));
    }
    ClaimWriter.add(
        graph, n, PROV.wasGeneratedBy, NodeFactory.createURI(ClaimWriter.extractorActivity()));
    ClaimWriter.add(
        graph,
        n,
        SKOS.editorialNote,
        NodeFactory.createLiteralLang(
            "Minted by the extractor from the words of an article; not reviewed.", "en"));
  }
}
