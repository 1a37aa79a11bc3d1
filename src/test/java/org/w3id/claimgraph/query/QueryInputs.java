package org.w3id.claimgraph.query;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Values for the library's queries that are meant to be run with some variables bound, so that a
 * test comparing two engines compares answers a user would ask for, on the corpus.
 */
public final class QueryInputs {
  private QueryInputs() {}

  private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);

  /** Query name to its inputs; queries not named here run unbound. */
  public static final Map<String, Map<String, Node>> CORPUS =
      Map.of(
          "conflicts-with-claim",
          Map.of(
              "interventionGiven", iri(Ids.concept("vascular-massage")),
              "conditionGiven", iri(Ids.concept("deep-vein-thrombosis")),
              "relationGiven", iri("https://w3id.org/claimgraph/ns#Benefits"),
              "negatedGiven", FALSE,
              "conditionalGiven", FALSE),
          "claims-of-article",
          Map.of("article", iri(Ids.article("vascular-massage-therapy"))),
          "claims-by-author",
          Map.of("authorName", NodeFactory.createLiteralString("Art Riggs")),
          "graph",
          Map.of("g", iri(Ids.CONCEPTS_GRAPH)));

  /** The inputs of one query. */
  public static Map<String, Node> of(String name) {
    return CORPUS.getOrDefault(name, Map.of());
  }

  private static Node iri(String s) {
    return NodeFactory.createURI(s);
  }
}
