package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.SourceProfile;
import org.w3id.claimgraph.vocab.CG;

/**
 * Grades every claim of a {@link GradingInput} under a {@link Policy}, and finds the disputes
 * between the propositions the claims make. Deterministic: the same graph and policy give the same
 * grades, whatever order the claims come in.
 *
 * <p>A pipeline of steps, composed from the policy: first the claim's support ({@link
 * SupportStep}), then each factor the policy lists, in its order (citation checks, overstatement,
 * wording, conflict of interest, consensus; then the factors that weigh disputes: contradiction,
 * inconsistency, precaution). Each step runs over every claim before the next, and records
 * structured {@link Fact facts}; {@link Reasons} writes the English. The steps before disputes give
 * each claim's score before disputes, which is how strong its evidence is; a claim is disputed only
 * by evidence at least as strong, so the grades are free of circularity.
 */
public final class Grader {
  /** The steps the policy's factors name, by factor IRI. */
  static final Map<String, BiFunction<GradingState, Policy.Factor, GradingStep>> STEPS =
      Map.of(
          CG.UnverifiedCitation.getURI(), CitationCheckStep::new,
          CG.CitationDoesNotSupport.getURI(), CitationCheckStep::new,
          CG.Overstatement.getURI(), OverstatementStep::new,
          CG.Wording.getURI(), WordingStep::new,
          CG.ConflictOfInterest.getURI(), ConflictOfInterestStep::new,
          CG.Consensus.getURI(), ConsensusStep::new,
          CG.Contradiction.getURI(), (st, f) -> new DisputeStep(st, f, false),
          CG.InternalInconsistency.getURI(), (st, f) -> new DisputeStep(st, f, true),
          CG.Precaution.getURI(), PrecautionStep::new);

  /**
   * The factors whose steps weigh what other claims say (agreement and disputes), by IRI; every
   * other step rests on the claim, its article and its people alone. A kept grade ({@link Kept})
   * keeps the lines of the others.
   */
  public static final java.util.Set<String> WEIGHING_OTHERS =
      java.util.Set.of(
          CG.Consensus.getURI(),
          CG.Contradiction.getURI(),
          CG.InternalInconsistency.getURI(),
          CG.Precaution.getURI());

  /**
   * The grades of all claims, the source profile of every article, the disputes, what each claim's
   * citation points to (claim IRI to the cited document's IRI or a followable URL), and the
   * conflicts between propositions the disputes group. Where claims were pinned, the disputes and
   * conflicts are those a claim graded takes part in.
   */
  public record Result(
      Map<String, Grade> grades,
      Map<String, SourceProfile> profiles,
      List<Dispute> disputes,
      Map<String, String> citations,
      List<PropositionConflicts.Match> matches) {}

  /**
   * A claim weighed but not graded again: its stored score before disputes, that score without what
   * agreement gave it, and its final score (which orders the claims of a dispute's side). A draft
   * check grades the draft's claims against such neighbours instead of grading the archive again;
   * an incremental derivation pins the claims of its region whose grades the change cannot move.
   */
  public record Pinned(double provisional, double beforeConsensus, double score) {
    /** A neighbour weighed by its score before disputes alone, as a draft check weighs it. */
    public Pinned(double provisional, double beforeConsensus) {
      this(provisional, beforeConsensus, provisional);
    }
  }

  /**
   * A claim graded again only in what other claims lend or take from it (agreement, disputes): its
   * stored grade's other lines, its support first, are kept. An incremental derivation keeps them
   * for the claims whose own article and people did not change and whose sentence cites nothing, so
   * their texts need not be read again.
   *
   * @param lines the stored lines of the steps that rest on the claim alone, in order
   */
  public record Kept(List<Factor> lines) {
    public Kept {
      lines = List.copyOf(lines);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("a kept grade needs at least its support line");
      }
    }

    /** What the claim's support weighs: its first line's. */
    double support() {
      return lines.get(0).delta();
    }

