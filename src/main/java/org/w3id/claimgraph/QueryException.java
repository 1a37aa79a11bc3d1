package org.w3id.claimgraph;

/** A SPARQL query that is unknown, malformed, or failed to run. */
public final class QueryException extends ClaimgraphException {
  private static final long serialVersionUID = 1L;

  public QueryException(String message) {
    super(message);
  }

  public QueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
