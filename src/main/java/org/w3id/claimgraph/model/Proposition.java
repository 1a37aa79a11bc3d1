package org.w3id.claimgraph.model;

import java.util.Objects;
import org.w3id.claimgraph.vocab.Ids;

/**
 * What a claim asserts, apart from who asserts it and where: an intervention, a relation and a
 * condition, with its polarity and whether it is stated only under a further circumstance. Many
 * claims, in many articles, can make the same proposition; conflicts are between propositions.
 */
public record Proposition(
    ConceptRef intervention,
    Relation relation,
    boolean negated,
    ConceptRef condition,
    boolean conditional) {
  public Proposition {
    Objects.requireNonNull(intervention, "intervention may not be null");
    Objects.requireNonNull(relation, "relation may not be null");
    Objects.requireNonNull(condition, "condition may not be null");
  }

  /** The proposition a claim makes. */
  public static Proposition of(Claim c) {
    return new Proposition(
        c.intervention(), c.relation(), c.negated(), c.condition(), c.conditional());
  }

  /** Its IRI: a hash of what it says, so the same proposition has one IRI in every build. */
  public String iri() {
    return IRIS.computeIfAbsent(
        this,
        p ->
            Ids.proposition(
                p.intervention.iri(),
                p.relation.code(),
                p.negated,
                p.condition.iri(),
                p.conditional));
  }

  /**
   * Each proposition's IRI (a SHA-256 hash), made once: sorting and grouping conflicts ask for it
   * many times. Propositions are bounded by the vocabulary (interventions × relations ×
   * conditions), not by the archive, so the map stays small.
   */
  private static final java.util.Map<Proposition, String> IRIS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** "vascular massage — benefits — deep vein thrombosis", as {@link Claim#summary()}. */
  public String summary() {
    return intervention.label()
        + " — "
        + (negated ? "not " : "")
        + relation.label()
        + " — "
        + condition.label();
  }
}
