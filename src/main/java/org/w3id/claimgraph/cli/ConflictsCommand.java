package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.derive.Conflicts;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.report.ConflictText;
import org.w3id.claimgraph.report.Csv;
import org.w3id.claimgraph.report.Json;
import org.w3id.claimgraph.report.Page;
import org.w3id.claimgraph.review.Review;
import org.w3id.claimgraph.review.Reviews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "conflicts",
    description = {
      "List the disputes, most severe first, then the most lopsided evidence, then the widest"
          + " reach. Each dispute is reported once, however many claims and propositions take part:"
          + " for each side, how many claims and independent sources make it, who, how strong its"
          + " evidence is, and its best-graded claim with its quote; the weaker side is marked."
          + " With --pairs, every conflicting pair of claims instead. A table shows the first 20;"
          + " JSON and CSV everything. Disputes a reviewer dismissed are left out unless"
          + " --include-dismissed; a reviewed dispute shows its review."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph conflicts",
      "  claimgraph conflicts --offset 20 --limit 50",
      "  claimgraph conflicts --format json > conflicts.json",
      "  claimgraph conflicts --pairs --format csv > pairs.csv"
    })
final class ConflictsCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    csv
  }

  @Mixin CommonOptions options;
  @Mixin EndpointOption endpoint;
  @Mixin PageOptions paging;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  Format format;

  @Option(names = "--pairs", description = "Every conflicting pair of claims, one by one.")
  boolean pairs;

  @Option(
      names = "--include-dismissed",
      description = "Also the disputes a reviewer dismissed (`claimgraph review`).")
  boolean includeDismissed;

  @Override
  public Integer call() {
    try (Session session = new Session(options, spec.commandLine().getErr()).endpoint(endpoint)) {
      PrintWriter out = spec.commandLine().getOut();
      boolean table = format == Format.table;
      if (pairs) {
        List<Conflict> conflicts = Conflicts.list(session.store(), session.queries());
        Page page = paging.page(conflicts.size(), table, spec);
        switch (format) {
          case json -> Json.write(Json.conflicts(page.of(conflicts)), out);
          case csv -> out.print(Csv.conflicts(page.of(conflicts)));
          case table -> out.print(ConflictText.render(conflicts, page));
        }
      } else {
        // The ranking and the counts from the conflicts query alone; the page read in full.
        int[] asked = paging.asked(table, spec);
        Map<String, Review> reviews = Reviews.latest(session.store(), session.queries());
        Set<String> dismissed = includeDismissed ? Set.of() : Reviews.dismissed(reviews);
        Conflicts.Ranked ranked =
            Conflicts.page(
                session.store(),
                session.queries(),
                asked[0],
                asked[1],
                id -> !dismissed.contains(id));
        int hidden = ranked.counts().excluded();
        Conflicts.Counts n = ranked.counts();
        int from = Math.min(asked[0], n.total());
        Page page = new Page(from, from + ranked.page().size(), n.total());
        List<Dispute> disputes = ranked.page();
        switch (format) {
          case json -> Json.write(Json.disputes(disputes, reviews), out);
          case csv -> out.print(Csv.disputes(disputes, reviews));
          case table ->
              out.print(
                  ConflictText.disputes(
                      n.total(),
                      n.high(),
                      n.medium(),
                      n.within(),
                      n.pairs(),
                      disputes,
                      page,
                      reviews,
                      hidden));
        }
      }
      out.flush();
      return 0;
    }
  }
}
