package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.claimgraph.model.Severity;

/**
 * The disputes between propositions, for the steps that weigh them: for each proposition, the
 * propositions that oppose it under a rule (with the severity of that conflict, and whether it is
 * on the rule's warning side), and each proposition's claims strongest first by score before
 * disputes. What a claim is disputed by is found once and kept.
 */
final class DisputeIndex {
  /** A proposition that opposes another under a rule. */
  record Opposition(int prop, Severity severity, boolean warningSide) {}

  /**
   * What a claim is disputed by, in three parts: stronger (or, for a qualified warning, strictly
   * stronger) claims of other articles that count, the same of its own article, and the rest of the
   * opposing claims of other articles, which do not count.
   */
  record Found(
      List<Fact.Opponent> cross, List<Fact.Opponent> within, List<Fact.Opponent> setAside) {}

  private final GradingState st;
  private final List<List<Opposition>> against = new ArrayList<>();
  private final int[][] sortedClaims;
  private final Found[] found;

  DisputeIndex(GradingState st, List<PropositionConflicts.Match> matches) {
    this.st = st;
    ClaimIndex ix = st.ix;
    for (int p = 0; p < ix.props.size(); p++) {
      against.add(new ArrayList<>());
    }
    for (PropositionConflicts.Match m : matches) {
      int a = ix.propIndex.get(m.a());
      int b = ix.propIndex.get(m.b());
      against.get(a).add(new Opposition(b, m.severity(), false));
      against.get(b).add(new Opposition(a, m.severity(), true));
    }
    double[] prov = st.provisional;
    sortedClaims = new int[ix.props.size()][];
    for (int p = 0; p < ix.props.size(); p++) {
      sortedClaims[p] =
          Arrays.stream(ix.claimsOfProp.get(p))
              .boxed()
              .sorted(Comparator.comparingDouble((Integer x) -> -prov[x]).thenComparingInt(x -> x))
              .mapToInt(Integer::intValue)
              .toArray();
    }
    found = new Found[ix.n];
  }

  /**
   * Whether claim i is a qualified source's warning: a contraindication or caution whose support
   * weighs at least the precaution factor's minimum. Only strictly stronger evidence disputes it.
   */
  boolean qualifiedWarning(int i) {
    Policy.Factor precaution = st.policy.precaution();
    if (precaution == null) {
      return false;
    }
    var c = st.ix.claim(i);
    double least = precaution.minScore() == null ? 0 : precaution.minScore();
    return precaution.appliesTo(c.relation()) && !c.negated() && st.supportWeight(i) >= least;
  }

  Found against(int i) {
    if (found[i] != null) {
      return found[i];
    }
    ClaimIndex ix = st.ix;
    boolean strict = qualifiedWarning(i);
    // What opposes a claim depends on its proposition and its strength alone, but for the claims
    // of its own article: found once for all the claims alike, then its own article's set apart.
    Side side =
        sides.computeIfAbsent(
            new Strength(ix.propOf[i], st.provisional[i], strict, reach(i)),
            k -> side(i, k.strict()));
    int article = ix.articleOf[i];
    if (!side.articles.contains(article) && !side.claims.contains(i)) {
      found[i] = new Found(side.cross, List.of(), side.aside);
      return found[i];
    }
    List<Fact.Opponent> cross = new ArrayList<>();
    Set<Integer> crossClaims = new HashSet<>();
    for (Fact.Opponent o : side.cross) {
      if (o.claim() != i && ix.articleOf[o.claim()] != article) {
        cross.add(o);
        crossClaims.add(o.claim());
      }
    }
    List<Fact.Opponent> within = new ArrayList<>();
    for (Fact.Opponent o : side.within) {
      if (o.claim() != i && ix.articleOf[o.claim()] == article) {
        within.add(o);
      }
    }
    List<Fact.Opponent> aside = new ArrayList<>();
    for (Fact.Opponent o : side.aside) {
      if (o.claim() != i
          && ix.articleOf[o.claim()] != article
          && !crossClaims.contains(o.claim())) {
        aside.add(o);
      }
    }
    found[i] = new Found(cross, within, aside);
    return found[i];
  }

