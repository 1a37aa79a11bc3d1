package org.w3id.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.bench.ArticleGenerator;
import org.w3id.claimgraph.bench.Phrasebook;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.derive.Derivations;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.Generations;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.Ids;

/**
 * An ingest derives again only what its articles can change; a full derivation of the same store
 * must give the same grades and conflicts, triple for triple, after any sequence of additions and
 * replacements.
 */
class IncrementalDerivationTest {
  @TempDir Path dir;

  private final QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());

  private static Set<Triple> graph(LocalStore store, String iri) {
    return store.readDataset(
        dsg -> new HashSet<>(dsg.getGraph(NodeFactory.createURI(iri)).find().toSet()));
  }

  @Test
  void incrementalAndFullDerivationGiveTheSameGraphsAfterRandomAdditionsAndReplacements()
      throws Exception {
    // Every region derived by itself, however much of this small store it holds.
    String before = System.setProperty("claimgraph.derive.largestShare", "1");
    try {
      randomChanges();
    } finally {
      if (before == null) {
        System.clearProperty("claimgraph.derive.largestShare");
      } else {
        System.setProperty("claimgraph.derive.largestShare", before);
      }
    }
  }

  private void randomChanges() throws Exception {
    Phrasebook phrasebook = new Phrasebook(IngestTest.VOCABULARY);
    ArticleGenerator first = new ArticleGenerator(phrasebook, 3);
    ArticleGenerator second = new ArticleGenerator(phrasebook, 4);
    Random random = new Random(2026);
    Path files = Files.createDirectories(dir.resolve("files"));
    List<String> present = new ArrayList<>();
    int next = 0;
    Ingester ingester = IngestTest.ingester(queries, Options.defaults());
    try (LocalStore incremental = LocalStore.inMemory();
        SearchIndex incrementalIndex = SearchIndex.inMemory();
        LocalStore full = LocalStore.inMemory();
        SearchIndex fullIndex = SearchIndex.inMemory()) {
      new Builder(TestHome.workspace(), queries).build(incremental, incrementalIndex);
      new Builder(TestHome.workspace(), queries).build(full, fullIndex);
      for (int step = 0; step < 9; step++) {
        List<Path> batch = new ArrayList<>();
        if (step == 8) {
          // What one page says of a person changes the grades of their claims on other pages,
          // about other conditions.
          Path file = files.resolve("profile-page.txt");
          Files.writeString(
              file,
              "Sleep and touch\n\nTom Becker, LMT, author of \"Clinical Massage\", says that"
                  + " massage improves sleep.\n",
              StandardCharsets.UTF_8);
          batch.add(file);
        }
        int size = step == 8 ? 0 : 1 + random.nextInt(3);
        for (int k = 0; k < size; k++) {
          boolean replace = !present.isEmpty() && random.nextInt(3) == 0;
          int index = replace ? random.nextInt(next) : next++;
          ArticleGenerator.Generated a = (replace ? second : first).article(index);
          // A replacement keeps the slug of the article it replaces.
          String slug = first.article(index).slug();
          Path file = files.resolve(slug + ".txt");
          if (batch.contains(file)) {
            continue;
          }
          Files.writeString(file, a.text() + "\n\nStep " + step + ".\n", StandardCharsets.UTF_8);
          batch.add(file);
          if (!present.contains(slug)) {
            present.add(slug);
          }
        }
        IngestResult added = ingester.ingest(batch, incremental, incrementalIndex, null);
        ingester.ingest(batch, full, fullIndex, null);
        Derivations.Result whole = Derivations.catchUp(full, queries, fullIndex, null, true);
        assertThat(added.conflicts())
            .as("step %d: the claim pairs the incremental derivation counts", step)
            .isEqualTo(whole.pairs());

        assertThat(Generations.derivedIsStale(incremental, queries)).isFalse();
        for (String g : List.of(Ids.GRADES_GRAPH, Ids.CONFLICTS_GRAPH)) {
          Set<Triple> a = graph(incremental, g);
          Set<Triple> b = graph(full, g);
          Set<Triple> onlyIncremental = new HashSet<>(a);
          onlyIncremental.removeAll(b);
          Set<Triple> onlyFull = new HashSet<>(b);
          onlyFull.removeAll(a);
          assertThat(onlyIncremental)
              .as("step %d, %s: triples only the incremental derivation has", step, g)
              .isEmpty();
          assertThat(onlyFull)
              .as("step %d, %s: triples only the full derivation has", step, g)
              .isEmpty();
          assertThat(a).isNotEmpty();
        }
      }
      assertThat(present).hasSizeGreaterThan(5);
    }
  }
}
