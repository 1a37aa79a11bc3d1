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
   * @param propositions the side's propositions, the one its best-graded claim makes first (the
   *     disputed side has one); read back from a store, only that first one
   * @param propositionCount how many propositions the side has
   * @param claims how many claims make them
   * @param sources how many independent sources (publishers, or articles with none) make it
   * @param sourceNames who makes it, best graded first (at most a few)
   * @param strongest the best-graded claim that makes it, with its grade
   * @param strength how strong its evidence is: the best score before disputes of its claims
   */
  public record Side(
      List<Proposition> propositions,
      int propositionCount,
      int claims,
      int sources,
      List<String> sourceNames,
      Claim strongest,
      double strength) {
    public Side {
      propositions = List.copyOf(propositions);
      sourceNames = List.copyOf(sourceNames);
      if (propositions.isEmpty()) {
        throw new IllegalArgumentException("a side has at least one proposition");
      }
    }

    /** The proposition its best-graded claim makes. */
    public Proposition proposition() {
      return propositions.get(0);
    }
  }

  /**
   * The side with weaker evidence ('A' or 'B'), or a space when both are as strong: a dispute from
   * weaker sources is reported, and it marks the weaker side.
   */
  public char weaker() {
    return a.strength() < b.strength() ? 'A' : b.strength() < a.strength() ? 'B' : ' ';
  }

  /** How many claim pairs the dispute stands for. */
  public long pairs() {
    return (long) a.claims() * b.claims();
  }
}
