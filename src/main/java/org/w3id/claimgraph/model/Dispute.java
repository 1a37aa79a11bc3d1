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
 * @param matched the pairs of propositions, one of each side, that the rule matched: the dispute
 *     stands for the claim pairs of these, not for every pair of its sides; read back from a store,
 *     empty (the conflict-pairs query lists them)
 * @param pairs how many claim pairs the matched propositions stand for
 */
public record Dispute(
    String id,
    Severity severity,
    String rule,
    String ruleLabel,
    boolean withinArticle,
    Side a,
    Side b,
    List<Matched> matched,
    long pairs) {
  /**
   * A pair of propositions a rule matched (its first side's proposition first), the rule, its own
   * severity and how many claim pairs it stands for.
   */
  public record Matched(String a, String b, String rule, Severity severity, long pairs) {}

  public Dispute {
    matched = List.copyOf(matched);
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
}
