package org.w3id.claimgraph.cli;

import java.util.concurrent.Callable;
import org.w3id.claimgraph.search.Reindex;
import org.w3id.claimgraph.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "reindex",
    description = {
      "Rebuild the search index from the store. Any command does this by itself when the index"
          + " does not reflect the store (after a crash between the two commits, say); run it by"
          + " hand after copying a store without its index."
    },
    footer = {"", "Example:", "  claimgraph reindex --store data"})
final class ReindexCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      session.store();
      LocalStore store = session.localStore();
      int docs = Reindex.run(store, session.searchIndex(), session.queries());
      spec.commandLine()
          .getOut()
          .printf("Reindexed %s: %d documents.%n", session.searchIndex().description(), docs);
      return 0;
    }
  }
}