    /** The kept line of the factor {@code code} as a fact, or null; the support line for null. */
    Fact fact(String code) {
      if (code == null) {
        return new Fact.StoredLine(lines.get(0));
      }
      for (Factor line : lines.subList(1, lines.size())) {
        if (line.code().equals(code)) {
          return new Fact.StoredLine(line);
        }
      }
      return null;
    }
  }

  private Grader() {}

  public static Result grade(GradingInput input, Policy policy) {
    return grade(input, policy, Map.of());
  }

  /**
   * Grades every claim of {@code input} but those {@code pinned} (by claim IRI), which are weighed
   * at their stored strength and get no grade of their own in the result.
   */
  public static Result grade(GradingInput input, Policy policy, Map<String, Pinned> pinned) {
    return grade(input, policy, pinned, Map.of());
  }

  /**
   * As {@link #grade(GradingInput, Policy, Map)}, and the claims {@code kept} (by claim IRI) are
   * graded by the steps that weigh other claims alone, their other lines kept as given.
   */
  public static Result grade(
      GradingInput input, Policy policy, Map<String, Pinned> pinned, Map<String, Kept> kept) {
    return grade(input, policy, pinned, kept, false);
  }

  /**
   * As {@link #grade(GradingInput, Policy, Map, Map)}; where {@code closed}, the input holds every
   * claim of every dispute any of its claims takes part in, so the disputes are grouped over all
   * its conflicts, those between pinned claims too, as a grading of the whole archive groups them.
   * Otherwise (a draft's neighbours) only the conflicts a graded claim takes part in are grouped.
   */
  static Result grade(
      GradingInput input,
      Policy policy,
      Map<String, Pinned> pinned,
      Map<String, Kept> kept,
      boolean closed) {
    ClaimIndex ix = new ClaimIndex(input);
    Map<String, SourceProfile> profiles = new TreeMap<>();
    for (GradingInput.ArticleFacts a : input.articles().values()) {
      profiles.put(a.slug(), Profiles.profile(a, input, policy));
    }
    GradingState st = new GradingState(ix, policy, profiles, pinned, kept);
    List<GradingStep> steps = new ArrayList<>();
    // The code of each step's factor; the support step's is null (a kept grade's first line).
    List<String> codes = new ArrayList<>();
    steps.add(new SupportStep(st));
    codes.add(null);
    for (Policy.Factor f : policy.factors()) {
      BiFunction<GradingState, Policy.Factor, GradingStep> make = STEPS.get(f.iri());
      if (make == null) {
        throw new IllegalStateException("the policy's factor <" + f.iri() + "> has no step");
      }
      GradingStep step = make.apply(st, f);
      if (step.local() == WEIGHING_OTHERS.contains(f.iri())) {
        throw new IllegalStateException("the factor <" + f.iri() + "> is misfiled as local or not");
      }
      steps.add(step);
      codes.add(f.code());
    }
    List<PropositionConflicts.Match> matches =
        withoutExceptions(
            ix,
            closed
                ? ix.hierarchy.derive(ix.props, input.rules())
                : concerningGraded(st, input.rules()));
    for (int s = 0; s < steps.size(); s++) {
      GradingStep step = steps.get(s);
      if (step.weighsDisputes() && st.provisional == null) {
        settle(st, matches);
      }
      step.begin();
      for (int i = 0; i < ix.n; i++) {
        if (st.pinned[i] != null) {
          continue;
        }
        Fact f = st.kept[i] != null && step.local() ? st.kept[i].fact(codes.get(s)) : step.apply(i);
        if (f != null) {
          st.facts.get(i).add(f);
        }
      }
    }
    if (st.provisional == null) {
      settle(st, matches);
    }
    Reasons reasons = new Reasons(ix);
    Map<String, Grade> grades = new LinkedHashMap<>();
    double[] score = new double[ix.n];
    Map<String, String> citations = new TreeMap<>();
    for (int i = 0; i < ix.n; i++) {
      if (st.pinned[i] != null) {
        score[i] = st.pinned[i].score();
        continue;
      }
      List<Fact> facts = st.facts.get(i);
      List<Factor> lines = new ArrayList<>(facts.size());
      for (Fact f : facts) {
        lines.add(reasons.line(lines.size() + 1, f));
      }
      score[i] = st.sum(i);
      Policy.Band band = policy.band(score[i]);
      Claim c = ix.claim(i);
      grades.put(
          c.id(),
          new Grade(
              score[i],
              st.provisional[i],
              band.certainty().label(),
              band.sort().label(),
              band.cebm().label(),
              band.evidenceLevel().label(),
              verdict(st, i, band),
              lines));
      if (st.cites[i] != null) {
        citations.put(c.id(), st.cites[i]);
      }
    }
    List<Dispute> disputes = DisputeGroups.summarise(st, matches, grades, score);
    return new Result(grades, profiles, disputes, citations, matches);
  }

  /**
   * The conflicts that are not a voice stating an exception to itself: "massage is safe on blood
   * thinners … deep tissue and sports massage are unsafe" says something favourable of the whole
   * and the opposite of a kind of it. Where the favourable side's intervention is broader than the
   * other's, the condition is the same, and every claim about the kind is made beside a claim of
   * the whole by the same speaker in the same article, the kind is an exception the speakers make,
   * not a conflict. The kind stated alone, by another article or another speaker, still conflicts;
   * so does a general warning beside a benefit of a kind. Nor is a conflict a pair of propositions
   * none of whose pairs of claims a reader is shown ({@link ClaimIndex#shownPairs}).
   */
  static List<PropositionConflicts.Match> withoutExceptions(
      ClaimIndex ix, List<PropositionConflicts.Match> matches) {
    List<PropositionConflicts.Match> out = new ArrayList<>(matches.size());
    for (PropositionConflicts.Match m : matches) {
      // Nor is a pair of propositions no pair of whose claims a reader would be shown: a belief
      // reported to be rejected against other articles, one voice's rule against its exception.
      boolean excepted =
          (exception(ix.hierarchy, m.a(), m.b()) && accompanied(ix, m.b(), m.a()))
              || (exception(ix.hierarchy, m.b(), m.a()) && accompanied(ix, m.a(), m.b()))
              || ix.shownPairs(ix.propIndex.get(m.a()), ix.propIndex.get(m.b())) == 0;
      if (!excepted) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The conflicts a claim being graded takes part in: all of them unless claims are pinned. Those
   * between pinned claims alone (a draft's neighbours among themselves) change no grade given, and
   * are not looked for.
   */
  private static List<PropositionConflicts.Match> concerningGraded(
      GradingState st, List<ConflictRule> rules) {
    ClaimIndex ix = st.ix;
    boolean[] graded = new boolean[ix.props.size()];
    boolean anyPinned = false;
    for (int i = 0; i < ix.n; i++) {
      graded[ix.propOf[i]] |= st.pinned[i] == null;
      anyPinned |= st.pinned[i] != null;
    }
    if (!anyPinned) {
      return ix.hierarchy.derive(ix.props, rules);
    }
    return ix.hierarchy.derive(ix.props, rules, p -> graded[ix.propIndex.get(p)]);
  }

  /**
   * Whether every claim of {@code kind} has, in its article and by its speaker, a claim of {@code
   * general} beside it.
   */
  private static boolean accompanied(ClaimIndex ix, Proposition kind, Proposition general) {
    int[] generals = ix.claimsOfProp.get(ix.propIndex.get(general));
    for (int x : ix.claimsOfProp.get(ix.propIndex.get(kind))) {
      String who = ix.claim(x).attributedTo().iri();
      boolean beside = false;
      for (int y : generals) {
        beside |=
            ix.articleOf[y] == ix.articleOf[x] && ix.claim(y).attributedTo().iri().equals(who);
      }
      if (!beside) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code general} is favourable, and {@code kind} is not and speaks of a kind of it. */
  private static boolean exception(
      PropositionConflicts hierarchy, Proposition general, Proposition kind) {
    String g = general.intervention().iri();
    String k = kind.intervention().iri();
    return PropositionConflicts.favourable(general)
        && !PropositionConflicts.favourable(kind)
        && !g.equals(k)
        && hierarchy.atLeastAsGeneral(g, k)
        && general.condition().iri().equals(kind.condition().iri());
  }

  /** The scores before disputes, and the dispute index that reads them. */
  private static void settle(GradingState st, List<PropositionConflicts.Match> matches) {
    st.provisional = new double[st.ix.n];
    for (int i = 0; i < st.ix.n; i++) {
      st.provisional[i] = st.pinned[i] != null ? st.pinned[i].provisional() : st.sum(i);
    }
    st.disputes = new DisputeIndex(st, matches);
  }

  private static String verdict(GradingState st, int i, Policy.Band band) {
    Claim c = st.ix.claim(i);
    for (Policy.VerdictRule rule : st.policy.verdictRules()) {
      if (rule.factor() != null && !st.has(i, rule.factor())) {
        continue;
      }
      if (rule.band() != null && !rule.band().equals(band.iri())) {
        continue;
      }
      if (!rule.relations().isEmpty()
          && (c.negated() || !rule.relations().contains(c.relation()))) {
        continue;
      }
      if (rule.opposingMinScore() != null) {
        boolean strongOpponent = false;
        for (Fact.Opponent o : st.disputes.against(i).cross()) {
          boolean severe =
              rule.minSeverity() == null || o.severity().rank() >= rule.minSeverity().rank();
          strongOpponent |= severe && o.score() >= rule.opposingMinScore();
        }
        if (!strongOpponent) {
          continue;
        }
      }
      return rule.verdict().label();
    }
    return band.verdict().label();
  }
}
