package org.w3id.claimgraph.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * An index searcher that searches with a weight it was given, so the one weight that found the hits
 * also marks their matches ({@link Snippets}) and the query is built once.
 */
public final class WeightSearcher extends IndexSearcher {
  public WeightSearcher(IndexReader reader) {
    super(reader);
  }

  /** The weight of {@code query}, rewritten, for scoring the top hits. */
  public Weight weight(Query query) throws IOException {
    return createWeight(rewrite(query), ScoreMode.TOP_SCORES, 1f);
  }

  /** The {@code n} best hits of {@code weight}, ties in index order. */
  public TopDocs top(Weight weight, int n) throws IOException {
    TopScoreDocCollector collector = new TopScoreDocCollectorManager(n, 1000).newCollector();
    search(getIndexReader().leaves(), weight, collector);
    return collector.topDocs();
  }
}
