/**
 * Opening a store: the embedded TDB2 dataset on disk, and the transactions every access runs in.
 * Read-only code sees a store through {@link org.w3id.claimgraph.store.Store} only, so it never
 * assumes the data is in-process.
 */
package org.w3id.claimgraph.store;
