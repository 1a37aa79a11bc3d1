package org.w3id.claimgraph.cli;

import java.util.concurrent.Callable;
import org.w3id.claimgraph.derive.Derivations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "derive",
    description = {
      "Derive the conflicts and grades again. Ingest does this by itself for what its articles can"
          + " change (the families of concepts their claims are about, the people they name, and"
          + " claims that cite something); with --all, the whole graph is derived from scratch, as a"
          + " build does."
    },
    footer = {"", "Example:", "  claimgraph derive --all --store data"})
final class DeriveCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Option(names = "--all", description = "Derive the whole graph, not only what changed.")
  boolean all;

  @Override
  public Integer call() {
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      // Opening the store derives whatever an ingest left pending.
      session.store();
      if (!all) {
        spec.commandLine()
            .getOut()
            .println(
                "The conflicts and grades are up to date with the articles; --all derives the"
                    + " whole graph again.");
        return 0;
      }
      long started = System.nanoTime();
      Derivations.Result r =
          Derivations.catchUp(
              session.localStore(), session.queries(), session.searchIndex(), null, all);
      spec.commandLine()
          .getOut()
          .printf(
              "Derived the whole graph: %,d disputes standing for %,d conflicting claim pairs; %,d"
                  + " claims regraded, in %.1f s.%n",
              r.disputes(), r.pairs(), r.regraded(), (System.nanoTime() - started) / 1e9);
      return 0;
    }
  }
}