  /** What a claim's disputes depend on: its proposition, and how strong it is. */
  private record Strength(int prop, double provisional, boolean strict, int reach) {}

  /**
   * The claims opposing a proposition's claims of one strength, whatever their article: those at
   * least as strong that count across articles, those that count within one, and the weaker rest;
   * each strongest first. With the articles and claims they hold.
   */
  private record Side(
      List<Fact.Opponent> cross,
      List<Fact.Opponent> within,
      List<Fact.Opponent> aside,
      Set<Integer> articles,
      Set<Integer> claims) {}

  private final Map<Strength, Side> sides = new java.util.HashMap<>();

  private Side side(int i, boolean strict) {
    ClaimIndex ix = st.ix;
    double[] prov = st.provisional;
    Policy.Factor contradiction = st.policy.contradiction();
    Policy.Factor inconsistency = st.policy.inconsistency();
    Map<Integer, Fact.Opponent> cross = new LinkedHashMap<>();
    Map<Integer, Fact.Opponent> within = new LinkedHashMap<>();
    Map<Integer, Fact.Opponent> aside = new LinkedHashMap<>();
    Set<Integer> articles = new HashSet<>();
    Set<Integer> claims = new HashSet<>();
    for (Opposition o : against.get(ix.propOf[i])) {
      boolean countsCross =
          contradiction != null && contradiction.counts(o.severity(), o.warningSide());
      boolean countsWithin =
          inconsistency != null && inconsistency.counts(o.severity(), o.warningSide());
      for (int x : sortedClaims[o.prop()]) {
        boolean stronger = atLeastAsStrong(x, i, strict);
        Fact.Opponent op = new Fact.Opponent(x, o.severity(), prov[x]);
        articles.add(ix.articleOf[x]);
        claims.add(x);
        if (stronger && countsWithin) {
          merge(within, op);
        }
        if (stronger && countsCross) {
          merge(cross, op);
        } else if (countsCross) {
          merge(aside, op);
        }
      }
    }
    return new Side(sorted(cross), sorted(within), sorted(aside), articles, claims);
  }

  /**
   * Whether claim x's evidence is at least as strong as claim i's (strictly stronger when {@code
   * strict}): a higher score before disputes, or the same score and more independent sources saying
   * the same thing (as many, when not strict).
   */
  boolean atLeastAsStrong(int x, int i, boolean strict) {
    double[] prov = st.provisional;
    if (prov[x] != prov[i]) {
      return prov[x] > prov[i];
    }
    int rx = reach(x);
    int ri = reach(i);
    return strict ? rx > ri : rx >= ri;
  }

  private final java.util.Map<Integer, Integer> reach = new java.util.HashMap<>();

  /** How many independent sources make claim i's statement or one that agrees with it. */
  int reach(int i) {
    ClaimIndex ix = st.ix;
    return reach.computeIfAbsent(
        ix.stmtOf[i],
        k -> {
          Set<Integer> sources = new HashSet<>();
          for (int s : ix.agreeing(k)) {
            for (int x : ix.claimsOfStmt.get(s)) {
              sources.add(ix.sourceOf[x]);
            }
          }
          return sources.size();
        });
  }

  private static void merge(Map<Integer, Fact.Opponent> map, Fact.Opponent op) {
    map.merge(op.claim(), op, (a, b) -> a.severity().rank() >= b.severity().rank() ? a : b);
  }

  private static List<Fact.Opponent> sorted(Map<Integer, Fact.Opponent> map) {
    List<Fact.Opponent> out = new ArrayList<>(map.values());
    out.sort(
        Comparator.comparingDouble((Fact.Opponent o) -> -o.score())
            .thenComparingInt(o -> -o.severity().rank())
            .thenComparingInt(Fact.Opponent::claim));
    return out;
  }

  /** How many independent sources the claims come from. */
  int sources(List<Fact.Opponent> opponents) {
    Set<Integer> out = new HashSet<>();
    for (Fact.Opponent o : opponents) {
      out.add(st.ix.sourceOf[o.claim()]);
    }
    return out.size();
  }
}
