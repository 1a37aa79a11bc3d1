package org.w3id.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.bench.ArticleGenerator;
import org.w3id.claimgraph.bench.Phrasebook;
import org.w3id.claimgraph.cli.Main;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.store.Generations;
import org.w3id.claimgraph.store.LocalStore;

/**
 * A directory of articles ingested in batches: progress on standard error, and an ingest killed
 * part way through resumes when run again, without losing or duplicating anything.
 */
class ArchiveIngestTest {
  @TempDir Path dir;

  private Path archive(int n) throws Exception {
    Path archive = dir.resolve("archive");
    Files.createDirectories(archive);
    ArticleGenerator gen = new ArticleGenerator(new Phrasebook(IngestTest.VOCABULARY), 7);
    for (int i = 0; i < n; i++) {
      ArticleGenerator.Generated a = gen.article(i);
      Files.writeString(archive.resolve(a.slug() + ".txt"), a.text(), StandardCharsets.UTF_8);
    }
    return archive;
  }

  private Process start(Path archive, Path store) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(
        List.of(
            "ingest",
            archive.toString(),
            "--batch",
            "4",
            "--store",
            store.toString(),
            "--home",
            TestHome.path().toString()));
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  @Test
  void aKilledIngestResumesWithoutLosingOrDuplicatingAnything() throws Exception {
    Path archive = archive(40);
    Path store = dir.resolve("data");
    Process first = start(archive, store);
    List<String> seen = new ArrayList<>();
    try (BufferedReader err =
        new BufferedReader(new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        seen.add(line);
        if (line.matches("claimgraph: [\\d,]+ of 40 articles .*left")) {
          first.destroyForcibly();
          break;
        }
      }
    }
    first.waitFor(60, TimeUnit.SECONDS);
    assertThat(seen)
        .as("progress: articles done, rate, time left")
        .anyMatch(
            l ->
                l.matches(
                    "claimgraph: 4 of 40 articles \\(4 new or changed\\), \\d+ articles/s, about .* left"));

    Process second = start(archive, store);
    String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).withFailMessage("the resumed ingest failed: %s", err).isZero();
    assertThat(err).contains("deriving the conflicts and grades");

    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    try (LocalStore s = LocalStore.open(store)) {
      List<Claim> claims = Claims.all(s, queries);
      long articles =
          s.read(link -> Sparql.select(link, queries.get("articles").query(), Map.of())).stream()
              .filter(b -> b.get("article").getURI().contains("/generated-"))
              .count();
      assertThat(articles).isEqualTo(40);
      assertThat(claims.stream().map(Claim::id).distinct().count()).isEqualTo(claims.size());
      assertThat(claims).allMatch(c -> c.grade() != null);
      assertThat(Generations.derivedIsStale(s, queries)).isFalse();
    }
    // A third run finds everything there already.
    Process third = start(archive, store);
    third.getErrorStream().readAllBytes();
    assertThat(third.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(third.exitValue()).isZero();
    assertThat(out).isNotNull();
  }
}
