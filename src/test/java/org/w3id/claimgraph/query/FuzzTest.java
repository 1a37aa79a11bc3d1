package org.w3id.claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.ClaimgraphException;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.store.LocalStore;

/**
 * Thousands of broken SPARQL texts and RDF files, made by mutating the library's queries and the
 * corpus's Turtle: each is read (and a query run) and either works or fails with one of
 * claimgraph's own one-line errors, which the command line turns into exit code 2. Never another
 * exception, never an Error.
 */
class FuzzTest {
  @TempDir Path dir;

  private static String mutate(String text, Random random) {
    StringBuilder sb = new StringBuilder(text);
    String noise = "{}()<>\"'?.;,#*+|^\\\n \u0000é";
    for (int k = 1 + random.nextInt(4); k > 0 && sb.length() > 0; k--) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(3)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, noise.charAt(random.nextInt(noise.length())));
        default -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(40)));
      }
    }
    return sb.toString();
  }

  private static void assertOwnError(Throwable t, String what) {
    assertThat(t).as(what).isInstanceOf(ClaimgraphException.class);
    assertThat(t.getMessage()).as(what).isNotBlank().doesNotContain("\n\tat ");
  }

  @Test
  void brokenQueriesParseOrFailWithALineNeverACrash() throws IOException {
    List<Path> library;
    try (var s = Files.list(TestHome.path().resolve("queries"))) {
      library = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
    Random random = new Random(1616);
    int ran = 0;
    int refused = 0;
    try (LocalStore store = LocalStore.inMemory()) {
      for (int i = 0; i < 2000; i++) {
        Path source = library.get(random.nextInt(library.size()));
        Path file = dir.resolve("q" + i + ".rq");
        Files.writeString(file, mutate(Files.readString(source), random), StandardCharsets.UTF_8);
        NamedQuery q;
        try {
          q = QueryLibrary.parse(file);
        } catch (Throwable t) {
          assertOwnError(t, Files.readString(file));
          refused++;
          continue;
        }
        try {
          if (q.query().isSelectType()) {
            store.read(link -> Sparql.select(link, q.query(), Map.of()));
          }
          ran++;
        } catch (org.apache.jena.query.QueryException t) {
          // What fails while a query runs, `claimgraph query` reports in one line, exit 2.
          assertThat(t.getMessage()).as(Files.readString(file)).isNotBlank();
          refused++;
        } catch (Throwable t) {
          assertOwnError(t, Files.readString(file));
          refused++;
        }
      }
    }
    assertThat(ran).isPositive();
    assertThat(refused).isPositive();
  }

  @Test
  void brokenRdfFilesReadOrFailWithALineNeverACrash() throws IOException {
    List<Path> sources;
    try (var s = Files.list(TestHome.path().resolve("corpus"))) {
      sources = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
    }
    Random random = new Random(1717);
    List<String> texts = new ArrayList<>();
    for (Path p : sources) {
      texts.add(Files.readString(p));
    }
    int refused = 0;
    for (int i = 0; i < 1000; i++) {
      String text = mutate(texts.get(random.nextInt(texts.size())), random);
      Path file = dir.resolve("f" + i + (i % 2 == 0 ? ".ttl" : ".trig"));
      Files.writeString(file, text, StandardCharsets.UTF_8);
      try {
        RdfFiles.readDataset(file);
      } catch (Throwable t) {
        assertOwnError(t, text);
        refused++;
      }
    }
    assertThat(refused).isPositive();
  }

  @Test
  void turtleNestedAHundredThousandDeepIsOneLine() throws IOException {
    Path file = dir.resolve("deep.ttl");
    String deep =
        "<http://example.org/s> <http://example.org/p> "
            + "[ <http://example.org/p> ".repeat(100_000)
            + "\"x\""
            + " ]".repeat(100_000)
            + " .\n";
    Files.writeString(file, deep, StandardCharsets.UTF_8);
    try {
      RdfFiles.readDataset(file);
    } catch (Throwable t) {
      assertThat(t).isInstanceOf(InputException.class);
      assertThat(t.getMessage()).startsWith(file.toString()).doesNotContain("\n");
    }
    Path list = dir.resolve("deep-list.ttl");
    Files.writeString(
        list,
        "<http://example.org/s> <http://example.org/p> "
            + "(".repeat(100_000)
            + ")".repeat(100_000)
            + " .\n",
        StandardCharsets.UTF_8);
    try {
      RdfFiles.readDataset(list);
    } catch (Throwable t) {
      assertThat(t).isInstanceOf(InputException.class);
    }
  }
}
