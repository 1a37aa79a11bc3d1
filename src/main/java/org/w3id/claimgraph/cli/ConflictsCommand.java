package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.conflict.Conflicts;
import org.w3id.claimgraph.model.Conflict;
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
      "List the conflicts between claims, most severe first: for each, the rule, and both claims"
          + " with their quotes, articles and authors."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph conflicts",
      "  claimgraph conflicts --format json > conflicts.json"
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

  @Override
  public Integer call() {
    try (Session session = new Session(options, spec.commandLine().getErr()).endpoint(endpoint)) {
      List<Conflict> conflicts = Conflicts.list(session.store(), session.queries());
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case json -> out.print(Json.write(Json.conflicts(conflicts)));
        case csv -> out.print(Csv.conflicts(conflicts));
        case table -> out.print(ConflictText.render(conflicts));
      }
      out.flush();
      return 0;
    }
  }
}
