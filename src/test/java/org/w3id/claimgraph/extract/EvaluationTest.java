package org.w3id.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Span;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The extractor's quality on the curated corpus and on the held-out articles it was not tuned on.
 * The floors are the figures reached when they were set, a little below: a change that loses
 * quality fails here, and the README reports the exact figures.
 */
class EvaluationTest {
  static Evaluation.Result overall(String dir) {
    return Evaluation.Result.total(
        "overall",
        Evaluation.corpus(
            TestHome.path().resolve(dir), ExtractorTest.VOCABULARY, ExtractorTest.EXTRACTOR));
  }

  @Test
  void onTheCorpus() {
    Evaluation.Result r = overall("corpus");
    assertThat(r.curated()).isGreaterThan(150);
    assertThat(r.f1()).isGreaterThanOrEqualTo(0.81);
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void onTheHeldOutArticles() {
    Evaluation.Result r = overall("src/test/resources/heldout");
    assertThat(r.curated()).isGreaterThan(40);
    assertThat(r.f1()).isGreaterThanOrEqualTo(0.75);
  }

  private static Claim claim(
      String intervention, Relation r, String condition, int start, int end) {
    return new Claim(
        Ids.claim(
            "a", start, end, Ids.concept(intervention), r.code(), Ids.concept(condition), false),
        "a",
        new ConceptRef(Ids.concept(intervention), intervention),
        r,
        new ConceptRef(Ids.concept(condition), condition),
        Certainty.ASSERTED,
        false,
        false,
        new AgentRef("urn:x", "x"),
        new Span(start, end, "x".repeat(end - start)),
        Curation.CURATED,
        null);
  }

  @Test
  void aBroaderConceptIsHalfAMatchAndSpansMustOverlap() {
    Claim gold = claim("vascular-massage", Relation.BENEFITS, "deep-vein-thrombosis", 10, 20);
    Claim same = claim("vascular-massage", Relation.BENEFITS, "deep-vein-thrombosis", 15, 30);
    Claim broader = claim("massage", Relation.BENEFITS, "thrombosis", 12, 18);
    Claim elsewhere = claim("vascular-massage", Relation.BENEFITS, "deep-vein-thrombosis", 40, 50);
    Claim otherRelation =
        claim("vascular-massage", Relation.CAUSES, "deep-vein-thrombosis", 10, 20);
    assertThat(Evaluation.score(same, gold, ExtractorTest.VOCABULARY)).isEqualTo(1.0);
    assertThat(Evaluation.score(broader, gold, ExtractorTest.VOCABULARY)).isEqualTo(0.5);
    assertThat(Evaluation.score(elsewhere, gold, ExtractorTest.VOCABULARY)).isZero();
    assertThat(Evaluation.score(otherRelation, gold, ExtractorTest.VOCABULARY)).isZero();
    Evaluation.Result r =
        Evaluation.compare("a", List.of(same, elsewhere), List.of(gold), ExtractorTest.VOCABULARY);
    assertThat(r.precision()).isEqualTo(0.5);
    assertThat(r.recall()).isEqualTo(1.0);
    assertThat(r.falseHits()).containsExactly(elsewhere);
  }
}
