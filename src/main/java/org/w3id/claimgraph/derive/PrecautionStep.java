package org.w3id.claimgraph.derive;

import java.util.List;

/**
 * Precaution: a contraindication or caution from a qualified source is disputed only by strictly
 * stronger evidence. Informational: the step lists the dissent it set aside, so a reader sees it
 * was weighed.
 */
final class PrecautionStep implements GradingStep {
  private final GradingState st;
  private final Policy.Factor factor;

  PrecautionStep(GradingState st, Policy.Factor factor) {
    this.st = st;
    this.factor = factor;
  }

  @Override
  public boolean weighsDisputes() {
    return true;
  }

  @Override
  public Fact apply(int i) {
    if (!st.disputes.qualifiedWarning(i)) {
      return null;
    }
    List<Fact.Opponent> aside = st.disputes.against(i).setAside();
    if (aside.isEmpty()) {
      return null;
    }
    return new Fact.Precaution(factor, aside, st.disputes.sources(aside));
  }
}
