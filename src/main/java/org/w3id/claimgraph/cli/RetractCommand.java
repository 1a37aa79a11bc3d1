package org.w3id.claimgraph.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.anchor.Revisions;
import org.w3id.claimgraph.derive.Derivations;
import org.w3id.claimgraph.derive.Pending;
import org.w3id.claimgraph.store.Generations;
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
      Node g = NodeFactory.createURI(Ids.articleGraph(slug));
      Node article = NodeFactory.createURI(Ids.article(slug));
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      int[] withdrawn = {0};
      store.calculateWrite(
          w -> {
            DatasetGraph dsg = w.dataset();
            if (!dsg.contains(g, article, Node.ANY, Node.ANY)) {
              throw new InputException(
                  slug, -1, -1, "no such article (`claimgraph query articles` lists them)");
            }
            if (dsg.contains(g, article, CG.origin.asNode(), CG.CorpusOrigin.asNode())) {
              throw new InputException(
                  slug,
                  -1,
                  -1,
                  "is an article of the curated corpus: remove or edit its files in corpus/");
            }
            if (dsg.contains(g, article, CG.articleStatus.asNode(), CG.Retracted.asNode())) {
              throw new InputException(slug, -1, -1, "is already retracted");
            }
            Graph current = GraphFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEachRemaining(current::add);
            withdrawn[0] =
                current
                    .find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CG.Claim.asNode())
                    .toList()
                    .size();
            long generation = Generations.next(dsg);
            Pending.record(dsg, slug, current);
            dsg.removeGraph(g);
            dsg.addGraph(g, Revisions.retract(slug, current, reason.strip(), now));
            Generations.set(dsg, generation);
            w.stage(session.searchIndex().update(List.of(), List.of(), generation));
            return null;
          });
      Derivations.catchUp(store, session.queries(), session.searchIndex(), Set.of(slug));
      spec.commandLine()
          .getOut()
          .println(
              "Retracted "
                  + slug
                  + ": "
                  + withdrawn[0]
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
