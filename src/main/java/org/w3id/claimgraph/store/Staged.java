package org.w3id.claimgraph.store;

/**
 * Changes to something beside the store (the search index) made during a store write: committed
 * after the store commits, rolled back if the write fails. See {@link LocalStore#calculateWrite}.
 */
public interface Staged {
  /** Makes the changes visible and durable. */
  void commit();

  /** Discards the changes. */
  void rollback();
}
