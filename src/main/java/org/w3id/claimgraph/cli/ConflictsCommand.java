package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.derive.Conflicts;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.report.ConflictText;
import org.w3id.claimgraph.report.Csv;
import org.w3id.claimgraph.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "conflicts",
    description = {
      "List the conflicts, most severe first. Each conflict between two propositions is reported"
          + " once, however many claims make them: for each side, how many claims and independent"
          + " sources make it, who, and its best-graded claim with its quote. With --pairs, every"
          + " conflicting pair of claims instead."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph conflicts",
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
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  Format format;

  @Option(names = "--pairs", description = "Every conflicting pair of claims, one by one.")
  boolean pairs;

  @Override
  public Integer call() {
    try (Session session = new Session(options, spec.commandLine().getErr()).endpoint(endpoint)) {
      PrintWriter out = spec.commandLine().getOut();
      if (pairs) {
        List<Conflict> conflicts = Conflicts.list(session.store(), session.queries());
        switch (format) {
          case json -> Json.write(Json.conflicts(conflicts), out);
          case csv -> out.print(Csv.conflicts(conflicts));
          case table -> out.print(ConflictText.render(conflicts));
        }
      } else {
        List<Dispute> disputes = Conflicts.disputes(session.store(), session.queries());
        switch (format) {
          case json -> Json.write(Json.disputes(disputes), out);
          case csv -> out.print(Csv.disputes(disputes));
          case table -> out.print(ConflictText.disputes(disputes));
        }
      }
      out.flush();
      return 0;
    }
  }
}
