package org.w3id.claimgraph.derive;

import java.util.List;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.SourceProfile;

/** Conflict of interest: a favourable claim of an article that sells what it recommends. */
final class ConflictOfInterestStep implements GradingStep {
  private final GradingState st;
  private final Policy.Factor coi;

  ConflictOfInterestStep(GradingState st, Policy.Factor coi) {
    this.st = st;
    this.coi = coi;
  }

  @Override
  public Fact apply(int i) {
    SourceProfile profile = st.profile(i);
    Claim c = st.ix.claim(i);
    if (profile == null || !profile.commercial() || !coi.appliesTo(c.relation()) || c.negated()) {
      return null;
    }
    return new Fact.Commercial(
        coi,
        profile.commercialReason(),
        profile.commercialEvidence() == null ? List.of() : List.of(profile.commercialEvidence()));
  }
}
