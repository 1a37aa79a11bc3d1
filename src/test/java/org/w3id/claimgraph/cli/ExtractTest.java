package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * {@code extract} writes one N-Quads file per article, with no store: the claims ingest would
 * store, in the graph ingest would give them, the same bytes every time, and nothing at all when
 * one input is bad.
 */
class ExtractTest {
  @TempDir Path tmp;

  static final Path ARTICLES = TestHome.path().resolve("src/test/resources/heldout");

  @Test
  void oneFilePerArticleWithTheClaimsIngestStoresAndNoStore() throws IOException {
    Path out = tmp.resolve("out");
    Path noStore = tmp.resolve("no-store");
    Cli cli = Cli.run(noStore, "extract", ARTICLES.toString(), "--out", out.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(noStore).doesNotExist();
    List<Path> files;
    try (Stream<Path> s = Files.list(out)) {
      files = s.sorted().toList();
    }
    List<String> slugs =
        files.stream().map(f -> f.getFileName().toString().replace(".nq", "")).toList();
    assertThat(slugs)
        .containsExactly(
            "manual-lymphatic-drainage-guide",
            "reflexology-reasons-to-try",
            "sports-massage-faq",
            "when-to-skip-a-massage");
    Set<String> extracted = new HashSet<>();
    for (Path f : files) {
      DatasetGraph dsg = DatasetGraphFactory.create();
      RDFParser.source(f).lang(Lang.NQUADS).parse(dsg);
      String slug = f.getFileName().toString().replace(".nq", "");
      List<Node> graphs = new java.util.ArrayList<>();
      dsg.listGraphNodes().forEachRemaining(graphs::add);
      assertThat(graphs).extracting(Node::getURI).containsExactly(Ids.articleGraph(slug));
      assertThat(dsg.getDefaultGraph().isEmpty()).isTrue();
      dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Claim.asNode())
          .forEachRemaining(q -> extracted.add(q.getSubject().getURI()));
    }
    assertThat(cli.out()).contains("Extracted 4 articles (" + extracted.size() + " claims)");
    assertThat(extracted).hasSizeGreaterThan(20);

    // ingest stores the same claims
    Path store = tmp.resolve("data");
    assertThat(Cli.run(store, "ingest", ARTICLES.toString()).exit()).isZero();
    Set<String> ingested = new HashSet<>();
    try (org.w3id.claimgraph.store.LocalStore local =
        org.w3id.claimgraph.store.LocalStore.open(store)) {
      local
          .read(
              link ->
                  org.w3id.claimgraph.query.Sparql.select(
                          link,
                          org.apache.jena.query.QueryFactory.create(
                              "SELECT ?c { GRAPH ?g { ?c a <" + CG.Claim.getURI() + "> } }"),
                          java.util.Map.of())
                      .stream()
                      .map(r -> r.get("c").getURI())
                      .filter(c -> slugs.stream().anyMatch(sl -> c.contains("/claim/" + sl + "/")))
                      .toList())
          .forEach(ingested::add);
    }
    assertThat(ingested).isEqualTo(extracted);

    // the same bytes again
    Path again = tmp.resolve("again");
    assertThat(Cli.run(noStore, "extract", ARTICLES.toString(), "--out", again.toString()).exit())
        .isZero();
    for (Path f : files) {
      assertThat(Files.readAllBytes(again.resolve(f.getFileName().toString())))
          .as(f.getFileName().toString())
          .isEqualTo(Files.readAllBytes(f));
    }
  }

  @Test
  void aBadFileStopsItBeforeAnythingIsWritten() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.copy(ARTICLES.resolve("sports-massage-faq.txt"), in.resolve("a-good-one.txt"));
    Files.write(in.resolve("z-bad.txt"), new byte[] {0, 0, (byte) 0xff, (byte) 0xfe, 0, 1, 2});
    Path out = tmp.resolve("out");
    Cli cli = Cli.run(tmp.resolve("no-store"), "extract", in.toString(), "--out", out.toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err().strip().lines().count()).isEqualTo(1);
    assertThat(cli.err()).contains("z-bad.txt");
    assertThat(out).doesNotExist();
  }
}
