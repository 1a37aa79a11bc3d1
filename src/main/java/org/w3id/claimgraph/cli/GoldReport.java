package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.eval.ConflictEvaluation;
import org.w3id.claimgraph.eval.GoldEvaluation;
import org.w3id.claimgraph.eval.GoldSet;
import org.w3id.claimgraph.eval.GoldSet.GoldArticle;
import org.w3id.claimgraph.eval.GoldSet.GoldClaim;
import org.w3id.claimgraph.eval.GoldSet.GoldConflict;
import org.w3id.claimgraph.ingest.Ingester;
import org.w3id.claimgraph.ingest.Options;
import org.w3id.claimgraph.ingest.Prepared;
import org.w3id.claimgraph.ingest.Preparer;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.store.LocalStore;

/**
 * {@code eval --gold}: extracts every article of a gold set as ingest would, scores the claims,
 * then ingests the articles into a scratch store in memory (with the curated corpus, as a user's
 * store has it) and scores the conflicts found between the gold set's articles.
 */
final class GoldReport {
  private final Session session;
  private final PrintWriter out;
  private final boolean details;

  GoldReport(Session session, PrintWriter out, boolean details) {
    this.session = session;
    this.out = out;
    this.details = details;
  }

  void run(java.nio.file.Path dir) {
    GoldSet set = GoldSet.read(dir);
    Preparer preparer =
        new Preparer(session.extractor(), Options.defaults(), session.sourceKinds());
    GoldEvaluation evaluation =
        new GoldEvaluation(session.extractor(), session.workspaceVocabulary());
    List<GoldEvaluation.ArticleResult> results = new ArrayList<>();
    Map<String, Claim> claims = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (GoldArticle a : set.articles()) {
      Prepared p = preparer.prepare(a.file(), a.slug());
      p.claims().forEach(c -> claims.put(c.id(), c));
      names.put(a.slug(), a.name());
      results.add(
          evaluation.score(
              a, preparer.author(a.file(), a.slug()), p.claims(), set.claimsOf(a.name())));
    }
    out.printf(
        Locale.ROOT,
        "Gold set %s: %d articles, %d annotated claims, %d annotated conflicts%n%n",
        dir,
        set.articles().size(),
        set.claims().size(),
        set.conflicts().size());
    List<GoldEvaluation.Scores> halves =
        List.of(
            scores("development (odd)", results, a -> a.number() % 2 == 1),
            scores("reporting (even)", results, a -> a.number() % 2 == 0),
            scores("all", results, a -> true));
    out.printf(
        Locale.ROOT,
        "%-20s %8s %9s %9s %7s %9s %6s %5s%n",
        "claims",
        "articles",
        "annotated",
        "extracted",
        "matched",
        "precision",
        "recall",
        "F1");
    for (GoldEvaluation.Scores s : halves) {
      out.printf(
          Locale.ROOT,
          "%-20s %8d %9d %9d %7d %9.2f %6.2f %5.2f%n",
          s.name(),
          s.parts().size(),
          s.gold(),
          s.extracted(),
          s.matched(),
          s.precision(),
          s.recall(),
          s.f1());
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%-20s %9s %5s %6s %9s %5s %9s%n",
        "relation (all)",
        "annotated",
        "found",
        "recall",
        "extracted",
        "right",
        "precision");
    for (Map.Entry<Relation, GoldEvaluation.RelationCounts> e :
        halves.get(2).byRelation().entrySet()) {
      GoldEvaluation.RelationCounts c = e.getValue();
      out.printf(
          Locale.ROOT,
          "%-20s %9d %5d %6s %9d %5d %9s%n",
          e.getKey().code(),
          c.gold(),
          c.goldMatched(),
          ratio(c.goldMatched(), c.gold()),
          c.extracted(),
          c.extractedMatched(),
          ratio(c.extractedMatched(), c.extracted()));
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%-20s %8s %6s %8s %11s%n",
        "agreement (matched)",
        "relation",
        "hedge",
        "negation",
        "attribution");
    for (GoldEvaluation.Scores s : halves) {
      out.printf(
          Locale.ROOT,
          "%-20s %8.2f %6.2f %8.2f %11.2f%n",
          s.name(),
          s.relationAgreement(),
          s.hedgeAgreement(),
          s.negationAgreement(),
          s.attributionAgreement());
    }
    List<ConflictEvaluation.Pair> pairs = pairs(set, claims);
    ConflictEvaluation.Result conflicts =
        ConflictEvaluation.score(set.conflicts(), names, pairs, Severity.LOW);
    for (Severity least : List.of(Severity.LOW, Severity.MEDIUM)) {
      ConflictEvaluation.Result r =
          least == Severity.LOW
              ? conflicts
              : ConflictEvaluation.score(set.conflicts(), names, pairs, least);
      conflictTable(set, halves, r, least == Severity.LOW ? "conflicts" : "conflicts, medium+");
    }
    if (details) {
      details(results, conflicts);
    }
  }

