package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.claimgraph.model.SourceProfile;

/**
 * What the steps of one grading run share: the claims and their indexes, the policy, the source
 * profiles, each claim's facts so far, its support, and, once the steps before disputes have run,
 * each claim's score before disputes and the disputes between propositions.
 */
final class GradingState {
  final ClaimIndex ix;
  final Policy policy;
  final Map<String, SourceProfile> profiles;
  final Qualifications qualifications;
  final List<List<Fact>> facts;

  /** Per claim: its support, once the support step has run. */
  final Fact.Supported[] support;

  /** Per claim: a citation that could not lend its level, or null. */
  final Fact.CitationChecked[] citation;

  /** Per claim: the documents its citation points to (IRIs), or null. */
  final String[] cites;

  /** Per claim: the score before disputes; null until the steps before disputes have run. */
  double[] provisional;

  /** The disputes between propositions; null until the steps before disputes have run. */
  DisputeIndex disputes;

  /**
   * Per claim: the stored strength of a claim that is weighed but not graded again (a neighbour of
   * a draft), or null for a claim the pipeline grades.
   */
  final Grader.Pinned[] pinned;

  /**
   * Per claim: the stored lines of a claim whose agreement and disputes alone are weighed again, or
   * null for a claim every step grades.
   */
  final Grader.Kept[] kept;

  GradingState(
      ClaimIndex ix,
      Policy policy,
      Map<String, SourceProfile> profiles,
      Map<String, Grader.Pinned> pinned,
      Map<String, Grader.Kept> kept) {
    this.ix = ix;
    this.policy = policy;
    this.profiles = profiles;
    this.qualifications = new Qualifications(policy.qualifications());
    this.facts = new ArrayList<>(ix.n);
    for (int i = 0; i < ix.n; i++) {
      facts.add(new ArrayList<>(4));
    }
    this.support = new Fact.Supported[ix.n];
    this.citation = new Fact.CitationChecked[ix.n];
    this.cites = new String[ix.n];
    this.pinned = new Grader.Pinned[ix.n];
    for (int i = 0; i < ix.n; i++) {
      this.pinned[i] = pinned.get(ix.claim(i).id());
    }
    this.kept = new Grader.Kept[ix.n];
    for (int i = 0; i < ix.n; i++) {
      this.kept[i] = kept.get(ix.claim(i).id());
    }
  }

  /** What claim i's support weighs. */
  double supportWeight(int i) {
    return kept[i] != null ? kept[i].support() : support[i].delta();
  }

  /** Claim i's score so far. */
  double sum(int i) {
    double s = 0;
    for (Fact f : facts.get(i)) {
      s += f.delta();
    }
    return s;
  }

  boolean has(int i, String code) {
    for (Fact f : facts.get(i)) {
      if (f.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  SourceProfile profile(int i) {
    return profiles.get(ix.claim(i).article());
  }
}
