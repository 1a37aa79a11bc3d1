package org.w3id.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class GraphRewriterTest {
  static final Node TYPE = NodeFactory.createURI("http://example.org/Thing");
  static final Node P = NodeFactory.createURI("http://example.org/p");

  static Node s(int i) {
    return NodeFactory.createURI("http://example.org/s" + i);
  }

  /** Subjects 0..n-1, each typed, each with values drawn from {@code random}. */
  static Graph content(Random random, int n) {
    Graph g = GraphFactory.createDefaultGraph();
    for (int i = 0; i < n; i++) {
      g.add(s(i), RDF.type.asNode(), TYPE);
      for (int k = random.nextInt(4); k >= 0; k--) {
        g.add(s(i), P, NodeFactory.createLiteralString("v" + random.nextInt(5)));
      }
    }
    return g;
  }

  @Test
  void theGraphEndsExactlyAsTheNewContentWhateverItHeldBefore() {
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      Graph target = content(random, 1 + random.nextInt(30));
      Graph wanted = content(random, 1 + random.nextInt(30));
      GraphRewriter w = new GraphRewriter(target);
      // In pieces of a few subjects each.
      Graph piece = GraphFactory.createDefaultGraph();
      int inPiece = 0;
      for (int i = 0; wanted.contains(s(i), Node.ANY, Node.ANY); i++) {
        wanted.find(s(i), Node.ANY, Node.ANY).forEachRemaining(piece::add);
        if (++inPiece == 3) {
          w.put(piece);
          piece = GraphFactory.createDefaultGraph();
          inPiece = 0;
        }
      }
      w.put(piece);
      w.finish(List.of(Triple.create(Node.ANY, RDF.type.asNode(), Node.ANY)));
      assertThat(target.isIsomorphicWith(wanted)).as("round %d", round).isTrue();
    }
  }

  /** A subject in two blocks would end with the second block's triples only: refused. */
  @Test
  void aSubjectPutInTwoBlocksIsRefused() {
    Graph target = GraphFactory.createDefaultGraph();
    GraphRewriter w = new GraphRewriter(target);
    Graph first = GraphFactory.createDefaultGraph();
    first.add(s(1), RDF.type.asNode(), TYPE);
    w.put(first);
    Graph second = GraphFactory.createDefaultGraph();
    second.add(s(1), P, NodeFactory.createLiteralString("v1"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.put(second))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("http://example.org/s1");
    assertThat(target.contains(s(1), RDF.type.asNode(), TYPE)).isTrue();
  }

  @Test
  void unchangedSubjectsAreNotWrittenAndChangedOnesAreNamed() {
    Graph target = content(new Random(1), 10);
    Graph same = GraphFactory.createDefaultGraph();
    target.find().forEachRemaining(same::add);
    same.delete(s(4), RDF.type.asNode(), TYPE);
    same.add(s(4), RDF.type.asNode(), NodeFactory.createURI("http://example.org/Other"));
    GraphRewriter w = new GraphRewriter(target);
    assertThat(w.put(same)).containsExactly(s(4));
    assertThat(w.added()).isEqualTo(1);
    assertThat(w.removed()).isEqualTo(1);
    assertThat(w.finish(List.of(Triple.create(Node.ANY, RDF.type.asNode(), Node.ANY)))).isEmpty();
  }

  @Test
  void theLongSetHoldsWhatWasAddedAndNothingElse() {
    GraphRewriter.LongSet set = new GraphRewriter.LongSet();
    Random random = new Random(3);
    long[] in = random.longs(100_000).toArray();
    for (long v : in) {
      set.add(v);
    }
    set.add(0);
    for (long v : in) {
      assertThat(set.contains(v)).isTrue();
    }
    assertThat(set.contains(0)).isTrue();
    Random other = new Random(4);
    for (int i = 0; i < 10_000; i++) {
      long v = other.nextLong();
      assertThat(set.contains(v)).isEqualTo(java.util.Arrays.stream(in).anyMatch(x -> x == v));
    }
  }
}
