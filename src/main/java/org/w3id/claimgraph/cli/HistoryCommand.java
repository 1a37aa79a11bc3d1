package org.w3id.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.ClaimgraphException;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.report.Json;
import org.w3id.claimgraph.store.Store;
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
    name = "history",
    description = {
      "What changed in an article that was ingested again with another text: its earlier"
          + " revisions (SHA-256 of each old text, when it was replaced), the claims an earlier"
          + " revision made that the current one does not (withdrawn, with their quotes), and the"
          + " claims carried over that had to be found again (moved or edited)."
    },
    footer = {"", "Example:", "  claimgraph history leg-care"})
final class HistoryCommand implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  @Mixin CommonOptions options;
  @Mixin EndpointOption endpoint;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article's slug.")
  String slug;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  Format format;

  @Override
  public Integer call() {
    if (!Ids.isSlug(slug)) {
      throw new ParameterException(
          spec.commandLine(), "ARTICLE is a slug such as leg-care; got: " + slug);
    }
    try (Session session = new Session(options, spec.commandLine().getErr()).endpoint(endpoint)) {
      Store store = session.store();
      Node article = NodeFactory.createURI(Ids.article(slug));
      List<String> order = List.of("retracted", "revision", "withdrawn", "carried");
      List<Binding> rows =
          store
              .read(
                  link ->
                      Sparql.select(
                          link,
                          session.queries().get("article-history").query(),
                          Map.of("article", article)))
              .stream()
              .sorted(java.util.Comparator.comparingInt(r -> order.indexOf(text(r, "kind"))))
              .toList();
      boolean known =
          store.read(
              link ->
                  !Sparql.select(
                          link,
                          session.queries().get("article-details").query(),
                          Map.of("article", article))
                      .isEmpty());
      if (!known) {
        throw new ClaimgraphException(
            "no article \"" + slug + "\" (`claimgraph query articles` lists them)");
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("article", slug);
        rows.stream()
            .filter(r -> text(r, "kind").equals("retracted"))
            .findFirst()
            .ifPresent(
                r ->
                    root.putObject("retracted")
                        .put("when", text(r, "when"))
                        .put("reason", text(r, "quote")));
        ArrayNode revisions = root.putArray("revisions");
        ArrayNode withdrawn = root.putArray("withdrawn");
        ArrayNode carried = root.putArray("carried");
        for (Binding r : rows) {
          String kind = text(r, "kind");
          if (kind.equals("retracted")) {
            continue;
          }
          ObjectNode o =
              (kind.equals("revision") ? revisions : kind.equals("withdrawn") ? withdrawn : carried)
                  .addObject();
          o.put("id", r.get("item").getURI());
          if (kind.equals("revision")) {
            o.put("sha256", text(r, "sha256"));
            o.put("replaced", text(r, "when"));
          } else {
            o.put("claim", org.w3id.claimgraph.rdf.ClaimRows.summary(r));
            o.put("quote", text(r, "quote"));
          }
          if (kind.equals("withdrawn")) {
            o.put("withdrawn", text(r, "when"));
            o.put("revision", r.get("revision").getURI());
          }
          if (kind.equals("carried")) {
            o.put("anchoring", text(r, "anchoring"));
            o.put("shift", Integer.parseInt(text(r, "shift")));
          }
        }
        out.print(Json.write(root));
        out.flush();
        return 0;
      }
      long revisions =
          rows.stream()
              .filter(r -> text(r, "kind").equals("revision"))
              .map(r -> r.get("item"))
              .distinct()
              .count();
      out.println(
          slug
              + ": "
              + (revisions == 0
                  ? "one revision, never replaced"
                  : revisions + (revisions == 1 ? " earlier revision" : " earlier revisions")));
      String last = "";
      for (Binding r : rows) {
        String kind = text(r, "kind");
        if (kind.equals("retracted")) {
          out.println();
          out.println("Retracted " + text(r, "when").substring(0, 10) + ": " + text(r, "quote"));
          continue;
        }
        if (!kind.equals(last)) {
          out.println();
          out.println(
              switch (kind) {
                case "revision" -> "Earlier revisions, newest first:";
                case "withdrawn" ->
                    "Withdrawn: claims an earlier revision made, the current one not:";
                default -> "Carried over from a changed text:";
              });
          last = kind;
        }
        switch (kind) {
          case "revision" ->
              out.println(
                  "  sha256 "
                      + text(r, "sha256").substring(0, 16)
                      + "…  replaced "
                      + text(r, "when"));
          case "withdrawn" ->
              out.println(
                  "  "
                      + org.w3id.claimgraph.rdf.ClaimRows.summary(r)
                      + "  (withdrawn "
                      + text(r, "when").substring(0, 10)
                      + ")\n    \""
                      + text(r, "quote")
                      + "\"");
          default ->
              out.println(
                  "  "
                      + org.w3id.claimgraph.rdf.ClaimRows.summary(r)
                      + "  ("
                      + (text(r, "anchoring").equals("edited") ? "edited, " : "")
                      + "moved by "
                      + (text(r, "shift").startsWith("-") ? "" : "+")
                      + text(r, "shift")
                      + ")\n    \""
                      + text(r, "quote")
                      + "\"");
        }
      }
      out.flush();
      return 0;
    }
  }

  private static String text(Binding r, String var) {
    Node n = r.get(var);
    return n == null ? "" : n.getLiteralLexicalForm();
  }
}
