package org.w3id.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.report.Json;
import org.w3id.claimgraph.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "concepts",
    description = {
      "The concepts claims speak of, with their broader concept and how many claims name each."
          + " With --unreviewed, only the conditions the extractor found outside the vocabulary"
          + " (\"liver disease\", \"plantar fasciitis\" before it was added): each with the"
          + " broader concept proposed for it, its claims, articles and a quote, most used first,"
          + " for a curator to add to ontology/concepts.ttl or to the exclusions of"
          + " ontology/cues/new-conditions.tsv."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph concepts --unreviewed",
      "  claimgraph concepts --format json"
    })
final class ConceptsCommand implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  @Mixin CommonOptions options;
  @Mixin EndpointOption endpoint;
  @Spec CommandSpec spec;

  @Option(
      names = "--unreviewed",
      description = "Only the concepts minted from articles that no curator has reviewed.")
  boolean unreviewed;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  Format format;

  @Override
  public Integer call() {
    String query = unreviewed ? "unreviewed-concepts" : "concept-hierarchy";
    try (Session session = new Session(options, spec.commandLine().getErr()).endpoint(endpoint)) {
      List<Binding> rows =
          session
              .store()
              .read(link -> Sparql.select(link, session.queries().get(query).query(), Map.of()));
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode array = root.putArray("concepts");
        for (Binding r : rows) {
          ObjectNode o = array.addObject();
          o.put("id", r.get("concept").getURI());
          o.put("label", r.get("label").getLiteralLexicalForm());
          if (r.get("broader") != null) {
            o.put("broader", r.get("broader").getURI());
            o.put("broaderLabel", text(r.get("broaderLabel")));
          }
          o.put("claims", count(r.get("claims")));
          if (unreviewed) {
            o.put("articles", count(r.get("articles")));
            if (r.get("quote") != null) {
              o.put("quote", r.get("quote").getLiteralLexicalForm());
            }
          }
        }
        out.print(Json.write(root));
      } else {
        out.println(
            rows.size()
                + (unreviewed ? " unreviewed" : "")
                + (rows.size() == 1 ? " concept" : " concepts")
                + (unreviewed && !rows.isEmpty()
                    ? ", minted from articles for conditions the vocabulary does not name"
                    : ""));
        if (!rows.isEmpty()) {
          TextTable t =
              unreviewed
                  ? new TextTable(
                      List.of("concept", "proposed broader", "claims", "articles", "quote"),
                      32,
                      24,
                      6,
                      8,
                      70)
                  : new TextTable(List.of("concept", "broader", "claims"), 40, 40, 6);
          for (Binding r : rows) {
            if (unreviewed) {
              t.row(
                  r.get("label").getLiteralLexicalForm(),
                  text(r.get("broaderLabel")),
                  Long.toString(count(r.get("claims"))),
                  Long.toString(count(r.get("articles"))),
                  text(r.get("quote")));
            } else {
              t.row(
                  r.get("label").getLiteralLexicalForm(),
                  text(r.get("broaderLabel")),
                  Long.toString(count(r.get("claims"))));
            }
          }
          out.print(t.render());
        }
      }
      out.flush();
      return 0;
    }
  }

  private static String text(Node n) {
    return n == null ? "" : n.getLiteralLexicalForm();
  }

  private static long count(Node n) {
    return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
  }
}