  private void conflictTable(
      GoldSet set,
      List<GoldEvaluation.Scores> halves,
      ConflictEvaluation.Result conflicts,
      String title) {
    out.println();
    out.printf(
        Locale.ROOT,
        "%-20s %9s %5s %6s %8s %7s %9s%n",
        title,
        "annotated",
        "found",
        "recall",
        "findings",
        "correct",
        "precision");
    Map<String, Integer> number = new HashMap<>();
    set.articles().forEach(a -> number.put(a.name(), a.number()));
    Map<String, Integer> bySlug = new HashMap<>();
    set.articles().forEach(a -> bySlug.put(a.slug(), a.number()));
    for (int half = 0; half < 3; half++) {
      int h = half;
      Predicate<Integer> in = n -> h == 2 || n % 2 == (h == 0 ? 1 : 0);
      List<GoldConflict> annotated =
          set.conflicts().stream()
              .filter(g -> in.test(number.get(g.fileA())) && in.test(number.get(g.fileB())))
              .toList();
      List<ConflictEvaluation.Finding> findings =
          conflicts.findings().stream()
              .filter(
                  f -> in.test(bySlug.get(f.a().article())) && in.test(bySlug.get(f.b().article())))
              .toList();
      long found = annotated.stream().filter(g -> !conflicts.missed().contains(g)).count();
      long correct = findings.stream().filter(f -> f.gold() != null).count();
      out.printf(
          Locale.ROOT,
          "%-20s %9d %5d %6s %8d %7d %9s%n",
          halves.get(half).name(),
          annotated.size(),
          found,
          ratio(found, annotated.size()),
          findings.size(),
          correct,
          ratio(correct, findings.size()));
    }
  }

  private static String ratio(long a, long b) {
    return b == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) a / b);
  }

  private static GoldEvaluation.Scores scores(
      String name, List<GoldEvaluation.ArticleResult> all, Predicate<GoldArticle> keep) {
    return new GoldEvaluation.Scores(
        name, all.stream().filter(r -> keep.test(r.article())).toList());
  }

  private List<ConflictEvaluation.Pair> pairs(GoldSet set, Map<String, Claim> claims) {
    QueryLibrary queries = session.queries();
    try (LocalStore store = LocalStore.inMemory()) {
      new Builder(session.workspace(), queries).build(store);
      Preparer preparer =
          new Preparer(session.extractor(), Options.defaults(), session.sourceKinds());
      new Ingester(
              preparer,
              queries,
              session.shapes(),
              session.ontologyGraph(),
              Ingester.DEFAULT_BATCH,
              Runtime.getRuntime().availableProcessors())
          .ingest(set.articles().stream().map(GoldArticle::file).toList(), store, null, null);
      List<Binding> rows =
          store.read(
              link ->
                  Sparql.select(link, queries.get(QueryLibrary.CONFLICT_PAIRS).query(), Map.of()));
      List<ConflictEvaluation.Pair> pairs = new ArrayList<>();
      for (Binding b : rows) {
        Claim x = claims.get(b.get(Var.alloc("claimA")).getURI());
        Claim y = claims.get(b.get(Var.alloc("claimB")).getURI());
        if (x != null && y != null) {
          pairs.add(
              new ConflictEvaluation.Pair(
                  x,
                  y,
                  Severity.fromCode(b.get(Var.alloc("severity")).getLiteralLexicalForm()),
                  b.get(Var.alloc("conflict")).getURI()));
        }
      }
      return pairs;
    }
  }

  private void details(
      List<GoldEvaluation.ArticleResult> results, ConflictEvaluation.Result conflicts) {
    for (GoldEvaluation.ArticleResult r : results) {
      out.println();
      out.printf(
          Locale.ROOT,
          "== %s  (%d annotated, %d extracted, %d matched)%n",
          r.article().name(),
          r.gold().size(),
          r.extracted().size(),
          r.matches().size());
      for (GoldClaim g : r.misses()) {
        out.println(
            "  missed  "
                + g.intervention()
                + " — "
                + (g.negated() ? "not " : "")
                + g.relation().code()
                + " — "
                + g.condition()
                + "  ["
                + g.hedge()
                + (g.ownVoice() ? "" : "; " + g.attributedTo())
                + "]  \""
                + cut(g.quote())
                + "\"");
      }
      for (Claim c : r.falseHits()) {
        out.println(
            "  false   "
                + c.summary()
                + "  ["
                + c.certainty().code()
                + "]  \""
                + cut(c.span().quote())
                + "\"");
      }
    }
    out.println();
    out.println("== conflicts");
    for (GoldConflict g : conflicts.missed()) {
      out.println(
          "  missed  "
              + g.fileA().substring(0, 2)
              + " \""
              + cut(g.quoteA())
              + "\"  vs  "
              + g.fileB().substring(0, 2)
              + " \""
              + cut(g.quoteB())
              + "\"");
      out.println("          A extracted: " + claimsAt(results, g.fileA(), g.startA(), g.endA()));
      out.println("          B extracted: " + claimsAt(results, g.fileB(), g.startB(), g.endB()));
    }
    for (ConflictEvaluation.Finding f : conflicts.findings()) {
      if (f.gold() == null) {
        out.println(
            "  false   "
                + f.severity().code()
                + "  "
                + f.a().summary()
                + "  vs  "
                + f.b().summary()
                + "   ("
                + f.a().article()
                + " / "
                + f.b().article()
                + ")");
      }
    }
  }

  /** What was extracted from a quote, for telling why a conflict was not found. */
  private static String claimsAt(
      List<GoldEvaluation.ArticleResult> results, String file, int start, int end) {
    List<String> out = new ArrayList<>();
    for (GoldEvaluation.ArticleResult r : results) {
      if (r.article().name().equals(file)) {
        for (Claim c : r.extracted()) {
          if (c.span().start() < end && start < c.span().end()) {
            out.add(c.summary());
          }
        }
      }
    }
    return out.isEmpty() ? "nothing" : String.join("; ", out);
  }

  private static String cut(String s) {
    String t = s.replaceAll("\\s+", " ");
    return t.length() > 90 ? t.substring(0, 89) + "…" : t;
  }
}
