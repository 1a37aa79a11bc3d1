package org.w3id.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * must give the same grades and conflicts, triple for triple, after any sequence of additions,
 * replacements and removals (retractions).
 */
class IncrementalDerivationTest {
  @TempDir Path dir;

  private final QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());

  private static Set<Triple> graph(LocalStore store, String iri) {
    return store.readDataset(
        dsg -> new HashSet<>(dsg.getGraph(NodeFactory.createURI(iri)).find().toSet()));
  }

  @Test
  void incrementalAndFullDerivationGiveTheSameGraphsAfterRandomAdditionsReplacementsAndRemovals()
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
    int retracted = 0;
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
        sameAfter(step, ingester, batch, incremental, incrementalIndex, full, fullIndex);
        if (step % 3 == 1) {
          // A removal: an article retracted, its claims out of grading and conflicts.
          String slug = present.remove(random.nextInt(present.size()));
          java.time.Instant now = java.time.Instant.parse("2026-11-30T12:00:00Z");
          int withdrawn =
              Retraction.retract(incremental, incrementalIndex, queries, slug, "withdrawn", now);
          Retraction.retract(full, fullIndex, queries, slug, "withdrawn", now);
          assertThat(withdrawn).as("the claims %s withdraws", slug).isPositive();
          retracted++;
          same(step, incremental, full, Derivations.catchUp(full, queries, fullIndex, null, true));
        }
      }
      assertThat(retracted).isEqualTo(3);
      assertThat(present.size() + retracted).as("articles added").isGreaterThan(5);

      // A claim whose citation resolves to nothing yet, then to a document ingested later: by an
      // identifier in the document's URL, and by its author and year.
      // Each on a page of its own: a page with one citation is read in full for it, and so are
      // the page's other claims.
      Path citingById = files.resolve("citing-by-identifier.txt");
      Files.writeString(
          citingById,
          "Soreness after sport\n\nMassage relieves muscle soreness (doi:10.5555/sore.2021).\n",
          StandardCharsets.UTF_8);
      Path citingByAuthor = files.resolve("citing-by-author.txt");
      Files.writeString(
          citingByAuthor,
          "Soreness after exercise\n\nMassage relieves muscle soreness after exercise"
              + " (Ostrowski, 2021).\n",
          StandardCharsets.UTF_8);
      sameAfter(
          9,
          ingester,
          List.of(citingById, citingByAuthor),
          incremental,
          incrementalIndex,
          full,
          fullIndex);
      Options defaults = Options.defaults();
      Map<String, Options> cited =
          Map.of(
              "sore-trial",
              new Options(
                  null,
                  null,
                  null,
                  "https://doi.org/10.5555/sore.2021",
                  null,
                  null,
                  defaults.maxBytes()),
              "sore-review",
              new Options(
                  null, "Hanna Ostrowski", null, null, "2021-05-04", null, defaults.maxBytes()));
      int step = 10;
      for (String slug : List.of("sore-trial", "sore-review")) {
        Path file = files.resolve(slug + ".txt");
        Files.writeString(
            file,
            "A study of massage\n\nMassage relieves muscle soreness after exercise.\n",
            StandardCharsets.UTF_8);
        sameAfter(
            step++,
            IngestTest.ingester(queries, cited.get(slug)),
            List.of(file),
            incremental,
            incrementalIndex,
            full,
            fullIndex);
      }
      // A belief a page reports in order to reject it, then a page that denies it: their claims
      // are no conflict a reader is shown, though the first page is not read again.
      Path believed = files.resolve("believed.txt");
      Files.writeString(
          believed,
          "Clots and massage\n\nSome people believe that deep tissue massage can cause blood"
              + " clots.\n",
          StandardCharsets.UTF_8);
      Path denied = files.resolve("denied.txt");
      Files.writeString(
          denied,
          "Deep tissue massage\n\nDeep tissue massage does not cause blood clots.\n",
          StandardCharsets.UTF_8);
      for (Path file : List.of(believed, denied)) {
        sameAfter(step++, ingester, List.of(file), incremental, incrementalIndex, full, fullIndex);
      }
      Set<Triple> grades = graph(incremental, Ids.GRADES_GRAPH);
      for (String slug : cited.keySet()) {
        assertThat(grades)
            .as("a claim of a citing page cites %s once it is stored", slug)
            .anyMatch(
                t ->
                    t.getPredicate().getURI().equals(CITO_CITES)
                        && t.getObject().isURI()
                        && t.getObject().getURI().equals(Ids.article(slug)));
      }
    }
  }

  private static final String CITO_CITES = "http://purl.org/spar/cito/cites";

  /**
   * Ingests {@code batch} into both stores, derives the whole of {@code full} again, and holds the
   * two stores' grades and conflicts equal.
   */
  private void sameAfter(
      int step,
      Ingester ingester,
      List<Path> batch,
      LocalStore incremental,
      SearchIndex incrementalIndex,
      LocalStore full,
      SearchIndex fullIndex)
      throws Exception {
    IngestResult added = ingester.ingest(batch, incremental, incrementalIndex, null);
    ingester.ingest(batch, full, fullIndex, null);
    Derivations.Result whole = Derivations.catchUp(full, queries, fullIndex, null, true);
    assertThat(added.conflicts())
        .as("step %d: the claim pairs the incremental derivation counts", step)
        .isEqualTo(whole.pairs());
    same(step, incremental, full, whole);
  }

  /** Holds the two stores' grades and conflicts equal, {@code full} just derived whole. */
  private void same(int step, LocalStore incremental, LocalStore full, Derivations.Result whole) {
    assertThat(whole.regraded())
        .as("step %d: the incremental derivation left no grade for the full one to change", step)
        .isZero();
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
}
