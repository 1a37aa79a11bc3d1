package org.w3id.claimgraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.w3id.claimgraph.audit.ClaimReviews;
import org.w3id.claimgraph.derive.Conflicts;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.report.GradeText;
import org.w3id.claimgraph.report.Json;
import org.w3id.claimgraph.report.TextTable;
import org.w3id.claimgraph.review.Review;
import org.w3id.claimgraph.review.Reviews;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.vocab.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "reviews",
    description = {
      "The reviewers' adjudications, newest first, each with what it reviews; a review that a later"
          + " one of the same claim or dispute replaces is marked superseded. With --pending, what"
          + " awaits a reviewer instead: the high-severity disputes and the flagged claims (rated"
          + " Unsupported, Misleading or Inaccurate) that no one has reviewed."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph reviews",
      "  claimgraph reviews --pending",
      "  claimgraph reviews --format json > reviews.json"
    })
final class ReviewsCommand implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  @Mixin CommonOptions options;
  @Mixin EndpointOption endpoint;
  @Spec CommandSpec spec;

  @Option(
      names = "--pending",
      description = "What awaits a reviewer: unreviewed high disputes and flagged claims.")
  boolean pending;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  Format format;

  @Override
  public Integer call() {
    try (Session session = new Session(options, spec.commandLine().getErr()).endpoint(endpoint)) {
      Store store = session.store();
      List<Review> all = Reviews.all(store, session.queries());
      Map<String, Review> latest = Reviews.latest(store, session.queries());
      PrintWriter out = spec.commandLine().getOut();
      if (pending) {
        pending(session, latest, out);
      } else {
        list(session, all, latest, out);
      }
      out.flush();
      return 0;
    }
  }

  private void list(
      Session session, List<Review> all, Map<String, Review> latest, PrintWriter out) {
    List<Review> newestFirst = new ArrayList<>(all);
    java.util.Collections.reverse(newestFirst);
    Map<String, String> what = describe(session, latest.keySet());
    // What each review now stands for: the claims and disputes it is the latest review of.
    Map<String, List<String>> appliesTo = new HashMap<>();
    latest.forEach(
        (target, r) -> {
          if (what.containsKey(target)) {
            appliesTo.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(target);
          }
        });
    Set<String> counting = new java.util.HashSet<>();
    latest.values().forEach(r -> counting.add(r.id()));
    if (format == Format.json) {
      ObjectNode root = Json.mapper().createObjectNode();
      ArrayNode array = root.putArray("reviews");
      for (Review r : newestFirst) {
        ObjectNode o = Json.review(r);
        o.put("current", counting.contains(r.id()));
        ArrayNode now = o.putArray("appliesTo");
        for (String t : appliesTo.getOrDefault(r.id(), List.of())) {
          now.addObject().put("id", t).put("summary", what.get(t));
        }
        array.add(o);
      }
      out.print(Json.write(root));
      return;
    }
    Map<Review.Verdict, Long> counts =
        latest.values().stream()
            .distinct()
            .collect(Collectors.groupingBy(Review::verdict, Collectors.counting()));
    long reviewed = latest.keySet().stream().filter(what::containsKey).count();
    out.println(
        all.size()
            + (all.size() == 1 ? " review" : " reviews")
            + ", the latest of "
            + reviewed
            + (reviewed == 1 ? " claim or dispute" : " claims and disputes")
            + " in the store"
            + (counts.isEmpty()
                ? ""
                : " ("
                    + counts.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getValue() + " " + e.getKey().code())
                        .collect(Collectors.joining(", "))
                    + ")"));
    if (all.isEmpty()) {
      out.println("`claimgraph review CLAIM|DISPUTE --verdict …` records one.");
      return;
    }
    TextTable t =
        new TextTable(
            List.of("when", "reviewer", "verdict", "of", "what", "note"), 10, 20, 24, 26, 60, 60);
    for (Review r : newestFirst) {
      String verdict =
          (r.verdict() == Review.Verdict.OVERRIDE
                  ? "override: " + (r.gradeLabel() == null ? "?" : r.gradeLabel())
                  : r.verdict().code())
              + (counting.contains(r.id()) ? "" : " (superseded)");
      List<String> now = appliesTo.getOrDefault(r.id(), List.of());
      String target = now.isEmpty() ? r.target() : now.get(0);
      t.row(
          r.created().toString().substring(0, 10),
          r.reviewer(),
          verdict,
          (r.ofClaim() ? "claim " : "dispute ")
              + (r.ofClaim()
                  ? Ids.articleSlugOfClaim(target) + "/" + Ids.slugOf(target)
                  : Ids.slugOf(target)),
          now.isEmpty() ? "(no longer in the store)" : what.get(target),
          r.note() == null ? "" : r.note());
    }
    out.print(t.render());
  }

  /** A one-line summary of each target still in the store. */
  private static Map<String, String> describe(Session session, Set<String> targets) {
    Map<String, String> out = new HashMap<>();
    List<String> claims = targets.stream().filter(t -> t.startsWith(Ids.CLAIM)).toList();
    for (Claim c : Claims.brieflyByIds(session.store(), session.queries(), claims)) {
      out.put(c.id(), c.summary());
    }
    if (targets.stream().anyMatch(t -> t.startsWith(Ids.CONFLICT))) {
      for (Dispute d :
          Conflicts.page(
                  session.store(), session.queries(), 0, Integer.MAX_VALUE, targets::contains)
              .page()) {
        out.put(d.id(), d.a().proposition().summary() + "  vs  " + d.b().proposition().summary());
      }
    }
    return out;
  }

  private void pending(Session session, Map<String, Review> latest, PrintWriter out) {
    // Disputes rank most severe first: the high ones are the first page, as many as they count.
    int high =
        Conflicts.page(session.store(), session.queries(), 0, 0, id -> !latest.containsKey(id))
            .counts()
            .high();
    List<Dispute> disputes =
        Conflicts.page(session.store(), session.queries(), 0, high, id -> !latest.containsKey(id))
            .page()
            .stream()
            .filter(d -> d.severity() == Severity.HIGH)
            .toList();
    Map<String, Integer> ranks = ClaimReviews.ranks(session.store(), session.queries());
    List<String> flagged =
        Claims.weakestFirst(session.store(), session.queries(), null).stream()
            .filter(
                r ->
                    ranks.getOrDefault(r.verdict(), Integer.MAX_VALUE)
                        <= ClaimReviews.FLAGGED_AT_MOST)
            .map(GradeText.Ranked::id)
            .filter(id -> !latest.containsKey(id))
            .toList();
    List<Claim> claims = Claims.brieflyByIds(session.store(), session.queries(), flagged);
    if (format == Format.json) {
      ObjectNode root = Json.mapper().createObjectNode();
      root.set("disputes", Json.disputes(disputes).get("conflicts"));
      root.set("claims", Json.claims(claims).get("claims"));
      out.print(Json.write(root));
      return;
    }
    out.println(
        disputes.size()
            + " high "
            + (disputes.size() == 1 ? "dispute" : "disputes")
            + " and "
            + claims.size()
            + " flagged "
            + (claims.size() == 1 ? "claim" : "claims")
            + " await a reviewer");
    if (!disputes.isEmpty()) {
      out.println();
      TextTable t = new TextTable(List.of("dispute", "rule", "side A", "side B"), 16, 40, 60, 60);
      for (Dispute d : disputes) {
        t.row(
            Ids.slugOf(d.id()),
            d.ruleLabel(),
            d.a().proposition().summary(),
            d.b().proposition().summary());
      }
      out.print(t.render());
    }
    if (!claims.isEmpty()) {
      out.println();
      TextTable t = new TextTable(List.of("claim", "verdict", "claim says"), 60, 14, 70);
      for (Claim c : claims) {
        t.row(
            c.article() + "/" + Ids.slugOf(c.id()),
            c.grade() == null ? "" : c.grade().verdict(),
            c.summary());
      }
      out.print(t.render());
    }
  }
}
