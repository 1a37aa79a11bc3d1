package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.w3id.claimgraph.Background;
import org.w3id.claimgraph.ingest.DraftCheck;
import org.w3id.claimgraph.ingest.Options;
import org.w3id.claimgraph.ingest.Prepared;
import org.w3id.claimgraph.ingest.Preparer;
import org.w3id.claimgraph.ingest.SourceReader;
import org.w3id.claimgraph.report.CheckReport;
import org.w3id.claimgraph.report.Json;
import org.w3id.claimgraph.report.Page;
import org.w3id.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "check",
    description = {
      "Check a draft (.txt, .md or .html) against the graph without storing it: the claims it makes"
          + " and the conflicts they raise, each with the opposing quote and source, which side the"
          + " draft is on, and which side's evidence is stronger and why.",
      "A table or Markdown shows the first 20 conflicts, JSON every one (--limit, --offset,"
          + " --all); the counts and the verdict are always of them all.",
      "Exit code 3 when the draft needs review: a claim on the weaker side of a conflict of medium"
          + " severity or more, or a draft that contradicts itself; 0 otherwise (a draft that agrees"
          + " with the stronger side passes), so a publishing pipeline can gate on it."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph check draft.md",
      "  claimgraph check draft.html --format json > findings.json || echo 'needs review'"
    })
final class CheckCommand implements Callable<Integer> {
  /**
   * The exit code when the draft needs review: a claim on the weaker side of a conflict with
   * stronger evidence, or a draft that contradicts itself.
   */
  static final int NEEDS_REVIEW = 3;

  enum Format {
    table,
    json,
    md
  }

  @Mixin CommonOptions options;
  @Mixin EndpointOption endpoint;
  @Mixin PageOptions paging;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The draft.")
  Path file;

  @Option(names = "--author", paramLabel = "A", description = "Who the draft's claims are by.")
  String author;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      defaultValue = "" + SourceReader.DEFAULT_MAX_BYTES,
      description = "Refuse files larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Override
  public Integer call() {
    try (Session session = new Session(options, spec.commandLine().getErr()).endpoint(endpoint)) {
      Options o = new Options(null, author, null, null, null, null, maxBytes);
      // The draft is read and its claims extracted (the language models and the vocabulary loaded)
      // while the store is opened and checked: the two share nothing but the workspace.
      session.workspace();
      ExecutorService beside = Background.pool("draft-reader", 1);
      Prepared draft;
      Store store;
      try {
        Future<Prepared> reading =
            beside.submit(
                () ->
                    new Preparer(session.extractor(), o, session.sourceKinds())
                        .prepare(file, DraftCheck.slug(file)));
        store = session.store();
        draft = Background.get(reading);
      } finally {
        beside.shutdownNow();
      }
      // The conflicts shown: the first page in a table or Markdown, all in JSON, unless asked; the
      // stored claims' grades are read for those alone.
      boolean table = format != Format.json;
      DraftCheck.Result r =
          DraftCheck.check(
              draft,
              store,
              session.queries(),
              n -> paging.page(n, table, spec),
              session.currentIndex());
      PrintWriter out = spec.commandLine().getOut();
      Page page = paging.page(r.findings().size(), table, spec);
      switch (format) {
        case json -> out.print(Json.write(CheckReport.json(r, page)));
        case md -> out.print(CheckReport.markdown(file.getFileName().toString(), r, page));
        case table -> out.print(CheckReport.text(file.getFileName().toString(), r, page));
      }
      out.flush();
      return r.needsReview() ? NEEDS_REVIEW : Main.OK;
    }
  }
}
