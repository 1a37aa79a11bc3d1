package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.ingest.IngestResult;
import org.w3id.claimgraph.ingest.Ingester;
import org.w3id.claimgraph.ingest.Options;
import org.w3id.claimgraph.ingest.Preparer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "ingest",
    description = {
      "Add articles to the store: .txt, .md or .html files, or directories of them (the main text"
          + " taken out of a page). Every file is read and checked first: a bad one stops the"
          + " ingest before anything is written. Then, --batch articles at a time, their claims"
          + " are extracted on every core, checked against the shapes and written with their"
          + " search entries in one transaction; last, the conflicts and grades of the whole graph"
          + " are derived once. Ingesting a file again changes nothing; a changed version replaces"
          + " its claims. An ingest that is stopped resumes where it stopped when run again. The"
          + " slug is the file name."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph ingest drafts/leg-cramps.md --author 'Jane Doe' --source-type health_blog",
      "  claimgraph ingest archive/*.html",
      "  claimgraph ingest archive/ --source-type health_blog --batch 1000"
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Articles to add, or directories to take every .txt, .md and .html from.")
  List<Path> files;

  @Mixin ArticleOptions article;
  @Mixin UpdateEndpointOption update;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "" + Ingester.DEFAULT_BATCH,
      description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Override
  public Integer call() {
    if (batch < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--batch must be at least 1; got: " + batch);
    }
    update.check();
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      session.store();
      Options o = article.options();
      Preparer preparer = new Preparer(session.extractor(), o, session.sourceKinds());
      Ingester ingester =
          new Ingester(
              preparer,
              session.queries(),
              session.shapes(),
              session.ontologyGraph(),
              batch,
              Runtime.getRuntime().availableProcessors());
      PrintWriter err = spec.commandLine().getErr();
      IngestResult r = ingester.ingest(files, session.localStore(), session.searchIndex(), err);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "Ingested %d articles (%d claims), %d unchanged; %d conflicting claim pairs in the store.%n",
          r.written().size(), r.claims(), r.unchanged().size(), r.conflicts());
      r.written().forEach(slug -> out.println("  added or replaced: " + slug));
      for (var x : r.revised()) {
        out.println(
            "  revised: "
                + x.slug()
                + ": "
                + x.carried()
                + " claims carried over ("
                + x.moved()
                + " re-anchored), "
                + x.withdrawn()
                + " withdrawn (`claimgraph history "
                + x.slug()
                + "`)");
      }
      r.unchanged().forEach(slug -> out.println("  unchanged: " + slug));
      // Unchanged articles are sent too: a run after a failed send sends everything again.
      List<String> slugs = new java.util.ArrayList<>(r.written());
      slugs.addAll(r.unchanged());
      update.send(
          session.localStore(),
          org.w3id.claimgraph.store.GraphStoreWriter.ingestedGraphs(slugs),
          out);
      out.flush();
      return 0;
    }
  }
}
