package org.w3id.claimgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.claimgraph.eval.GoldSet.GoldConflict;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Severity;

/**
 * Conflicts found in a store holding a gold set's articles, scored against the annotated ones. A
 * found conflict is a pair of claims; pairs are one finding when they join the same two sentences
 * (two claims of the same two sentences), the same two statements (one article's relation,
 * condition and polarity in one speaker's voice, against another's: its restatements, hedged or
 * not, of one kind of the intervention or another, are one contradiction, as the annotation records
 * it once), or the same two articles in one dispute (the tool's own unit: a dispute groups the
 * propositions of related concepts that conflict, and between two articles it is one
 * contradiction); and so on, transitively. An annotated conflict is found when some finding has one
 * claim whose quote overlaps one annotated quote and the other claim overlapping the other, in
 * either order. Recall is the share of annotated conflicts found; precision the share of findings
 * that are annotated conflicts. Scored at every severity, and again for the conflicts of medium
 * severity or more (those that make a draft need review).
 */
public final class ConflictEvaluation {
  /**
   * A conflicting pair of claims the tool found, the severity of its conflict, and the dispute it
   * belongs to (null if not known).
   */
  public record Pair(Claim a, Claim b, Severity severity, String dispute) {
    public Pair(Claim a, Claim b, Severity severity) {
      this(a, b, severity, null);
    }
  }

  /** A finding: two sentences in conflict, the claims that make it, the most severe conflict. */
  public record Finding(Claim a, Claim b, Severity severity, GoldConflict gold) {}

  /** The figures, the annotated conflicts not found, and every finding with its annotation. */
  public record Result(
      List<GoldConflict> annotated, List<GoldConflict> missed, List<Finding> findings) {
    public int found() {
      return annotated.size() - missed.size();
    }

    public long correct() {
      return findings.stream().filter(f -> f.gold() != null).count();
    }

    public double recall() {
      return annotated.isEmpty() ? 0 : (double) found() / annotated.size();
    }

    public double precision() {
      return findings.isEmpty() ? 0 : (double) correct() / findings.size();
    }
  }

  private ConflictEvaluation() {}

  /**
   * @param names the gold set's file name of each article slug
   * @param pairs the conflicting claim pairs found, both claims from the gold set's articles
   * @param least only pairs of at least this severity count
   */
  public static Result score(
      List<GoldConflict> annotated, Map<String, String> names, List<Pair> pairs, Severity least) {
    List<Pair> kept = pairs.stream().filter(p -> p.severity().rank() >= least.rank()).toList();
    // Pairs are one finding when they join the same two sentences, the same two statements (one
    // article's restatements of a claim are one, as the annotation keeps one), or the same two
    // articles in one dispute (what the tool shows as one conflict between them).
    int[] parent = new int[kept.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> bySentences = new java.util.HashMap<>();
    Map<String, Integer> byStatements = new java.util.HashMap<>();
    Map<String, Integer> byDispute = new java.util.HashMap<>();
    for (int i = 0; i < kept.size(); i++) {
      Pair p = kept.get(i);
      Integer sameSentences = bySentences.putIfAbsent(key(sentence(p.a()), sentence(p.b())), i);
      if (sameSentences != null) {
        union(parent, sameSentences, i);
      }
      Integer sameStatements = byStatements.putIfAbsent(key(statement(p.a()), statement(p.b())), i);
      if (sameStatements != null) {
        union(parent, sameStatements, i);
      }
      if (p.dispute() != null) {
        Integer sameDispute =
            byDispute.putIfAbsent(p.dispute() + " " + key(p.a().article(), p.b().article()), i);
        if (sameDispute != null) {
          union(parent, sameDispute, i);
        }
      }
    }
    Map<Integer, Finding> findings = new LinkedHashMap<>();
    List<GoldConflict> found = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Pair p = kept.get(i);
      GoldConflict gold = null;
      for (GoldConflict g : annotated) {
        if (matches(g, names, p.a(), p.b()) || matches(g, names, p.b(), p.a())) {
          gold = g;
          if (!found.contains(g)) {
            found.add(g);
          }
        }
      }
      int root = find(parent, i);
      Finding before = findings.get(root);
      Severity severity =
          before != null && before.severity().rank() > p.severity().rank()
              ? before.severity()
              : p.severity();
      if (before == null || (before.gold() == null && gold != null)) {
        findings.put(root, new Finding(p.a(), p.b(), severity, gold));
      } else {
        findings.put(root, new Finding(before.a(), before.b(), severity, before.gold()));
      }
    }
    List<GoldConflict> missed = annotated.stream().filter(g -> !found.contains(g)).toList();
    return new Result(annotated, missed, List.copyOf(findings.values()));
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private static String key(String x, String y) {
    return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
  }

  private static String sentence(Claim c) {
    return c.article() + "@" + c.span().start() + "-" + c.span().end();
  }

  /**
   * What one article says, for counting a contradiction once: its relation, condition and polarity
   * and who says it; not how strongly, nor of which kind of the intervention ("sports massage
   * improves circulation" and "massage may improve circulation" contradict a denial once).
   */
  private static String statement(Claim c) {
    return c.article()
        + " "
        + c.relation()
        + " "
        + c.condition().iri()
        + " "
        + c.negated()
        + " "
        + c.attributedTo().iri();
  }

  private static boolean matches(GoldConflict g, Map<String, String> names, Claim a, Claim b) {
    return g.fileA().equals(names.get(a.article()))
        && overlaps(a, g.startA(), g.endA())
        && g.fileB().equals(names.get(b.article()))
        && overlaps(b, g.startB(), g.endB());
  }

  private static boolean overlaps(Claim c, int start, int end) {
    return c.span().start() < end && start < c.span().end();
  }
}
