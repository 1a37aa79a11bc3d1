package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.vocab.CG;

/**
 * When an incremental derivation derives the whole graph instead ({@link Incremental#aboveShare}):
 * when the claims of the region's propositions are more than the given share of the stored claims,
 * however early it stops counting the others.
 */
class AboveShareTest {
  private static final String NS = "urn:test:";

  /** Propositions p1, p2 and p3, with 2, 6 and 2 claims. */
  private static Graph conflicts() {
    Graph g = GraphFactory.createDefaultGraph();
    int[] counts = {2, 6, 2};
    for (int i = 0; i < counts.length; i++) {
      var p = NodeFactory.createURI(NS + "p" + (i + 1));
      g.add(
          p,
          CG.claimCount.asNode(),
          NodeFactory.createLiteralDT(Integer.toString(counts[i]), XSDDatatype.XSDinteger));
    }
    return g;
  }

  @Test
  void aRegionIsAboveItsShareWhenItsClaimsAreMoreThanThatShareOfAll() {
    Graph g = conflicts();
    assertThat(Incremental.aboveShare(g, Set.of(NS + "p1"), 0.5)).as("2 of 10").isFalse();
    assertThat(Incremental.aboveShare(g, Set.of(NS + "p2"), 0.5)).as("6 of 10").isTrue();
    assertThat(Incremental.aboveShare(g, Set.of(NS + "p2"), 0.6)).as("6 of 10, at most").isFalse();
    assertThat(Incremental.aboveShare(g, Set.of(NS + "p1", NS + "p3"), 0.39))
        .as("4 of 10")
        .isTrue();
    assertThat(Incremental.aboveShare(g, Set.of(NS + "p1", NS + "p2", NS + "p3"), 0.99))
        .as("all of them")
        .isTrue();
    assertThat(Incremental.aboveShare(g, Set.of(NS + "p1", NS + "p2", NS + "p3"), 1)).isFalse();
    assertThat(Incremental.aboveShare(g, Set.of(NS + "elsewhere"), 0.5)).isFalse();
  }

  @Test
  void anEmptyStoreIsAllOfItsShare() {
    Graph empty = GraphFactory.createDefaultGraph();
    assertThat(Incremental.aboveShare(empty, Set.of(NS + "p1"), 0.5)).isTrue();
    assertThat(Incremental.aboveShare(empty, Set.of(NS + "p1"), 1)).isFalse();
  }
}
