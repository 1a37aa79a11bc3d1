package org.w3id.claimgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.eval.GoldSet.GoldArticle;
import org.w3id.claimgraph.extract.Extractor;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.model.Span;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.vocab.Ids;

/** Reading a gold set, the match rule, restatements, and conflict scoring. */
class GoldEvaluationTest {
  static final Vocabulary VOCABULARY = org.w3id.claimgraph.TestExtractor.VOCABULARY;
  static final Extractor EXTRACTOR = org.w3id.claimgraph.TestExtractor.EXTRACTOR;
  static final AgentRef AUTHOR = new AgentRef(Ids.person("a"), "a");

  @TempDir Path dir;

  @Test
  void readsArticlesWithTheirHeaderClaimsWithOffsetsAndConflicts() throws IOException {
    GoldSet set = GoldSet.read(GoldSets.write(dir));
    assertThat(set.articles()).extracting(GoldArticle::number).containsExactly(1, 2);
    GoldArticle one = set.articles().get(0);
    assertThat(one.source().title()).isEqualTo("Leg massage and clots");
    assertThat(one.source().author()).isNull(); // "unknown"
    assertThat(set.articles().get(1).source().author()).isEqualTo("Dana Reyes");
    assertThat(one.text()).startsWith("Leg massage and clots\n");
    assertThat(set.claims()).hasSize(5);
    for (GoldSet.GoldClaim c : set.claims()) {
      String text =
          set.articles().stream().filter(a -> a.name().equals(c.file())).findFirst().get().text();
      assertThat(new Article("x", text).slice(c.start(), c.end())).isEqualTo(c.quote());
    }
    assertThat(set.claims().get(4).negated()).isTrue();
    assertThat(set.conflicts())
        .singleElement()
        .satisfies(g -> assertThat(g.fileB()).isEqualTo("02_two.txt"));
  }

