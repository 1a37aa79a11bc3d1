package org.w3id.claimgraph.derive;

import java.util.List;

/**
 * Contradiction (by other articles) and internal inconsistency (by its own): a claim goes down only
 * when disputed, in a conflict of at least the factor's severity, by evidence at least as strong —
 * a claim whose score before disputes is equal or higher (strictly higher, against a qualified
 * source's warning). Opposing claims are counted by independent source, and every one is listed.
 */
final class DisputeStep implements GradingStep {
  private final GradingState st;
  private final Policy.Factor factor;
  private final boolean within;

  DisputeStep(GradingState st, Policy.Factor factor, boolean within) {
    this.st = st;
    this.factor = factor;
    this.within = within;
  }

  @Override
  public boolean weighsDisputes() {
    return true;
  }

  @Override
  public Fact apply(int i) {
    DisputeIndex.Found found = st.disputes.against(i);
    List<Fact.Opponent> opponents = within ? found.within() : found.cross();
    if (opponents.isEmpty()) {
      return null;
    }
    int count = within ? opponents.size() : st.disputes.sources(opponents);
    return new Fact.Disputed(factor, within, count, opponents);
  }
}
