package org.w3id.claimgraph.derive;

import java.util.List;
import org.w3id.claimgraph.model.Claim;

/**
 * Wording: how sure the text sounds, beside what supports it. Informational; a claim the
 * overstatement step has already marked gets no second line about its wording.
 */
final class WordingStep implements GradingStep {
  private final GradingState st;
  private final Policy.Factor wording;

  WordingStep(GradingState st, Policy.Factor wording) {
    this.st = st;
    this.wording = wording;
  }

  @Override
  public Fact apply(int i) {
    Policy.Factor over = st.policy.overstatement();
    if (over != null && st.has(i, over.code())) {
      return null;
    }
    Claim c = st.ix.claim(i);
    return new Fact.Worded(
        wording,
        c.certainty(),
        false,
        over != null && !over.appliesTo(c.relation()),
        c.negated(),
        null,
        st.support[i].level().shortLabel(),
        List.of());
  }
}