  @Test
  void aRowThatBreaksTheLayoutNamesItsFileAndLine() throws IOException {
    GoldSets.write(dir);
    Files.writeString(
        dir.resolve("claims.tsv"),
        GoldSets.CLAIMS + "01_one.txt\tmassage\tbenefits\tpain\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldSet.read(dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("claims.tsv:7")
        .hasMessageContaining("has 4 fields; expected 8");
    Files.writeString(
        dir.resolve("claims.tsv"),
        GoldSets.CLAIMS.replace("\tcauses\t", "\tcures\t"),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldSet.read(dir)).hasMessageContaining("claims.tsv:4:3");
    Files.writeString(
        dir.resolve("claims.tsv"),
        GoldSets.CLAIMS.replace("It also relieves leg pain.", "It relieves no pain."),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldSet.read(dir))
        .hasMessageContaining("claims.tsv:3:7")
        .hasMessageContaining("the quote is not in 01_one.txt");
  }

  @Test
  void theExtractorsClaimsAreScoredByGroupConceptFamilyAndOverlap() throws IOException {
    GoldSet set = GoldSet.read(GoldSets.write(dir));
    GoldEvaluation evaluation = new GoldEvaluation(EXTRACTOR, VOCABULARY);
    List<GoldEvaluation.ArticleResult> results = new ArrayList<>();
    for (GoldArticle a : set.articles()) {
      Article article = new Article(a.slug(), a.text());
      List<Claim> found = EXTRACTOR.extract(article, AUTHOR, a.source().title()).claims();
      results.add(evaluation.score(a, AUTHOR, found, set.claimsOf(a.name())));
    }
    GoldEvaluation.Scores all = new GoldEvaluation.Scores("all", results);
    assertThat(all.gold()).isEqualTo(5);
    assertThat(all.matched()).isEqualTo(5);
    assertThat(all.precision()).isEqualTo(1.0);
    assertThat(all.negationAgreement()).isEqualTo(1.0);
    assertThat(all.attributionAgreement()).isEqualTo(1.0);
    assertThat(all.byRelation().get(Relation.CONTRAINDICATED_FOR).goldMatched()).isEqualTo(1);
  }

  @Test
  void aMatchNeedsTheSameGroupARelatedConditionAndOverlappingQuotes() throws IOException {
    GoldSet set = GoldSet.read(GoldSets.write(dir));
    GoldEvaluation evaluation = new GoldEvaluation(EXTRACTOR, VOCABULARY);
    GoldSet.GoldClaim gold = set.claims().get(0); // leg massage benefits circulation
    assertThat(evaluation.matches(claim(gold, Relation.PREVENTS, "poor-circulation", 0), gold))
        .isTrue(); // same group (helps), same concept
    assertThat(evaluation.matches(claim(gold, Relation.CAUSES, "poor-circulation", 0), gold))
        .isFalse(); // another group
    assertThat(evaluation.matches(claim(gold, Relation.BENEFITS, "pain", 0), gold))
        .isFalse(); // a concept of another family
    assertThat(evaluation.matches(claim(gold, Relation.BENEFITS, "poor-circulation", 500), gold))
        .isFalse(); // quotes apart
    GoldSet.GoldClaim clot = set.claims().get(3); // contraindicated for "blood clot"
    assertThat(
            evaluation.matches(claim(clot, Relation.CAUTION_WITH, "deep-vein-thrombosis", 0), clot))
        .isTrue(); // a narrower concept of the same family, the same group (warns)
  }

  @Test
  void anUnmatchedRestatementIsSetAsideAndAWrongClaimIsNot() throws IOException {
    GoldSet set = GoldSet.read(GoldSets.write(dir));
    GoldEvaluation evaluation = new GoldEvaluation(EXTRACTOR, VOCABULARY);
    GoldSet.GoldClaim gold = set.claims().get(0);
    Claim right = claim(gold, Relation.BENEFITS, "poor-circulation", 0);
    Claim restated = claim(gold, Relation.BENEFITS, "poor-circulation", 60);
    Claim wrong = claim(gold, Relation.CAUSES, "pain", 60);
    GoldEvaluation.ArticleResult r =
        evaluation.score(
            set.articles().get(0), AUTHOR, List.of(right, restated, wrong), List.of(gold));
    assertThat(r.matches()).hasSize(1);
    assertThat(r.extracted()).containsExactly(right, wrong);
    assertThat(r.falseHits()).containsExactly(wrong);
  }

  @Test
  void conflictsAreScoredPerPairOfSentences() throws IOException {
    GoldSet set = GoldSet.read(GoldSets.write(dir));
    GoldSet.GoldConflict g = set.conflicts().get(0);
    GoldSet.GoldClaim a = set.claims().get(0);
    GoldSet.GoldClaim b = set.claims().get(4);
    Claim x = claim(a, Relation.BENEFITS, "poor-circulation", 0);
    Claim y = claim(b, Relation.BENEFITS, "poor-circulation", 0, "02-two");
    Claim y2 = claim(b, Relation.BENEFITS, "edema", 0, "02-two");
    Claim z = claim(set.claims().get(3), Relation.CONTRAINDICATED_FOR, "thrombosis", 0, "02-two");
    java.util.Map<String, String> names =
        java.util.Map.of("01-one", "01_one.txt", "02-two", "02_two.txt");
    ConflictEvaluation.Result r =
        ConflictEvaluation.score(
            set.conflicts(),
            names,
            List.of(
                new ConflictEvaluation.Pair(y, x, Severity.HIGH),
                new ConflictEvaluation.Pair(x, y2, Severity.LOW),
                new ConflictEvaluation.Pair(x, z, Severity.MEDIUM)),
            Severity.LOW);
    assertThat(r.found()).isEqualTo(1);
    assertThat(r.missed()).isEmpty();
    // Two findings: the two claims of the same two sentences count once, and one is wrong.
    assertThat(r.findings()).hasSize(2);
    assertThat(r.correct()).isEqualTo(1);
    assertThat(r.precision()).isEqualTo(0.5);
    assertThat(g.why()).contains("improves");
  }

  @Test
  void aContradictionRestatedInOtherSentencesOfTheSameArticlesCountsOnce() throws IOException {
    GoldSet set = GoldSet.read(GoldSets.write(dir));
    Claim x = claim(set.claims().get(0), Relation.BENEFITS, "poor-circulation", 0);
    // The same statement in another sentence of the first article: a restatement.
    Claim again = claim(set.claims().get(1), Relation.BENEFITS, "poor-circulation", 0);
    Claim other = claim(set.claims().get(2), Relation.CAUSES, "thrombosis", 0);
    Claim y = claim(set.claims().get(4), Relation.BENEFITS, "poor-circulation", 0, "02-two");
    java.util.Map<String, String> names =
        java.util.Map.of("01-one", "01_one.txt", "02-two", "02_two.txt");
    ConflictEvaluation.Result r =
        ConflictEvaluation.score(
            set.conflicts(),
            names,
            List.of(
                new ConflictEvaluation.Pair(again, y, Severity.LOW),
                new ConflictEvaluation.Pair(x, y, Severity.LOW),
                new ConflictEvaluation.Pair(other, y, Severity.HIGH)),
            Severity.LOW);
    // The restated pair joins the annotated one, which it does not match itself: one right
    // finding; the other statement is a finding of its own.
    assertThat(r.findings()).hasSize(2);
    assertThat(r.correct()).isEqualTo(1);
    assertThat(r.found()).isEqualTo(1);
  }

  @Test
  void pairsOfOneDisputeBetweenTheSameTwoArticlesAreOneFinding() throws IOException {
    GoldSet set = GoldSet.read(GoldSets.write(dir));
    Claim x = claim(set.claims().get(0), Relation.BENEFITS, "poor-circulation", 0);
    Claim other = claim(set.claims().get(1), Relation.BENEFITS, "edema", 0);
    Claim y = claim(set.claims().get(4), Relation.BENEFITS, "poor-circulation", 0, "02-two");
    Claim z = claim(set.claims().get(3), Relation.CONTRAINDICATED_FOR, "thrombosis", 0, "02-two");
    java.util.Map<String, String> names =
        java.util.Map.of("01-one", "01_one.txt", "02-two", "02_two.txt");
    ConflictEvaluation.Result r =
        ConflictEvaluation.score(
            set.conflicts(),
            names,
            List.of(
                new ConflictEvaluation.Pair(x, y, Severity.LOW, "dispute-1"),
                // Other sentences and statements, but the same dispute between the same articles.
                new ConflictEvaluation.Pair(other, z, Severity.LOW, "dispute-1"),
                // Another dispute between them is another finding.
                new ConflictEvaluation.Pair(other, y, Severity.LOW, "dispute-2")),
            Severity.LOW);
    assertThat(r.findings()).hasSize(2);
    assertThat(r.correct()).isEqualTo(1);
  }

  private static Claim claim(GoldSet.GoldClaim at, Relation r, String condition, int shift) {
    return claim(at, r, condition, shift, "01-one");
  }

  private static Claim claim(
      GoldSet.GoldClaim at, Relation r, String condition, int shift, String slug) {
    int start = at.start() + shift;
    int end = at.end() + shift;
    String quote = "x".repeat(end - start);
    return new Claim(
        Ids.claim(
            slug, start, end, Ids.concept("leg-massage"), r.code(), Ids.concept(condition), false),
        slug,
        new ConceptRef(Ids.concept("leg-massage"), "leg massage"),
        r,
        new ConceptRef(Ids.concept(condition), condition),
        Certainty.ASSERTED,
        false,
        false,
        AUTHOR,
        new Span(start, end, quote),
        Curation.EXTRACTED,
        null);
  }
}
