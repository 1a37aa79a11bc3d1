package org.w3id.claimgraph.search;

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
    // The documents go to the index as the store gives them, inside one read of the store.
    int[] count = {0};
    SearchIndex.Batch batch =
        store.read(
            link ->
                index.rebuildFrom(
                    out ->
                        Indexer.documents(
                            link,
                            queries,
                            d -> {
                              count[0]++;
                              out.accept(d);
                            }),
                    Generations.current(store, queries)));
    batch.commit();
    return count[0];
  }
}
