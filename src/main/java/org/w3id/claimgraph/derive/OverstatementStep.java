package org.w3id.claimgraph.derive;

import org.w3id.claimgraph.model.Claim;

/**
 * Overstatement: a favourable claim worded more strongly than its support allows — strong
 * certainty, or an appeal to proof ("clinically proven", "cure") — when its support weighs less
 * than the policy's threshold.
 */
final class OverstatementStep implements GradingStep {
  private final GradingState st;
  private final Policy.Factor over;

  OverstatementStep(GradingState st, Policy.Factor over) {
    this.st = st;
    this.over = over;
  }

  @Override
  public Fact apply(int i) {
    Claim c = st.ix.claim(i);
    if (!over.appliesTo(c.relation()) || c.negated()) {
      return null;
    }
    Fact.Supported support = st.support[i];
    boolean weak = over.supportBelow() == null || support.delta() < over.supportBelow();
    String cue = SupportStep.firstMatch(st.ix.sentence(i), over.cues());
    boolean strong = over.certainties().contains(c.certainty());
    if (!weak || (cue == null && !strong)) {
      return null;
    }
    return new Fact.Worded(
        over,
        c.certainty(),
        true,
        false,
        false,
        cue,
        support.level().shortLabel(),
        java.util.List.of(cue != null ? cue : c.span().quote()));
  }
}
