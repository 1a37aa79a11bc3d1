package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Groups the conflicts between propositions into disputes a reader keeps: the propositions joined
 * by conflicts (through the concept hierarchy), under whichever rules, make one dispute, however
 * many propositions each side has. So one sentence that opposes many makes one dispute, not one per
 * proposition it opposes, and a warning that one page calls safe, another helpful and a third
 * denies is one dispute, not one per rule. Each conflict puts its two propositions on opposite
 * sides; the dispute's rule is that of its most severe conflict, whose first proposition is on side
 * A. (The rules of the policy set a permissive proposition — a benefit, safety, a denied harm or
 * warning — against a warning one, so the sides are the two stances; a rule that set two warnings
 * against each other could leave a group of conflicts that no two sides divide, and such a group
 * makes one dispute per rule.) A dispute is as severe as its most severe conflict, and each side
 * carries how strong its evidence is (its best score before disputes), so the weaker side is
 * marked.
 */
final class DisputeGroups {
  /** At most this many people are named for each side of a dispute. */
  static final int NAMES = 5;

  private DisputeGroups() {}

  static List<Dispute> summarise(
      GradingState st,
      List<PropositionConflicts.Match> matches,
      Map<String, Grade> grades,
      double[] score) {
    ClaimIndex ix = st.ix;
    Map<Integer, Integer> parent = new HashMap<>();
    for (PropositionConflicts.Match m : matches) {
      union(parent, ix.propIndex.get(m.a()), ix.propIndex.get(m.b()));
    }
    Map<Integer, List<PropositionConflicts.Match>> components = new LinkedHashMap<>();
    for (PropositionConflicts.Match m : matches) {
      components
          .computeIfAbsent(find(parent, ix.propIndex.get(m.a())), k -> new ArrayList<>())
          .add(m);
    }
    List<Dispute> out = new ArrayList<>();
    for (List<PropositionConflicts.Match> group : components.values()) {
      Map<Integer, Boolean> sides = sides(ix, group);
      if (sides != null) {
        out.add(dispute(st, group, sides, grades, score));
        continue;
      }
      // Rules whose sides do not fall into two stances (a rule of the policy may set two warnings
      // against each other) cannot share a dispute: one per rule, as the rule orients it.
      Map<String, List<PropositionConflicts.Match>> byRule = new java.util.TreeMap<>();
      for (PropositionConflicts.Match m : group) {
        byRule.computeIfAbsent(m.rule().iri(), k -> new ArrayList<>()).add(m);
      }
      for (List<PropositionConflicts.Match> ruleGroup : byRule.values()) {
        Map<Integer, Boolean> ruleSides = new HashMap<>();
        for (PropositionConflicts.Match m : ruleGroup) {
          ruleSides.put(ix.propIndex.get(m.a()), true);
          ruleSides.put(ix.propIndex.get(m.b()), false);
        }
        out.add(dispute(st, ruleGroup, ruleSides, grades, score));
      }
    }
    out.sort(
        Comparator.comparing((Dispute d) -> d.rule())
            .thenComparing(d -> d.a().proposition().iri())
            .thenComparing(Dispute::id));
    return out;
  }

