package org.w3id.claimgraph.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The concepts the extractor minted for conditions outside the vocabulary, made part of the
 * concepts graph. Each is written in the graph of every article that names it, so an article's
 * graph stands on its own (in an export, on a server); the concepts graph, which every query reads
 * labels and the hierarchy from, is brought to hold exactly the vocabulary and the unreviewed
 * concepts some article still names, with their proposed broader concepts and the closure of the
 * hierarchy above them ({@code skos:broaderTransitive}).
 */
public final class UnreviewedConcepts {
  private UnreviewedConcepts() {}

  /** What a synchronisation changed. */
  public record Changes(int added, int removed) {}

  /**
   * Adds to the concepts graph of {@code dsg} the unreviewed concepts its article graphs name and
   * it lacks, and removes those no graph names any more. Reads only the quads typed {@link
   * CG#UnreviewedConcept} and those concepts' own triples.
   */
  public static Changes sync(DatasetGraph dsg) {
    Node conceptsGraph = NodeFactory.createURI(Ids.CONCEPTS_GRAPH);
    Node type = RDF.type.asNode();
    Node unreviewed = CG.UnreviewedConcept.asNode();
    Map<Node, Node> named = new LinkedHashMap<>();
    Set<Node> present = new HashSet<>();
    dsg.find(Node.ANY, Node.ANY, type, unreviewed)
        .forEachRemaining(
            q -> {
              if (q.getGraph().equals(conceptsGraph)) {
                present.add(q.getSubject());
              } else if (!Quad.isDefaultGraph(q.getGraph())) {
                named.putIfAbsent(q.getSubject(), q.getGraph());
              }
            });
    Graph concepts = dsg.getGraph(conceptsGraph);
    int removed = 0;
    for (Node c : present) {
      if (!named.containsKey(c)) {
        List<Triple> own = concepts.find(c, Node.ANY, Node.ANY).toList();
        own.forEach(concepts::delete);
        removed++;
      }
    }
    int added = 0;
    Node broader = SKOS.broader.asNode();
    Node transitive = SKOS.broaderTransitive.asNode();
    for (Map.Entry<Node, Node> e : named.entrySet()) {
      Node c = e.getKey();
      if (present.contains(c)) {
        continue;
      }
      Graph article = dsg.getGraph(e.getValue());
      List<Triple> own = article.find(c, Node.ANY, Node.ANY).toList();
      own.forEach(concepts::add);
      Node scheme = NodeFactory.createURI(Ids.UNREVIEWED_SCHEME);
      article.find(scheme, Node.ANY, Node.ANY).forEachRemaining(concepts::add);
      List<Node> above = new ArrayList<>();
      for (Triple t : own) {
        if (t.getPredicate().equals(broader)) {
          above.add(t.getObject());
          concepts
              .find(t.getObject(), transitive, Node.ANY)
              .forEachRemaining(u -> above.add(u.getObject()));
        }
      }
      for (Node a : above) {
        concepts.add(c, transitive, a);
      }
      added++;
    }
    return new Changes(added, removed);
  }
}
