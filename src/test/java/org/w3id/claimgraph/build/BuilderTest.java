package org.w3id.claimgraph.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.Datasets;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.Workspace;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

class BuilderTest {
  @TempDir Path tmp;

  private static Builder builder(Workspace ws) {
    return new Builder(ws, QueryLibrary.load(ws.queries()));
  }

  private static DatasetGraph snapshot(LocalStore store) {
    return store.readDataset(
        dsg -> {
          DatasetGraph copy = DatasetGraphFactory.create();
          dsg.find().forEachRemaining(copy::add);
          return copy;
        });
  }

  @Test
  void buildsTheCorpusAndBuildingTwiceGivesTheSameGraph() {
    try (LocalStore store = LocalStore.inMemory()) {
      Builder builder = builder(TestHome.workspace());
      BuildResult first = builder.build(store);
      DatasetGraph once = snapshot(store);
      BuildResult second = builder.build(store);
      DatasetGraph twice = snapshot(store);
      assertThat(first.articles()).isEqualTo(5);
      assertThat(first.claims()).isGreaterThanOrEqualTo(100);
      assertThat(second).isEqualTo(first);
      assertThat(twice.stream().count()).isEqualTo(once.stream().count());
      // Every graph is the same but the build record, whose generation counts the writes.
      Node build = NodeFactory.createURI(Ids.BUILD_GRAPH);
      assertThat(generation(once)).isEqualTo(1);
      assertThat(generation(twice)).isEqualTo(2);
      once.removeGraph(build);
      twice.removeGraph(build);
      assertThat(Datasets.isomorphic(once, twice)).isTrue();
      assertThat(builder.isCurrent(store)).isTrue();
    }
  }

  private static long generation(DatasetGraph dsg) {
    return Long.parseLong(
        dsg.getGraph(NodeFactory.createURI(Ids.BUILD_GRAPH))
            .find(Node.ANY, CG.generation.asNode(), Node.ANY)
            .next()
            .getObject()
            .getLiteralLexicalForm());
  }

  @Test
  void aChangedInputMakesTheStoreOutOfDate() throws IOException {
    Workspace ws = TestHome.copyTo(tmp.resolve("ws"));
    try (LocalStore store = LocalStore.inMemory()) {
      builder(ws).build(store);
      Path rules = ws.ontology().resolve("conflict-rules.ttl");
      Files.writeString(rules, Files.readString(rules) + "\n# a comment\n");
      assertThat(builder(ws).isCurrent(store)).isFalse();
    }
  }

  /**
   * The build records the library queries it ran, and only those decide with the ontology and the
   * corpus whether the store is current: a query a reader adds, or one the build never runs, is
   * edited without the archive being derived again; editing one the build ran, or removing it,
   * makes the store out of date.
   */
  @Test
  void onlyTheQueriesTheBuildRanDecideWhetherTheStoreIsCurrent() throws IOException {
    Workspace ws = TestHome.copyTo(tmp.resolve("ws"));
    try (LocalStore store = LocalStore.inMemory()) {
      builder(ws).build(store);
      List<String> ran =
          store.readDataset(
              dsg ->
                  dsg.getGraph(NodeFactory.createURI(Ids.BUILD_GRAPH))
                      .find(Node.ANY, CG.inputQuery.asNode(), Node.ANY)
                      .mapWith(t -> t.getObject().getLiteralLexicalForm())
                      .toList());
      assertThat(ran).contains("grading-articles", "conflict-rules").doesNotContain("conflicts");

      Files.writeString(
          ws.queries().resolve("my-question.rq"), "SELECT * WHERE { ?s ?p ?o } LIMIT 1\n");
      Path read = ws.queries().resolve("conflicts.rq");
      Files.writeString(read, Files.readString(read) + "\n# a comment\n");
      assertThat(builder(ws).isCurrent(store)).as("a reading query edited, one added").isTrue();

      Path ranQuery = ws.queries().resolve("grading-articles.rq");
      String text = Files.readString(ranQuery);
      Files.writeString(ranQuery, text + "\n# a comment\n");
      assertThat(builder(ws).isCurrent(store)).as("a query the build ran, edited").isFalse();
      Files.writeString(ranQuery, text);
      assertThat(builder(ws).isCurrent(store)).as("the same text again").isTrue();
      Files.delete(ranQuery);
      assertThat(builder(ws).isCurrent(store)).as("a query the build ran, removed").isFalse();
    }
  }

