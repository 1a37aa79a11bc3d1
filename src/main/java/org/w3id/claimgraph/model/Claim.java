package org.w3id.claimgraph.model;

import java.util.Objects;

/**
 * A health claim as a reified predication: intervention, relation and condition, with the certainty
 * as written, polarity, the agent it is attributed to, the article and the exact span that states
 * it, and whether it was curated or extracted.
 *
 * @param id the claim's IRI
 * @param article the slug of the article the claim appears in
 * @param note a curator's note, or null
 * @param grade the claim's grade, or null where grades are not read or not yet computed
 */
public record Claim(
    String id,
    String article,
    ConceptRef intervention,
    Relation relation,
    ConceptRef condition,
    Certainty certainty,
    boolean negated,
    boolean conditional,
    AgentRef attributedTo,
    Span span,
    Curation curation,
    String note,
    Grade grade) {
  public Claim {
    Objects.requireNonNull(id, "id may not be null");
    Objects.requireNonNull(article, "article may not be null");
    Objects.requireNonNull(intervention, "intervention may not be null");
    Objects.requireNonNull(relation, "relation may not be null");
    Objects.requireNonNull(condition, "condition may not be null");
    Objects.requireNonNull(certainty, "certainty may not be null");
    Objects.requireNonNull(attributedTo, "attributedTo may not be null");
    Objects.requireNonNull(span, "span may not be null");
    Objects.requireNonNull(curation, "curation may not be null");
  }

  /** This claim without a grade: the constructor for the claim as stated. */
  public Claim(
      String id,
      String article,
      ConceptRef intervention,
      Relation relation,
      ConceptRef condition,
      Certainty certainty,
      boolean negated,
      boolean conditional,
      AgentRef attributedTo,
      Span span,
      Curation curation,
      String note) {
    this(
        id,
        article,
        intervention,
        relation,
        condition,
        certainty,
        negated,
        conditional,
        attributedTo,
        span,
        curation,
        note,
        null);
  }

  /** This claim with {@code grade}. */
  public Claim withGrade(Grade grade) {
    return new Claim(
        id,
        article,
        intervention,
        relation,
        condition,
        certainty,
        negated,
        conditional,
        attributedTo,
        span,
        curation,
        note,
        grade);
  }

  /** "vascular massage — benefits — deep vein thrombosis", negation shown as "not". */
  public String summary() {
    return intervention.label()
        + " — "
        + (negated ? "not " : "")
        + relation.label()
        + " — "
        + condition.label();
  }
}
