package org.w3id.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Vocabulary;

/**
 * Extraction on short texts written for these tests (not the corpus): each relation, each qualifier
 * with its scope, attribution, lists, FAQ answers, and sentences that give no claim. Each {@code
 * extract/NAME.txt} is run and its claims compared with {@code NAME.expected}; run with {@code
 * -Dgolden.update=true} to rewrite them after a deliberate change, and review the diff.
 */
class ExtractorTest {
  static final Path CASES = TestHome.path().resolve("src/test/resources/extract");
  static final Vocabulary VOCABULARY = org.w3id.claimgraph.TestExtractor.VOCABULARY;
  static final Extractor EXTRACTOR = org.w3id.claimgraph.TestExtractor.EXTRACTOR;
  static final AgentRef AUTHOR =
      new AgentRef("https://w3id.org/claimgraph/id/person/the-author", "the author");

  static Stream<String> cases() throws IOException {
    return GoldenCases.names(CASES);
  }

  static String line(Claim c) {
    return String.join(
        " | ",
        c.intervention().label(),
        c.relation().code(),
        c.condition().label(),
        c.certainty().code(),
        c.negated() ? "negated" : "-",
        c.conditional() ? "conditional" : "-",
        c.attributedTo().name(),
        c.span().quote());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void extractsWhatTheGoldenFileSays(String name) throws IOException {
    String text = Files.readString(CASES.resolve(name + ".txt"), StandardCharsets.UTF_8);
    List<Claim> claims = EXTRACTOR.extract(new Article(name, text), AUTHOR).claims();
    String actual = claims.stream().map(ExtractorTest::line).reduce("", (a, b) -> a + b + "\n");
    Path expected = CASES.resolve(name + ".expected");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    for (Claim c : claims) {
      assertThat(c.curation()).isEqualTo(Curation.EXTRACTED);
      assertThat(new Article(name, text).slice(c.span().start(), c.span().end()))
          .isEqualTo(c.span().quote());
    }
  }

  @Test
  void aNewExtractorOnManyThreadsAtOnceGivesWhatTheGoldenFilesSay() throws Exception {
    // Its threads share one vocabulary matcher, built by whichever asks first while the others
    // wait: every thread must find the concepts it finds alone.
    Extractor fresh = new Extractor(VOCABULARY, TestHome.path().resolve("ontology/cues"));
    List<String> names = cases().toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<String>> lines = new java.util.ArrayList<>();
      for (String name : names) {
        String text = Files.readString(CASES.resolve(name + ".txt"), StandardCharsets.UTF_8);
        lines.add(
            pool.submit(
                () -> {
                  start.await();
                  return fresh.extract(new Article(name, text), AUTHOR).claims().stream()
                      .map(ExtractorTest::line)
                      .reduce("", (a, b) -> a + b + "\n");
                }));
      }
      start.countDown();
      for (int i = 0; i < names.size(); i++) {
        assertThat(lines.get(i).get())
            .as(names.get(i))
            .isEqualTo(
                Files.readString(
                    CASES.resolve(names.get(i) + ".expected"), StandardCharsets.UTF_8));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sentencesThatMakeNoClaimGiveNone() throws IOException {
    String text = Files.readString(CASES.resolve("noclaim.txt"), StandardCharsets.UTF_8);
    assertThat(EXTRACTOR.extract(new Article("noclaim", text), AUTHOR).claims()).isEmpty();
  }

  @Test
  void randomTextGivesValidClaimsOrNoneNeverACrash() {
    Random random = new Random(11);
    String[] words = {
      "massage",
      "may",
      "not",
      "cause",
      "blood",
      "clots",
      "if",
      "you",
      "have",
      "DVT",
      "reduces",
      "swelling",
      ",",
      ".",
      "?",
      ":",
      "\n",
      "• ",
      "- ",
      "“",
      "”",
      "\"",
      "according",
      "to",
      "Dr.",
      "Smith",
      "says",
      "avoid",
      "consult",
      "your",
      "doctor",
      "before",
      "é",
      "😀",
      "(",
      ")",
      "/",
      "-",
      "clinically",
      "proven",
      "lymphedema",
      "however",
      "because",
      "of",
      "which",
      "no",
      "evidence"
    };
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(60); k > 0; k--) {
        sb.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      Article a = new Article("random", sb.toString());
      for (Claim c : EXTRACTOR.extract(a, AUTHOR).claims()) {
        assertThat(a.slice(c.span().start(), c.span().end())).isEqualTo(c.span().quote());
        assertThat(c.id()).startsWith("https://w3id.org/claimgraph/id/claim/random/");
      }
    }
  }

  @Test
  void aNamedPersonBecomesAPersonWithWhatTheTextSaysOfThem() {
    Extractor.Extraction e =
        EXTRACTOR.extract(
            new Article(
                "p", "Tom Baker, author of \"Healthy Legs,\" says that leg massage eases cramps."),
            AUTHOR);
    assertThat(e.persons())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Tom Baker");
              assertThat(p.description()).isEqualTo("author of \"Healthy Legs\"");
              assertThat(p.iri()).isEqualTo("https://w3id.org/claimgraph/id/person/tom-baker");
            });
  }

  @Test
  void whatFollowsTheNameAfterAccordingToIsADescriptionOnlyWhenItIsNoClause() {
    Map<String, String> described = new LinkedHashMap<>();
    described.put(
        "According to Dr. Maria Lopez, acupuncture reduces swelling, and it shows promise.", null);
    described.put("According to Dr. Maria Lopez, massage can ease cramps, she says.", null);
    described.put(
        "According to Maria Lopez, a nurse trained in lymphatic drainage, massage eases swelling.",
        "a nurse trained in lymphatic drainage");
    described.put(
        "According to Maria Lopez, a therapist who treats athletes, massage eases soreness.",
        "a therapist who treats athletes");
    described.put(
        "According to Maria Lopez, author of \"Healthy Legs,\" leg massage eases cramps.",
        "author of \"Healthy Legs\"");
    described.forEach(
        (text, description) ->
            assertThat(EXTRACTOR.extract(new Article("p", text), AUTHOR).persons())
                .as(text)
                .singleElement()
                .satisfies(
                    p -> {
                      assertThat(p.name()).isEqualTo("Maria Lopez");
                      assertThat(p.description()).isEqualTo(description);
                    }));
  }

  @Test
  void aWarningThatNamesNoConditionIsAboutTheConditionOfTheTitle() {
    Article a =
        new Article("t", "Deep tissue massage is unsafe due to bruising and bleeding risks.\n");
    List<String> withTitle =
        EXTRACTOR
            .extract(a, AUTHOR, "Is it safe to get a massage while on blood thinners?")
            .claims()
            .stream()
            .map(Claim::summary)
            .toList();
    assertThat(withTitle)
        .containsExactly("deep tissue massage — contraindicated for — anticoagulants");
    // Without a title the reason is not taken for the condition, and there is no claim.
    assertThat(EXTRACTOR.extract(a, AUTHOR).claims()).isEmpty();
  }

  @Test
  void aTitleRepeatedAsTheFirstLineNamesTheTopicAndMakesNoClaim() {
    Article a = new Article("t", "Massage cures blood clots\n\nIt also eases leg pain.\n");
    List<String> claims =
        EXTRACTOR.extract(a, AUTHOR, "Massage cures blood clots").claims().stream()
            .map(Claim::summary)
            .toList();
    assertThat(claims).containsExactly("massage — benefits — leg pain");
    // A first line that is a sentence stays a claim: a plain text's title is its first line.
    assertThat(
            EXTRACTOR
                .extract(
                    new Article("t", "Reflexology reduces stress.\n"),
                    AUTHOR,
                    "Reflexology reduces stress.")
                .claims()
                .stream()
                .map(Claim::summary))
        .containsExactly("reflexology — benefits — stress");
    // The same line, when it is not the title, is a claim.
    assertThat(EXTRACTOR.extract(a, AUTHOR, "Another title").claims().stream().map(Claim::summary))
        .contains("massage — treats — thrombosis");
  }

