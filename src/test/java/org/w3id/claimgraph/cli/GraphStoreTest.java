package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.serve.EndpointServer;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.Ids;

/**
 * {@code build} and {@code ingest} with {@code --update-endpoint} leave a server holding the same
 * named graphs as the store, through the Graph Store Protocol of {@code serve --writable}; sending
 * again changes nothing; a read-only server's refusal is one line.
 */
class GraphStoreTest {
  @TempDir Path tmp;

  /** {@code serve --writable} over {@code server}'s dataset, on a free loopback port. */
  static EndpointServer writable(LocalStore server) {
    return EndpointServer.start(
        server.datasetGraph(), EndpointServer.Settings.loopback(30).writable(true), "<p>test</p>");
  }

  static Map<String, Graph> graphs(DatasetGraph dsg) {
    return Txn.calculateRead(
        dsg,
        () -> {
          Map<String, Graph> out = new TreeMap<>();
          dsg.listGraphNodes()
              .forEachRemaining(
                  n -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    dsg.getGraph(n).find().forEachRemaining(g::add);
                    out.put(n.getURI(), g);
                  });
          return out;
        });
  }

  static void assertSameGraphs(Path store, DatasetGraph server) {
    Map<String, Graph> local;
    try (LocalStore s = LocalStore.open(store)) {
      local = graphs(s.datasetGraph());
    }
    Map<String, Graph> remote = graphs(server);
    assertThat(remote.keySet()).isEqualTo(local.keySet());
    local.forEach((name, g) -> assertThat(remote.get(name).isIsomorphicWith(g)).as(name).isTrue());
  }

  @Test
  void buildAndIngestSendTheStoresGraphsWholeAndAgainChangesNothing() {
    Path store = tmp.resolve("data");
    assertThat(Cli.run(store, "build").exit()).isZero();
    try (LocalStore server = LocalStore.inMemory();
        EndpointServer http = writable(server)) {
      String url = http.dataUrl("127.0.0.1");
      Cli build = Cli.run(store, "build", "--update-endpoint", url);
      assertThat(build.exit()).as(build.err()).isZero();
      assertThat(build.out()).containsPattern("Sent \\d+ graphs \\(\\d+ triples\\) to ");
      assertSameGraphs(store, server.datasetGraph());
      long quads =
          Txn.calculateRead(server.datasetGraph(), () -> server.datasetGraph().stream().count());

      assertThat(Cli.run(store, "build", "--update-endpoint", url).exit()).isZero();
      assertThat(
              Txn.calculateRead(
                  server.datasetGraph(), () -> server.datasetGraph().stream().count()))
          .isEqualTo(quads);

      Path article =
          TestHome.path().resolve("src/test/resources/heldout/when-to-skip-a-massage.txt");
      Cli ingest = Cli.run(store, "ingest", article.toString(), "--update-endpoint", url);
      assertThat(ingest.exit()).as(ingest.err()).isZero();
      assertSameGraphs(store, server.datasetGraph());
      long after =
          Txn.calculateRead(server.datasetGraph(), () -> server.datasetGraph().stream().count());
      assertThat(after).isGreaterThan(quads);
      // unchanged, sent again: the same graphs
      assertThat(Cli.run(store, "ingest", article.toString(), "--update-endpoint", url).exit())
          .isZero();
      assertThat(
              Txn.calculateRead(
                  server.datasetGraph(), () -> server.datasetGraph().stream().count()))
          .isEqualTo(after);
    }
  }

  @Test
  void aRetractionIsSentAndSendingItAgainChangesNothing() {
    Path store = tmp.resolve("data");
    Path article = TestHome.path().resolve("src/test/resources/heldout/when-to-skip-a-massage.txt");
    try (LocalStore server = LocalStore.inMemory();
        EndpointServer http = writable(server)) {
      String url = http.dataUrl("127.0.0.1");
      assertThat(Cli.run(store, "build", "--update-endpoint", url).exit()).isZero();
      assertThat(Cli.run(store, "ingest", article.toString(), "--update-endpoint", url).exit())
          .isZero();
      String[] retract = {
        "retract",
        "when-to-skip-a-massage",
        "--reason",
        "withdrawn by its publisher",
        "--update-endpoint",
        url
      };
      Cli first = Cli.run(store, retract);
      assertThat(first.exit()).as(first.err()).isZero();
      assertSameGraphs(store, server.datasetGraph());
      long quads =
          Txn.calculateRead(server.datasetGraph(), () -> server.datasetGraph().stream().count());
      Cli again = Cli.run(store, retract);
      assertThat(again.exit()).as(again.err()).isZero();
      assertThat(again.out()).contains("already retracted; sending it again");
      assertThat(
              Txn.calculateRead(
                  server.datasetGraph(), () -> server.datasetGraph().stream().count()))
          .isEqualTo(quads);
      // without a server to send to, retracting twice is still an error
      assertThat(Cli.run(store, "retract", "when-to-skip-a-massage", "--reason", "again").exit())
          .isEqualTo(2);
    }
  }

  @Test
  void deriveOnAServerWritesBackTheConflictsAndGradesTheStoreHas() {
    Path store = tmp.resolve("data");
    assertThat(Cli.run(store, "build").exit()).isZero();
    try (LocalStore server = LocalStore.inMemory();
        EndpointServer http = writable(server)) {
      assertThat(Cli.run(store, "build", "--update-endpoint", http.dataUrl("127.0.0.1")).exit())
          .isZero();
      DatasetGraph dsg = server.datasetGraph();
      Txn.executeWrite(
          dsg,
          () -> {
            dsg.removeGraph(org.apache.jena.graph.NodeFactory.createURI(Ids.CONFLICTS_GRAPH));
            dsg.removeGraph(org.apache.jena.graph.NodeFactory.createURI(Ids.GRADES_GRAPH));
          });
      Cli derive =
          Cli.run(
              null,
              "derive",
              "--all",
              "--endpoint",
              http.queryUrl("127.0.0.1"),
              "--update-endpoint",
              http.dataUrl("127.0.0.1"));
      assertThat(derive.exit()).as(derive.err()).isZero();
      assertThat(derive.out()).contains("Derived the graph at").contains("Sent 3 graphs");
      assertSameGraphs(store, dsg);
    }
    Cli half = Cli.run(null, "derive", "--all", "--endpoint", "http://127.0.0.1:9/sparql");
    assertThat(half.exit()).isEqualTo(2);
    assertThat(half.err()).contains("--update-endpoint");
  }

  @Test
  void aReadOnlyServerRefusesInOneLine() {
    Path store = tmp.resolve("data");
    try (LocalStore server = LocalStore.inMemory();
        EndpointServer http =
            EndpointServer.start(
                server.datasetGraph(), EndpointServer.Settings.loopback(30), "<p>test</p>")) {
      Cli build = Cli.run(store, "build", "--update-endpoint", http.dataUrl("127.0.0.1"));
      assertThat(build.exit()).isNotZero();
      assertThat(build.err().strip().lines().count()).isEqualTo(1);
      assertThat(build.err()).contains("refused graph <").contains("HTTP 405");
    }
  }

  @Test
  void aGraphStoreThatDoesNotAnswerIsAOneLineError() {
    Cli cli = Cli.run(tmp.resolve("data"), "build", "--update-endpoint", "http://127.0.0.1:9/data");
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(cli.err().strip().lines().count()).isEqualTo(1);
    assertThat(cli.err())
        .contains("cannot reach the Graph Store at 127.0.0.1:9")
        .contains("connection refused");
  }

  @Test
  void anUpdateEndpointThatIsNotAUrlIsBadInput() {
    Cli cli = Cli.run(tmp.resolve("data"), "build", "--update-endpoint", "not a url");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--update-endpoint").contains("not a URL");
    assertThat(tmp.resolve("data")).doesNotExist();
  }
}
