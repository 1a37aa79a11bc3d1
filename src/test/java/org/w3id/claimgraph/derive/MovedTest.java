package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;

/**
 * Which propositions' claims an incremental derivation grades again ({@link Incremental#moved}):
 * the changed ones (those no longer made too), those agreeing with one of them, and those
 * conflicting with any of those; the claims of the others keep their stored grades.
 */
class MovedTest {
  private static final String NS = "urn:concept:";

  /** A proposition about concepts of a test namespace, named by their local names. */
  static Proposition proposition(String intervention, Relation relation, String condition) {
    return new Proposition(
        new ConceptRef(NS + intervention, intervention),
        relation,
        false,
        new ConceptRef(NS + condition, condition),
        false);
  }

  @Test
  void aChangeMovesWhatAgreesWithItAndWhatOpposesEitherButNotWhatOnlyAgreesWithAnOpponent() {
    // Swelling is of moderate risk; a clot's swelling, narrower, and a bruise of high risk. A
    // benefit and a contraindication conflict only where a condition is of high risk.
    Map<String, Set<String>> broader =
        Map.of(
            NS + "clot-swelling", Set.of(NS + "swelling"),
            NS + "leg-massage", Set.of(NS + "massage"),
            NS + "arm-massage", Set.of(NS + "massage"));
    Map<String, Severity> risk =
        Map.of(
            NS + "swelling",
            Severity.MEDIUM,
            NS + "clot-swelling",
            Severity.HIGH,
            NS + "bruise",
            Severity.HIGH);
    PropositionConflicts hierarchy = new PropositionConflicts(broader, risk, Map.of(), Map.of());
    ConflictRule rule = WeighedTest.BENEFITS_VS_CONTRAINDICATED;

    Proposition added = proposition("leg-massage", Relation.BENEFITS, "swelling");
    Proposition agrees = proposition("massage", Relation.BENEFITS, "swelling");
    // Opposes what agrees with the change, not the change itself (arm and leg are not related).
    Proposition opposesAgreeing =
        proposition("arm-massage", Relation.CONTRAINDICATED_FOR, "clot-swelling");
    // Agrees with that opponent alone: of too little risk to conflict with either benefit.
    Proposition besideOpponent = proposition("massage", Relation.CONTRAINDICATED_FOR, "swelling");
    Proposition unrelated = proposition("massage", Relation.CAUSES, "swelling");
    // No longer made by any claim, and what opposed it.
    Proposition gone = proposition("massage", Relation.BENEFITS, "bruise");
    Proposition opposedGone = proposition("massage", Relation.CONTRAINDICATED_FOR, "bruise");
    List<Proposition> region =
        List.of(added, agrees, opposesAgreeing, besideOpponent, unrelated, opposedGone);

    assertThat(hierarchy.derive(List.of(added, opposesAgreeing), List.of(rule)))
        .as("the opponent of what agrees does not conflict with the change")
        .isEmpty();
    assertThat(hierarchy.derive(List.of(agrees, opposesAgreeing), List.of(rule))).hasSize(1);
    assertThat(hierarchy.derive(List.of(agrees, besideOpponent), List.of(rule))).isEmpty();
    assertThat(Incremental.moved(region, List.of(added, gone), hierarchy, List.of(rule)))
        .containsExactlyInAnyOrder(
            added.iri(), agrees.iri(), opposesAgreeing.iri(), gone.iri(), opposedGone.iri());
  }
}
