package org.w3id.claimgraph;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/** Dataset comparison for tests. */
public final class Datasets {
  private Datasets() {}

  /**
   * True when both datasets have the same named graphs and each pair of graphs is isomorphic (blank
   * nodes matched graph by graph, as Jena's graph matcher does quickly).
   */
  public static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
    Set<Node> namesA = new HashSet<>();
    a.listGraphNodes().forEachRemaining(namesA::add);
    Set<Node> namesB = new HashSet<>();
    b.listGraphNodes().forEachRemaining(namesB::add);
    if (!namesA.equals(namesB)) {
      return false;
    }
    if (!a.getDefaultGraph().isIsomorphicWith(b.getDefaultGraph())) {
      return false;
    }
    for (Node g : namesA) {
      if (!a.getGraph(g).isIsomorphicWith(b.getGraph(g))) {
        return false;
      }
    }
    return true;
  }
}
