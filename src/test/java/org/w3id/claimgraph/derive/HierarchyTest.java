package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.claimgraph.model.Relation.BENEFITS;
import static org.w3id.claimgraph.model.Relation.CAUSES;
import static org.w3id.claimgraph.model.Relation.CAUTION_WITH;
import static org.w3id.claimgraph.model.Relation.CONTRAINDICATED_FOR;
import static org.w3id.claimgraph.model.Relation.SAFE_FOR;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.Workspace;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/** The conflict rules follow the concept hierarchy both ways, and nothing else. */
class HierarchyTest {
  @TempDir Path tmp;

  private List<Conflict> conflicts(ScenarioCorpus corpus) {
    return derive(corpus.write(tmp.resolve("ws"))).pairs();
  }

  /** A scenario's disputes and its conflicting pairs of claims. */
  private record Derived(List<Dispute> disputes, List<Conflict> pairs) {}

  /** Builds {@code ws} in memory and reads its disputes and conflicting pairs back. */
  private static Derived derive(Workspace ws) {
    QueryLibrary queries = QueryLibrary.load(ws.queries());
    try (LocalStore store = LocalStore.inMemory()) {
      new Builder(ws, queries).build(store);
      List<Conflict> listed = Conflicts.list(store, queries);
      List<Dispute> disputes = Conflicts.disputes(store, queries);
      // The disputes count the pairs the listing shows, no more.
      assertThat(disputes.stream().mapToLong(d -> d.pairs()).sum())
          .as("pairs counted by the disputes")
          .isEqualTo(listed.size());
      return new Derived(disputes, listed);
    }
  }

  private static String slug(String rule) {
    return rule.substring(rule.lastIndexOf('/') + 1);
  }

  @Test
  void contraindicationForBloodClotCoversVascularMassageAndDvt() {
    List<Conflict> found =
        conflicts(
            new ScenarioCorpus()
                .claim("warning", "massage", CONTRAINDICATED_FOR, "thrombosis")
                .claim("promotion", "vascular-massage", BENEFITS, "deep-vein-thrombosis"));
    assertThat(found).hasSize(1);
    Conflict c = found.get(0);
    assertThat(c.severity()).isEqualTo(Severity.HIGH);
    assertThat(c.a().intervention().label()).isEqualTo("vascular massage");
    assertThat(c.b().condition().label()).isEqualTo("thrombosis");
    assertThat(c.withinArticle()).isFalse();
  }

