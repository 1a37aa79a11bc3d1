package org.w3id.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store compacted through the bulk loader holds the same quads in a new generation, the old one
 * deleted, and goes on taking writes; a compaction stopped before its copy was moved into place
 * leaves the store as it was.
 */
class BulkCompactionTest {
  @TempDir Path tmp;

  private static final Node P = NodeFactory.createURI("https://example.org/p");

  /** Writes {@code n} quads, in {@code graphs} named graphs, a transaction a graph. */
  private static void write(LocalStore store, String tag, int graphs, int n) {
    for (int g = 0; g < graphs; g++) {
      Node graph = NodeFactory.createURI("https://example.org/" + tag + "/graph/" + g);
      int from = g * n / graphs;
      int to = (g + 1) * n / graphs;
      store.calculateWrite(
          w -> {
            DatasetGraph d = w.dataset();
            for (int i = from; i < to; i++) {
              Node s = NodeFactory.createURI("https://example.org/" + tag + "/s/" + i);
              d.add(graph, s, P, NodeFactory.createLiteralString("value " + i));
              d.add(graph, s, P, NodeFactory.createBlankNode("b" + tag + i));
            }
            d.prefixes().add("ex", "https://example.org/");
            return null;
          });
    }
  }

  private static Set<Quad> quads(LocalStore store) {
    return store.readDataset(d -> new HashSet<>(d.stream().toList()));
  }

  private static List<String> generations(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("Data-"))
          .sorted()
          .toList();
    }
  }

  @Test
  void theCompactedStoreHoldsTheSameQuadsInANewGenerationAndTakesWrites() throws IOException {
    Path dir = tmp.resolve("store");
    Set<Quad> before;
    try (LocalStore store = LocalStore.open(dir)) {
      write(store, "a", 20, 4_000);
      // remove a graph and write it again, so the generation holds versions no longer live
      store.calculateWrite(
          w -> {
            w.dataset().removeGraph(NodeFactory.createURI("https://example.org/a/graph/0"));
            return null;
          });
      write(store, "a", 20, 4_000);
      before = quads(store);
      assertThat(before).hasSize(8_000);
      assertThat(generations(dir)).containsExactly("Data-0001");

      store.compact();

      assertThat(generations(dir)).containsExactly("Data-0002");
      assertThat(quads(store)).isEqualTo(before);
      String ex = store.readDataset(d -> d.prefixes().get("ex"));
      assertThat(ex).isEqualTo("https://example.org/");
      write(store, "b", 2, 100);
      assertThat(quads(store)).hasSize(before.size() + 200).containsAll(before);
      store.compact();
      assertThat(generations(dir)).containsExactly("Data-0003");
    }
    try (LocalStore again = LocalStore.open(dir)) {
      assertThat(quads(again)).hasSize(before.size() + 200).containsAll(before);
    }
  }

  @Test
  void aCompactionStoppedBeforeItsCopyWasInPlaceLeavesTheStoreAsItWas() throws IOException {
    Path dir = tmp.resolve("store");
    Set<Quad> before;
    try (LocalStore store = LocalStore.open(dir)) {
      write(store, "a", 3, 300);
      before = quads(store);
    }
    // What a compaction killed during its copy leaves: a partial next generation, as -tmp.
    Path partial = dir.resolve("Data-0002-tmp");
    Files.createDirectories(partial);
    Files.writeString(partial.resolve("nodes.dat"), "half a copy");
    try (LocalStore store = LocalStore.open(dir)) {
      assertThat(quads(store)).isEqualTo(before);
      assertThat(partial).doesNotExist();
      store.compact();
      assertThat(generations(dir)).containsExactly("Data-0002");
      assertThat(quads(store)).isEqualTo(before);
    }
  }
}
