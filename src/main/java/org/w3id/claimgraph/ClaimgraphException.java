package org.w3id.claimgraph;

/**
 * Root of the exceptions claimgraph throws on purpose. Each subclass says whose fault it is: the
 * input ({@link InputException}), a query ({@link QueryException}) or the store ({@link
 * StoreException}); the command line maps them to exit codes and one-line messages.
 */
public class ClaimgraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ClaimgraphException(String message) {
    super(message);
  }

  public ClaimgraphException(String message, Throwable cause) {
    super(message, cause);
  }
}
