package org.w3id.claimgraph.search;

import java.util.List;
import org.apache.lucene.document.Document;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.store.Generations;
import org.w3id.claimgraph.store.Store;

/** Rebuilds the search index from the store, and says whether it needs to be. */
public final class Reindex {
  private Reindex() {}

  /** True when the index does not reflect the store's current generation. */
  public static boolean isStale(Store store, SearchIndex index, QueryLibrary queries) {
    return index.generation() != Generations.current(store, queries);
  }

  /** Replaces the index with the documents of the store as it is now; returns how many. */
  public static int run(Store store, SearchIndex index, QueryLibrary queries) {
    record Snapshot(List<Document> documents, long generation) {}
    Snapshot s =
        store.read(
            link -> {
              long generation = Generations.current(store, queries);
              return new Snapshot(Indexer.documents(link, queries), generation);
            });
    index.rebuild(s.documents(), s.generation()).commit();
    return s.documents().size();
  }
}
