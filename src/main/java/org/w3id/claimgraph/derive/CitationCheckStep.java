package org.w3id.claimgraph.derive;

/**
 * The citation-check factors (unverified citation; citation does not support): what the support
 * step found of a citation that could not lend its level, as a factor with its weight.
 */
final class CitationCheckStep implements GradingStep {
  private final GradingState st;
  private final Policy.Factor factor;

  CitationCheckStep(GradingState st, Policy.Factor factor) {
    this.st = st;
    this.factor = factor;
  }

  @Override
  public Fact apply(int i) {
    Fact.CitationChecked c = st.citation[i];
    return c != null && c.factor().iri().equals(factor.iri()) ? c : null;
  }
}
