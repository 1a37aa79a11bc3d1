package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.ingest.IngestResult;
import org.w3id.claimgraph.ingest.Ingester;
import org.w3id.claimgraph.ingest.Options;
import org.w3id.claimgraph.ingest.Preparer;
import org.w3id.claimgraph.ingest.SourceReader;
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
      "Add articles to the store: .txt, .md or .html (the main text taken out of the page). Each is"
          + " read, its claims extracted and checked against the shapes; then all of them, their"
          + " conflicts and their search entries are written in one batch. A bad file fails the"
          + " batch and leaves the store as it was. Ingesting a file again changes nothing;"
          + " ingesting a changed version replaces its claims. The slug is the file name."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph ingest drafts/leg-cramps.md --author 'Jane Doe' --source-type health_blog",
      "  claimgraph ingest archive/*.html"
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to add.")
  List<Path> files;

  @Option(
      names = "--title",
      paramLabel = "T",
      description = "The title (default: the page's title or first line).")
  String title;

  @Option(
      names = "--author",
      paramLabel = "A",
      description = "The author (default: the page's author, else an unnamed author).")
  String author;

  @Option(names = "--publisher", paramLabel = "P", description = "The publisher.")
  String publisher;

  @Option(names = "--url", paramLabel = "U", description = "Where the article is published.")
  String url;

  @Option(names = "--date", paramLabel = "D", description = "Date of publication (ISO 8601).")
  String date;

  @Option(
      names = "--source-type",
      paramLabel = "TYPE",
      description =
          "Kind of source: peer_reviewed_study, guideline, clinical_institution, textbook,"
              + " professional_body, consumer_health_article, health_blog, commercial_site"
              + " (default: unclassified).")
  String sourceType;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Refuse files larger than N bytes (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + SourceReader.DEFAULT_MAX_BYTES)
  long maxBytes;

  @Override
  public Integer call() {
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      session.store();
      Options o = new Options(title, author, publisher, url, date, sourceType, maxBytes);
      Preparer preparer = new Preparer(session.extractor(), o, session.sourceKinds());
      Ingester ingester =
          new Ingester(preparer, session.queries(), session.shapes(), session.ontologyGraph());
      PrintWriter err = spec.commandLine().getErr();
      IngestResult r = ingester.ingest(files, session.localStore(), session.searchIndex(), err);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "Ingested %d articles (%d claims), %d unchanged; %d conflicts in the store.%n",
          r.written().size(), r.claims(), r.unchanged().size(), r.conflicts());
      r.written().forEach(slug -> out.println("  added or replaced: " + slug));
      r.unchanged().forEach(slug -> out.println("  unchanged: " + slug));
      out.flush();
      return 0;
    }
  }
}
