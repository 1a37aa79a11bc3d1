package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import org.w3id.claimgraph.Workspace;
import org.w3id.claimgraph.build.BuildResult;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.store.Store;

/**
 * What a command works with, opened on first use and closed at the end: the workspace, the query
 * library (parsed at once, so a broken query fails every command) and the store, built first when
 * it is missing or out of date.
 */
final class Session implements AutoCloseable {
  private final CommonOptions options;
  private final PrintWriter err;
  private Workspace workspace;
  private QueryLibrary queries;
  private LocalStore local;

  Session(CommonOptions options, PrintWriter err) {
    this.options = options;
    this.err = err;
  }

  Workspace workspace() {
    if (workspace == null) {
      workspace = Workspace.locate(options.home);
    }
    return workspace;
  }

  QueryLibrary queries() {
    if (queries == null) {
      queries = QueryLibrary.load(workspace().queries());
    }
    return queries;
  }

  /** The local store, opened but not built. */
  LocalStore localStore() {
    if (local == null) {
      queries();
      local = LocalStore.open(options.store);
    }
    return local;
  }

  /** The store to read from, built first if it is missing or older than the inputs. */
  Store store() {
    LocalStore store = localStore();
    Builder builder = new Builder(workspace(), queries());
    if (!builder.isCurrent(store)) {
      err.println(
          "claimgraph: building " + store.description() + " (new store, or the inputs changed)");
      err.flush();
      BuildResult r = builder.build(store);
      err.println(
          "claimgraph: built "
              + r.articles()
              + " articles, "
              + r.claims()
              + " claims, "
              + r.conflicts()
              + " conflicts");
      err.flush();
    }
    return store;
  }

  @Override
  public void close() {
    if (local != null) {
      local.close();
    }
  }
}
