package org.w3id.claimgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.PROV;
import org.w3id.claimgraph.vocab.Schema;

/**
 * Writes a claim as triples in its canonical form: the predication and qualifiers on the claim, and
 * its span as a Web Annotation specific resource with a quote selector (exact, prefix, suffix) and
 * a position selector. Span and selectors get IRIs of their own ({@code claim#span}, {@code
 * #quote}, {@code #position}), so writing the same claim twice gives the same triples.
 */
public final class ClaimWriter {
  /** How many code points of context the quote selector keeps on each side. */
  public static final int CONTEXT = 32;

  private ClaimWriter() {}

  /** Adds the triples of {@code claim}, whose span is in {@code article}, to {@code graph}. */
  public static void write(Claim claim, Article article, Graph graph) {
    Node c = uri(claim.id());
    Node articleNode = uri(Ids.article(claim.article()));
    add(graph, c, RDF.type, CG.Claim);
    add(graph, c, Schema.appearance, articleNode);
    add(graph, c, CG.intervention, uri(claim.intervention().iri()));
    add(graph, c, CG.relation, Terms.of(claim.relation()));
    add(graph, c, CG.condition, uri(claim.condition().iri()));
    add(graph, c, CG.certainty, Terms.of(claim.certainty()));
    add(graph, c, CG.negated, bool(claim.negated()));
    add(graph, c, CG.conditional, bool(claim.conditional()));
    add(graph, c, PROV.wasAttributedTo, uri(claim.attributedTo().iri()));
    add(graph, c, CG.curation, Terms.of(claim.curation()));
    add(graph, c, CG.evidenceCode, Terms.evidenceCode(claim.curation()));
    if (claim.note() != null) {
      add(graph, c, SKOS.editorialNote, NodeFactory.createLiteralLang(claim.note(), "en"));
    }
    Node span = uri(claim.id() + "#span");
    Node quote = uri(claim.id() + "#quote");
    Node position = uri(claim.id() + "#position");
    add(graph, c, CG.span, span);
    add(graph, span, RDF.type, OA.SpecificResource);
    add(graph, span, OA.hasSource, articleNode);
    add(graph, span, OA.hasSelector, quote);
    add(graph, span, OA.hasSelector, position);
    int start = claim.span().start();
    int end = claim.span().end();
    add(graph, quote, RDF.type, OA.TextQuoteSelector);
    add(graph, quote, OA.exact, NodeFactory.createLiteralString(claim.span().quote()));
    add(
        graph,
        quote,
        OA.prefix,
        NodeFactory.createLiteralString(article.slice(start - CONTEXT, start)));
    add(
        graph,
        quote,
        OA.suffix,
        NodeFactory.createLiteralString(article.slice(end, end + CONTEXT)));
    add(graph, position, RDF.type, OA.TextPositionSelector);
    add(graph, position, OA.start, offset(start));
    add(graph, position, OA.end, offset(end));
  }

  static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  static void add(Graph g, Node s, Property p, Node o) {
    g.add(s, p.asNode(), o);
  }

  static void add(Graph g, Node s, Property p, Resource o) {
    g.add(s, p.asNode(), o.asNode());
  }

  private static Node bool(boolean b) {
    return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
  }

  private static Node offset(int n) {
    return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
  }
}
