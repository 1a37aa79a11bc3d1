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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reviewer's workflow on the bundled corpus, as a user runs it: reviews of disputes and claims
 * recorded, shown where the reviewed things are shown, kept through a rebuild, a re-ingest and a
 * full derivation, carried by export and import; and bad reviews refused with nothing stored.
 */
class ReviewTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  private static Path template;

  @TempDir Path dir;
  private Path store;

  @BeforeAll
  static void buildOnce() {
    template = shared.resolve("template");
    assertThat(Cli.run(template, "build").exit()).isZero();
  }

  @BeforeEach
  void copyTheStore() throws IOException {
    store = dir.resolve("data");
    try (Stream<Path> files = Files.walk(template)) {
      for (Path p : files.toList()) {
        Path to = store.resolve(template.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }

  private Cli cg(String... args) {
    return Cli.run(store, args);
  }

  private JsonNode json(String... args) throws IOException {
    Cli r = cg(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  /** The headline dispute: vascular massage helps DVT, against the textbook authors. */
  private String headline() throws IOException {
    JsonNode first = json("conflicts", "--format", "json").get("conflicts").get(0);
    assertThat(first.get("severity").asText()).isEqualTo("high");
    return first.get("id").asText();
  }

  private static String hash(String iri) {
    return iri.substring(iri.lastIndexOf('/') + 1);
  }

  private List<String> disputeIds(String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("conflicts", "--format", "json"));
    args.addAll(List.of(extra));
    List<String> ids = new ArrayList<>();
    json(args.toArray(String[]::new)).get("conflicts").forEach(c -> ids.add(c.get("id").asText()));
    return ids;
  }

  private JsonNode reviews() throws IOException {
    return json("reviews", "--format", "json").get("reviews");
  }

  @Test
  void aDismissedDisputeLeavesTheListAndComesBackWhenAsked() throws IOException {
    String id = headline();
    int before = disputeIds().size();
    Cli r =
        cg(
            "review",
            hash(id),
            "--verdict",
            "dismissed",
            "--note",
            "Both sides are about different patients",
            "--reviewer",
            "Dana Reyes");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("dismissed by Dana Reyes");

    assertThat(disputeIds()).hasSize(before - 1).doesNotContain(id);
    Cli table = cg("conflicts");
    assertThat(table.out())
        .contains("1 dispute dismissed by a reviewer not shown (--include-dismissed shows them)")
        .doesNotContain("dispute " + hash(id));

    List<String> all = disputeIds("--include-dismissed");
    assertThat(all).hasSize(before).contains(id);
    JsonNode shown =
        json("conflicts", "--format", "json", "--include-dismissed").get("conflicts").get(0);
    assertThat(shown.get("id").asText()).isEqualTo(id);
    assertThat(shown.get("review").get("verdict").asText()).isEqualTo("dismissed");
    assertThat(shown.get("review").get("reviewer").asText()).isEqualTo("Dana Reyes");
    assertThat(cg("conflicts", "--include-dismissed").out())
        .contains("review: dismissed by Dana Reyes on ")
        .contains(": Both sides are about different patients");

    // The report leaves it out too: its conflicts are those `conflicts` lists.
    String md = cg("report", "--article", "vascular-massage-therapy", "--format", "md").out();
    assertThat(md).doesNotContain("### 1. HIGH");

    // A later review of the same dispute is the one that counts.
    assertThat(cg("review", id, "--verdict", "confirmed", "--reviewer", "Sam Ortiz").exit())
        .isZero();
    assertThat(disputeIds()).hasSize(before).contains(id);
    JsonNode list = reviews();
    assertThat(list).hasSize(2);
    assertThat(list.get(0).get("verdict").asText()).isEqualTo("confirmed");
    assertThat(list.get(0).get("current").asBoolean()).isTrue();
    assertThat(list.get(1).get("current").asBoolean()).isFalse();
    assertThat(cg("reviews").out()).contains("dismissed (superseded)");
  }

  @Test
  void anOverrideReplacesTheVerdictInClaimReviewAndSaysWhy() throws IOException {
    JsonNode side =
        json("conflicts", "--format", "json").get("conflicts").get(0).get("sides").get(0);
    String claim = side.get("strongest").get("id").asText();
    String computed = side.get("strongest").get("grade").get("verdict").asText();
    assertThat(computed).isNotBlank();
    assertThat(computed).isNotEqualTo("Inaccurate");
    Cli r =
        cg(
            "review",
            claim.substring(claim.indexOf("/claim/") + "/claim/".length()),
            "--verdict",
            "override",
            "--grade",
            "inaccurate",
            "--note",
            "Massage is contraindicated in acute DVT",
            "--reviewer",
            "Dana Reyes");
    assertThat(r.exit()).as(r.err()).isZero();

    JsonNode review = null;
    for (JsonNode x : json("export", "--format", "claimreview").get("@graph")) {
      if (x.get("itemReviewed").get("@id").asText().equals(claim)) {
        review = x;
      }
    }
    assertThat(review).isNotNull();
    assertThat(review.get("reviewRating").get("alternateName").asText()).isEqualTo("Inaccurate");
    assertThat(review.get("reviewRating").get("ratingValue").asInt()).isEqualTo(1);
    assertThat(review.get("reviewRating").get("ratingExplanation").asText())
        .startsWith("Reviewer's verdict Inaccurate (Dana Reyes, ")
        .contains("Massage is contraindicated in acute DVT")
        .contains("It replaces the computed verdict " + computed);

    Cli explain = cg("grade", "--explain", claim);
    assertThat(explain.out())
        .contains("Reviews (the latest counts):")
        .contains("overridden to Inaccurate by Dana Reyes")
        .contains(
            "The ClaimReview export rates it Inaccurate (the reviewer's verdict) instead of "
                + computed);
    JsonNode explained = json("grade", "--explain", claim, "--format", "json");
    assertThat(explained.get("reviews").get(0).get("grade").asText()).isEqualTo("Inaccurate");
    assertThat(explained.get("reviews").get(0).get("quote").asText())
        .isEqualTo(explained.get("claim").get("quote").asText());
    assertThat(explained.get("reviews").get(0).get("articleSha256").asText()).hasSize(64);

    // The claims in JSON carry the review that counts, and only the reviewed one does.
    String slug = claim.substring(claim.indexOf("/claim/") + 7, claim.lastIndexOf('/'));
    int reviewed = 0;
    for (JsonNode c : json("claims", "--article", slug, "--format", "json").get("claims")) {
      if (c.get("id").asText().equals(claim)) {
        assertThat(c.get("review").get("verdict").asText()).isEqualTo("override");
        reviewed++;
      } else {
        assertThat(c.has("review")).isFalse();
      }
    }
    assertThat(reviewed).isEqualTo(1);
  }

  @Test
  void aDismissedClaimIsNotPublishedAsAClaimReview() throws IOException {
    JsonNode side =
        json("conflicts", "--format", "json").get("conflicts").get(0).get("sides").get(0);
    String claim = side.get("strongest").get("id").asText();
    assertThat(
            cg(
                    "review",
                    claim,
                    "--verdict",
                    "dismissed",
                    "--note",
                    "Not a claim",
                    "--reviewer",
                    "D")
                .exit())
        .isZero();
    List<String> published = new ArrayList<>();
    json("export", "--format", "claimreview")
        .get("@graph")
        .forEach(x -> published.add(x.get("itemReviewed").get("@id").asText()));
    assertThat(published).isNotEmpty().doesNotContain(claim);
  }

  @Test
  void pendingListsWhatNoOneHasReviewedYet() throws IOException {
    String id = headline();
    Cli before = cg("reviews", "--pending");
    assertThat(before.exit()).isZero();
    assertThat(before.out()).contains(hash(id)).containsPattern("1 high dispute and \\d+ flagged");
    JsonNode pending = json("reviews", "--pending", "--format", "json");
    String flagged = pending.get("claims").get(0).get("id").asText();

    assertThat(cg("review", id, "--verdict", "confirmed", "--reviewer", "Dana Reyes").exit())
        .isZero();
    assertThat(
            cg("review", flagged, "--verdict", "needs-context", "--reviewer", "Dana Reyes").exit())
        .isZero();
    JsonNode after = json("reviews", "--pending", "--format", "json");
    assertThat(after.get("disputes")).isEmpty();
    assertThat(after.get("claims")).hasSize(pending.get("claims").size() - 1);
    after.get("claims").forEach(c -> assertThat(c.get("id").asText()).isNotEqualTo(flagged));
  }

  @Test
  void reviewsSurviveARebuildAReingestAndAFullDerivation() throws IOException {
    String id = headline();
    assertThat(
            cg("review", id, "--verdict", "dismissed", "--note", "Checked", "--reviewer", "D")
                .exit())
        .isZero();
    JsonNode recorded = reviews();

    assertThat(cg("build").exit()).isZero();
    assertThat(reviews()).isEqualTo(recorded);
    assertThat(disputeIds()).doesNotContain(id);

    Path article = dir.resolve("note.txt");
    Files.writeString(
        article,
        "# title: A note on massage\n\nMassage is contraindicated for deep vein thrombosis.\n",
        StandardCharsets.UTF_8);
    assertThat(cg("ingest", article.toString()).exit()).isZero();
    assertThat(cg("ingest", article.toString()).exit()).isZero();
    assertThat(cg("derive", "--all").exit()).isZero();
    // The new claim joins the dispute, whose IRI follows its propositions; the review follows.
    JsonNode now = reviews();
    assertThat(now).hasSize(1);
    assertThat(now.get(0).get("id")).isEqualTo(recorded.get(0).get("id"));
    assertThat(now.get(0).get("verdict").asText()).isEqualTo("dismissed");
    JsonNode applies = now.get(0).get("appliesTo");
    assertThat(applies).hasSize(1);
    assertThat(applies.get(0).get("summary"))
        .isEqualTo(recorded.get(0).get("appliesTo").get(0).get("summary"));
    String after = applies.get(0).get("id").asText();
    assertThat(disputeIds()).doesNotContain(id, after);
    assertThat(disputeIds("--include-dismissed")).contains(after);
  }

  @Test
  void exportAndImportCarryTheReviewsToAnotherStore() throws IOException {
    String id = headline();
    assertThat(
            cg("review", id, "--verdict", "confirmed", "--note", "Right", "--reviewer", "A B")
                .exit())
        .isZero();
    String claim =
        json("conflicts", "--format", "json")
            .get("conflicts")
            .get(0)
            .get("sides")
            .get(1)
            .get("strongest")
            .get("id")
            .asText();
    assertThat(
            cg(
                    "review",
                    claim,
                    "--verdict",
                    "override",
                    "--grade",
                    "Mostly accurate",
                    "--note",
                    "Sound advice",
                    "--reviewer",
                    "A B")
                .exit())
        .isZero();
    JsonNode recorded = reviews();

    for (String format : List.of("trig", "nquads", "jsonld")) {
      Path file = dir.resolve("reviews." + (format.equals("nquads") ? "nq" : format));
      Cli out = cg("export", "--reviews", "--format", format, "--out", file.toString());
      assertThat(out.exit()).as(out.err()).isZero();
      Path other = dir.resolve("other-" + format);
      Cli in = Cli.run(other, "import", "--reviews", file.toString());
      assertThat(in.exit()).as(in.err()).isZero();
      assertThat(in.out()).contains("imported 2 reviews");
      // Twice is the same as once.
      assertThat(Cli.run(other, "import", "--reviews", file.toString()).exit()).isZero();
      Cli back = Cli.run(other, "reviews", "--format", "json");
      assertThat(JSON.readTree(back.out()).get("reviews")).as(format).isEqualTo(recorded);
      assertThat(Cli.run(other, "validate").exit()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown-dispute",
        "unknown-claim",
        "words-of-no-claim",
        "verdict-outside-the-list",
        "override-without-grade",
        "grade-without-override",
        "grade-outside-the-list",
        "dismissal-without-note",
        "override-of-a-dispute",
        "reviewer-without-letters"
      })
  void aBadReviewIsOneLineExitTwoAndStoresNothing(String kind) throws IOException {
    String dispute = headline();
    String[] args =
        switch (kind) {
          case "unknown-dispute" ->
              new String[] {"review", "0123456789abcdef", "--verdict", "confirmed"};
          case "unknown-claim" ->
              new String[] {"review", "no-such-article/0123456789ab", "--verdict", "confirmed"};
          case "words-of-no-claim" ->
              new String[] {"review", "zebra quantum", "--verdict", "confirmed"};
          case "verdict-outside-the-list" -> new String[] {"review", dispute, "--verdict", "maybe"};
          case "override-without-grade" ->
              new String[] {"review", dispute, "--verdict", "override", "--note", "x"};
          case "grade-without-override" ->
              new String[] {"review", dispute, "--verdict", "confirmed", "--grade", "accurate"};
          case "grade-outside-the-list" ->
              new String[] {
                "review",
                "vascular-massage-therapy/f7f01eecaf77",
                "--verdict",
                "override",
                "--grade",
                "great",
                "--note",
                "x"
              };
          case "dismissal-without-note" ->
              new String[] {"review", dispute, "--verdict", "dismissed"};
          case "override-of-a-dispute" ->
              new String[] {
                "review", dispute, "--verdict", "override", "--grade", "accurate", "--note", "x"
              };
          case "reviewer-without-letters" ->
              new String[] {"review", dispute, "--verdict", "confirmed", "--reviewer", "!!!"};
          default -> throw new IllegalArgumentException(kind);
        };
    Cli r = cg(args);
    assertThat(r.exit()).as(kind + ": " + r.err()).isEqualTo(2);
    assertThat(r.err().lines().findFirst().orElse("")).startsWith("claimgraph: ");
    assertThat(reviews()).as(kind).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not RDF at all {",
        "<http://example.org/a> <http://example.org/b> \"no review here\" .",
        "@prefix cg: <https://w3id.org/claimgraph/ns#> .\n<http://example.org/r> a cg:Review .",
        "@prefix cg: <https://w3id.org/claimgraph/ns#> .\n<http://example.org/r> a cg:Review .\n"
            + "<http://example.org/other> <http://example.org/p> 1 ."
      })
  void aBadReviewsFileIsOneLineExitTwoAndStoresNothing(String content) throws IOException {
    Path file = dir.resolve("bad.ttl");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    Cli r = cg("import", "--reviews", file.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("claimgraph: " + file).hasLineCount(1);
    assertThat(reviews()).isEmpty();
  }

  @Test
  void aReviewMissingItsReviewerFailsTheShapes() throws IOException {
    String id = headline();
    assertThat(cg("review", id, "--verdict", "confirmed", "--reviewer", "A B").exit()).isZero();
    Path file = dir.resolve("r.trig");
    assertThat(cg("export", "--reviews", "--out", file.toString()).exit()).isZero();
    String text = Files.readString(file).replaceAll("(?m)^.*dcterms:created.*$", "");
    Files.writeString(file, text);
    Path other = dir.resolve("other");
    Cli r = Cli.run(other, "import", "--reviews", file.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("does not meet the review shapes").contains("created");
  }
}
