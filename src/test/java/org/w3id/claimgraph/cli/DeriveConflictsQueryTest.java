package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.vocab.CG;

/**
 * {@code queries/derive-conflicts.rq}, standard SPARQL over the claims, the rules and the concept
 * hierarchy, finds the same proposition pairs, under the same rules and with the same severities,
 * as claimgraph's own derivation stores: on the corpus, and on the corpus with the development
 * set's real pages ingested. (VirtuosoIT runs it on Virtuoso, on both.)
 */
class DeriveConflictsQueryTest {
  @TempDir Path tmp;

  static final String STORED =
      "PREFIX cg: <https://w3id.org/claimgraph/ns#> SELECT DISTINCT ?rule ?a ?b ?severity {"
          + " GRAPH <https://w3id.org/claimgraph/id/graph/conflicts> { ?c cg:matchedPair ?p ."
          + " ?p cg:rule ?rule ; cg:propositionA ?a ; cg:propositionB ?b ;"
          + " cg:severity ?severity } }";

  static Set<String> stored(LocalStore store) {
    Set<String> out = new TreeSet<>();
    store
        .read(
            link ->
                Sparql.select(link, QueryFactory.create(STORED), Map.of()).stream()
                    .map(
                        r ->
                            r.get("rule").getURI()
                                + " "
                                + r.get("a").getURI()
                                + " "
                                + r.get("b").getURI()
                                + " "
                                + r.get("severity").getURI())
                    .toList())
        .forEach(out::add);
    return out;
  }

  /** The pairs the query gives on a store, local or a server's (VirtuosoIT, OxigraphIT). */
  static Set<String> derived(Store store) {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    return pairs(
        store.read(link -> Sparql.graph(link, queries.get("derive-conflicts").query(), Map.of())));
  }

  /** The pairs of a graph the query gave: rule, propositions A and B, severity. */
  static Set<String> pairs(Graph g) {
    Set<String> out = new TreeSet<>();
    g.find(Node.ANY, CG.rule.asNode(), Node.ANY)
        .forEachRemaining(
            t -> {
              Node pair = t.getSubject();
              out.add(
                  t.getObject().getURI()
                      + " "
                      + one(g, pair, CG.propositionA.asNode())
                      + " "
                      + one(g, pair, CG.propositionB.asNode())
                      + " "
                      + one(g, pair, CG.severity.asNode()));
            });
    return out;
  }

  static String one(Graph g, Node s, Node p) {
    var it = g.find(s, p, Node.ANY).toList();
    assertThat(it).as(s + " " + p).hasSize(1);
    return it.get(0).getObject().getURI();
  }

  @Test
  void theCorpusGivesTheSamePairsAsTheJavaDerivation() {
    Path data = tmp.resolve("data");
    assertThat(Cli.run(data, "build").exit()).isZero();
    try (LocalStore store = LocalStore.open(data)) {
      Set<String> stored = stored(store);
      assertThat(stored).hasSizeGreaterThanOrEqualTo(8);
      assertThat(derived(store)).isEqualTo(stored);
    }
  }

  @Test
  void theDevelopmentSetGivesTheSamePairsAsTheJavaDerivation() {
    Path data = DevsetTest.ingested(tmp.resolve("data"));
    try (LocalStore store = LocalStore.open(data)) {
      Set<String> stored = stored(store);
      // Enough pairs, under enough of the rules, that the comparison means something.
      assertThat(stored).hasSizeGreaterThan(35);
      assertThat(stored.stream().map(p -> p.substring(0, p.indexOf(' '))).distinct())
          .hasSizeGreaterThanOrEqualTo(6);
      assertThat(derived(store)).isEqualTo(stored);
    }
  }
}
