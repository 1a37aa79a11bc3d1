package org.w3id.claimgraph.search;

import java.util.Objects;

/**
 * A search: the query in Lucene's classic syntax (phrases, AND/OR/NOT, field prefixes), how many
 * hits, which kinds of document, optional filters by article slug, author name and relation code,
 * and whether a concept also finds its narrower concepts.
 */
public record SearchRequest(
    String query,
    int limit,
    Kind kind,
    String article,
    String author,
    String relation,
    boolean narrower,
    String grade) {

  /** Which documents to search. */
  public enum Kind {
    SENTENCE,
    CLAIM,
    ALL
  }

  public SearchRequest {
    Objects.requireNonNull(query, "query may not be null");
    Objects.requireNonNull(kind, "kind may not be null");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1; got: " + limit);
    }
  }

  /** Without a grade filter. */
  public SearchRequest(
      String query,
      int limit,
      Kind kind,
      String article,
      String author,
      String relation,
      boolean narrower) {
    this(query, limit, kind, article, author, relation, narrower, null);
  }

  /** All documents, no filters, 10 hits. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, 10, Kind.ALL, null, null, null, false);
  }

  public SearchRequest withKind(Kind k) {
    return new SearchRequest(query, limit, k, article, author, relation, narrower, grade);
  }

  public SearchRequest withAuthor(String a) {
    return new SearchRequest(query, limit, kind, article, a, relation, narrower, grade);
  }

  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, n, kind, article, author, relation, narrower, grade);
  }
}
