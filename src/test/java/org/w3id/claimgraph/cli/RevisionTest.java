package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;

/**
 * An ingested article that changes: each re-ingest is a new revision that keeps the IRIs (and the
 * reviews) of the claims it makes again, withdraws the ones it no longer makes, and says so in
 * `history`; a retracted article's claims leave grading and conflicts and stay queryable.
 */
class RevisionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String CONTRA = "Massage is contraindicated for deep vein thrombosis.";
  private static final String SWELLING = "Gentle massage helps swelling in the legs.";
  private static final String STOCKINGS =
      "Compression stockings prevent deep vein thrombosis on long flights.";
  private static final String TENSION = "Massage relieves muscle tension after a long walk.";

  @TempDir Path dir;
  private Path home;
  private Path store;
  private Path file;

  @BeforeEach
  void anArchiveWithOneIngestedArticle() throws IOException {
    home = dir.resolve("home");
    store = dir.resolve("data");
    TestHome.copyWithEmptyCorpus(home);
    file = dir.resolve("leg-care.txt");
    write(CONTRA + " " + SWELLING + "\n\n" + STOCKINGS + " " + TENSION + "\n");
    Cli r = cg("ingest", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private void write(String body) throws IOException {
    Files.writeString(file, "# title: Leg care for travellers\n\n" + body, StandardCharsets.UTF_8);
  }

  private Cli cg(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--home", home.toString(), "--store", store.toString()));
    return Cli.runRaw(all.toArray(String[]::new));
  }

  private JsonNode json(String... args) throws IOException {
    Cli r = cg(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  /** Each claim's IRI by its quote. */
  private Map<String, String> claims() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    Cli r = cg("claims", "--article", "leg-care", "--format", "json");
    if (r.exit() != 0) {
      return out;
    }
    JSON.readTree(r.out())
        .get("claims")
        .forEach(c -> out.put(c.get("quote").asText(), c.get("id").asText()));
    return out;
  }

  @Test
  void aRevisedArticleKeepsTheIrisOfTheClaimsItMakesAgainAndWithdrawsTheRest() throws IOException {
    Map<String, String> before = claims();
    assertThat(before).containsKeys(CONTRA, SWELLING, STOCKINGS, TENSION);
    String contra = before.get(CONTRA);
    Cli review = cg("review", contra, "--verdict", "confirmed", "--reviewer", "Dana Reyes");
    assertThat(review.exit()).as(review.err()).isZero();

    // An insertion before the claims, a word changed inside one, a sentence deleted, and the
    // paragraphs in another order.
    String edited = CONTRA.replace("is contraindicated", "is strictly contraindicated");
    write("Updated for 2026.\n\n" + TENSION + "\n\n" + edited + " " + SWELLING + "\n");
    Cli again = cg("ingest", file.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out())
        .contains("revised: leg-care: 3 claims carried over (3 re-anchored), 1 withdrawn");

    Map<String, String> after = claims();
    assertThat(after).containsOnlyKeys(edited, SWELLING, TENSION);
    assertThat(after.get(edited)).isEqualTo(contra);
    assertThat(after.get(SWELLING)).isEqualTo(before.get(SWELLING));
    assertThat(after.get(TENSION)).isEqualTo(before.get(TENSION));

    JsonNode history = json("history", "leg-care", "--format", "json");
    assertThat(history.get("revisions")).hasSize(1);
    assertThat(history.get("revisions").get(0).get("sha256").asText()).hasSize(64);
    assertThat(history.get("withdrawn")).hasSize(1);
    assertThat(history.get("withdrawn").get(0).get("id").asText()).isEqualTo(before.get(STOCKINGS));
    assertThat(history.get("withdrawn").get(0).get("quote").asText()).isEqualTo(STOCKINGS);
    List<String> carried = new ArrayList<>();
    history.get("carried").forEach(c -> carried.add(c.get("anchoring").asText()));
    assertThat(carried).containsExactlyInAnyOrder("edited", "moved", "moved");
    assertThat(cg("history", "leg-care").out())
        .contains("1 earlier revision")
        .contains("compression therapy — prevents — deep vein thrombosis")
        .contains("(edited, moved by +");

    // The review followed the claim; the withdrawn claim cannot be reviewed.
    assertThat(cg("grade", "--explain", contra).out()).contains("confirmed by Dana Reyes");
    Cli withdrawn =
        cg("review", before.get(STOCKINGS), "--verdict", "confirmed", "--reviewer", "D");
    assertThat(withdrawn.exit()).isEqualTo(2);
    assertThat(withdrawn.err()).contains("was withdrawn").hasLineCount(1);
    assertThat(json("reviews", "--format", "json").get("reviews")).hasSize(1);

    // A second revision keeps the first in its history.
    write(TENSION + "\n");
    assertThat(cg("ingest", file.toString()).exit()).isZero();
    JsonNode twice = json("history", "leg-care", "--format", "json");
    assertThat(twice.get("revisions")).hasSize(2);
    assertThat(twice.get("withdrawn")).hasSize(3);
    assertThat(claims()).containsOnlyKeys(TENSION);
    assertThat(cg("validate").exit()).isZero();
  }

  @Test
  void aRetractedArticleLeavesGradingAndConflictsAndStaysQueryable() throws IOException {
    Path other = dir.resolve("blog.txt");
    Files.writeString(
        other,
        "# title: Feel better\n\nMassage helps deep vein thrombosis.\n",
        StandardCharsets.UTF_8);
    assertThat(cg("ingest", other.toString()).exit()).isZero();
    assertThat(json("conflicts", "--format", "json").get("conflicts")).isNotEmpty();

    Cli r = cg("retract", "leg-care", "--reason", "The publisher withdrew it");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Retracted leg-care: 4 claims withdrawn");
    assertThat(json("conflicts", "--format", "json").get("conflicts")).isEmpty();
    assertThat(claims()).isEmpty();
    JsonNode history = json("history", "leg-care", "--format", "json");
    assertThat(history.get("retracted").get("reason").asText())
        .isEqualTo("The publisher withdrew it");
    assertThat(history.get("withdrawn")).hasSize(4);
    Cli grades = cg("grade", "--format", "json");
    assertThat(grades.out()).doesNotContain("leg-care");
    // Nor are they found as claims in the search index (what a check and a derivation read the
    // claims they weigh from); its text is still found.
    Cli found = cg("search", "contraindicated", "--article", "leg-care", "--type", "claim");
    assertThat(found.exit()).as(found.err()).isZero();
    assertThat(found.out()).startsWith("0 hits");
    Cli text = cg("search", "contraindicated", "--article", "leg-care", "--type", "sentence");
    assertThat(text.out()).startsWith("1 hit").contains("leg-care");
    assertThat(cg("validate").exit()).isZero();

    Cli twice = cg("retract", "leg-care", "--reason", "again");
    assertThat(twice.exit()).isEqualTo(2);
    assertThat(twice.err()).contains("already retracted");
    Cli unknown = cg("retract", "no-such-article", "--reason", "x");
    assertThat(unknown.exit()).isEqualTo(2);
    Cli corpusless = cg("history", "no-such-article");
    assertThat(corpusless.exit()).isEqualTo(1);
    assertThat(corpusless.err()).contains("no article \"no-such-article\"").hasLineCount(1);

    // Ingesting it again brings its claims back, as a new revision.
    assertThat(cg("ingest", file.toString()).exit()).isZero();
    assertThat(claims()).containsKeys(CONTRA, STOCKINGS);
    assertThat(json("conflicts", "--format", "json").get("conflicts")).isNotEmpty();
  }
}
