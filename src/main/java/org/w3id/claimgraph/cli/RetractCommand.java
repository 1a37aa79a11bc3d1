package org.w3id.claimgraph.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "retract",
    description = {
      "Retract an ingested article, with the reason: its claims leave grading and conflicts and"
          + " stay queryable as withdrawn claims (`history`), and its text stays in the store."
          + " Ingesting the article again makes a new revision of it. Articles of the curated"
          + " corpus are changed by editing the corpus."
    },
    footer = {
      "",
      "Example:",
      "  claimgraph retract leg-care --reason 'The publisher withdrew it on 2026-11-20'"
    })
final class RetractCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Mixin UpdateEndpointOption update;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article's slug.")
  String slug;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
  String reason;

  @Override
  public Integer call() {
    if (!Ids.isSlug(slug)) {
      throw new ParameterException(
          spec.commandLine(), "ARTICLE is a slug such as leg-care; got: " + slug);
    }
    if (reason.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--reason needs words");
    }
    update.check();
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      session.store();
      LocalStore store = session.localStore();
      if (update.url != null && alreadyRetracted(store, slug)) {
        // Sent again: a send that failed after the retraction is finished by running it again.
        spec.commandLine().getOut().println(slug + " is already retracted; sending it again.");
        update.send(
            store,
            org.w3id.claimgraph.store.GraphStoreWriter.ingestedGraphs(List.of(slug)),
            spec.commandLine().getOut());
        return 0;
      }
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      int withdrawn =
          org.w3id.claimgraph.ingest.Retraction.retract(
              store, session.searchIndex(), session.queries(), slug, reason.strip(), now);
      spec.commandLine()
          .getOut()
          .println(
              "Retracted "
                  + slug
                  + ": "
                  + withdrawn
                  + " claims withdrawn from grading and conflicts (`claimgraph history "
                  + slug
                  + "`).");
      update.send(
          store,
          org.w3id.claimgraph.store.GraphStoreWriter.ingestedGraphs(List.of(slug)),
          spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  private static boolean alreadyRetracted(LocalStore store, String slug) {
    Node g = NodeFactory.createURI(Ids.articleGraph(slug));
    Node article = NodeFactory.createURI(Ids.article(slug));
    return store.readDataset(
        dsg -> dsg.contains(g, article, CG.articleStatus.asNode(), CG.Retracted.asNode()));
  }
}
