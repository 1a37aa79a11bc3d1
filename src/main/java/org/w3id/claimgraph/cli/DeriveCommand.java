package org.w3id.claimgraph.cli;

import java.util.concurrent.Callable;
import org.w3id.claimgraph.derive.Derivations;
import org.w3id.claimgraph.vocab.Ids;
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
    footer = {
      "",
      "Examples:",
      "  claimgraph derive --all --store data",
      "  claimgraph derive --all --endpoint http://host:8890/sparql \\",
      "      --update-endpoint http://host:8890/sparql-graph-crud"
    })
final class DeriveCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Option(names = "--all", description = "Derive the whole graph, not only what changed.")
  boolean all;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description =
          "Derive the graph a SPARQL server holds (with --all and --update-endpoint): its named"
              + " graphs are read over this query endpoint, derived here in memory, and the"
              + " conflicts and grades graphs written back; no local store is used.")
  String endpoint;

  @Mixin UpdateEndpointOption update;

  @Override
  public Integer call() {
    update.check();
    if (endpoint != null) {
      return onServer();
    }
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
      if (r.regraded() > 0) {
        // TDB2 keeps every version a transaction replaced until the store is compacted: a whole
        // derivation that rewrote grades would otherwise leave the old ones on disk for good.
        spec.commandLine().getErr().println("claimgraph: compacting the store");
        spec.commandLine().getErr().flush();
        session.localStore().compact();
      }
      update.send(
          session.localStore(),
          org.w3id.claimgraph.store.GraphStoreWriter.ingestedGraphs(java.util.List.of()),
          spec.commandLine().getOut());
      return 0;
    }
  }

  /** Reads the server's graphs, derives them in memory, and writes the derived graphs back. */
  private int onServer() {
    if (!all || update.url == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--endpoint derives the whole graph a server holds: give --all and --update-endpoint");
    }
    try (Session session = new Session(options, spec.commandLine().getErr());
        org.w3id.claimgraph.store.LocalStore memory =
            org.w3id.claimgraph.store.LocalStore.inMemory();
        org.w3id.claimgraph.search.SearchIndex index =
            org.w3id.claimgraph.search.SearchIndex.inMemory()) {
      long started = System.nanoTime();
      int graphs = org.w3id.claimgraph.store.RemoteStore.of(endpoint).copyGraphs(memory, Ids.GRAPH);
      Derivations.Result r = Derivations.catchUp(memory, session.queries(), index, null, true);
      spec.commandLine()
          .getOut()
          .printf(
              "Derived the graph at %s (%d graphs read): %,d disputes standing for %,d conflicting"
                  + " claim pairs; %,d claims graded, in %.1f s.%n",
              endpoint,
              graphs,
              r.disputes(),
              r.pairs(),
              r.regraded(),
              (System.nanoTime() - started) / 1e9);
      update.send(
          memory,
          org.w3id.claimgraph.store.GraphStoreWriter.derivedGraphs(),
          spec.commandLine().getOut());
      return 0;
    }
  }
}
