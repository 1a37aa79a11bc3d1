package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.query.NamedQuery;
import org.w3id.claimgraph.query.QueryInputs;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.store.LocalStore;

/**
 * The library's queries on a second engine no one here wrote: Oxigraph (npm's {@code oxigraph}, run
 * by Node) loads the corpus's {@code export --format nquads}, runs every query (the {@code
 * text:query} examples aside) with the corpus inputs, and gives the same rows, and the same graph
 * for {@code derive-conflicts}, as the embedded store; and, on the corpus with the development set
 * ingested, {@code derive-conflicts} gives the pairs the Java derivation stores. Skipped with the
 * install command where Node or the package is missing, unless {@code CLAIMGRAPH_REQUIRE_OXIGRAPH}
 * is set, as {@code .ci/run} sets it.
 */
class OxigraphIT {
  @TempDir Path tmp;

  /** Where the oxigraph package is: {@code CLAIMGRAPH_OXIGRAPH}, a directory with node_modules. */
  static Path module() {
    String dir = System.getenv("CLAIMGRAPH_OXIGRAPH");
    Path module = dir == null ? null : Path.of(dir, "node_modules", "oxigraph");
    boolean node = Files.isExecutable(Path.of("/usr/bin/node"));
    if (node && module != null && Files.isRegularFile(module.resolve("node.js"))) {
      return module;
    }
    String message =
        "Oxigraph is not installed; to run this test: npm install --prefix DIR oxigraph@0.4.11"
            + " and set CLAIMGRAPH_OXIGRAPH=DIR (Node 18 or later at /usr/bin/node)";
    if (System.getenv("CLAIMGRAPH_REQUIRE_OXIGRAPH") != null) {
      Assertions.fail(message + " (CLAIMGRAPH_REQUIRE_OXIGRAPH is set, so it may not be skipped)");
    }
    Assumptions.abort(message);
    return null;
  }

  @Test
  void everyQueryOfTheLibraryGivesTheSameAnswerOnOxigraph() throws Exception {
    Path module = module();
    Path store = tmp.resolve("data");
    Path nq = tmp.resolve("claimgraph.nq");
    assertThat(Cli.run(store, "export", "--format", "nquads", "--out", nq.toString()).exit())
        .isZero();
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    Map<String, Query> bound = new LinkedHashMap<>();
    List<String> files = new ArrayList<>();
    for (NamedQuery q : queries.all()) {
      if (q.query().toString().contains("jena.apache.org/text")) {
        continue; // claimgraph's own full-text search
      }
      Query query = Sparql.bind(q.query(), QueryInputs.of(q.name()));
      bound.put(q.name(), query);
      Path file = tmp.resolve(q.name() + ".rq");
      Files.writeString(file, query.toString());
      files.add(file.toString());
    }
    String log = run(module, nq, files);

    StringBuilder figures = new StringBuilder("| query | Oxigraph ms |\n|---|---|\n");
    log.lines()
        .map(l -> l.split("\t"))
        .filter(c -> c.length == 2)
        .forEach(c -> figures.append(String.format(Locale.ROOT, "| %s | %s |%n", c[0], c[1])));
    System.out.println(figures);

    int compared = 0;
    try (LocalStore local = LocalStore.open(store)) {
      for (Map.Entry<String, Query> e : bound.entrySet()) {
        String name = e.getKey();
        Query query = e.getValue();
        if (query.isSelectType()) {
          List<Map<String, String>> embedded =
              local.read(link -> VirtuosoIT.rows(Sparql.selectRows(link, query, Map.of())));
          List<Map<String, String>> oxigraph;
          try (InputStream in = Files.newInputStream(tmp.resolve(name + ".srj"))) {
            oxigraph = VirtuosoIT.rows(RowSet.adapt(ResultSetMgr.read(in, ResultSetLang.RS_JSON)));
          }
          assertThat(VirtuosoIT.difference(oxigraph, embedded))
              .as(name + ": rows only on Oxigraph, then only in the embedded store")
              .isEqualTo(VirtuosoIT.difference(embedded, oxigraph))
              .isEmpty();
          if (query.hasOrderBy()) {
            assertThat(oxigraph).as(name + " in order").isEqualTo(embedded);
          }
        } else if (query.isConstructType()) {
          Graph embedded = local.read(link -> Sparql.graph(link, query, Map.of()));
          Graph oxigraph = GraphFactory.createDefaultGraph();
          RDFParser.source(tmp.resolve(name + ".nt")).lang(Lang.NTRIPLES).parse(oxigraph);
          assertThat(oxigraph.isIsomorphicWith(embedded)).as(name).isTrue();
          assertThat(oxigraph.size()).as(name).isPositive();
        } else {
          continue;
        }
        compared++;
      }
    }
    assertThat(compared).isEqualTo(bound.size());
  }

  /**
   * Loads {@code nq} into Oxigraph under Node and runs each query file, which writes its answer
   * beside it ({@code .srj} for SELECT, {@code .nt} for CONSTRUCT); returns the log (name and
   * milliseconds of each).
   */
  private String run(Path module, Path nq, List<String> files) throws Exception {
    Path script = tmp.resolve("run.mjs");
    if (!Files.exists(script)) {
      try (InputStream in = OxigraphIT.class.getResourceAsStream("/oxigraph/run.mjs")) {
        Files.copy(in, script);
      }
    }
    List<String> command =
        new ArrayList<>(List.of("/usr/bin/node", script.toString(), nq.toString()));
    command.addAll(files);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("OXIGRAPH_MODULE", module.toString());
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    return log;
  }

  /**
   * {@code queries/derive-conflicts.rq} on the corpus with the development set's real pages
   * ingested: the same pairs, rules and severities as the Java derivation stores.
   */
  @Test
  void theConflictsQueryGivesTheJavaDerivationsPairsOnTheDevelopmentSet() throws Exception {
    Path module = module();
    Path store = DevsetTest.ingested(tmp.resolve("devset-data"));
    Path nq = tmp.resolve("devset.nq");
    assertThat(Cli.run(store, "export", "--format", "nquads", "--out", nq.toString()).exit())
        .isZero();
    Path file = tmp.resolve("derive-conflicts.rq");
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    Files.writeString(file, queries.get("derive-conflicts").query().toString());
    run(module, nq, List.of(file.toString()));
    Graph oxigraph = GraphFactory.createDefaultGraph();
    RDFParser.source(tmp.resolve("derive-conflicts.nt")).lang(Lang.NTRIPLES).parse(oxigraph);
    try (LocalStore local = LocalStore.open(store)) {
      Set<String> stored = DeriveConflictsQueryTest.stored(local);
      assertThat(stored).hasSizeGreaterThan(35);
      assertThat(DeriveConflictsQueryTest.pairs(oxigraph)).isEqualTo(stored);
    }
  }
}
