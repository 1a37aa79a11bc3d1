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
 * found conflict is a pair of claims; it is counted once per pair of sentences (two claims of the
 * same two sentences are one finding). An annotated conflict is found when some finding has one
 * claim whose quote overlaps one annotated quote and the other claim overlapping the other, in
 * either order. Recall is the share of annotated conflicts found; precision the share of findings
 * that are annotated conflicts. Scored at every severity, and again for the conflicts of medium
 * severity or more (those that make a draft need review).
 */
public final class ConflictEvaluation {
  /** A conflicting pair of claims the tool found, and the severity of its conflict. */
  public record Pair(Claim a, Claim b, Severity severity) {}

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
    Map<String, Finding> findings = new LinkedHashMap<>();
    List<GoldConflict> found = new ArrayList<>();
    for (Pair p : pairs) {
      if (p.severity().rank() < least.rank()) {
        continue;
      }
      String key = key(p.a(), p.b());
      GoldConflict gold = null;
      for (GoldConflict g : annotated) {
        if (matches(g, names, p.a(), p.b()) || matches(g, names, p.b(), p.a())) {
          gold = g;
          if (!found.contains(g)) {
            found.add(g);
          }
        }
      }
      Finding before = findings.get(key);
      Severity severity =
          before != null && before.severity().rank() > p.severity().rank()
              ? before.severity()
              : p.severity();
      if (before == null || before.gold() == null) {
        findings.put(
            key, new Finding(p.a(), p.b(), severity, gold != null || before == null ? gold : null));
      } else {
        findings.put(key, new Finding(before.a(), before.b(), severity, before.gold()));
      }
    }
    List<GoldConflict> missed = annotated.stream().filter(g -> !found.contains(g)).toList();
    return new Result(annotated, missed, List.copyOf(findings.values()));
  }

  private static String key(Claim a, Claim b) {
    String x = a.article() + "@" + a.span().start() + "-" + a.span().end();
    String y = b.article() + "@" + b.span().start() + "-" + b.span().end();
    return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
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
