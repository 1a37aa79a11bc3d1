package org.w3id.claimgraph.cli;

import java.util.concurrent.Callable;
import org.w3id.claimgraph.build.BuildResult;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "build",
    description = {
      "Load the ontology, the concept vocabulary, the corpus and its curated claims into the store,"
          + " check every quote against its article, validate against the SHACL shapes, derive"
          + " the conflicts and rebuild the search index, in one batch. Bad input leaves the store"
          + " and the index as they were."
    },
    footer = {"", "Example:", "  claimgraph build --store data"})
final class BuildCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Mixin UpdateEndpointOption update;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    update.check();
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      LocalStore store = session.localStore();
      BuildResult r =
          new Builder(session.workspace(), session.queries()).build(store, session.searchIndex());
      spec.commandLine()
          .getOut()
          .printf(
              "Built %s: %d articles, %d claims, %d conflicting claim pairs, %d quads.%n",
              store.description(), r.articles(), r.claims(), r.conflicts(), r.triples());
      spec.commandLine().getOut().print(Session.reanchored(r));
      update.send(
          store,
          org.w3id.claimgraph.store.GraphStoreWriter.allGraphs(store),
          spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
