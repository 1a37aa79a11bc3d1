package org.w3id.claimgraph;

import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.LocalStore;

/**
 * The corpus built as {@code claimgraph build} builds it, into an in-memory store and search index,
 * with the library's queries: the fixture of tests that only read what the build gives.
 */
public final class BuiltCorpus implements AutoCloseable {
  public final QueryLibrary queries;
  public final LocalStore store;
  public final SearchIndex index;

  public BuiltCorpus() {
    queries = QueryLibrary.load(TestHome.workspace().queries());
    store = LocalStore.inMemory();
    index = SearchIndex.inMemory();
    new Builder(TestHome.workspace(), queries).build(store, index);
  }

  @Override
  public void close() {
    index.close();
    store.close();
  }
}