  @Test
  void aNarrowContraindicationConflictsWithABroadBenefit() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim(
                        "warning", "vascular-massage", CONTRAINDICATED_FOR, "deep-vein-thrombosis")
                    .claim("promotion", "massage", BENEFITS, "thrombosis")))
        .hasSize(1);
  }

  @Test
  void theTwoAxesMayGoOppositeWays() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("warning", "massage", CONTRAINDICATED_FOR, "deep-vein-thrombosis")
                    .claim("promotion", "vascular-massage", BENEFITS, "thrombosis")))
        .hasSize(1);
  }

  @Test
  void siblingInterventionsNeverConflict() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("warning", "deep-tissue-massage", CONTRAINDICATED_FOR, "thrombosis")
                    .claim("promotion", "vascular-massage", BENEFITS, "deep-vein-thrombosis")))
        .isEmpty();
  }

  @Test
  void unrelatedConditionsNeverConflict() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("warning", "massage", CONTRAINDICATED_FOR, "thrombosis")
                    .claim("promotion", "massage", BENEFITS, "lymphedema")
                    .claim("promotion", "vascular-massage", BENEFITS, "varicose-veins")))
        .isEmpty();
  }

  @Test
  void aConflictInsideOneArticleIsMarkedSo() {
    List<Conflict> found =
        conflicts(
            new ScenarioCorpus()
                .claim("both", "vascular-massage", BENEFITS, "deep-vein-thrombosis")
                .claim("both", "vascular-massage", CAUTION_WITH, "thrombosis"));
    assertThat(found)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.withinArticle()).isTrue();
              assertThat(c.severity()).isEqualTo(Severity.MEDIUM);
            });
  }

  @Test
  void aDeniedCauseConflictsWithAnAssertedOne() {
    List<Conflict> found =
        conflicts(
            new ScenarioCorpus()
                .claim("yes", "leg-massage", CAUSES, "thrombosis", false, false)
                .claim("no", "massage", CAUSES, "thrombosis", true, false));
    assertThat(found)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.rule()).endsWith("/causes-vs-not-causes");
              assertThat(c.a().negated()).isFalse();
              assertThat(c.b().negated()).isTrue();
            });
  }

  @Test
  void aDeniedBenefitDoesNotConflictWithAContraindication() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("warning", "massage", CONTRAINDICATED_FOR, "thrombosis")
                    .claim(
                        "sceptic",
                        "vascular-massage",
                        BENEFITS,
                        "deep-vein-thrombosis",
                        true,
                        false)))
        .isEmpty();
  }

  @Test
  void aConditionalHarmDoesNotContradictAGeneralBenefitButStillCountsForSafety() {
    List<Conflict> found =
        conflicts(
            new ScenarioCorpus()
                .claim("harm", "massage", CAUSES, "pain", false, true)
                .claim("help", "massage", BENEFITS, "pain")
                .claim("safe", "massage", SAFE_FOR, "pain"));
    assertThat(found).extracting(c -> slug(c.rule())).containsExactly("safe-vs-causes");
  }

  @Test
  void safetyAtOneStageDoesNotContradictAHarmStatedInGeneral() {
    // "Bodywork is fine once the clot is being treated" against "massage may cause an embolism".
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("stage", "massage", SAFE_FOR, "thrombosis", false, true)
                    .claim("harm", "massage", CAUSES, "thrombosis")))
        .isEmpty();
  }

  @Test
  void safetyStatedWithoutConditionStillMeetsTheSameHarm() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("safe", "massage", SAFE_FOR, "thrombosis")
                    .claim("harm", "massage", CAUSES, "thrombosis")))
        .extracting(c -> slug(c.rule()))
        .containsExactly("safe-vs-causes");
  }

  @Test
  void theDraftQueryLeavesSafetyAtOneStageApartFromAHarmStatedInGeneral() {
    // queries/conflicts-with-claim.rq, which tests a claim described by its parts, applies the
    // one-sided rule as the derivation does.
    Workspace ws =
        new ScenarioCorpus()
            .claim("harm", "massage", CAUSES, "thrombosis")
            .write(tmp.resolve("ws"));
    QueryLibrary queries = QueryLibrary.load(ws.queries());
    try (LocalStore store = LocalStore.inMemory()) {
      new Builder(ws, queries).build(store);
      for (boolean conditional : new boolean[] {false, true}) {
        Map<String, Node> given =
            Map.of(
                "interventionGiven", uri(Ids.concept("massage")),
                "conditionGiven", uri(Ids.concept("thrombosis")),
                "relationGiven", uri(CG.NS + "SafeFor"),
                "negatedGiven", bool(false),
                "conditionalGiven", bool(conditional));
        List<String> rules =
            store.read(
                link ->
                    Sparql.select(link, queries.get("conflicts-with-claim").query(), given).stream()
                        .map(r -> slug(r.get("rule").getURI()))
                        .toList());
        if (conditional) {
          assertThat(rules).doesNotContain("safe-vs-causes");
        } else {
          assertThat(rules).contains("safe-vs-causes");
        }
      }
    }
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node bool(boolean b) {
    return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
  }

  @Test
  void aDeniedContraindicationMeetsAHarmAsSafetyDoes() {
    // "We dismantle the myth that massage is contraindicated for cancer" against "massage may
    // spread cancer".
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("denial", "massage", CONTRAINDICATED_FOR, "thrombosis", true, false)
                    .claim("harm", "massage", CAUSES, "thrombosis")))
        .extracting(c -> slug(c.rule()))
        .containsExactly("not-contraindicated-vs-causes");
  }

  @Test
  void oneBenefitAgainstWarningsOfThreeKindsIsOneDisputeNamedByItsMostSevereRule() {
    Derived derived =
        derive(
            new ScenarioCorpus()
                .claim("blog", "vascular-massage", BENEFITS, "deep-vein-thrombosis")
                .claim("textbook", "massage", CONTRAINDICATED_FOR, "thrombosis")
                .claim("doctor", "massage", CAUTION_WITH, "thrombosis")
                .claim("clinic", "massage", CAUSES, "embolism")
                .write(tmp.resolve("ws")));
    assertThat(derived.disputes()).hasSize(1);
    Dispute d = derived.disputes().get(0);
    assertThat(slug(d.rule())).isEqualTo("benefits-vs-contraindicated");
    assertThat(d.severity()).isEqualTo(Severity.HIGH);
    assertThat(d.a().claims()).isEqualTo(1);
    assertThat(d.b().claims()).isEqualTo(3);
    // Each pair keeps the rule that matched it.
    assertThat(derived.pairs())
        .extracting(c -> slug(c.rule()))
        .containsExactlyInAnyOrder(
            "benefits-vs-contraindicated", "benefits-vs-caution", "benefits-vs-causes");
  }

  @Test
  void aRuleThatSetsTwoWarningsAgainstEachOtherMakesDisputesOfItsOwn() throws Exception {
    // A policy may add such a rule; its conflicts and a benefit's cannot be divided into two sides.
    Workspace ws =
        new ScenarioCorpus()
            .claim("blog", "massage", BENEFITS, "thrombosis")
            .claim("textbook", "massage", CONTRAINDICATED_FOR, "thrombosis")
            .claim("doctor", "massage", CAUTION_WITH, "thrombosis")
            .write(tmp.resolve("ws"));
    Files.writeString(
        ws.ontology().resolve("conflict-rules.ttl"),
        "\nrule:caution-vs-contraindicated a cg:ConflictRule ; rdfs:label \"test\"@en ;"
            + " cg:relationA cg:CautionWith ; cg:negatedA false ;"
            + " cg:relationB cg:ContraindicatedFor ; cg:negatedB false ; cg:severity cg:Low .\n",
        StandardOpenOption.APPEND);
    List<Dispute> disputes = derive(ws).disputes();
    assertThat(disputes)
        .extracting(d -> slug(d.rule()))
        .containsExactlyInAnyOrder(
            "benefits-vs-contraindicated", "benefits-vs-caution", "caution-vs-contraindicated");
    for (Dispute d : disputes) {
      assertThat(d.a().claims()).isEqualTo(1);
      assertThat(d.b().claims()).isEqualTo(1);
    }
  }

  @Test
  void aDenialOfAWarningAndASafetyClaimAgainstItAreOneDisputeWithTheWarningOnOneSide() {
    List<Dispute> disputes =
        derive(
                new ScenarioCorpus()
                    .claim("belief", "massage", CONTRAINDICATED_FOR, "tumor")
                    .claim("denial", "massage", CONTRAINDICATED_FOR, "tumor", true, false)
                    .claim("safe", "massage", SAFE_FOR, "tumor")
                    .write(tmp.resolve("ws")))
            .disputes();
    assertThat(disputes).hasSize(1);
    Dispute d = disputes.get(0);
    // Both rules are high; the first by name gives the dispute its rule and its sides.
    assertThat(slug(d.rule())).isEqualTo("contraindicated-vs-not-contraindicated");
    assertThat(d.a().proposition().relation()).isEqualTo(CONTRAINDICATED_FOR);
    assertThat(d.a().proposition().negated()).isFalse();
    assertThat(d.b().claims()).isEqualTo(2);
  }

  @Test
  void aCautionAgreesWithSafety() {
    // "Safe with light pressure and your doctor's approval" and "only light touch should be used"
    // say the same; "not safe" says otherwise, and "no precautions are needed" denies the caution.
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("safe", "massage", SAFE_FOR, "anticoagulants")
                    .claim("careful", "massage", CAUTION_WITH, "anticoagulants")))
        .isEmpty();
  }

  @Test
  void aCautionConflictsWithItsDenial() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("careful", "massage", CAUTION_WITH, "anticoagulants")
                    .claim("relaxed", "massage", CAUTION_WITH, "anticoagulants", true, false)))
        .extracting(c -> slug(c.rule()))
        .containsExactly("caution-vs-not-caution");
  }

  @Test
  void anUnconditionalHarmContradictsABenefitWithLowSeverity() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("harm", "massage", CAUSES, "myalgia")
                    .claim("help", "massage", BENEFITS, "pain")))
        .singleElement()
        .satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.LOW));
  }

  @Test
  void aHarmOfAKindLeavesABenefitOfTheWholeStandingWhereTheRiskIsNotHigh() {
    // "Massage relieves pain" and "leg massage can leave the muscles sore" can both be true.
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("harm", "leg-massage", CAUSES, "myalgia")
                    .claim("help", "massage", BENEFITS, "pain")))
        .isEmpty();
  }

  @Test
  void aHarmOfTheWholeStillContradictsABenefitOfAKind() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("harm", "massage", CAUSES, "myalgia")
                    .claim("help", "leg-massage", BENEFITS, "pain")))
        .hasSize(1);
  }

  @Test
  void bodyworkIsNoKindOfMassageWhenOnePageSpeaksOfEach() {
    // Pages use "bodywork" for massage (skos:closeMatch): safe bodywork against a massage that
    // makes pain worse is a conflict, as it would be for massage on both sides.
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("harm", "massage", CAUSES, "myalgia")
                    .claim("help", "bodywork", SAFE_FOR, "pain")))
        .hasSize(1);
  }

  @Test
  void aDenialAboutANarrowerConditionLeavesTheBroaderClaimStanding() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("help", "massage", BENEFITS, "pain")
                    .claim("sceptic", "massage", BENEFITS, "myalgia", true, false)))
        .isEmpty();
  }

  @Test
  void aDenialAboutABroaderConditionContradictsTheNarrowerClaim() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("help", "massage", BENEFITS, "myalgia")
                    .claim("sceptic", "massage", BENEFITS, "pain", true, false)))
        .singleElement()
        .satisfies(c -> assertThat(c.b().negated()).isTrue());
  }

  @Test
  void aKindExceptedByTheSameVoiceIsAQualificationNotAConflict() {
    // "Massage is safe with a clot … deep tissue massage is not": one page, one voice.
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("page", "massage", SAFE_FOR, "thrombosis")
                    .claim("page", "deep-tissue-massage", CONTRAINDICATED_FOR, "thrombosis")))
        .isEmpty();
  }

  @Test
  void theSameExceptionFromAnotherArticleConflicts() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("safe", "massage", SAFE_FOR, "thrombosis")
                    .claim("warning", "deep-tissue-massage", CONTRAINDICATED_FOR, "thrombosis")))
        .singleElement()
        .satisfies(c -> assertThat(c.withinArticle()).isFalse());
  }

  @Test
  void aGeneralWarningBesideTheBenefitOfAKindStillConflictsInOneArticle() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("page", "massage", CONTRAINDICATED_FOR, "thrombosis")
                    .claim("page", "vascular-massage", BENEFITS, "thrombosis")))
        .singleElement()
        .satisfies(c -> assertThat(c.withinArticle()).isTrue());
  }

  @Test
  void anExceptionStaysOneWhenOthersSayTheWholeToo() {
    // The kind is only ever said beside the whole, by the same voice: another page's "massage is
    // safe" does not turn the first page's exception into a conflict.
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("page", "massage", SAFE_FOR, "thrombosis")
                    .claim("page", "deep-tissue-massage", CONTRAINDICATED_FOR, "thrombosis")
                    .claim("other", "massage", SAFE_FOR, "thrombosis")))
        .isEmpty();
  }

  @Test
  void aCautionDeniesNoBenefitForAConditionOfLowerClinicalRisk() {
    // "Consult your doctor first if you are in pain" does not deny that massage relieves pain;
    // about a clot, the benefit offered without the caution others insist on is worth a look.
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("promotion", "massage", BENEFITS, "pain")
                    .claim("caution", "massage", CAUTION_WITH, "pain")))
        .isEmpty();
  }

  @Test
  void aCautionAboutAConditionOfHighClinicalRiskStandsAgainstABenefit() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("promotion", "massage", BENEFITS, "thrombosis")
                    .claim("caution", "massage", CAUTION_WITH, "thrombosis")))
        .singleElement()
        .satisfies(c -> assertThat(c.rule()).endsWith("/benefits-vs-caution"));
  }

  @Test
  void oneVoiceStatingARuleAndItsExceptionIsNoConflictingPair() {
    // The page's "safe on blood thinners" and its "deep tissue massage is not" are a rule and its
    // exception; each still meets the other page's claims.
    List<Conflict> found =
        conflicts(
            new ScenarioCorpus()
                .claim("page", "massage", SAFE_FOR, "anticoagulants")
                .claim("page", "deep-tissue-massage", CONTRAINDICATED_FOR, "anticoagulants")
                .claim("other", "massage", CONTRAINDICATED_FOR, "anticoagulants"));
    assertThat(found).isNotEmpty().noneSatisfy(c -> assertThat(c.withinArticle()).isTrue());
    assertThat(found)
        .anySatisfy(
            c -> {
              assertThat(c.a().intervention().label()).isEqualTo("massage");
              assertThat(c.b().article()).isEqualTo("other");
            });
  }

  @Test
  void oneVoiceExceptingANarrowerConditionIsNoConflictingPairEither() {
    List<Conflict> found =
        conflicts(
            new ScenarioCorpus()
                .claim("page", "massage", SAFE_FOR, "thrombosis")
                .claim("page", "massage", CONTRAINDICATED_FOR, "deep-vein-thrombosis")
                .claim("other", "massage", CONTRAINDICATED_FOR, "thrombosis"));
    assertThat(found).isNotEmpty().noneSatisfy(c -> assertThat(c.withinArticle()).isTrue());
  }

  @Test
  void oneVoiceSayingOppositeThingsOfOneInterventionAndConditionStillConflicts() {
    assertThat(
            conflicts(
                new ScenarioCorpus()
                    .claim("page", "massage", BENEFITS, "cellulitis")
                    .claim("page", "massage", CONTRAINDICATED_FOR, "cellulitis")))
        .singleElement()
        .satisfies(c -> assertThat(c.withinArticle()).isTrue());
  }
}
