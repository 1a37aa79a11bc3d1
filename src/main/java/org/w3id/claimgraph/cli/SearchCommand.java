package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.report.HitText;
import org.w3id.claimgraph.report.Json;
import org.w3id.claimgraph.search.SearchHit;
import org.w3id.claimgraph.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "search",
    description = {
      "Search every sentence and every claim. Words are stemmed and case- and accent-folded, and"
          + " each concept of the vocabulary finds its synonyms: \"DVT\" also finds \"a blood clot in"
          + " your leg\". The query language is Lucene's: \"a phrase\", AND, OR, NOT, -word,"
          + " wildcards (clot*) and fields (intervention:, condition:, relation:, author:,"
          + " article:, type:); words are joined by AND."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph search DVT",
      "  claimgraph search '\"blood clot\" AND massage' --type claim --format json",
      "  claimgraph search 'condition:thrombosis' --relation contraindicated_for --author 'Ruth Warner'",
      "  claimgraph search 'blood clot' --narrower     # thrombosis and every kind of it"
    })
final class SearchCommand implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  enum Type {
    sentence,
    claim,
    all
  }

  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
  String query;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "At most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--type",
      defaultValue = "all",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Type type;

  @Option(names = "--article", paramLabel = "SLUG", description = "Only this article.")
  String article;

  @Option(
      names = "--author",
      paramLabel = "NAME",
      description = "Only claims attributed to this person (and sentences of articles by them).")
  String author;

  @Option(
      names = "--relation",
      paramLabel = "R",
      description =
          "Only claims with this relation: treats, benefits, prevents, causes, contraindicated_for, caution_with, safe_for.")
  String relation;

  @Option(
      names = "--grade",
      paramLabel = "G",
      description = "Only claims of this GRADE certainty: high, moderate, low, very_low.")
  String grade;

  @Option(
      names = "--narrower",
      description =
          "A concept also finds its narrower concepts (\"blood clot\" finds deep vein thrombosis).")
  boolean narrower;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  private static final List<String> GRADES = List.of("high", "moderate", "low", "very_low");

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1; got: " + limit);
    }
    if (relation != null) {
      try {
        Relation.fromCode(relation);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--relation: " + e.getMessage());
      }
    }
    if (grade != null && !GRADES.contains(grade)) {
      throw new ParameterException(
          spec.commandLine(),
          "--grade must be one of " + String.join(", ", GRADES) + "; got: " + grade);
    }
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      session.store();
      SearchRequest request =
          new SearchRequest(
              query,
              limit,
              SearchRequest.Kind.valueOf(type.name().toUpperCase(java.util.Locale.ROOT)),
              article,
              author,
              relation,
              narrower,
              grade);
      List<SearchHit> hits = session.searcher().search(request);
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        out.print(Json.write(HitText.json(query, hits)));
      } else {
        out.print(HitText.render(query, hits));
      }
      out.flush();
      return 0;
    }
  }
}
