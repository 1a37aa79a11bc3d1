package org.w3id.claimgraph;

/** The store cannot be opened, read or written, or is not a claimgraph store. */
public final class StoreException extends ClaimgraphException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
