package org.w3id.claimgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.StoreException;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.ingest.Preparer;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.rdf.VocabularyReader;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The commands benchmark runs each command as a process of its own on the store it is given (here a
 * JVM on the test's class path, where a user's run starts the launcher), and reports every run: its
 * time, the memory it held, and its exit; the article it ingests is in the store after.
 */
class CommandsBenchTest {
  @TempDir Path dir;

  private List<String> jvm() {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp",
        System.getProperty("java.class.path"),
        "-D" + org.w3id.claimgraph.Workspace.HOME_PROPERTY + "=" + TestHome.workspace().home(),
        "org.w3id.claimgraph.cli.Main");
  }

  private ArticleGenerator generator() {
    Path concepts = TestHome.workspace().ontology().resolve("concepts.ttl");
    return new ArticleGenerator(
        new Phrasebook(
            VocabularyReader.read(
                org.w3id.claimgraph.rdf.RdfFiles.readTurtle(concepts), concepts.toString())),
        7);
  }

  @Test
  void eachCommandRunsAsAProcessOfItsOwnAndItsArticleIsKept() throws Exception {
    Path store = dir.resolve("store");
    CommandsBench bench = new CommandsBench(jvm(), store, dir.resolve("work"), generator());
    StringWriter progress = new StringWriter();
    List<CommandsBench.Figures> figures = bench.run(1, new PrintWriter(progress));

    assertThat(figures)
        .extracting(CommandsBench.Figures::command)
        .containsExactly(
            "conflicts, first page",
            "check a one-sentence draft",
            "check a "
                + figures.get(2).command().replaceAll("^check a | generated draft$", "")
                + " generated draft",
            "ingest one generated article");
    assertThat(figures.get(2).command()).matches("check a 1[0-4]\\.\\d KB generated draft");
    boolean proc = Files.exists(Path.of("/proc/self/status"));
    for (CommandsBench.Figures f : figures) {
      assertThat(f.runs()).as(f.command()).hasSize(1);
      CommandsBench.Run run = f.runs().get(0);
      assertThat(run.seconds()).as(f.command()).isGreaterThan(0.1);
      if (proc) {
        assertThat(run.peakKb()).as(f.command()).isGreaterThan(20_000);
      }
    }
    assertThat(figures.get(0).runs().get(0).exit()).isZero();
    // The one-sentence draft about massage and a clot needs review against the corpus.
    assertThat(figures.get(1).runs().get(0).exit()).isEqualTo(3);
    assertThat(figures.get(3).runs().get(0).exit()).isZero();

    // The generated article is in the store now.
    Path article;
    try (var files = Files.list(dir.resolve("work"))) {
      article =
          files
              .filter(f -> f.getFileName().toString().startsWith("bench-commands-"))
              .findFirst()
              .orElseThrow();
    }
    String iri = Ids.article(Preparer.slug(article));
    try (LocalStore opened = LocalStore.open(store)) {
      boolean there =
          opened.read(
              link ->
                  Sparql.ask(
                      link,
                      QueryFactory.create("ASK { GRAPH ?g { <" + iri + "> ?p ?o } }"),
                      java.util.Map.of()));
      assertThat(there).as(iri).isTrue();
    }

    String csv = CommandsBench.csv(figures);
    assertThat(csv.split("\n")).hasSize(5).startsWith("command,run,seconds,peak_rss_kb,exit");
    StringWriter table = new StringWriter();
    CommandsBench.print(figures, new PrintWriter(table));
    String[] lines = table.toString().split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).startsWith("command").contains("median").contains("peak RSS");
    assertThat(lines[1]).startsWith("conflicts, first page").contains("<= 1 s, < 1 GB");
  }

  @Test
  void aCommandThatFailsIsReportedWithWhatItSaid() throws Exception {
    CommandsBench bench =
        new CommandsBench(jvm(), dir.resolve("store"), dir.resolve("work"), generator());
    Files.createDirectories(dir.resolve("work"));
    assertThatThrownBy(() -> bench.measure(List.of("check", "no-such-draft.txt"), Set.of(0, 3)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("check no-such-draft.txt exited with 2")
        .hasMessageContaining("no-such-draft.txt");
  }
}
