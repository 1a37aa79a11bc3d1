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
    Path home = dir.resolve("home");
    Path store = dir.resolve("data");
    TestHome.copyTo(home);
    try (var files = Files.list(home.resolve("corpus"))) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    String[][] articles = {
      {"dvt-blog", "Ann Lee", "Massage helps deep vein thrombosis."},
      {"clot-blog", "Bo Chan", "Massage helps blood clots."},
      {"clot-warning", "Cy Diaz", "Massage is contraindicated with blood clots."},
      {"phlebitis-warning", "Di Egan", "Massage is contraindicated for thrombophlebitis."}
    };
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

    Cli disputes =
        Cli.runRaw(
            "conflicts",
            "--format",
            "json",
            "--home",
            home.toString(),
            "--store",
            store.toString());
    JsonNode list = JSON.readTree(disputes.out()).get("conflicts");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("sides").get(0).get("propositions").asInt()).isEqualTo(2);
    assertThat(list.get(0).get("sides").get(1).get("propositions").asInt()).isEqualTo(2);
    // Three matched pairs of one claim each: not the four of the two sides' cross product.
    assertThat(list.get(0).get("pairs").asInt()).isEqualTo(3);

    Cli pairs =
        Cli.runRaw(
            "conflicts",
            "--pairs",
            "--format",
            "json",
            "--home",
            home.toString(),
            "--store",
            store.toString());
    Set<String> seen = new HashSet<>();
    for (JsonNode p : JSON.readTree(pairs.out()).get("conflicts")) {
      seen.add(
          p.get("claims").get(0).get("article").asText()
              + " / "
              + p.get("claims").get(1).get("article").asText());
    }
    assertThat(seen)
        .containsExactlyInAnyOrder(
            "dvt-blog / clot-warning", "clot-blog / clot-warning", "clot-blog / phlebitis-warning");
  }
}
