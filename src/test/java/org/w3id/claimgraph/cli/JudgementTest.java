package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;

/**
 * The judgement suite: small archives of articles written for each scenario, taken through the
 * whole tool as a user would (ingest, grade, conflicts, check, ClaimReview export), each with the
 * expected order of grades, the verdicts and the exit codes. Every scenario starts from an empty
 * corpus, so nothing but its own articles weighs in.
 */
class JudgementTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two textbook authors, reported by a consumer health article, warn against massage with DVT. */
  private static final String EXPERTS =
      "# title: Massage and blood clots: what the textbooks say\n\n"
          + "According to Ann Rivers, author of \"Clinical Massage Pathology,\" massage is"
          + " contraindicated for deep vein thrombosis.\n\n"
          + "Paul Stone, author of \"Vascular Care for Therapists,\" says that massage is"
          + " contraindicated with a blood clot.\n";

  /** A wellness blog recommends it, on its own word. */
  private static final String BLOG =
      "# title: Feel better with massage\n\nMassage helps deep vein thrombosis.\n";

  /** A blog that cites a trial by author and year, with no identifier. */
  private static final String CITING =
      "# title: The science of massage\n\n"
          + "A randomised controlled trial (Hartley et al., 2019) showed that massage treats deep"
          + " vein thrombosis.\n";

  @TempDir Path dir;
  private Path home;
  private Path store;

  @BeforeEach
  void emptyArchive() throws IOException {
    home = dir.resolve("home");
    store = dir.resolve("data");
    TestHome.copyWithEmptyCorpus(home);
    assertThat(cg("build").exit()).isZero();
  }

  private Cli cg(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--home", home.toString(), "--store", store.toString()));
    return Cli.runRaw(all.toArray(String[]::new));
  }

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve("in").resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private void ingest(String name, String kind, String text) throws IOException {
    Cli r = cg("ingest", file(name, text).toString(), "--source-type", kind);
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private List<JsonNode> claims(Predicate<JsonNode> which) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode c : JSON.readTree(cg("claims", "--format", "json").out()).get("claims")) {
      if (which.test(c)) {
        out.add(c);
      }
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  private List<JsonNode> of(String article) throws IOException {
    return claims(c -> c.get("article").asText().equals(article));
  }

  private static double score(JsonNode c) {
    return c.get("grade").get("score").asDouble();
  }

  private static String verdict(JsonNode c) {
    return c.get("grade").get("verdict").asText();
  }

  private static List<String> factors(JsonNode c) {
    List<String> out = new ArrayList<>();
    c.get("grade").get("factors").forEach(f -> out.add(f.get("code").asText()));
    return out;
  }

  private static JsonNode factor(JsonNode c, String code) {
    for (JsonNode f : c.get("grade").get("factors")) {
      if (f.get("code").asText().equals(code)) {
        return f;
      }
    }
    throw new AssertionError("no factor " + code + " in " + factors(c));
  }

  private static final List<String> PUBLISHED_AGAINST =
      List.of("Unsupported", "Misleading", "Inaccurate");

  /** The experts' warnings are graded above the blog and never published as wrong. */
  private void expertsAboveAndUnflagged(List<JsonNode> experts, List<JsonNode> below) {
    for (JsonNode e : experts) {
      assertThat(factors(e)).as(e.get("quote").asText()).contains("expert-opinion");
      assertThat(factors(e)).doesNotContain("contradicted");
      assertThat(verdict(e)).isNotIn(PUBLISHED_AGAINST);
      for (JsonNode b : below) {
        assertThat(score(e)).as(e.get("quote").asText()).isGreaterThan(score(b));
      }
    }
  }

  private String flagged() {
    Cli r = cg("export", "--format", "claimreview", "--flagged");
    assertThat(r.exit()).isZero();
    return r.out();
  }

  @Test
  void expertsContraindicationOutranksABlogsBenefitAndTheBlogIsTheWeakerSide() throws IOException {
    ingest("textbook-quotes.txt", "consumer_health_article", EXPERTS);
    ingest("wellness-blog.txt", "health_blog", BLOG);
    List<JsonNode> experts = of("textbook-quotes");
    List<JsonNode> blog = of("wellness-blog");
    expertsAboveAndUnflagged(experts, blog);
    JsonNode benefit = blog.get(0);
    assertThat(verdict(benefit)).isEqualTo("Unsupported");
    assertThat(factor(benefit, "contradicted").get("delta").asInt()).isNegative();
    // Two people quoted by one article are one independent source, and both are listed.
    assertThat(factor(benefit, "contradicted").get("reason").asText())
        .contains("Disputed by 1 independent source", "Ann Rivers", "Paul Stone");
    assertThat(factor(benefit, "contradicted").get("claims")).hasSize(2);
    // The dispute marks the blog's side as the weaker one.
    JsonNode dispute =
        JSON.readTree(cg("conflicts", "--format", "json").out()).get("conflicts").get(0);
    assertThat(dispute.get("severity").asText()).isEqualTo("high");
    assertThat(dispute.get("weaker").asText()).isEqualTo("A");
    assertThat(flagged()).doesNotContain("textbook-quotes/").contains("wellness-blog/");
  }

  @Test
  void anInventedCitationEarnsNothingAndDiscreditsNoOne() throws IOException {
    ingest("textbook-quotes.txt", "consumer_health_article", EXPERTS);
    ingest("cited-blog.txt", "health_blog", CITING);
    JsonNode cited = of("cited-blog").get(0);
    assertThat(factors(cited).get(0)).isEqualTo("unsupported");
    assertThat(factor(cited, "unverified-citation").get("reason").asText())
        .contains("Hartley et al., 2019");
    assertThat(cited.get("grade").get("certainty").asText()).isEqualTo("Very low");
    expertsAboveAndUnflagged(of("textbook-quotes"), List.of(cited));
    assertThat(flagged()).doesNotContain("textbook-quotes/");
  }

  /** An archived trial by Jane Hartley, 2019, the study the citing blog's citation names. */
  private void hartley2019(String title, String finding) throws IOException {
    ingest(
        "hartley-2019.txt",
        "peer_reviewed_study",
        "# title: "
            + title
            + ": a randomised controlled trial\n# author: Jane Hartley\n# date: 2019-04-02\n\n"
            + "In this randomised controlled trial, "
            + finding
            + ".\n");
  }

  @Test
  void aCitationThatResolvesToASupportingStudyLendsItsLevel() throws IOException {
    ingest("textbook-quotes.txt", "consumer_health_article", EXPERTS);
    ingest("cited-blog.txt", "health_blog", CITING);
    hartley2019(
        "Massage for deep vein thrombosis", "massage treats deep vein thrombosis in adults");
    JsonNode cited = of("cited-blog").get(0);
    assertThat(factors(cited).get(0)).isEqualTo("cites-systematic-review");
    assertThat(cited.get("grade").get("factors").get(0).get("reason").asText())
        .contains("resolves to hartley-2019");
    assertThat(factors(cited)).doesNotContain("unverified-citation");
    // Now the stronger evidence is on the other side, and the experts are disputed by it.
    for (JsonNode e : of("textbook-quotes")) {
      assertThat(score(cited)).isGreaterThan(score(e));
      assertThat(factors(e)).contains("contradicted");
    }
    // The citation is recorded with CiTO.
    Path nquads = dir.resolve("export.nq");
    assertThat(cg("export", "--format", "nquads", "--out", nquads.toString()).exit()).isZero();
    assertThat(Files.readString(nquads, StandardCharsets.UTF_8))
        .containsPattern(
            "<https://w3id.org/claimgraph/id/claim/cited-blog/[0-9a-f]+>"
                + " <http://purl.org/spar/cito/cites>"
                + " <https://w3id.org/claimgraph/id/article/hartley-2019>");
  }

  @Test
  void aCitationThatResolvesToAStudyThatDoesNotSayItIsFlagged() throws IOException {
    ingest("textbook-quotes.txt", "consumer_health_article", EXPERTS);
    ingest("cited-blog.txt", "health_blog", CITING);
    hartley2019("Massage for anxiety", "massage reduced anxiety in adults");
    JsonNode cited = of("cited-blog").get(0);
    assertThat(factors(cited).get(0)).isEqualTo("unsupported");
    assertThat(factor(cited, "citation-does-not-support").get("reason").asText())
        .contains("hartley-2019");
    assertThat(verdict(cited)).isEqualTo("Misleading");
    expertsAboveAndUnflagged(of("textbook-quotes"), List.of(cited));
  }

  @Test
  void aDraftThatAgreesWithTheExpertsPassesAndOneThatContradictsThemNeedsReview()
      throws IOException {
    ingest("textbook-quotes.txt", "consumer_health_article", EXPERTS);
    ingest("wellness-blog.txt", "health_blog", BLOG);
    Cli agrees =
        cg(
            "check",
            file("agree.txt", "Massage is contraindicated for deep vein thrombosis.\n").toString());
    assertThat(agrees.exit()).as(agrees.out()).isZero();
    assertThat(agrees.out()).contains("the draft agrees with the stronger side");
    Cli contradicts =
        cg("check", file("contradict.txt", "Massage helps deep vein thrombosis.\n").toString());
    assertThat(contradicts.exit()).as(contradicts.out()).isEqualTo(3);
    assertThat(contradicts.out())
        .contains("Needs review before publication")
        .contains("on the weaker side")
        .contains("Ann Rivers");
    JsonNode json =
        JSON.readTree(
            cg("check", dir.resolve("in/contradict.txt").toString(), "--format", "json").out());
    assertThat(json.get("needsReview").asBoolean()).isTrue();
    JsonNode first = json.get("conflicts").get(0).get("draft");
    assertThat(first.get("standing").asText()).isEqualTo("weaker");
    assertThat(first.get("why").asText()).contains("expert opinion");
  }

  @Test
  void aDraftThatContradictsItselfNeedsReview() throws IOException {
    ingest("textbook-quotes.txt", "consumer_health_article", EXPERTS);
    Cli r =
        cg(
            "check",
            file(
                    "itself.txt",
                    "Massage definitely cures cellulitis.\n\n"
                        + "Later on, we note that massage is not recommended for cellulitis.\n")
                .toString());
    assertThat(r.exit()).as(r.out()).isEqualTo(3);
    assertThat(r.out()).contains("1 inside the draft").contains("it contradicts itself");
  }

  @Test
  void aDraftThatReportsAMythToRejectItDoesNotContradictItself() throws IOException {
    ingest("textbook-quotes.txt", "consumer_health_article", EXPERTS);
    Cli r =
        cg(
            "check",
            file(
                    "myth.txt",
                    "Some people believe that massage causes miscarriage.\n\n"
                        + "In fact, massage does not cause miscarriage.\n")
                .toString());
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).doesNotContain("inside the draft").doesNotContain("contradicts itself");
  }

  @Test
  void oneSourceSayingTheSameThingFiveTimesIsOneSource() throws IOException {
    ingest(
        "repeat.txt",
        "clinical_institution",
        "# title: Back pain and massage\n\nMassage eases back pain. Massage relieves back pain."
            + " Massage reduces back pain. Massage helps back pain. Massage soothes back pain.\n");
    List<JsonNode> repeated = of("repeat");
    assertThat(repeated).hasSize(5);
    for (JsonNode c : repeated) {
      assertThat(factors(c)).doesNotContain("consensus");
    }
    ingest(
        "other-clinic.txt",
        "clinical_institution",
        "# title: Treating back pain\n\nMassage relieves back pain.\n");
    JsonNode other = of("other-clinic").get(0);
    assertThat(factor(other, "consensus").get("reason").asText())
        .startsWith("1 independent source also makes this claim");
    // Every one of the five claims it rests on is linked.
    assertThat(factor(other, "consensus").get("claims")).hasSize(5);
    for (JsonNode c : of("repeat")) {
      assertThat(factor(c, "consensus").get("reason").asText())
          .startsWith("1 independent source also makes this claim");
      assertThat(score(c)).isEqualTo(score(other));
    }
  }

  @Test
  void aQualifiedAuthorIsExpertOpinionAndAnonymousFillerIsNot() throws IOException {
    ingest(
        "clinic-note.txt",
        "health_blog",
        "# title: Clots and massage\n# author: Dr. Jane Smith, MD\n\n"
            + "Massage is contraindicated for deep vein thrombosis.\n");
    ingest(
        "filler.txt",
        "health_blog",
        "# title: Wellness tips\n\nMassage is contraindicated for varicose veins.\n");
    JsonNode qualified = of("clinic-note").get(0);
    assertThat(factors(qualified).get(0)).isEqualTo("expert-opinion");
    assertThat(qualified.get("grade").get("factors").get(0).get("reason").asText())
        .contains("Dr. Jane Smith, MD (physician)");
    JsonNode filler = of("filler").get(0);
    assertThat(factors(filler).get(0)).isEqualTo("unsupported");
    assertThat(score(qualified)).isGreaterThan(score(filler));
    Cli explain = cg("grade", "--explain", qualified.get("id").asText());
    assertThat(explain.out())
        .contains("Author's credentials: physician (a recognised qualification)");
  }
}