  @Test
  void aTurtleErrorInTheCorpusNamesFileLineAndColumnAndLeavesTheStoreAsItWas() throws IOException {
    Workspace ws = TestHome.copyTo(tmp.resolve("ws"));
    try (LocalStore store = LocalStore.inMemory()) {
      builder(ws).build(store);
      DatasetGraph before = snapshot(store);
      Path claims = ws.corpus().resolve("massage-benefits-leg-pain.claims.ttl");
      String text = Files.readString(claims);
      Files.writeString(
          claims, text.replaceFirst("cg:negated false ;", "cg:negated false ;;; \"unclosed ;"));
      assertThatThrownBy(() -> builder(ws).build(store))
          .isInstanceOf(InputException.class)
          .hasMessageMatching(".*massage-benefits-leg-pain\\.claims\\.ttl:\\d+:\\d+: .*");
      assertThat(Datasets.isomorphic(before, snapshot(store))).isTrue();
    }
  }

  @Test
  void aTurtleErrorInTheOntologyNamesFileLineAndColumn() throws IOException {
    Workspace ws = TestHome.copyTo(tmp.resolve("ws"));
    Path concepts = ws.ontology().resolve("concepts.ttl");
    Files.writeString(
        concepts,
        Files.readString(concepts)
            + "\nc:broken skos:prefLabel \"x\"@en ; skos:broader c:massage c:pain .\n");
    try (LocalStore store = LocalStore.inMemory()) {
      assertThatThrownBy(() -> builder(ws).build(store))
          .isInstanceOf(InputException.class)
          .hasMessageMatching(".*concepts\\.ttl:\\d+:\\d+: .*");
      assertThat(snapshot(store).stream().count()).isZero();
    }
  }

  @Test
  void aQuoteThatDoesNotMatchItsOffsetsNamesTheClaimAndBothTexts() throws IOException {
    Workspace ws = TestHome.copyTo(tmp.resolve("ws"));
    Path claims = ws.corpus().resolve("deep-tissue-massage-blood-clots.claims.ttl");
    String text = Files.readString(claims);
    String quote = "Massage is absolutely contraindicated if you have a blood clot.";
    Files.writeString(
        claims, text.replace(quote, "Massage is absolutely recommended if you have a blood clot."));
    try (LocalStore store = LocalStore.inMemory()) {
      assertThatThrownBy(() -> builder(ws).build(store))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("deep-tissue-massage-blood-clots.claims.ttl")
          .hasMessageContaining(
              "claim <https://w3id.org/claimgraph/id/claim/deep-tissue-massage-blood-clots/")
          .hasMessageContaining(
              "quote \"Massage is absolutely recommended if you have a blood clot.\"")
          .hasMessageContaining("text \"" + quote + "\"");
    }
  }

  @Test
  void anArticleTextThatIsNotTheOneRecordedIsRefused() throws IOException {
    Workspace ws = TestHome.copyTo(tmp.resolve("ws"));
    Path text = ws.corpus().resolve("therapeutic-massage-benefits.txt");
    Files.writeString(text, Files.readString(text).replace("Bodner", "B0dner"));
    try (LocalStore store = LocalStore.inMemory()) {
      assertThatThrownBy(() -> builder(ws).build(store))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("therapeutic-massage-benefits.meta.ttl")
          .hasMessageContaining("exactly as published");
    }
  }

  @Test
  void dataThatViolatesTheShapesIsRefusedBeforeTheStoreIsTouched() throws IOException {
    Workspace ws = TestHome.copyTo(tmp.resolve("ws"));
    Path meta = ws.corpus().resolve("vascular-massage-therapy.meta.ttl");
    Files.writeString(meta, Files.readString(meta).replace("cg:sourceKind cg:HealthBlog ;", ""));
    try (LocalStore store = LocalStore.inMemory()) {
      assertThatThrownBy(() -> builder(ws).build(store))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("SHACL")
          .hasMessageContaining("sourceKind");
      assertThat(snapshot(store).stream().count()).isZero();
    }
  }

  @Test
  void aDirectoryThatIsNotATdb2StoreIsRefusedAndLeftAlone() throws IOException {
    Path dir = tmp.resolve("not-a-store");
    Files.createDirectories(dir);
    Path precious = dir.resolve("thesis.docx");
    Files.writeString(precious, "years of work");
    assertThatThrownBy(() -> LocalStore.open(dir))
        .isInstanceOf(org.w3id.claimgraph.InputException.class)
        .hasMessageContaining("is not a TDB2 store");
    assertThat(Files.readString(precious)).isEqualTo("years of work");
    try (var files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(1);
    }
  }

  @Test
  void aStoreOnDiskSurvivesReopening() {
    Path dir = tmp.resolve("store");
    try (LocalStore store = LocalStore.open(dir)) {
      builder(TestHome.workspace()).build(store);
    }
    assertThat(LocalStore.exists(dir)).isTrue();
    try (LocalStore store = LocalStore.open(dir)) {
      assertThat(builder(TestHome.workspace()).isCurrent(store)).isTrue();
    }
  }
}
