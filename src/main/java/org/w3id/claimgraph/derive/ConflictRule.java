package org.w3id.claimgraph.derive;

import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;

/**
 * A conflict rule of {@code ontology/conflict-rules.ttl}: a proposition with relation A and
 * polarity A conflicts with one with relation B and polarity B, about interventions and conditions
 * that are each the same concept or one broader than the other.
 *
 * @param unconditionalOnly propositions stated only under a further circumstance do not count
 * @param unconditionalAOnly side A's propositions stated only under a further circumstance do not
 *     count (side B's do)
 * @param leastRisk the rule applies only where the higher clinical risk of the two conditions is at
 *     least this
 */
public record ConflictRule(
    String iri,
    String label,
    Relation relationA,
    boolean negatedA,
    Relation relationB,
    boolean negatedB,
    Severity severity,
    boolean unconditionalOnly,
    boolean unconditionalAOnly,
    Severity leastRisk) {}
