package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.List;
import org.w3id.claimgraph.model.SourceProfile;

/**
 * An article's source profile: its kind of source, whether it has a commercial interest in what it
 * writes about (a curator's judgement, its kind, or the policy's cues in its text) and why, its
 * author's stated credentials, and the qualification the policy recognises in them.
 */
final class Profiles {
  private Profiles() {}

  static SourceProfile profile(GradingInput.ArticleFacts a, GradingInput input, Policy policy) {
    GradingInput.AgentFacts author = input.agents().get(a.author());
    List<String> creds = new ArrayList<>();
    if (author != null && !author.unnamed()) {
      for (GradingInput.Credential c : author.credentials()) {
        if (!c.kind().equals("description")) {
          creds.add(c.text());
        }
      }
    }
    Policy.Factor coi = policy.conflictOfInterest();
    boolean byKind = coi != null && coi.sourceKinds().contains(a.kind());
    boolean commercial;
    String reason;
    String evidence = null;
    if (Boolean.FALSE.equals(a.declaredCommercial())) {
      commercial = false;
      reason =
          "A curator judged it has no commercial interest"
              + (a.declaredEvidence() == null ? "." : ": " + a.declaredEvidence());
    } else if (Boolean.TRUE.equals(a.declaredCommercial())) {
      commercial = true;
      evidence = a.declaredEvidence();
      reason =
          "A curator judged it has a commercial interest"
              + (evidence == null ? "." : ": \"" + Reasons.clip(evidence) + "\"");
    } else if (byKind) {
      commercial = true;
      reason = "It is " + Reasons.article(a.kindLabel()) + ".";
    } else if (a.commerceCue() != null) {
      commercial = true;
      evidence = a.commerceCue();
      reason = "It sells or promotes what it writes about: \"" + Reasons.clip(evidence) + "\"";
    } else {
      commercial = false;
      reason = "Nothing in the text shows it sells what it writes about.";
    }
    Qualifications.Found q =
        author == null || author.unnamed()
            ? null
            : new Qualifications(policy.qualifications()).find(Qualifications.texts(author));
    return new SourceProfile(
        a.slug(),
        a.kind(),
        a.kindLabel(),
        commercial,
        reason,
        evidence,
        List.copyOf(creds),
        q == null ? null : q.qualification().label());
  }
}
