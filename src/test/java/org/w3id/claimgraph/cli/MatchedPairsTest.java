package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;

/**
 * A dispute whose sides hold several propositions stands for the pairs its rule matched, not for
 * every pair of its sides: a benefit for deep vein thrombosis and a contraindication for
 * thrombophlebitis (siblings in the hierarchy) are in one dispute through blood clots, but never a
 * pair.
 */
class MatchedPairsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void onlyMatchedPropositionsMakeClaimPairs() throws IOException {
    String[][] articles = {
      {"dvt-blog", "Ann Lee", "Massage helps deep vein thrombosis."},
      {"clot-blog", "Bo Chan", "Massage helps blood clots."},
      {"clot-warning", "Cy Diaz", "Massage is contraindicated with blood clots."},
      {"phlebitis-warning", "Di Egan", "Massage is contraindicated for thrombophlebitis."}
    };
    ingest(articles);

    JsonNode list = JSON.readTree(run("conflicts", "--format", "json").out()).get("conflicts");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("sides").get(0).get("propositions").asInt()).isEqualTo(2);
    assertThat(list.get(0).get("sides").get(1).get("propositions").asInt()).isEqualTo(2);
    // Three matched pairs of one claim each: not the four of the two sides' cross product.
    assertThat(list.get(0).get("pairs").asInt()).isEqualTo(3);

    assertThat(pairs())
        .containsExactlyInAnyOrder(
            "dvt-blog / clot-warning", "clot-blog / clot-warning", "clot-blog / phlebitis-warning");
  }

  /**
   * A belief an article reports in order to reject it contradicts that article, not the others: the
   * myth-busting page agrees with the page that says massage prevents clots.
   */
  @Test
  void aRejectedBeliefPairsOnlyWithinItsOwnArticle() throws IOException {
    String[][] articles = {
      {"prevention-blog", "Ann Lee", "Massage prevents blood clots."},
      {
        "myth-buster",
        "Bo Chan",
        "There is the thought that deep massage causes blood clots. In fact, massage can not cause"
            + " blood clots."
      },
      {"vein-clinic", "Cy Diaz", "Pressing on varicose veins with massage can cause blood clots."}
    };
    ingest(articles);
    assertThat(pairs())
        .contains("myth-buster / myth-buster", "prevention-blog / vein-clinic")
        .doesNotContain("prevention-blog / myth-buster", "myth-buster / prevention-blog");
    // The disputes count the pairs listed, not those of the rejected belief with other pages.
    long counted = 0;
    for (JsonNode d : JSON.readTree(run("conflicts", "--format", "json").out()).get("conflicts")) {
      counted += d.get("pairs").asLong();
    }
    int listed =
        JSON.readTree(run("conflicts", "--pairs", "--format", "json").out())
            .get("conflicts")
            .size();
    assertThat(counted).isEqualTo(listed);
  }

  private Path home;
  private Path store;

  private void ingest(String[][] articles) throws IOException {
    home = dir.resolve("home");
    store = dir.resolve("data");
    TestHome.copyWithEmptyCorpus(home);
    List<String> files = new ArrayList<>();
    for (String[] a : articles) {
      Path f = dir.resolve("in").resolve(a[0] + ".txt");
      Files.createDirectories(f.getParent());
      Files.writeString(
          f,
          "# title: " + a[0] + "\n# author: " + a[1] + "\n\n" + a[2] + "\n",
          StandardCharsets.UTF_8);
      files.add(f.toString());
    }
    List<String> args = new ArrayList<>(List.of("ingest"));
    args.addAll(files);
    args.addAll(List.of("--home", home.toString(), "--store", store.toString()));
    Cli in = Cli.runRaw(args.toArray(String[]::new));
    assertThat(in.exit()).as(in.err()).isZero();
  }

  private Cli run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--home", home.toString(), "--store", store.toString()));
    return Cli.runRaw(all.toArray(String[]::new));
  }

  /** The articles of each conflicting pair of claims, "a / b". */
  private Set<String> pairs() throws IOException {
    Set<String> seen = new HashSet<>();
    for (JsonNode p :
        JSON.readTree(run("conflicts", "--pairs", "--format", "json").out()).get("conflicts")) {
      seen.add(
          p.get("claims").get(0).get("article").asText()
              + " / "
              + p.get("claims").get(1).get("article").asText());
    }
    return seen;
  }
}
