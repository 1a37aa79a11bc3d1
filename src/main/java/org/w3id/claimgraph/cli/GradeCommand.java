package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.ClaimgraphException;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.derive.Grading;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.query.SourceProfiles;
import org.w3id.claimgraph.report.Csv;
import org.w3id.claimgraph.report.GradeText;
import org.w3id.claimgraph.report.Json;
import org.w3id.claimgraph.report.Page;
import org.w3id.claimgraph.review.Review;
import org.w3id.claimgraph.review.Reviews;
import org.w3id.claimgraph.vocab.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "grade",
    description = {
      "The evidence grade of every claim, weakest first: score, GRADE certainty, SORT, Oxford"
          + " CEBM level, verdict and the factors behind it. With --explain, one claim's grade step"
          + " by step, with the quotes and claims each step rests on. The policy is"
          + " ontology/grading-policy.ttl."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph grade --article vascular-massage-therapy",
      "  claimgraph grade --explain 'clinically proven'",
      "  claimgraph grade --explain https://w3id.org/claimgraph/id/claim/vascular-massage-therapy/f7f01eecaf77",
      "  claimgraph grade --format json > grades.json"
    })
final class GradeCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    csv
  }

  /** More matches of a fragment than this is a question to narrow down, not an answer. */
  static final int MAX_EXPLAINED = 5;

  @Mixin CommonOptions options;
  @Mixin EndpointOption endpoint;
  @Mixin PageOptions paging;
  @Spec CommandSpec spec;

  @Option(
      names = "--explain",
      paramLabel = "CLAIM",
      description =
          "A claim's IRI, its hash, or words of its quote: explain how its grade was reached.")
  String explain;

  @Option(names = "--article", paramLabel = "SLUG", description = "Only this article's claims.")
  String article;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  Format format;

  @Override
  public Integer call() {
    if (article != null && !Ids.isSlug(article)) {
      throw new ParameterException(
          spec.commandLine(),
          "--article takes a slug such as vascular-massage-therapy; got: " + article);
    }
    if (explain != null && format == Format.csv) {
      throw new ParameterException(spec.commandLine(), "--explain prints table or json, not csv");
    }
    if (explain != null && explain.isBlank()) {
      throw new ParameterException(
          spec.commandLine(), "--explain needs a claim IRI, hash or words");
    }
    try (Session session = new Session(options, spec.commandLine().getErr()).endpoint(endpoint)) {
      if (format == Format.table && explain == null) {
        // A page of the table: ranked and counted from the grades, only its claims read.
        Claims.GradePage graded =
            Claims.weakestPage(
                session.store(),
                session.queries(),
                article,
                total -> {
                  if (article != null && total == 0) {
                    throw new ClaimgraphException(
                        "no claims for article \""
                            + article
                            + "\" (is the slug right? `claimgraph query articles` lists them)");
                  }
                  return paging.page(total, true, spec);
                });
        Page page = graded.page();
        List<String> ids = graded.ids();
        List<Claim> shown =
            ids.size() <= ClaimsCommand.PAGE_LOOKED_UP
                ? Claims.brieflyByIds(session.store(), session.queries(), ids)
                : page.of(
                    GradeText.weakestFirst(
                        Claims.briefly(session.store(), session.queries(), article)));
        PrintWriter out = spec.commandLine().getOut();
        out.print(
            GradeText.tableShown(
                shown, page.total(), graded.byCertainty(), graded.byVerdict(), page));
        out.flush();
        return 0;
      }
      PrintWriter out = spec.commandLine().getOut();
      if (explain != null) {
        explain(session, out);
        out.flush();
        return 0;
      }
      // JSON carries what each step rests on; a table or CSV only the steps.
      List<Claim> claims =
          format != Format.json
              ? Claims.briefly(session.store(), session.queries(), article)
              : article == null
                  ? Claims.all(session.store(), session.queries())
                  : Claims.ofArticle(session.store(), session.queries(), article);
      if (article != null && claims.isEmpty()) {
        throw new ClaimgraphException(
            "no claims for article \""
                + article
                + "\" (is the slug right? `claimgraph query articles` lists them)");
      }
      List<Claim> sorted = GradeText.weakestFirst(claims);
      Page page = paging.page(sorted.size(), format == Format.table, spec);
      switch (format) {
        case json -> out.print(Json.write(Json.claims(page.of(sorted))));
        case csv -> out.print(Csv.claims(page.of(sorted)));
        case table -> out.print(GradeText.table(sorted, page));
      }
      out.flush();
      return 0;
    }
  }

  /**
   * Explains the grades of the claims {@link #explain} names. An IRI is looked up by itself; a hash
   * or words are matched against every claim (of {@link #article}, if given) as a table reads them,
   * without what their grades rest on. Only the claims found, and those their grades' steps rest
   * on, are then read in full, by their IRIs.
   */
  private void explain(Session session, PrintWriter out) {
    String key = explain.strip();
    List<Claim> found;
    List<String> iris =
        key.startsWith(Ids.CLAIM)
            ? List.of(key)
            : HASH.matcher(key).matches() ? ofHash(session, key) : List.of();
    if (!iris.isEmpty()) {
      found =
          Claims.byIds(session.store(), session.queries(), iris).stream()
              .filter(c -> article == null || c.article().equals(article))
              .toList();
    } else {
      List<Claim> claims = Claims.briefly(session.store(), session.queries(), article);
      if (article != null && claims.isEmpty()) {
        throw new ClaimgraphException(
            "no claims for article \""
                + article
                + "\" (is the slug right? `claimgraph query articles` lists them)");
      }
      found = find(claims, key);
      if (!found.isEmpty() && found.size() <= MAX_EXPLAINED) {
        found =
            Claims.byIds(
                session.store(), session.queries(), found.stream().map(Claim::id).toList());
      }
    }
    if (found.isEmpty()) {
      throw new InputException(
          "--explain",
          -1,
          -1,
          "no claim has the IRI, hash or words \""
              + explain
              + "\" (`claimgraph claims` lists them)");
    }
    if (found.size() > MAX_EXPLAINED) {
      List<String> some = new ArrayList<>();
      for (int i = 0; i < MAX_EXPLAINED; i++) {
        some.add(found.get(i).id() + " (" + found.get(i).summary() + ")");
      }
      throw new InputException(
          "--explain",
          -1,
          -1,
          found.size()
              + " claims match \""
              + explain
              + "\"; give more words or an IRI, e.g. "
              + String.join(", ", some));
    }
    // The claims the steps rest on, by their IRIs.
    java.util.Set<String> related = new java.util.LinkedHashSet<>();
    for (Claim c : found) {
      if (c.grade() != null) {
        c.grade().factors().forEach(f -> related.addAll(f.claims()));
      }
    }
    Map<String, Claim> all = new HashMap<>();
    found.forEach(c -> all.put(c.id(), c));
    Claims.byIds(session.store(), session.queries(), related).forEach(c -> all.put(c.id(), c));
    String policy =
        "<"
            + Grading.POLICY_IRI
            + "> in "
            + session.workspace().ontology().resolve(Grading.POLICY + ".ttl");
    List<Review> reviews = Reviews.all(session.store(), session.queries());
    if (format == Format.json) {
      var array = Json.mapper().createArrayNode();
      for (Claim c : found) {
        var o = GradeText.json(c, profile(session, c), all);
        var list = o.putArray("reviews");
        reviews.stream()
            .filter(r -> r.target().equals(c.id()))
            .map(Json::review)
            .forEach(list::add);
        array.add(o);
      }
      out.print(Json.write(found.size() == 1 ? array.get(0) : array));
      return;
    }
    for (int i = 0; i < found.size(); i++) {
      if (i > 0) {
        out.print("\n" + "-".repeat(72) + "\n\n");
      }
      Claim c = found.get(i);
      out.print(GradeText.explain(c, profile(session, c), all, policy));
      out.print(reviewed(c, reviews));
    }
  }

  /** A claim's hash: the last segment of its IRI. */
  private static final java.util.regex.Pattern HASH =
      java.util.regex.Pattern.compile("[0-9a-f]{12}");

  /** The IRIs of the claims whose IRI ends in {@code hash}. */
  private static List<String> ofHash(Session session, String hash) {
    return session
        .store()
        .read(
            link ->
                org.w3id.claimgraph.query.Sparql.select(
                    link,
                    session.queries().get("claim-of-hash").query(),
                    Map.of("hash", org.apache.jena.graph.NodeFactory.createLiteralString(hash))))
        .stream()
        .map(row -> row.get("claim").getURI())
        .toList();
  }

  /** The reviews of {@code c}, newest first, the one that counts marked; empty when none. */
  static String reviewed(Claim c, List<Review> reviews) {
    List<Review> of = reviews.stream().filter(r -> r.target().equals(c.id())).toList();
    if (of.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\nReviews (the latest counts):\n");
    for (int i = of.size() - 1; i >= 0; i--) {
      sb.append("  ")
          .append(of.get(i).summary())
          .append(i == of.size() - 1 ? "" : "  (superseded)")
          .append('\n');
    }
    Review last = of.get(of.size() - 1);
    if (last.verdict() == Review.Verdict.OVERRIDE && c.grade() != null) {
      sb.append("  The ClaimReview export rates it ")
          .append(last.gradeLabel())
          .append(" (the reviewer's verdict) instead of ")
          .append(c.grade().verdict())
          .append(".\n");
    }
    return sb.toString();
  }

  private static org.w3id.claimgraph.model.SourceProfile profile(Session session, Claim c) {
    return SourceProfiles.of(session.store(), session.queries(), c.article());
  }

  /**
   * The claims {@code key} names: the one with that IRI, or with that hash (the IRI's last
   * segment), or else those whose quote, predication ("vascular massage — benefits — deep vein
   * thrombosis"), article and author together contain every word of it, ignoring case and the kind
   * of quotation marks.
   */
  static List<Claim> find(List<Claim> claims, String key) {
    String k = key.strip();
    for (Claim c : claims) {
      if (c.id().equals(k) || c.id().endsWith("/" + k)) {
        return List.of(c);
      }
    }
    List<String> words = words(k);
    List<Claim> out = new ArrayList<>();
    if (words.isEmpty()) {
      return out;
    }
    for (Claim c : claims) {
      java.util.Set<String> hay =
          new java.util.HashSet<>(
              words(
                  c.span().quote()
                      + " "
                      + c.summary()
                      + " "
                      + c.article()
                      + " "
                      + c.attributedTo().name()));
      if (hay.containsAll(words)) {
        out.add(c);
      }
    }
    // A sentence can state several claims: prefer those whose predication the words name.
    int best = 0;
    for (Claim c : out) {
      best = Math.max(best, named(c, words));
    }
    final int most = best;
    return out.stream().filter(c -> named(c, words) == most).toList();
  }

  private static int named(Claim c, List<String> words) {
    java.util.Set<String> summary = new java.util.HashSet<>(words(c.summary()));
    return (int) words.stream().filter(summary::contains).count();
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : normal(s).split("[^\\p{L}\\p{N}']+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replaceAll("[\u2018\u2019\u02bc]", "'")
        .replaceAll("[\u201c\u201d]", "\"")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