  @Test
  void aReportedBeliefIsAttributedToThoseWhoHoldItAndTheyAreAPerson() {
    Extractor.Extraction e =
        EXTRACTOR.extract(
            new Article("r", "Some people believe that leg massage can cause varicose veins.\n"),
            AUTHOR);
    assertThat(e.claims())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.attributedTo().iri()).isNotEqualTo(AUTHOR.iri());
              assertThat(c.note()).contains("reported");
            });
    assertThat(e.persons())
        .singleElement()
        .satisfies(p -> assertThat(p.iri()).isEqualTo(e.claims().get(0).attributedTo().iri()));
  }

  @Test
  void aCueOfAnUnknownKindIsAnErrorNamingTheFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path cues = TestHome.path().resolve("ontology/cues");
    try (Stream<Path> files = Files.list(cues)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(
        dir.resolve("relations.tsv"),
        "# comment\nhelp\tbenefits\tforward\nsoothe\tbenefit\tforward\n",
        StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Extractor(VOCABULARY, dir))
        .isInstanceOf(org.w3id.claimgraph.InputException.class)
        .hasMessageContaining("relations.tsv:3:2")
        .hasMessageContaining("unknown kind \"benefit\"");
    Files.writeString(
        dir.resolve("relations.tsv"), "help\tbenefits\tsideways\n", StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Extractor(VOCABULARY, dir))
        .hasMessageContaining("relations.tsv:1:3")
        .hasMessageContaining("unknown direction \"sideways\"");
    Files.writeString(
        dir.resolve("relations.tsv"),
        "help\tbenefits\tforward\nsoothe\tbenefits\tforward\nhelp\tbenefits\tforward\n",
        StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Extractor(VOCABULARY, dir))
        .hasMessageContaining("relations.tsv:3:1")
        .hasMessageContaining("the same cue as line 1");
  }

  private static List<String> summaries(String text) {
    return EXTRACTOR.extract(new Article("s", text), AUTHOR).claims().stream()
        .map(Claim::summary)
        .toList();
  }

  @Test
  void aRecommendationByOthersAsPartOfCareIsABenefit() {
    assertThat(
            summaries(
                "Sports massage is often recommended by doctors and physical therapists as part of"
                    + " injury rehabilitation."))
        .contains("sports massage — benefits — recovery from injury");
    assertThat(summaries("Foot massage is recommended by nurses for diabetic neuropathy."))
        .containsExactly("foot massage — benefits — diabetic neuropathy");
  }

  @Test
  void aHarmWeighedAfterACopulaIsAHedgedHarmOfTheTopic() {
    String topic = "Massage and blood clots\n\nMassage is popular.\n\n";
    assertThat(
            EXTRACTOR
                .extract(
                    new Article(
                        "s",
                        topic + "Of greater concern is the possibility of dislodging a clot.\n"),
                    AUTHOR)
                .claims())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.summary()).isEqualTo("massage — causes — embolism");
              assertThat(c.certainty()).isEqualTo(Certainty.HEDGED);
            });
    assertThat(summaries(topic + "There is a risk of bruising.\n"))
        .containsExactly("massage — causes — bruising");
    // Someone's own risk, and a risk that is the subject of its own verb, are not the topic's.
    assertThat(summaries(topic + "Patients should be assessed for their risk of bruising.\n"))
        .isEmpty();
    assertThat(summaries(topic + "The risk of developing clots increases during pregnancy.\n"))
        .isEmpty();
    // Something named before the harm is its cause.
    assertThat(summaries(topic + "With pregnancy there is a risk of clots.\n")).isEmpty();
  }

  @Test
  void precautionsAreACautionWhenTakenNotWhenDiscussed() {
    assertThat(summaries("Take special precautions with massage if you have varicose veins."))
        .containsExactly("massage — caution with — varicose veins");
    assertThat(summaries("Precautions should be taken when massaging clients with diabetes."))
        .containsExactly("massage — caution with — diabetes mellitus");
    assertThat(
            summaries("I would support these commonly taught massage precautions for pregnancy."))
        .isEmpty();
  }

  @Test
  void aDashEndsAClauseAndTheEmphasisOfItsWords() {
    assertThat(
            EXTRACTOR
                .extract(
                    new Article(
                        "s", "Avoid massage completely with DVT - massage can dislodge clots.\n"),
                    AUTHOR)
                .claims())
        .extracting(c -> c.summary() + " [" + c.certainty().code() + "]")
        .containsExactlyInAnyOrder(
            "massage — contraindicated for — deep vein thrombosis [strong]",
            "massage — causes — embolism [hedged]");
  }

  @Test
  void theTitleOfAStudyAsksItsQuestion() {
    assertThat(
            summaries(
                "Effect of self-massage on the prevention of deep vein thrombosis: a randomized"
                    + " clinical trial."))
        .isEmpty();
    assertThat(summaries("Effects of massage on pain relief.")).isEmpty();
    // With a verb of its own, a sentence about effects states them.
    assertThat(summaries("The effects of massage include reduced pain."))
        .containsExactly("massage — benefits — pain");
  }

  @Test
  void aCommaAndAConjunctionBeforeASubjectAndVerbStartANewClause() {
    assertThat(
            summaries(
                "Most agreed that massage can be effective for pain, and 32 percent received a"
                    + " massage for stress."))
        .containsExactly("massage — treats — pain");
    // A list is no clause of its own.
    assertThat(summaries("Massage relieves pain, swelling, and muscle tension."))
        .containsExactlyInAnyOrder(
            "massage — benefits — pain",
            "massage — benefits — edema",
            "massage — benefits — muscle tension");
  }

  @Test
  void commonWordingsOfHelpHarmAndWarning() {
    assertThat(summaries("Massage therapists should steer clear of clients with a blood clot."))
        .containsExactly("massage — contraindicated for — thrombosis");
    assertThat(summaries("Massage improves circulation and so lessens the danger of a blood clot."))
        .containsExactlyInAnyOrder(
            "massage — benefits — poor circulation", "massage — prevents — thrombosis");
    assertThat(summaries("Prenatal massage is safe during pregnancy."))
        .containsExactly("prenatal massage — safe for — pregnancy");
    assertThat(summaries("Massage strengthens the immune system."))
        .containsExactly("massage — benefits — immune function");
    assertThat(summaries("Massage can spread cancer."))
        .containsExactly("massage — causes — spread of cancer");
    assertThat(summaries("Massage may help minimise muscle tension."))
        .containsExactly("massage — benefits — muscle tension");
  }

  @Test
  void aSecondVerbJoinedByAConjunctionSharesTheSubject() {
    String topic = "Massage\n\nMassage is popular.\n\n";
    assertThat(
            summaries(topic + "Patients often report that it relieves pain and eases anxiety.\n"))
        .containsExactlyInAnyOrder("massage — benefits — pain", "massage — benefits — anxiety");
    // A verb with a subject of its own does not.
    assertThat(summaries(topic + "It relieves pain, and stress can cause headaches.\n"))
        .doesNotContain("massage — causes — headache");
  }

  @Test
  void recoveryIsAFacultyAndToxinsWhatDetoxificationRemoves() {
    assertThat(summaries("Massage relieves pain and speeds up recovery."))
        .containsExactlyInAnyOrder("massage — benefits — pain", "massage — benefits — recovery");
    assertThat(summaries("Massage can reduce recovery time."))
        .containsExactly("massage — benefits — recovery");
    assertThat(
            summaries("There is no evidence that lymphatic massage removes toxins from the body."))
        .containsExactly("manual lymphatic drainage — not benefits — detoxification");
  }

  @Test
  void whatIsRecommendedForAPurposeDoesWhatThePurposeSays() {
    String topic = "Lymphatic drainage massage\n\nLymphatic drainage massage is gentle.\n\n";
    assertThat(
            summaries(topic + "Many surgeons recommend it after liposuction to reduce swelling.\n"))
        .containsExactly("manual lymphatic drainage — benefits — edema");
    // Something else recommended is not the topic.
    assertThat(summaries(topic + "Many surgeons recommend compression to reduce swelling.\n"))
        .isEmpty();
  }

  @Test
  void aLeadInOfBenefitsMakesItsItemsBenefits() {
    assertThat(
            summaries(
                "Massage is popular.\n\nBenefits of leg massage include:\n- Better circulation\n"
                    + "- Less swelling in the ankles\n"))
        .containsExactlyInAnyOrder(
            "leg massage — benefits — poor circulation", "leg massage — benefits — edema");
  }

  @Test
  void aNegationOfTheWholeSentenceMayComeAfterTheCue() {
    assertThat(summaries("The claim that massage cures cancer is unproven."))
        .containsExactly("massage — not treats — tumour");
    assertThat(summaries("There is no evidence that massage causes cancer to spread."))
        .containsExactly("massage — not causes — spread of cancer");
  }

  @Test
  void reliefThatNamesNothingIsReliefOfWhatTheTitleIsAbout() {
    String title = "Can massage help restless legs syndrome?";
    List<Claim> claims =
        EXTRACTOR
            .extract(
                new Article(
                    "s",
                    "Massage may offer temporary relief.\n\nIn one case study, a woman with RLS"
                        + " reported that her symptoms disappeared after massage.\n"),
                AUTHOR,
                title)
            .claims();
    assertThat(claims)
        .extracting(Claim::summary)
        .containsExactly(
            "massage — benefits — restless legs syndrome",
            "massage — benefits — restless legs syndrome");
    assertThat(claims.get(0).certainty()).isEqualTo(Certainty.HEDGED);
    // The woman with RLS is no speaker called "RLS".
    assertThat(claims.get(1).attributedTo()).isEqualTo(AUTHOR);
    // Without a title that names a condition, relief of nothing is no claim.
    assertThat(
            EXTRACTOR
                .extract(new Article("s", "Massage may offer temporary relief.\n"), AUTHOR)
                .claims())
        .isEmpty();
  }

  @Test
  void aBeliefRejectedByTheNextSentenceIsReportedAndTheRejectionDeniesIt() {
    List<Claim> claims =
        EXTRACTOR
            .extract(
                new Article(
                    "s",
                    "For years, people thought massage could spread cancer. This belief has been"
                        + " disproven.\n"),
                AUTHOR)
            .claims();
    assertThat(claims).hasSize(2);
    assertThat(claims.get(0).summary()).isEqualTo("massage — causes — spread of cancer");
    assertThat(claims.get(0).attributedTo()).isNotEqualTo(AUTHOR);
    // The rejection is the author's denial of what was believed, in its own sentence.
    assertThat(claims.get(1).summary()).isEqualTo("massage — not causes — spread of cancer");
    assertThat(claims.get(1).attributedTo()).isEqualTo(AUTHOR);
    assertThat(claims.get(1).span().quote()).isEqualTo("This belief has been disproven.");
    // What therapists were taught is reported, too.
    assertThat(
            EXTRACTOR
                .extract(
                    new Article("s", "Therapists were taught that massage could spread cancer.\n"),
                    AUTHOR)
                .claims())
        .singleElement()
        .satisfies(c -> assertThat(c.attributedTo()).isNotEqualTo(AUTHOR));
    // A sentence that goes on with "this" leaves the claim the author's.
    assertThat(
            EXTRACTOR
                .extract(new Article("s", "Massage relieves pain. This is well known.\n"), AUTHOR)
                .claims())
        .singleElement()
        .satisfies(c -> assertThat(c.attributedTo()).isEqualTo(AUTHOR));
  }

  @Test
  void whatMassageShouldNotReplaceIsNoContraindication() {
    assertThat(summaries("Massage should never replace conventional cancer treatment.")).isEmpty();
    assertThat(summaries("Studies show that massage reduces nausea in people with cancer."))
        .containsExactly("massage — benefits — nausea");
  }

  @Test
  void theShortAnswerAnswersTheQuestionAndDrugsAreNamedByTheirNames() {
    assertThat(
            summaries(
                "Can you get a deep tissue massage while on warfarin? The short answer is no.\n"))
        .containsExactly("deep tissue massage — contraindicated for — anticoagulants");
    assertThat(summaries("It is best to avoid hot stone massage if you have diabetic neuropathy."))
        .containsExactly("hot stone massage — contraindicated for — diabetic neuropathy");
  }

  @Test
  void remediesAndWhatMeltsAway() {
    assertThat(summaries("Manual lymphatic drainage is indicated for lymphoedema."))
        .containsExactly("manual lymphatic drainage — treats — lymphedema");
    assertThat(summaries("Massage is a natural remedy for insomnia."))
        .containsExactly("massage — treats — sleep problems");
    assertThat(summaries("Hot stone massage melts away stress."))
        .containsExactly("hot stone massage — benefits — stress");
    assertThat(summaries("Reflexology can relieve menstrual cramps."))
        .containsExactly("reflexology — benefits — premenstrual symptoms");
  }

  @Test
  void aRiskAfterAnOperationIsItsHarmAndTheSurgeonClearsMassage() {
    assertThat(
            summaries(
                "Deep vein thrombosis is a known risk after joint replacement, and vigorous massage"
                    + " of the calf could dislodge a clot."))
        .containsExactlyInAnyOrder(
            "knee replacement — causes — deep vein thrombosis", "massage — causes — embolism");
    assertThat(summaries("Get clearance from your surgeon before massage after a hip replacement."))
        .containsExactly("massage — caution with — hip replacement");
  }

  @Test
  void anOrganisationNamedAfterAConditionIsStillASource() {
    assertThat(
            EXTRACTOR
                .extract(
                    new Article(
                        "s",
                        "According to the Arthritis Foundation, regular massage can improve joint"
                            + " flexibility.\n"),
                    AUTHOR)
                .claims())
        .singleElement()
        .satisfies(c -> assertThat(c.attributedTo().name()).isEqualTo("Arthritis Foundation"));
  }

  @Test
  void weakEvidenceHedgesTheClaim() {
    assertThat(
            EXTRACTOR
                .extract(
                    new Article("s", "The evidence that massage prevents colds is weak.\n"), AUTHOR)
                .claims())
        .singleElement()
        .satisfies(c -> assertThat(c.certainty()).isEqualTo(Certainty.HEDGED));
  }

  @Test
  void aListAnswersTheQuestionOverItAndALeadInOfWhoTakesTheTopic() {
    assertThat(
            summaries(
                "When to avoid a massage\n\nWho should avoid massage?\n\n- People with a fever\n"
                    + "- Anyone with a recent blood clot\n"))
        .containsExactlyInAnyOrder(
            "massage — contraindicated for — fever", "massage — contraindicated for — thrombosis");
    assertThat(
            summaries(
                "Massage is generally safe. However, certain conditions require caution:\n\n"
                    + "- Osteoporosis\n- Pregnancy\n"))
        .contains("massage — caution with — osteoporosis", "massage — caution with — pregnancy");
    // A question that asks what helps a condition is answered by interventions, not conditions.
    assertThat(summaries("What helps back pain?\n\n- Sleep problems\n")).isEmpty();
    assertThat(summaries("Do not massage over varicose veins."))
        .containsExactly("massage — contraindicated for — varicose veins");
  }

  @Test
  void lymphaticDrainageIsTheTherapyUnlessSomethingActsOnIt() {
    assertThat(summaries("Lymphatic drainage can reduce swelling after surgery."))
        .containsExactly("manual lymphatic drainage — benefits — edema");
    assertThat(summaries("Lymphatic drainage should not be performed on anyone with an infection."))
        .containsExactly("manual lymphatic drainage — contraindicated for — infection");
    assertThat(summaries("Massage increases both blood flow and lymphatic drainage."))
        .containsExactlyInAnyOrder(
            "massage — benefits — poor circulation", "massage — benefits — lymphatic congestion");
  }

  @Test
  void cautionIsWordedManyMoreWays() {
    assertThat(
            summaries("If you have diabetes, get the go-ahead from your doctor before a massage."))
        .containsExactly("massage — caution with — diabetes mellitus");
    assertThat(summaries("Massage during pregnancy should be done under medical supervision."))
        .containsExactly("massage — caution with — pregnancy");
    assertThat(summaries("Proceed with caution if you have varicose veins and want a massage."))
        .containsExactly("massage — caution with — varicose veins");
    assertThat(summaries("Caution is advised when massaging clients with osteoporosis."))
        .containsExactly("massage — caution with — osteoporosis");
  }

  @Test
  void aNounThatDescribesANameIsNoAntecedentOfIt() {
    assertThat(
            summaries(
                "Prenatal massage can reduce leg cramps and back pain, and it may improve sleep."))
        .contains("prenatal massage — benefits — sleep problems");
    assertThat(summaries("Prenatal massage is safe in all three trimesters."))
        .containsExactly("prenatal massage — safe for — pregnancy");
  }

  @Test
  void adjectivesAndParticiplesMayBeListedInsideAName() {
    assertThat(summaries("Massage can dislodge an old, unnoticed clot."))
        .containsExactly("massage — causes — embolism");
    // A participle after the determiner describes the noun too, with more words between them.
    assertThat(summaries("Massage can dislodge an existing, unnoticed clot."))
        .containsExactly("massage — causes — embolism");
    assertThat(summaries("Massage can dislodge an existing small clot."))
        .containsExactly("massage — causes — embolism");
    assertThat(summaries("Massage can dislodge an existing, hidden clot."))
        .containsExactly("massage — causes — embolism");
    assertThat(summaries("Massage can dislodge an unnoticed, existing clot."))
        .containsExactly("massage — causes — embolism");
  }

  @Test
  void aNameMayHaveModifiersBetweenItsWords() {
    // "sore, tired muscles" names sore muscles.
    assertThat(summaries("Massage can ease sore, tired muscles."))
        .contains("massage — benefits — myalgia");
    // No modifier stands before the first word of a name or ends it.
    assertThat(summaries("Massage lowers blood and pressure.")).isEmpty();
    // After a determiner, a verb of any form before a noun describes it.
    assertThat(summaries("A sports massage can also help release any built-up scar tissue."))
        .containsExactly("sports massage — benefits — scar tissue");
  }

  @Test
  void aHarmsVerbThatOpensANameIsTheCue() {
    // "dislodge clots" names a dislodged clot; the verb still says that massage causes it.
    assertThat(summaries("Massage can dislodge clots."))
        .containsExactly("massage — causes — embolism");
    assertThat(summaries("Massage on the inner leg may dislodge an undiagnosed clot."))
        .containsExactly("massage — causes — embolism");
  }

  @Test
  void aWhichClauseGoesOnWithTheInterventionsEffect() {
    assertThat(
            summaries(
                "A massage promotes the release of serotonin, which reduces stress and pain."))
        .containsExactlyInAnyOrder("massage — benefits — stress", "massage — benefits — pain");
    assertThat(summaries("A massage promotes the release of serotonin which reduces stress."))
        .containsExactly("massage — benefits — stress");
    // A clause between the effect and "which" is no plain noun phrase: the chain stops there.
    assertThat(
            summaries(
                "Leg massage relaxes the muscles as you press the calves, which relieves stress."))
        .doesNotContain("leg massage — benefits — stress");
  }

  @Test
  void reliefGivenByALightVerbIsABenefit() {
    assertThat(summaries("Some evidence suggests massage can provide pain relief."))
        .containsExactly("massage — benefits — pain");
    assertThat(summaries("Massage offers welcome relief of anxiety."))
        .containsExactly("massage — benefits — anxiety");
  }

  @Test
  void appliedPressureIsAnInterventionUnlessItIsTheMeansOfOne() {
    assertThat(summaries("Applying pressure to inflamed tissue can increase pain."))
        .containsExactly("applied pressure — causes — pain");
    assertThat(
            summaries(
                "Vascular massage takes a targeted approach by applying pressure to the veins to"
                    + " improve circulation."))
        .containsExactly("vascular massage — benefits — poor circulation");
  }

  @Test
  void aWarningDoesNotTakeTheHarmItFearsAsItsCondition() {
    assertThat(
            summaries(
                "If you have a blood clot, avoid massaging the area - this can dislodge clots and"
                    + " cause a stroke."))
        .containsExactlyInAnyOrder(
            "massage — contraindicated for — thrombosis",
            "massage — causes — embolism",
            "massage — causes — stroke");
  }

  @Test
  void aOnceClauseThatNamesAStageOfTheConditionMakesTheClaimConditional() {
    List<Claim> staged =
        EXTRACTOR
            .extract(
                new Article(
                    "s", "Once a client is being treated for a blood clot, bodywork is safe."),
                AUTHOR)
            .claims();
    assertThat(staged).singleElement().satisfies(c -> assertThat(c.conditional()).isTrue());
    // A clause that only names the condition is no circumstance.
    List<Claim> plain =
        EXTRACTOR
            .extract(new Article("s", "If you have a blood clot, bodywork is not safe."), AUTHOR)
            .claims();
    assertThat(plain).singleElement().satisfies(c -> assertThat(c.conditional()).isFalse());
  }

  @Test
  void aFrontedMeansAndTheReadersBodyLeaveTheSubjectToTheTopic() {
    assertThat(
            summaries(
                "# Lymphatic drainage massage\n\nBy cleansing the lymph nodes, your body becomes"
                    + " more resilient against colds."))
        .containsExactly("manual lymphatic drainage — prevents — common cold");
    // Another's noun still keeps the topic out; a fronted means that names an intervention is the
    // subject itself.
    assertThat(
            summaries(
                "# Lymphatic drainage massage\n\nBy cleansing the lymph nodes, the patient becomes"
                    + " more resilient against colds."))
        .isEmpty();
    assertThat(
            summaries(
                "# Lymphatic drainage massage\n\nBy walking every day, the patient becomes more"
                    + " resilient against colds."))
        .containsExactly("walking — prevents — common cold");
  }

  @Test
  void aPreviewOfTheArticleStatesNoClaim() {
    assertThat(
            summaries("This article will explore why massage is discouraged for varicose veins."))
        .isEmpty();
    assertThat(summaries("In this guide, we explain how massage relieves back pain.")).isEmpty();
  }

  @Test
  void aParenthesisThatGlossesANameAddsNoCondition() {
    assertThat(
            summaries("Massage is contraindicated for DVT (deep vein thrombosis or blood clots)."))
        .containsExactly("massage — contraindicated for — deep vein thrombosis");
    // A possessive abbreviation still names its concept, and its gloss still adds nothing.
    assertThat(
            summaries("Massage of DVT's (Deep Vein Thrombosis or Blood Clots) is contraindicated."))
        .containsExactly("massage — contraindicated for — deep vein thrombosis");
    // Narrower concepts in a parenthesis are examples, each a condition of its own.
    assertThat(summaries("Massage eases leg pain (sciatica, muscle cramps)."))
        .contains("massage — benefits — sciatica", "massage — benefits — muscle cramps");
  }

  @Test
  void aNameGivenAfterACommaIsTheConditionMeant() {
    assertThat(
            summaries(
                "The danger of massaging varicose veins is the risk of blood clots, known as"
                    + " thrombophlebitis."))
        .containsExactly("massage — causes — thrombophlebitis");
    assertThat(summaries("Massage can cause inflammation of a vein, also called phlebitis."))
        .containsExactly("massage — causes — thrombophlebitis");
    // Without the naming words both stay.
    assertThat(summaries("Massage can ease swelling, pain and cramps."))
        .contains("massage — benefits — edema", "massage — benefits — pain");
  }

  @Test
  void aRiskThatNamesNoHarmIsACautionAboutTheConditionItIsFor() {
    assertThat(summaries("Massaging varicose veins carries significant risks."))
        .containsExactly("massage — caution with — varicose veins");
    assertThat(
            summaries(
                "For people with DVT, receiving a massage poses a risk due to the manipulation."))
        .containsExactly("massage — caution with — deep vein thrombosis");
    assertThat(summaries("Massage carries a risk for people with varicose veins."))
        .containsExactly("massage — caution with — varicose veins");
    // A risk of a harm is that harm, caused.
    assertThat(summaries("Massaging varicose veins carries a risk of bruising."))
        .containsExactly("massage — causes — bruising");
  }

  @Test
  void theAffectedAreaAndThisConditionPointBackToACondition() {
    // To the last condition named, when the page's title names none.
    assertThat(summaries("Many people have varicose veins. Massage can worsen this condition."))
        .containsExactly("massage — causes — varicose veins");
    assertThat(
            summaries(
                "Varicose veins are swollen veins. Applying pressure directly to these fragile"
                    + " vessels carries significant risks."))
        .containsExactly("applied pressure — caution with — varicose veins");
    // To the condition the title names, over one named in passing since.
    assertThat(
            EXTRACTOR
                .extract(
                    new Article(
                        "s",
                        "The legs may ache. Avoid deep tissue massage on the affected area.\n"),
                    AUTHOR,
                    "Is it safe to massage varicose veins?")
                .claims()
                .stream()
                .map(Claim::summary)
                .toList())
        .contains("deep tissue massage — contraindicated for — varicose veins");
    // A faculty is no antecedent: nothing is said of poor circulation here.
    assertThat(summaries("Massage improves circulation. Massage can worsen this condition."))
        .containsExactly("massage — benefits — poor circulation");
    // "The condition of the skin" points back to nothing.
    assertThat(
            summaries(
                "Many people have varicose veins. Massage improves the condition of the skin."))
        .isEmpty();
  }

  @Test
  void lessOfADisorderAndBetterOfAFacultyAreBenefits() {
    assertThat(
            summaries(
                "The benefits of foot massage include better sleep, less pain and improved mood."))
        .containsExactly(
            "foot massage — benefits — sleep problems",
            "foot massage — benefits — pain",
            "foot massage — benefits — low mood");
    // Comparisons say nothing of their own.
    assertThat(summaries("Massage is less effective than exercise for back pain.")).isEmpty();
    assertThat(summaries("Massage may be better than nothing for back pain.")).isEmpty();
    assertThat(summaries("Massage causes less bruising than cupping.")).isEmpty();
    // "better to avoid" is advice against, not a benefit.
    assertThat(summaries("It is better to avoid massage if you have a blood clot."))
        .containsExactly("massage — contraindicated for — thrombosis");
  }

  @Test
  void anUnlikelyHarmIsAHedgedDenial() {
    for (String text :
        List.of(
            "It is unlikely that massage causes blood clots.",
            "Massage is unlikely to cause blood clots.")) {
      List<Claim> claims = EXTRACTOR.extract(new Article("s", text), AUTHOR).claims();
      assertThat(claims).as(text).singleElement();
      assertThat(claims.get(0).summary()).isEqualTo("massage — not causes — thrombosis");
      assertThat(claims.get(0).certainty()).isEqualTo(Certainty.HEDGED);
    }
    // The doubt ends with its clause.
    List<Claim> claims =
        EXTRACTOR
            .extract(
                new Article(
                    "s", "Massage is unlikely to cause clots, but it is likely to ease back pain."),
                AUTHOR)
            .claims();
    assertThat(claims).extracting(Claim::summary).contains("massage — benefits — back pain");
    assertThat(claims)
        .filteredOn(c -> c.summary().equals("massage — benefits — back pain"))
        .allSatisfy(c -> assertThat(c.certainty()).isEqualTo(Certainty.HEDGED));
  }

  @Test
  void littleEvidenceDoubtsAClaimAndLimitedEvidenceHedgesIt() {
    List<Claim> doubted =
        EXTRACTOR
            .extract(
                new Article(
                    "s",
                    "There is little scientific evidence that lymphatic drainage removes toxins."),
                AUTHOR)
            .claims();
    assertThat(doubted)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.summary())
                  .isEqualTo("manual lymphatic drainage — not benefits — detoxification");
              assertThat(c.certainty()).isEqualTo(Certainty.HEDGED);
            });
    List<Claim> hedged =
        EXTRACTOR
            .extract(
                new Article("s", "There is limited evidence that massage relieves anxiety."),
                AUTHOR)
            .claims();
    assertThat(hedged)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.summary()).isEqualTo("massage — benefits — anxiety");
              assertThat(c.certainty()).isEqualTo(Certainty.HEDGED);
            });
    assertThat(summaries("There is a lack of evidence that reflexology cures diabetes."))
        .containsExactly("reflexology — not treats — diabetes mellitus");
  }

  @Test
  void theMassageIsTheKindOfMassageTheTextIsAbout() {
    assertThat(
            summaries(
                "Lymphatic drainage massage is popular. The massage can cause mild dizziness."))
        .containsExactly("manual lymphatic drainage — causes — dizziness");
    // Without the article, "massage" is massage in general; "that" opening a clause is no article.
    assertThat(
            summaries("Lymphatic drainage massage is popular. Massage can cause mild dizziness."))
        .containsExactly("massage — causes — dizziness");
    assertThat(
            summaries(
                "Lymphatic drainage massage is popular. Some say that massage can cause dizziness."))
        .containsExactly("massage — causes — dizziness");
  }

  @Test
  void theSourceOfAFindingIsNoAntecedentOfIt() {
    assertThat(
            summaries(
                "Prenatal massage is popular. Research indicates that it can lower stress hormones"
                    + " and improve mood."))
        .containsExactly(
            "prenatal massage — benefits — stress", "prenatal massage — benefits — low mood");
  }

  @Test
  void aReasonGivenWithSinceHasASubjectOfItsOwn() {
    // Pregnancy, not deep pressure, raises the risk of DVT.
    assertThat(
            summaries(
                "Therapists avoid deep pressure on the calves, since pregnancy raises the risk of"
                    + " DVT."))
        .noneMatch(c -> c.startsWith("heavy-pressure massage — causes"));
  }

  @Test
  void aClauseAfterANounAndThatWithASubjectOfItsOwnIsNoRelativeClause() {
    assertThat(summaries("Massage relieves pain. There is no evidence that it cures cancer."))
        .containsExactly("massage — benefits — pain", "massage — not treats — tumour");
    assertThat(summaries("Massage relieves pain. There is proof that it cures cancer."))
        .containsExactly("massage — benefits — pain", "massage — treats — tumour");
  }

  @Test
  void peopleWithAConditionBenefitFromTheIntervention() {
    assertThat(summaries("Patients with lymphedema benefit from manual lymphatic drainage."))
        .containsExactly("manual lymphatic drainage — benefits — lymphedema");
    assertThat(summaries("Massage can help anyone living with chronic pain."))
        .containsExactly("massage — benefits — chronic pain");
  }

  @Test
  void whatPeopleSayOrNoticeIsAClauseOfItsOwn() {
    assertThat(
            summaries(
                "Massage is popular. Many clients tell us that the sessions help them sleep."))
        .containsExactly("massage — benefits — sleep problems");
    // Without "that" the words before are still the clause's: nothing is claimed of "clients".
    assertThat(summaries("Many clients with back pain help each other.")).isEmpty();
  }

  @Test
  void careAdaptationAndADoctorsApprovalAreCautions() {
    assertThat(
            summaries("Massage for people with cancer should be adapted by a trained therapist."))
        .containsExactly("massage — caution with — tumour");
    assertThat(summaries("Extra care is needed when massaging someone with osteoporosis."))
        .containsExactly("massage — caution with — osteoporosis");
    assertThat(
            summaries("A doctor should approve massage for anyone with a history of blood clots."))
        .containsExactly("massage — caution with — thrombosis");
  }

  @Test
  void aGoodChoiceAnOptionAndAUseForAConditionHelpIt() {
    assertThat(summaries("Massage is an excellent choice for people with chronic pain."))
        .containsExactly("massage — benefits — chronic pain");
    assertThat(summaries("Many physiotherapists use massage for sports injuries."))
        .containsExactly("massage — treats — injury");
    assertThat(summaries("Massage is not appropriate for people with open wounds."))
        .containsExactly("massage — contraindicated for — open wound");
    // An invitation to read on states nothing.
    assertThat(summaries("Read on to learn more about managing diabetic neuropathy.")).isEmpty();
  }

  @Test
  void peopleOnAMedicationAreASettingNotAHarm() {
    assertThat(
            summaries(
                "Massage potentially increases the risk of bleeding in people on blood thinners."))
        .containsExactly("massage — causes — bleeding");
  }

  @Test
  void whatTheSubjectIsSaidToBeIsNoAntecedentOfIt() {
    assertThat(summaries("Massage is not a cure for diabetes, but it may help with back pain."))
        .containsExactly(
            "massage — not treats — diabetes mellitus", "massage — benefits — back pain");
  }

  @Test
  void aConditionThatGoesAwayWithTheInterventionIsHelped() {
    assertThat(summaries("Headaches often go away after a massage."))
        .containsExactly("massage — benefits — headache");
    assertThat(summaries("Massage can make symptoms of lymphedema better."))
        .containsExactly("massage — benefits — lymphedema");
    assertThat(summaries("Massage helps. The swelling will not go away on its own.")).isEmpty();
  }

  @Test
  void aLeadInThatNamesTreatmentsForAConditionListsTheInterventions() {
    assertThat(
            summaries(
                "The main treatments for lymphoedema are:\n\n- compression garments\n- manual"
                    + " lymphatic drainage\n- exercise\n"))
        .containsExactly(
            "compression therapy — treats — lymphedema",
            "manual lymphatic drainage — treats — lymphedema",
            "exercise — treats — lymphedema");
  }

  @Test
  void theManagementOfAConditionIsItsTreatment() {
    assertThat(summaries("Compression garments are essential in the management of lymphoedema."))
        .containsExactly("compression therapy — treats — lymphedema");
    assertThat(summaries("Pain management techniques such as massage are popular."))
        .containsExactly("massage — treats — pain");
    // The verb still lowers what it manages.
    assertThat(summaries("Light massage can help manage swelling."))
        .containsExactly("massage — benefits — edema");
  }

  @Test
  void whatSomeSourcesClaimAndTheTextFindsNoEvidenceForIsReported() {
    List<Claim> claims =
        EXTRACTOR
            .extract(
                new Article(
                    "s",
                    "Some websites claim that lymphatic drainage cures cellulite.\n\n"
                        + "Lymphatic drainage cures cellulite. In reality, there is no evidence for"
                        + " this.\n"),
                AUTHOR)
            .claims();
    assertThat(claims).hasSize(3);
    assertThat(claims.subList(0, 2))
        .allSatisfy(
            c -> {
              assertThat(c.summary()).isEqualTo("manual lymphatic drainage — treats — cellulite");
              assertThat(c.attributedTo().iri()).isNotEqualTo(AUTHOR.iri());
            });
    // "There is no evidence for this" denies it, in the author's voice.
    assertThat(claims.get(2).summary())
        .isEqualTo("manual lymphatic drainage — not treats — cellulite");
    assertThat(claims.get(2).attributedTo().iri()).isEqualTo(AUTHOR.iri());
  }

  @Test
  void aMythThatMassageSpreadsCancerIsAboutTheSpreadOfCancer() {
    assertThat(summaries("Myth: massage spreads cancer through the lymph system."))
        .containsExactly("massage — causes — spread of cancer");
  }

  @Test
  void keepingAMeasureNormalHelpsIt() {
    assertThat(summaries("Pregnancy massage helps to keep blood pressure normal."))
        .containsExactly("prenatal massage — benefits — hypertension");
    assertThat(summaries("Regular massage may keep stress in check."))
        .containsExactly("massage — benefits — stress");
  }

  @Test
  void recoveryIsAConditionAndRecoveryFromSorenessIsSoreness() {
    assertThat(summaries("Sports massage can help with the recovery process."))
        .containsExactly("sports massage — benefits — recovery");
    assertThat(summaries("Sports massage improves recovery from an injury."))
        .containsExactly("sports massage — benefits — recovery from injury");
    assertThat(
            summaries(
                "Massage therapy was not an effective way to improve muscle-soreness recovery."))
        .containsExactly("massage — not benefits — myalgia");
  }

  @Test
  void anAbbreviationNamesWhatItAbbreviatesOnlyAfterItsDefinition() {
    // Defined (and no label of the vocabulary): the later "CDT" is the therapy.
    assertThat(
            summaries(
                "Complete decongestive therapy (CDT) is an intensive programme. CDT helps with"
                    + " lymphoedema."))
        .containsExactly("complete decongestive therapy — benefits — lymphedema");
    // Used before its definition: the first "CDT" means nothing yet.
    assertThat(
            summaries(
                "CDT helps with lymphoedema.\n\nComplete decongestive therapy (CDT) is an"
                    + " intensive programme."))
        .isEmpty();
    // Letters that are not the name's define nothing.
    assertThat(
            summaries(
                "Complete decongestive therapy (XYZ) is an intensive programme. XYZ helps with"
                    + " lymphoedema."))
        .isEmpty();
  }

  @Test
  void aCautionWhileOnAMedicationIsForTakingIt() {
    // The bruising and bleeding are what the caution fears; taking the medication is what it is
    // for, and what causes them.
    assertThat(
            summaries(
                "# Blood thinners and massage\n\nBlood thinners prevent clots.\n\nWhile on this"
                    + " medication, she will bruise and bleed easily, and only light touch should"
                    + " be used."))
        .containsExactly(
            "anticoagulants — prevents — thrombosis",
            "massage — caution with — anticoagulants",
            "anticoagulants — causes — bruising",
            "anticoagulants — causes — bleeding");
  }

  @Test
  void itemsUnderAHeadingThatNamesOnlyAConditionNameItsInterventions() {
    assertThat(
            summaries(
                "Treatments for lymphoedema\n\nOur team offers the following:\n\n"
                    + "- Compression garments\n- Manual lymphatic drainage\n"))
        .contains(
            "compression therapy — treats — lymphedema",
            "manual lymphatic drainage — treats — lymphedema");
    // A claim made after the heading is the list's lead-in instead.
    assertThat(
            summaries(
                "Treatments for lymphoedema\n\nMassage relieves many conditions, such as the"
                    + " following:\n\n- Compression garments\n- Back pain\n"))
        .contains("massage — benefits — back pain")
        .doesNotContain("compression therapy — treats — lymphedema");
  }

  @Test
  void anOrganisationThatRecommendsIsTheSource() {
    // The tagger reads "Heart" and "Association" as common nouns; capitalised inside the sentence,
    // they are a name.
    List<Claim> claims =
        EXTRACTOR
            .extract(
                new Article(
                    "s", "The American Heart Association recommends massage for stress relief."),
                AUTHOR)
            .claims();
    assertThat(claims)
        .singleElement()
        .satisfies(
            c -> assertThat(c.attributedTo().name()).isEqualTo("American Heart Association"));
    // A capitalised word that opens the sentence is no name.
    assertThat(
            EXTRACTOR
                .extract(new Article("s", "Doctors recommend massage for stress relief."), AUTHOR)
                .claims())
        .allSatisfy(c -> assertThat(c.attributedTo().iri()).isEqualTo(AUTHOR.iri()));
  }

  @Test
  void whatAnUnlessClauseNamesIsNotTheClaimsCondition() {
    // The clause says when the claim does not hold: no "safe for blood clots" here.
    assertThat(summaries("Massage is safe for pregnant women unless they have a blood clot."))
        .containsExactly("massage — safe for — pregnancy");
    assertThat(summaries("Massage is safe for pregnant women, except when they have a blood clot."))
        .containsExactly("massage — safe for — pregnancy");
    // A claim inside the clause keeps what the clause names.
    assertThat(summaries("Unless massage causes bruising, keep going."))
        .containsExactly("massage — causes — bruising");
  }

  @Test
  void aDefiniteNounPhraseForABroaderConceptRefersBackToTheNarrowerOne() {
    // "the clot" is the DVT named before it, not a second claim about clots in general.
    assertThat(
            summaries(
                "DVT is an absolute contraindication for massage until the clot has been treated."))
        .containsExactly("massage — contraindicated for — deep vein thrombosis");
    // Without a determiner pointing back, both are claimed.
    assertThat(summaries("Massage is contraindicated for DVT and for blood clots in general."))
        .hasSize(2);
  }

  @Test
  void aConjunctSharesTheHeadOfTheNextOne() {
    assertThat(summaries("Deep tissue and Swedish massage can ease upper and lower back pain."))
        .containsExactlyInAnyOrder(
            "deep tissue massage — benefits — back pain", "Swedish massage — benefits — back pain");
    // A conjunct that names nothing with the head stays outside.
    assertThat(summaries("Stretching, rest and Swedish massage can ease back pain."))
        .containsExactly("Swedish massage — benefits — back pain");
  }

  @Test
  void aConditionBeforeAnIntransitiveImprovementIsHelpedByWhatFollows() {
    assertThat(summaries("Leg pain will ease with regular massage."))
        .containsExactly("massage — benefits — leg pain");
    assertThat(summaries("People with fibromyalgia often benefit from massage."))
        .containsExactly("massage — benefits — fibromyalgia");
    assertThat(summaries("Muscle soreness is reduced by a sports massage."))
        .containsExactly("sports massage — benefits — myalgia");
  }

  @Test
  void aParticipleRightAfterTheCueDescribesItsNoun() {
    assertThat(summaries("A sports massage can help release built-up scar tissue."))
        .containsExactly("sports massage — benefits — scar tissue");
  }

  @Test
  void aFrontedMeansHelpsTheConditionThatIsTheSubject() {
    assertThat(summaries("After a massage, leg pain often eases."))
        .containsExactly("massage — benefits — leg pain");
    // Without the fronted intervention there is nothing to credit.
    assertThat(summaries("After a while, leg pain often eases.")).isEmpty();
  }

  @Test
  void loweringHowOftenAConditionHappensPreventsIt() {
    assertThat(summaries("The incidence of DVT was lower in the leg massage group."))
        .containsExactly("leg massage — prevents — deep vein thrombosis");
    assertThat(summaries("Massage lowers the risk of a blood clot."))
        .containsExactly("massage — prevents — thrombosis");
    assertThat(summaries("Massage lowers pain.")).containsExactly("massage — benefits — pain");
  }

  @Test
  void aConditionAfterAnotherIsItsSettingNotASecondObject() {
    assertThat(summaries("Massage may help prevent DVT after knee replacement surgery."))
        .containsExactly("massage — prevents — deep vein thrombosis");
    assertThat(summaries("Deep vein thrombosis is a complication after knee replacement surgery."))
        .containsExactly("knee replacement — causes — deep vein thrombosis");
    // A few words may describe the setting before its name.
    assertThat(
            summaries(
                "Lymphatic drainage massage can reduce lymphedema after breast cancer surgery."))
        .containsExactly("manual lymphatic drainage — benefits — lymphedema");
    // "in" or "among" a population with a condition: who, not what.
    assertThat(summaries("Massage helps prevent hyperglycemia in diabetics."))
        .containsExactly("massage — prevents — hyperglycemia");
  }

  @Test
  void conditionsThatRequireATreatmentAreTreatedByIt() {
    assertThat(
            summaries(
                "Conditions that require blood thinners include atrial fibrillation and heart"
                    + " valve disease."))
        .containsExactlyInAnyOrder(
            "anticoagulants — treats — atrial fibrillation",
            "anticoagulants — treats — heart valve disease");
    // "requires" as a lead-in of what a diagnosis needs treats nothing.
    assertThat(summaries("A diagnosis of DVT requires testing:\n\n- pain\n- swelling\n")).isEmpty();
  }

  @Test
  void notRaisingAFacultyDeniesABenefit() {
    assertThat(summaries("Massage did not raise blood velocity."))
        .containsExactly("massage — not benefits — poor circulation");
  }

  @Test
  void cautionIsWordedManyWays() {
    assertThat(summaries("Use caution with massage if you have varicose veins."))
        .containsExactly("massage — caution with — varicose veins");
    assertThat(summaries("Be careful with massage if you take blood thinners."))
        .containsExactly("massage — caution with — anticoagulants");
    // "cared for" is no caution, though its stem is that of "careful".
    assertThat(summaries("Back pain can be cared for with massage."))
        .doesNotContain("massage — caution with — back pain");
  }

  @Test
  void aYesOrNoAnswersTheQuestionBeforeIt() {
    assertThat(
            summaries(
                "Can you get a massage while on blood thinners?\n\nPeople ask this a lot."
                    + " When it comes to safety, the answer is no.\n"))
        .containsExactly("massage — contraindicated for — anticoagulants");
    assertThat(summaries("Does massage help back pain?\n\nYes, for many people it does.\n"))
        .containsExactly("massage — benefits — back pain");
    assertThat(summaries("Is reflexology a cure for diabetes?\n\nNo, it is not.\n"))
        .containsExactly("reflexology — not treats — diabetes mellitus");
    // The title's question, answered early in the text.
    assertThat(
            EXTRACTOR
                .extract(
                    new Article("q", "No. Massage can wait until the clot is treated.\n"),
                    AUTHOR,
                    "Should you get a massage with a blood clot?")
                .claims()
                .stream()
                .map(Claim::summary)
                .toList())
        .contains("massage — contraindicated for — thrombosis");
    // An answer the next sentence states in full is said once, there.
    assertThat(
            summaries(
                "Does massage help back pain?\n\nYes. Massage can relieve back pain for weeks.\n"))
        .singleElement()
        .isEqualTo("massage — benefits — back pain");
    // A "no" with no question before it answers nothing.
    assertThat(summaries("No, I was not there.\n")).isEmpty();
  }

  @Test
  void aHedgedUnsuitabilityIsAHedgedContraindication() {
    assertThat(summaries("Massage may not be suitable for people with heart disease."))
        .containsExactly("massage — contraindicated for — heart disease");
    assertThat(summaries("Massage might not be appropriate for everyone with heart disease."))
        .containsExactly("massage — contraindicated for — heart disease");
  }

  @Test
  void partOfATreatmentTreatsAndPartOfCareBenefits() {
    assertThat(
            summaries(
                "For people with lymphedema, manual lymphatic drainage is often part of"
                    + " treatment."))
        .containsExactly("manual lymphatic drainage — treats — lymphedema");
    assertThat(summaries("Massage is part of the treatment plan for fibromyalgia."))
        .containsExactly("massage — treats — fibromyalgia");
  }

  @Test
  void aCommaAloneJoinsNoConjunctsThatShareAHead() {
    // "Clinic, massage" is not "clinical massage": nothing is coordinated.
    assertThat(summaries("According to the Mayo Clinic, massage can reduce stress."))
        .containsExactly("massage — benefits — stress");
    // A list with its conjunction shares the head.
    assertThat(summaries("Swedish, deep tissue, or sports massage can relieve pain."))
        .containsExactlyInAnyOrder(
            "Swedish massage — benefits — pain",
            "deep tissue massage — benefits — pain",
            "sports massage — benefits — pain");
  }

  @Test
  void aBenefitNamedBeforeItsTherapyAndPassivesWithTheirAgent() {
    assertThat(summaries("Pain relief is one of the main benefits of massage."))
        .containsExactly("massage — benefits — pain");
    assertThat(summaries("Reduced anxiety is another benefit of regular massage."))
        .containsExactly("massage — benefits — anxiety");
    // After a reverse cue the shared label is the therapy, not the condition it drains.
    assertThat(summaries("Swelling may be reduced with lymphatic drainage."))
        .containsExactly("manual lymphatic drainage — benefits — edema");
    assertThat(summaries("Blood clots can be dislodged by deep tissue massage."))
        .containsExactly("deep tissue massage — causes — embolism");
  }

  @Test
  void whatHappensAfterATherapyIsItsHarmUnlessItIsARelief() {
    assertThat(summaries("Bruising can occur after a deep tissue massage."))
        .containsExactly("deep tissue massage — causes — bruising");
    assertThat(summaries("Headaches are a common side effect of massage."))
        .containsExactly("massage — causes — headache");
    // A condition named as its relief is a benefit.
    assertThat(summaries("Pain relief often happens after a massage."))
        .containsExactly("massage — benefits — pain");
    assertThat(summaries("Stress reduction can occur after a massage."))
        .containsExactly("massage — benefits — stress");
    // "The risk of" after a copula names what is at risk, not what causes it.
    assertThat(
            summaries(
                "The greatest danger associated with massaging varicose veins is the risk of"
                    + " complications involving blood clots, known as thrombophlebitis."))
        .containsExactly("massage — causes — thrombophlebitis");
  }

  @Test
  void sheOrHeBeforeAVerbOfSayingIsThePersonReportedLast() {
    List<Claim> claims =
        EXTRACTOR
            .extract(
                new Article(
                    "q",
                    "According to Dr. Jane Smith, a vascular surgeon, \"Massage should never be"
                        + " done on a leg with a known clot.\" She adds that light massage is fine"
                        + " for most people with varicose veins.\n"),
                AUTHOR)
            .claims();
    assertThat(claims)
        .extracting(c -> c.summary() + " / " + c.attributedTo().name())
        .containsExactly(
            "massage — contraindicated for — thrombosis / Jane Smith",
            "massage — safe for — varicose veins / Jane Smith");
    // With no one reported before, "she" is no speaker: the article says it.
    assertThat(
            EXTRACTOR
                .extract(
                    new Article("q", "She says massage is fine for people with diabetes.\n"),
                    AUTHOR)
                .claims())
        .singleElement()
        .satisfies(c -> assertThat(c.attributedTo()).isEqualTo(AUTHOR));
    assertThat(summaries("Massage will not make varicose veins go away."))
        .containsExactly("massage — not benefits — varicose veins");
  }

  @Test
  void whatHappensSometimesOrInRareCasesIsHedgedAndSeeingADoctorFirstIsACaution() {
    for (String text :
        List.of(
            "Direct pressure can damage the vein walls and, in rare cases, lead to a blood clot.",
            "Deep massage sometimes causes bruising.")) {
      assertThat(EXTRACTOR.extract(new Article("h", text), AUTHOR).claims())
          .as(text)
          .singleElement()
          .satisfies(c -> assertThat(c.certainty()).isEqualTo(Certainty.HEDGED));
    }
    assertThat(
            summaries(
                "If a varicose vein becomes hot or swollen, see a doctor before any massage."))
        .contains("massage — caution with — varicose veins");
  }

  @Test
  void aBadIdeaARiskAndMoreHarmThanGoodAreContraindications() {
    assertThat(summaries("Getting a massage with a blood clot is a bad idea."))
        .containsExactly("massage — contraindicated for — thrombosis");
    assertThat(summaries("Massage is risky for people with blood clots."))
        .containsExactly("massage — contraindicated for — thrombosis");
    assertThat(summaries("A massage could be harmful if you have a bleeding disorder."))
        .containsExactly("massage — contraindicated for — bleeding disorder");
    // "Good for" inside "more harm than good for" is no benefit.
    assertThat(
            summaries(
                "Deep tissue massage may do more harm than good for people with fibromyalgia."))
        .containsExactly("deep tissue massage — contraindicated for — fibromyalgia");
    assertThat(summaries("Massage is not harmful to people with varicose veins."))
        .containsExactly("massage — safe for — varicose veins");
  }

  @Test
  void whatACauseBringsAboutIsABenefitWhenItIsALoweringOrAnImprovement() {
    assertThat(summaries("Massage results in reduced pain."))
        .containsExactly("massage — benefits — pain");
    assertThat(summaries("Massage is associated with improved sleep."))
        .containsExactly("massage — benefits — sleep problems");
    // Raising a faculty is a benefit; raising a disorder, or the thing itself, a harm.
    assertThat(summaries("Massage results in increased blood flow."))
        .containsExactly("massage — benefits — poor circulation");
    assertThat(summaries("Massage results in increased pain for some people."))
        .containsExactly("massage — causes — pain");
    assertThat(summaries("Massage is associated with bruising in older adults."))
        .containsExactly("massage — causes — bruising");
  }

  @Test
  void recoveryFromAConditionIsAClaimAboutThatCondition() {
    assertThat(summaries("For those recovering from a blood clot, gentle massage can aid healing."))
        .containsExactly("massage — benefits — thrombosis");
    assertThat(summaries("Massage speeds recovery after a deep vein thrombosis."))
        .containsExactly("massage — benefits — deep vein thrombosis");
    // Recovery from exertion is a concept of its own; healing alone is healing.
    assertThat(summaries("Massage speeds recovery after exercise."))
        .containsExactly("massage — benefits — recovery after exercise");
    assertThat(summaries("Massage promotes healing."))
        .containsExactly("massage — benefits — poor wound healing");
  }

  @Test
  void tellingTheTherapistAndBeingGentleAreCautions() {
    String topic = "Massage safety tips\n\nMassage is safe for most people.\n\n";
    assertThat(summaries(topic + "People taking blood thinners should tell their therapist.\n"))
        .contains("massage — caution with — anticoagulants");
    assertThat(summaries(topic + "Let your therapist know if you are pregnant.\n"))
        .contains("massage — caution with — pregnancy");
    assertThat(summaries("Massage should be gentle for clients on anticoagulants."))
        .containsExactly("massage — caution with — anticoagulants");
    // Telling a doctor how a massage felt is no caution about anything.
    assertThat(summaries(topic + "Tell your doctor how massage made you feel.\n")).isEmpty();
  }

  @Test
  void nothingSuggestingAClaimDeniesIt() {
    assertThat(
            EXTRACTOR
                .extract(
                    new Article("n", "Nothing suggests that massage worsens diabetes."), AUTHOR)
                .claims())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.summary()).isEqualTo("massage — not causes — diabetes mellitus");
              assertThat(c.certainty()).isEqualTo(Certainty.ASSERTED);
            });
  }

  @Test
  void aShortQualifiedYesOrNoAnswersTheQuestion() {
    assertThat(summaries("Is massage safe during pregnancy? In most cases, yes."))
        .containsExactly("massage — safe for — pregnancy");
    assertThat(summaries("Can I get a massage with a blood clot? Generally, no."))
        .containsExactly("massage — contraindicated for — thrombosis");
    assertThat(summaries("I went to the spa, yes.")).isEmpty();
  }

  @Test
  void whatIsThoughtOrSaidIsHedgedAndPermissionIsNot() {
    for (String text :
        List.of(
            "Massage is thought to improve circulation.",
            "Massage is said to ease migraines.",
            "Massage reportedly eases migraines.")) {
      assertThat(EXTRACTOR.extract(new Article("h", text), AUTHOR).claims())
          .as(text)
          .singleElement()
          .satisfies(c -> assertThat(c.certainty()).isEqualTo(Certainty.HEDGED));
    }
    // "Can" that gives leave is the cue's own word, no hedge.
    for (String text :
        List.of(
            "Clients with cancer can still receive massage.",
            "Clients with cancer can safely receive massage.")) {
      assertThat(EXTRACTOR.extract(new Article("p", text), AUTHOR).claims())
          .as(text)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.summary()).isEqualTo("massage — safe for — tumour");
                assertThat(c.certainty()).isEqualTo(Certainty.ASSERTED);
              });
    }
    // Safely receiving something, said of a timeline, is no permission.
    assertThat(
            summaries(
                "The timeline for safely receiving a massage after a blood clot is not fixed."))
        .doesNotContain("massage — safe for — thrombosis");
  }

  @Test
  void aStatementBeforeADoubtingQuestionIsReportedNotAsserted() {
    List<Claim> claims =
        EXTRACTOR
            .extract(
                new Article(
                    "d",
                    "You may have heard that massage improves circulation, but does it really?\n"),
                AUTHOR)
            .claims();
    assertThat(claims)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.summary()).isEqualTo("massage — benefits — poor circulation");
              assertThat(c.attributedTo()).isNotEqualTo(AUTHOR);
              assertThat(c.attributedTo().name()).contains("reports");
            });
    // A plain question states nothing.
    assertThat(summaries("Does massage improve circulation?\n")).isEmpty();
  }
}
