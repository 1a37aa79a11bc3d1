package org.w3id.claimgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A conflict between two propositions, reported once however many claims make each: the rule and
 * its severity, and for each side the proposition, how many claims and independent sources make it,
 * who, and its best-graded claim.
 *
 * @param id the conflict's IRI
 * @param withinArticle whether some article makes both
 */
public record Dispute(
    String id,
    Severity severity,
    String rule,
    String ruleLabel,
    boolean withinArticle,
    Side a,
    Side b) {
  public Dispute {
    Objects.requireNonNull(id, "id may not be null");
    Objects.requireNonNull(severity, "severity may not be null");
    Objects.requireNonNull(a, "a may not be null");
    Objects.requireNonNull(b, "b may not be null");
  }

  /**
   * One side of a dispute.
   *
   * @param claims how many claims make the proposition
   * @param sources how many independent sources (publishers, or articles with none) make it
   * @param sourceNames who makes it, best graded first (at most a few)
   * @param strongest the best-graded claim that makes it, with its grade
   */
  public record Side(
      Proposition proposition, int claims, int sources, List<String> sourceNames, Claim strongest) {
    public Side {
      sourceNames = List.copyOf(sourceNames);
    }
  }

  /** How many claim pairs the dispute stands for. */
  public long pairs() {
    return (long) a.claims() * b.claims();
  }
}
