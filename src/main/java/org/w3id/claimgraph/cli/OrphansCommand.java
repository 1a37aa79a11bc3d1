package org.w3id.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.report.Json;
import org.w3id.claimgraph.report.TextTable;
import org.w3id.claimgraph.vocab.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "orphans",
    description = {
      "The orphaned claims: claims whose quote could not be found again in their article's text"
          + " after it changed (by offsets, by quote and context, or through a word diff). Each"
          + " is kept as it was, out of grading and conflicts, until its claims file is fixed."
    },
    footer = {"", "Examples:", "  claimgraph orphans", "  claimgraph orphans --format json"})
final class OrphansCommand implements Callable<Integer> {
  enum Format {
    table,
    json
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
      List<Binding> rows =
          session
              .store()
              .read(
                  link -> Sparql.select(link, session.queries().get("orphans").query(), Map.of()));
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode array = root.putArray("orphans");
        for (Binding r : rows) {
          ObjectNode o = array.addObject();
          o.put("id", r.get("claim").getURI());
          o.put("article", Ids.slugOf(r.get("article").getURI()));
          o.put("claim", org.w3id.claimgraph.rdf.ClaimRows.summary(r));
          o.put("quote", r.get("quote").getLiteralLexicalForm());
          o.put("start", Integer.parseInt(r.get("start").getLiteralLexicalForm()));
          o.put("end", Integer.parseInt(r.get("end").getLiteralLexicalForm()));
        }
        out.print(Json.write(root));
      } else {
        out.println(
            rows.size()
                + (rows.size() == 1 ? " orphaned claim" : " orphaned claims")
                + (rows.isEmpty() ? "" : ": not found in their article's text since it changed"));
        if (!rows.isEmpty()) {
          TextTable t =
              new TextTable(List.of("article", "claim", "was at", "quote"), 40, 60, 12, 80);
          for (Binding r : rows) {
            t.row(
                Ids.slugOf(r.get("article").getURI()),
                org.w3id.claimgraph.rdf.ClaimRows.summary(r),
                r.get("start").getLiteralLexicalForm() + "–" + r.get("end").getLiteralLexicalForm(),
                r.get("quote").getLiteralLexicalForm());
          }
          out.print(t.render());
        }
      }
      out.flush();
      return 0;
    }
  }
}
