package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.model.Span;

/**
 * Which stored propositions a draft check reads the claims of ({@link Grading#weighed}): those that
 * agree with a draft's proposition, those that conflict with one, and those that agree with such an
 * opponent, and no others.
 */
class WeighedTest {
  private static final String NS = "urn:concept:";

  /** A benefit against a contraindication, where a condition is of high clinical risk. */
  static final ConflictRule BENEFITS_VS_CONTRAINDICATED =
      new ConflictRule(
          "urn:rule:benefits-vs-contraindicated",
          "said to help, yet contraindicated",
          Relation.BENEFITS,
          false,
          Relation.CONTRAINDICATED_FOR,
          false,
          Severity.HIGH,
          false,
          false,
          Severity.HIGH);

  private static ConceptRef concept(String name) {
    return new ConceptRef(NS + name, name);
  }

  private static Proposition proposition(String intervention, Relation relation, String condition) {
    return new Proposition(concept(intervention), relation, false, concept(condition), false);
  }

  @Test
  void aCheckReadsWhatAgreesWithTheDraftWhatOpposesItAndWhatAgreesWithThoseOpposingIt() {
    // Swelling is of moderate risk; a clot's swelling, narrower, of high risk. A benefit and a
    // contraindication conflict only where a condition is of high risk.
    Map<String, Set<String>> broader =
        Map.of(
            NS + "clot-swelling",
            Set.of(NS + "swelling"),
            NS + "leg-massage",
            Set.of(NS + "massage"));
    Map<String, Severity> risk =
        Map.of(NS + "swelling", Severity.MEDIUM, NS + "clot-swelling", Severity.HIGH);
    PropositionConflicts hierarchy = new PropositionConflicts(broader, risk, Map.of(), Map.of());
    ConflictRule rule = BENEFITS_VS_CONTRAINDICATED;
    Claim draft =
        new Claim(
            "urn:claim:draft",
            "draft",
            concept("massage"),
            Relation.BENEFITS,
            concept("swelling"),
            Certainty.ASSERTED,
            false,
            false,
            new AgentRef("urn:agent:author", "the author"),
            new Span(0, 29, "Massage brings swelling down."),
            Curation.EXTRACTED,
            null);
    GradingInput added =
        new GradingInput(
            List.of(draft),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of(rule),
            broader,
            risk,
            Map.of(),
            Map.of());

    Proposition agrees = proposition("leg-massage", Relation.BENEFITS, "swelling");
    Proposition opposes = proposition("massage", Relation.CONTRAINDICATED_FOR, "clot-swelling");
    // Agrees with the opponent; of too little risk to conflict with the draft itself.
    Proposition besideOpponent = proposition("massage", Relation.CONTRAINDICATED_FOR, "swelling");
    // Neither agrees nor conflicts with anything the draft says.
    Proposition unweighed = proposition("massage", Relation.CAUSES, "swelling");
    Map<String, Proposition> candidates = new LinkedHashMap<>();
    for (Proposition p : List.of(agrees, opposes, besideOpponent, unweighed)) {
      candidates.put(p.iri(), p);
    }

    assertThat(hierarchy.derive(List.of(Proposition.of(draft), besideOpponent), List.of(rule)))
        .as("the opponent's neighbour does not conflict with the draft")
        .isEmpty();
    assertThat(Grading.weighed(added, hierarchy, candidates))
        .containsExactlyInAnyOrder(agrees.iri(), opposes.iri(), besideOpponent.iri());
  }
}
