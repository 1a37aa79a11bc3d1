package org.w3id.claimgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.store.Generations;
import org.w3id.claimgraph.store.LocalStore;

/** The index records the store generation it reflects, so a stale index is found. */
class IndexConsistencyTest {
  @TempDir Path tmp;

  @Test
  void theIndexCommitsTheStoreGenerationItReflects() {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    try (LocalStore store = LocalStore.open(tmp.resolve("data"));
        SearchIndex index = SearchIndex.open(tmp.resolve("data/lucene"))) {
      assertThat(index.generation()).isEqualTo(-1);
      new Builder(TestHome.workspace(), queries).build(store, index);
      assertThat(index.generation()).isEqualTo(Generations.current(store, queries)).isEqualTo(1);
      assertThat(Reindex.isStale(store, index, queries)).isFalse();

      // A store written without its index (as after a crash between the two commits):
      new Builder(TestHome.workspace(), queries).build(store);
      assertThat(Generations.current(store, queries)).isEqualTo(2);
      assertThat(Reindex.isStale(store, index, queries)).isTrue();
      Reindex.run(store, index, queries);
      assertThat(Reindex.isStale(store, index, queries)).isFalse();
    }
  }

  /**
   * An index whose last commit records the store's generation but not the layout of its documents
   * (one written before the claims' entries kept their propositions, strengths and sources) is
   * stale, and is rebuilt in the layout of this version.
   */
  @Test
  void anIndexOfAnotherLayoutIsStale() throws java.io.IOException {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    Path dir = tmp.resolve("data/lucene");
    try (LocalStore store = LocalStore.open(tmp.resolve("data"))) {
      try (SearchIndex index = SearchIndex.open(dir)) {
        new Builder(TestHome.workspace(), queries).build(store, index);
        assertThat(Reindex.isStale(store, index, queries)).isFalse();
      }
      long generation = Generations.current(store, queries);
      try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
          org.apache.lucene.index.IndexWriter w =
              new org.apache.lucene.index.IndexWriter(
                  d, new org.apache.lucene.index.IndexWriterConfig())) {
        w.setLiveCommitData(
            java.util.Map.of(SearchIndex.GENERATION, Long.toString(generation)).entrySet());
        w.commit();
      }
      try (SearchIndex index = SearchIndex.open(dir)) {
        assertThat(index.generation()).isEqualTo(-1);
        assertThat(Reindex.isStale(store, index, queries)).isTrue();
        Reindex.run(store, index, queries);
        assertThat(index.generation()).isEqualTo(generation);
        assertThat(Reindex.isStale(store, index, queries)).isFalse();
      }
    }
  }

  /**
   * The claims' entries are made a batch of grades at a time: any batch size gives the documents,
   * in order, that one batch of all gives.
   */
  @Test
  void claimEntriesAreTheSameWhateverTheBatchOfGradesLookedUp() {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    try (LocalStore store = LocalStore.inMemory()) {
      new Builder(TestHome.workspace(), queries).build(store);
      java.util.function.IntFunction<List<String>> documents =
          batch ->
              store.read(
                  link -> {
                    List<String> out = new java.util.ArrayList<>();
                    Indexer.documents(
                        link, queries, java.util.Map.of(), batch, d -> out.add(d.toString()));
                    return out;
                  });
      List<String> once = documents.apply(Integer.MAX_VALUE);
      assertThat(once).hasSizeGreaterThan(500).anyMatch(d -> d.contains("Very low"));
      assertThat(documents.apply(7)).isEqualTo(once);
      assertThat(documents.apply(1)).isEqualTo(once);
    }
  }

  @Test
  void aRolledBackBatchLeavesTheIndexAsItWas() {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    try (LocalStore store = LocalStore.inMemory();
        SearchIndex index = SearchIndex.inMemory()) {
      new Builder(TestHome.workspace(), queries).build(store, index);
      long generation = index.generation();
      int size;
      try (Searcher s = index.searcher(SearchTest.vocabularyOf(store, queries))) {
        size = s.size();
      }
      SearchIndex.Batch batch = index.rebuild(List.<Document>of(), generation + 7);
      batch.rollback();
      assertThat(index.generation()).isEqualTo(generation);
      try (Searcher s = index.searcher(SearchTest.vocabularyOf(store, queries))) {
        assertThat(s.size()).isEqualTo(size).isGreaterThan(500);
      }
    }
  }

  @Test
  void aWriteThatFailsLeavesStoreAndIndexAsTheyWereAndOneThatSucceedsCommitsBoth() {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    try (LocalStore store = LocalStore.inMemory();
        SearchIndex index = SearchIndex.inMemory()) {
      new Builder(TestHome.workspace(), queries).build(store, index);
      long generation = Generations.current(store, queries);
      int size;
      try (Searcher s = index.searcher(SearchTest.vocabularyOf(store, queries))) {
        size = s.size();
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  store.calculateWrite(
                      w -> {
                        Generations.set(w.dataset(), generation + 1);
                        w.stage(index.rebuild(List.<Document>of(), generation + 1));
                        throw new IllegalStateException("the write fails after staging");
                      }))
          .hasMessageContaining("after staging");
      assertThat(Generations.current(store, queries)).isEqualTo(generation);
      assertThat(index.generation()).isEqualTo(generation);
      try (Searcher s = index.searcher(SearchTest.vocabularyOf(store, queries))) {
        assertThat(s.size()).isEqualTo(size).isGreaterThan(500);
      }

      long written =
          store.calculateWrite(
              w -> {
                Generations.set(w.dataset(), generation + 1);
                w.stage(index.rebuild(List.<Document>of(), generation + 1));
                return generation + 1;
              });
      assertThat(Generations.current(store, queries)).isEqualTo(written);
      assertThat(index.generation()).isEqualTo(written);
      assertThat(Reindex.isStale(store, index, queries)).isFalse();
    }
  }
}