  /**
   * The side of each proposition of a connected group of conflicts, true for side A: each conflict
   * puts its two propositions on opposite sides, and the most severe conflict's first proposition
   * is on side A. Null when the conflicts cannot be so divided (an odd cycle of conflicts).
   */
  private static Map<Integer, Boolean> sides(
      ClaimIndex ix, List<PropositionConflicts.Match> group) {
    Map<Integer, List<Integer>> opposed = new HashMap<>();
    for (PropositionConflicts.Match m : group) {
      int a = ix.propIndex.get(m.a());
      int b = ix.propIndex.get(m.b());
      opposed.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
      opposed.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
    }
    Map<Integer, Boolean> side = new HashMap<>();
    int start = ix.propIndex.get(group.stream().min(PRIMARY).orElseThrow().a());
    side.put(start, true);
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      int p = queue.poll();
      for (int q : opposed.get(p)) {
        Boolean known = side.get(q);
        if (known == null) {
          side.put(q, !side.get(p));
          queue.add(q);
        } else if (known.equals(side.get(p))) {
          return null;
        }
      }
    }
    return side;
  }

  /**
   * The conflict that names a dispute: the most severe, then the first rule, then the first pair.
   */
  private static final Comparator<PropositionConflicts.Match> PRIMARY =
      Comparator.comparingInt((PropositionConflicts.Match m) -> -m.severity().rank())
          .thenComparing(m -> m.rule().iri())
          .thenComparing(m -> m.a().iri())
          .thenComparing(m -> m.b().iri());

  private static Dispute dispute(
      GradingState st,
      List<PropositionConflicts.Match> group,
      Map<Integer, Boolean> sides,
      Map<String, Grade> grades,
      double[] score) {
    ClaimIndex ix = st.ix;
    PropositionConflicts.Match primary = group.stream().min(PRIMARY).orElseThrow();
    boolean primaryA = sides.get(ix.propIndex.get(primary.a()));
    TreeSet<Integer> as = new TreeSet<>();
    TreeSet<Integer> bs = new TreeSet<>();
    Severity severity = Severity.LOW;
    for (PropositionConflicts.Match m : group) {
      for (Proposition p : List.of(m.a(), m.b())) {
        int x = ix.propIndex.get(p);
        (sides.get(x) == primaryA ? as : bs).add(x);
      }
      if (m.severity().rank() > severity.rank()) {
        severity = m.severity();
      }
    }
    int[] forIt = claims(ix, as);
    int[] againstIt = claims(ix, bs);
    String idA = as.stream().map(p -> ix.props.get(p).iri()).sorted().findFirst().orElseThrow();
    String idB = bs.stream().map(p -> ix.props.get(p).iri()).sorted().findFirst().orElseThrow();
    // The claim pairs are those of the matched propositions, not every pair of the two sides.
    Map<String, Dispute.Matched> matched = new java.util.TreeMap<>();
    long pairs = 0;
    for (PropositionConflicts.Match m : group) {
      int pa = ix.propIndex.get(m.a());
      int pb = ix.propIndex.get(m.b());
      long n = ix.shownPairs(pa, pb);
      String key = m.a().iri() + " " + m.b().iri();
      Dispute.Matched before = matched.get(key);
      Dispute.Matched now =
          new Dispute.Matched(m.a().iri(), m.b().iri(), m.rule().iri(), m.severity(), n);
      if (before == null) {
        pairs += n;
        matched.put(key, now);
      } else if (m.severity().rank() > before.severity().rank()) {
        matched.put(key, now);
      }
    }
    return new Dispute(
        Ids.conflict(primary.rule().iri(), idA, idB),
        severity,
        primary.rule().iri(),
        primary.rule().label(),
        shareAnArticle(ix, forIt, againstIt),
        side(st, forIt, as, grades, score),
        side(st, againstIt, bs, grades, score),
        List.copyOf(matched.values()),
        pairs);
  }

  private static int[] claims(ClaimIndex ix, Set<Integer> props) {
    List<Integer> out = new ArrayList<>();
    for (int p : props) {
      Arrays.stream(ix.claimsOfProp.get(p)).forEach(out::add);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean shareAnArticle(ClaimIndex ix, int[] a, int[] b) {
    Set<Integer> arts = new HashSet<>();
    for (int x : a) {
      arts.add(ix.articleOf[x]);
    }
    for (int x : b) {
      if (arts.contains(ix.articleOf[x])) {
        return true;
      }
    }
    return false;
  }

  private static Dispute.Side side(
      GradingState st, int[] xs, Set<Integer> props, Map<String, Grade> grades, double[] score) {
    ClaimIndex ix = st.ix;
    Integer[] boxed = Arrays.stream(xs).boxed().toArray(Integer[]::new);
    Arrays.sort(
        boxed, Comparator.comparingDouble((Integer x) -> -score[x]).thenComparingInt(x -> x));
    LinkedHashSet<String> names = new LinkedHashSet<>();
    Set<Integer> sources = new HashSet<>();
    double strength = Double.NEGATIVE_INFINITY;
    for (int x : boxed) {
      sources.add(ix.sourceOf[x]);
      strength = Math.max(strength, st.provisional[x]);
      if (names.size() < NAMES) {
        names.add(ix.claim(x).attributedTo().name());
      }
    }
    Claim best = ix.claim(boxed[0]);
    List<Proposition> ordered = new ArrayList<>();
    Proposition shown = Proposition.of(best);
    ordered.add(shown);
    for (int p : props) {
      if (!ix.props.get(p).equals(shown)) {
        ordered.add(ix.props.get(p));
      }
    }
    return new Dispute.Side(
        ordered,
        ordered.size(),
        xs.length,
        sources.size(),
        List.copyOf(names),
        best.withGrade(grades.get(best.id())),
        strength);
  }

  private static int find(Map<Integer, Integer> parent, int x) {
    int root = x;
    while (parent.getOrDefault(root, root) != root) {
      root = parent.get(root);
    }
    while (x != root) {
      int next = parent.getOrDefault(x, x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private static void union(Map<Integer, Integer> parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent.put(Math.max(ra, rb), Math.min(ra, rb));
    }
  }
}
