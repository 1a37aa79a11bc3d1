package org.w3id.claimgraph.model;

import java.util.Objects;

/**
 * Two claims whose relations a conflict rule says contradict each other, about interventions and
 * conditions that are the same or one broader than the other.
 *
 * @param id the conflict's IRI
 * @param rule the IRI of the rule that found it
 * @param ruleLabel the rule in words
 * @param a the claim matching the rule's first side
 * @param b the claim matching the rule's second side
 * @param dispute the IRI of the dispute it is a pair of, as stored; null for a pair found in a
 *     draft
 */
public record Conflict(
    String id, Severity severity, String rule, String ruleLabel, Claim a, Claim b, String dispute) {
  /** A pair that is not (yet) part of a stored dispute. */
  public Conflict(String id, Severity severity, String rule, String ruleLabel, Claim a, Claim b) {
    this(id, severity, rule, ruleLabel, a, b, null);
  }

  public Conflict {
    Objects.requireNonNull(id, "id may not be null");
    Objects.requireNonNull(severity, "severity may not be null");
    Objects.requireNonNull(rule, "rule may not be null");
    Objects.requireNonNull(ruleLabel, "ruleLabel may not be null");
    Objects.requireNonNull(a, "a may not be null");
    Objects.requireNonNull(b, "b may not be null");
  }

  /** True when both claims appear in the same article. */
  public boolean withinArticle() {
    return a.article().equals(b.article());
  }
}
