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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.vocab.Ids;

/**
 * A corpus article revised after its claims were curated: the build re-anchors every claim, reports
 * what moved, what was edited and what was lost, keeps the lost claims aside, and never stops; the
 * claims keep their IRIs, so their reviews stay with them.
 */
class ReanchorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SLUG = "deep-tissue-massage-blood-clots";
  private static final String EDITED_CLAIM = Ids.CLAIM + SLUG + "/12f2e8d805ed";
  private static final String DELETED =
      "Even after your blood clot has been treated your doctor may not want you to receive a"
          + " massage.";

  @TempDir Path dir;
  private Path home;
  private Path store;

  @BeforeEach
  void buildTheCorpus() {
    home = dir.resolve("home");
    store = dir.resolve("data");
    TestHome.copyTo(home);
    assertThat(cg("build").exit()).isZero();
  }

  private Cli cg(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--home", home.toString(), "--store", store.toString()));
    return Cli.runRaw(all.toArray(String[]::new));
  }

  /** Rewrites the article's text and, as its publisher would, the recorded SHA-256. */
  private void revise(java.util.function.UnaryOperator<String> edit) throws IOException {
    Path text = home.resolve("corpus").resolve(SLUG + ".txt");
    String now = edit.apply(Files.readString(text, StandardCharsets.UTF_8));
    Files.writeString(text, now, StandardCharsets.UTF_8);
    Path meta = home.resolve("corpus").resolve(SLUG + ".meta.ttl");
    String digest = Ids.sha256Hex(now.getBytes(StandardCharsets.UTF_8));
    Files.writeString(
        meta,
        Files.readString(meta)
            .replaceAll("schema:sha256 \"[0-9a-f]{64}\"", "schema:sha256 \"" + digest + "\""));
  }

  private List<String> claimIds() throws IOException {
    Cli r = cg("claims", "--article", SLUG, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> ids = new ArrayList<>();
    JSON.readTree(r.out()).get("claims").forEach(c -> ids.add(c.get("id").asText()));
    return ids;
  }

  @Test
  void anInsertionBeforeTheClaimsMovesThemAndKeepsTheirIris() throws IOException {
    List<String> before = claimIds();
    String note = "Editor's note: reviewed in 2026.\n\n";
    revise(t -> note + t);
    Cli build = cg("build");
    assertThat(build.exit()).as(build.err()).isZero();
    assertThat(build.out())
        .contains(": moved by +" + note.length() + "\n")
        .contains(before.size() + " claims re-anchored in changed texts, 0 orphaned");
    assertThat(claimIds()).containsExactlyInAnyOrderElementsOf(before);
    // The quotes are the new text's at the new offsets: the shapes and the search index agree.
    assertThat(cg("validate").exit()).isZero();
  }

  @Test
  void aWordChangedInsideAClaimIsFollowedAndItsReviewStaysWithIt() throws IOException {
    Cli review =
        cg(
            "review",
            EDITED_CLAIM,
            "--verdict",
            "confirmed",
            "--note",
            "Sound advice",
            "--reviewer",
            "Dana Reyes");
    assertThat(review.exit()).as(review.err()).isZero();
    revise(
        t ->
            t.replace(
                "Massage is absolutely contraindicated if you have a blood clot.",
                "Massage is strictly contraindicated if you have a blood clot."));
    Cli build = cg("build");
    assertThat(build.exit()).as(build.err()).isZero();
    assertThat(build.out())
        .contains(
            "claim <"
                + EDITED_CLAIM
                + "> (massage — contraindicated for — thrombosis): edited, moved by +0");
    Cli explain = cg("grade", "--explain", EDITED_CLAIM);
    assertThat(explain.out())
        .contains("Massage is strictly contraindicated if you have a blood clot")
        .contains("confirmed by Dana Reyes");
  }

  @Test
  void aDeletedSentenceOrphansItsClaimWhichIsListedAndLeavesGradingAndConflicts()
      throws IOException {
    List<String> before = claimIds();
    revise(t -> t.replace(DELETED + " ", "").replace(DELETED, ""));
    Cli build = cg("build");
    assertThat(build.exit()).as(build.err()).isZero();
    assertThat(build.out())
        .contains("(massage — caution with — thrombosis): orphaned")
        .contains("1 orphaned (kept aside, out of grading and conflicts: `claimgraph orphans`)");
    List<String> after = claimIds();
    assertThat(after).hasSize(before.size() - 1);
    String lost = before.stream().filter(id -> !after.contains(id)).findFirst().orElseThrow();

    Cli orphans = cg("orphans", "--format", "json");
    JsonNode list = JSON.readTree(orphans.out()).get("orphans");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("id").asText()).isEqualTo(lost);
    assertThat(list.get(0).get("quote").asText()).isEqualTo(DELETED);
    assertThat(cg("orphans").out()).startsWith("1 orphaned claim");
    assertThat(cg("report", "--article", SLUG, "--format", "md").out())
        .contains("## Orphaned claims")
        .contains("massage — caution with — thrombosis (was at ");
    assertThat(cg("grade", "--explain", lost).exit()).isEqualTo(2);
    assertThat(cg("validate").exit()).isZero();
  }

  @Test
  void reorderedParagraphsMoveEveryClaimAndLoseNone() throws IOException {
    List<String> before = claimIds();
    revise(
        t -> {
          String[] paragraphs = t.split("\n\n");
          List<String> reversed = new ArrayList<>(List.of(paragraphs));
          java.util.Collections.reverse(reversed);
          return String.join("\n\n", reversed);
        });
    Cli build = cg("build");
    assertThat(build.exit()).as(build.err()).isZero();
    assertThat(build.out()).contains(" 0 orphaned").contains("moved by");
    assertThat(claimIds()).containsExactlyInAnyOrderElementsOf(before);
    assertThat(cg("orphans").out()).startsWith("0 orphaned claims");
  }
}
