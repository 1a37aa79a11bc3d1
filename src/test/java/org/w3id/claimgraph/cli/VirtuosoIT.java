package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.Virtuoso;
import org.w3id.claimgraph.query.NamedQuery;
import org.w3id.claimgraph.query.QueryInputs;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.store.RemoteStore;
import org.w3id.claimgraph.store.Store;

/**
 * The corpus in a server no one here wrote: Virtuoso Open Source, started on loopback ports of its
 * own, bulk-loads {@code export --format nquads}; then every query of the library gives the same
 * rows there as in the embedded store, and the reading commands print the same bytes with {@code
 * --endpoint}. The wall time of each, both ways, is printed and written to {@code
 * target/virtuoso-figures.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VirtuosoIT {
  @TempDir static Path tmp;
  static Path store;
  static Virtuoso virtuoso;
  static final Map<String, double[]> QUERY_SECONDS = new LinkedHashMap<>();
  static final Map<String, double[]> COMMAND_SECONDS = new LinkedHashMap<>();
  static double exportSeconds;

  static double loadSeconds;

  @BeforeAll
  static void loadTheCorpusIntoVirtuoso() {
    Virtuoso.require();
    store = tmp.resolve("data");
    Cli build = Cli.run(store, "build");
    assertThat(build.exit()).as(build.err()).isZero();
    virtuoso = Virtuoso.start(tmp.resolve("virtuoso"));
    long t0 = System.nanoTime();
    Path nq = virtuoso.loadDirectory().resolve("claimgraph.nq");
    Cli export = Cli.run(store, "export", "--format", "nquads", "--out", nq.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    exportSeconds = seconds(t0);
    long t1 = System.nanoTime();
    virtuoso.bulkLoad();
    loadSeconds = seconds(t1);
  }

  @AfterAll
  static void stopAndReport() throws IOException {
    if (virtuoso != null) {
      virtuoso.close();
    }
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "export --format nquads %.2f s; Virtuoso bulk load %.2f s%n%n",
            exportSeconds,
            loadSeconds));
    md.append("| query | embedded s | Virtuoso s | ratio |\n|---|---|---|---|\n");
    QUERY_SECONDS.forEach((k, v) -> md.append(row(k, v)));
    md.append("\n| command | embedded s | Virtuoso s | ratio |\n|---|---|---|---|\n");
    COMMAND_SECONDS.forEach((k, v) -> md.append(row(k, v)));
    System.out.println(md);
    Path target = TestHome.path().resolve("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("virtuoso-figures.md"), md);
    }
  }

  private static String row(String name, double[] s) {
    return String.format(
        Locale.ROOT,
        "| %s | %.3f | %.3f | %.1f |%n",
        name,
        s[0],
        s[1],
        s[1] / Math.max(s[0], 1e-3));
  }

  @Test
  @Order(1)
  void theServerHoldsEveryQuadOfTheExport() throws IOException {
    long lines;
    try (var s = Files.lines(virtuoso.loadDirectory().resolve("claimgraph.nq"))) {
      lines = s.filter(l -> !l.isBlank()).count();
    }
    String count =
        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o }"
            + " FILTER(STRSTARTS(STR(?g), \"https://w3id.org/claimgraph/id/graph/\")) }";
    long held =
        RemoteStore.of(virtuoso.sparql())
                    .read(
                        link ->
                            Sparql.select(
                                    link,
                                    org.apache.jena.query.QueryFactory.create(count),
                                    Map.of())
                                .get(0)
                                .get("n")
                                .getLiteralValue())
                instanceof Number n
            ? n.longValue()
            : -1;
    assertThat(held).isEqualTo(lines);
  }

  @Test
  @Order(2)
  void everyQueryOfTheLibraryGivesTheSameRowsAsTheEmbeddedStore() {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    Store remote = RemoteStore.of(virtuoso.sparql());
    int compared = 0;
    int withRows = 0;
    List<String> notRun = new ArrayList<>();
    try (LocalStore local = LocalStore.open(store)) {
      for (NamedQuery q : queries.all()) {
        if (q.query().toString().contains("text:query")
            || q.query().toString().contains("jena.apache.org/text")) {
          // claimgraph's own full-text search: only `claimgraph serve` answers it
          notRun.add(q.name());
          continue;
        }
        Query query = Sparql.bind(q.query(), QueryInputs.of(q.name()));
        double[] s = new double[2];
        if (query.isSelectType()) {
          List<Map<String, String>> embedded =
              timed(s, 0, () -> local.read(link -> rows(Sparql.selectRows(link, query, Map.of()))));
          List<Map<String, String>> server =
              booleans(
                  embedded,
                  timed(
                      s,
                      1,
                      () -> remote.read(link -> rows(Sparql.selectRows(link, query, Map.of())))));
          assertThat(difference(server, embedded))
              .as(q.name() + ": rows only on the server, then only in the embedded store")
              .isEqualTo(difference(embedded, server))
              .isEmpty();
          if (query.hasOrderBy()) {
            assertThat(server).as(q.name() + " in order").isEqualTo(embedded);
          }
          withRows += embedded.isEmpty() ? 0 : 1;
        } else if (query.isConstructType()) {
          Graph embedded =
              timed(s, 0, () -> local.read(link -> Sparql.graph(link, query, Map.of())));
          Graph server =
              timed(s, 1, () -> remote.read(link -> Sparql.graph(link, query, Map.of())));
          assertThat(server.isIsomorphicWith(embedded)).as(q.name()).isTrue();
        } else {
          continue;
        }
        QUERY_SECONDS.put(q.name(), s);
        compared++;
      }
    }
    assertThat(notRun).as("queries that use text:query").hasSizeLessThan(4);
    assertThat(compared).isEqualTo(queries.all().size() - notRun.size());
    // most answer something on the corpus (history, orphans and reviews have nothing to say there)
    assertThat(withRows).isGreaterThan(compared * 3 / 4);
  }

  @Test
  @Order(3)
  void theReadingCommandsPrintTheSameBytesFromTheServer() throws IOException {
    Path draft = tmp.resolve("draft.md");
    Files.writeString(
        draft,
        "# Massage after a clot\n\nMassage helps deep vein thrombosis heal faster.\n\n"
            + "It is also safe for anyone on blood thinners.\n");
    List<List<String>> commands =
        List.of(
            List.of("conflicts"),
            List.of("conflicts", "--format", "json"),
            List.of("conflicts", "--all", "--format", "csv"),
            List.of("claims"),
            List.of("claims", "--format", "json"),
            List.of("claims", "--article", "vascular-massage-therapy", "--format", "csv"),
            List.of("grade"),
            List.of("grade", "--format", "json"),
            List.of("grade", "--explain", "clinically proven bone density"),
            List.of("report", "--article", "deep-tissue-massage-blood-clots"),
            List.of("report", "--article", "vascular-massage-therapy", "--format", "md"),
            List.of("check", draft.toString()),
            List.of("check", draft.toString(), "--format", "json"));
    for (List<String> command : commands) {
      double[] s = new double[2];
      Cli embedded = timed(s, 0, () -> Cli.run(store, command.toArray(String[]::new)));
      List<String> remote = new ArrayList<>(command);
      remote.add("--endpoint");
      remote.add(virtuoso.sparql());
      Cli server = timed(s, 1, () -> Cli.run(null, remote.toArray(String[]::new)));
      String name = String.join(" ", command).replace(draft.toString(), "draft.md");
      assertThat(server.exit()).as(name + ": " + server.err()).isEqualTo(embedded.exit());
      assertThat(server.out()).as(name).isEqualTo(embedded.out());
      assertThat(embedded.out()).as(name).isNotBlank();
      COMMAND_SECONDS.put(name, s);
    }
    // the report of every article, written to a directory, file for file
    double[] s = new double[2];
    Path a = tmp.resolve("report-embedded");
    Path b = tmp.resolve("report-virtuoso");
    timed(s, 0, () -> Cli.run(store, "report", "--all", "--out", a.toString()));
    timed(
        s,
        1,
        () ->
            Cli.run(
                null, "report", "--all", "--out", b.toString(), "--endpoint", virtuoso.sparql()));
    try (var files = Files.list(a)) {
      List<Path> pages = files.sorted().toList();
      assertThat(pages).hasSizeGreaterThan(5);
      for (Path page : pages) {
        assertThat(Files.readString(b.resolve(page.getFileName().toString())))
            .as(page.getFileName().toString())
            .isEqualTo(Files.readString(page));
      }
    }
    COMMAND_SECONDS.put("report --all --out DIR", s);
  }

  @Test
  @Order(4)
  void anIngestWritesItsGraphsToTheServerThroughTheGraphStoreProtocol() {
    // Virtuoso's Graph Store service takes writes from its SPARQL user once it is allowed to.
    virtuoso.isql("grant SPARQL_UPDATE to \"SPARQL\";");
    String gsp = virtuoso.sparql().replace("/sparql", "/sparql-graph-crud");
    Path article = TestHome.path().resolve("src/test/resources/heldout/when-to-skip-a-massage.txt");
    Cli ingest = Cli.run(store, "ingest", article.toString(), "--update-endpoint", gsp);
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    long quads = serverQuads();
    long local;
    try (LocalStore s = LocalStore.open(store)) {
      local = s.readDataset(d -> d.stream().count());
    }
    assertThat(quads).isEqualTo(local);
    for (List<String> command :
        List.of(
            List.of("claims", "--article", "when-to-skip-a-massage", "--format", "json"),
            List.of("conflicts", "--format", "json"))) {
      List<String> remote = new ArrayList<>(command);
      remote.add("--endpoint");
      remote.add(virtuoso.sparql());
      assertThat(Cli.run(null, remote.toArray(String[]::new)).out())
          .as(String.join(" ", command))
          .isEqualTo(Cli.run(store, command.toArray(String[]::new)).out());
    }
    // again: each graph replaced whole, nothing added
    assertThat(Cli.run(store, "ingest", article.toString(), "--update-endpoint", gsp).exit())
        .isZero();
    assertThat(serverQuads()).isEqualTo(quads);
  }

  @Test
  @Order(5)
  void deriveOnTheServerWritesBackTheSameConflictsAndGrades() {
    String before = Cli.run(store, "conflicts", "--format", "json").out();
    virtuoso.isql(
        "SPARQL CLEAR GRAPH <https://w3id.org/claimgraph/id/graph/conflicts>;"
            + " SPARQL CLEAR GRAPH <https://w3id.org/claimgraph/id/graph/grades>;");
    long quads = serverQuads();
    double[] s = new double[2];
    Cli derive =
        timed(
            s,
            1,
            () ->
                Cli.run(
                    null,
                    "derive",
                    "--all",
                    "--endpoint",
                    virtuoso.sparql(),
                    "--update-endpoint",
                    virtuoso.sparql().replace("/sparql", "/sparql-graph-crud")));
    assertThat(derive.exit()).as(derive.err()).isZero();
    assertThat(serverQuads()).isGreaterThan(quads);
    assertThat(
            Cli.run(null, "conflicts", "--format", "json", "--endpoint", virtuoso.sparql()).out())
        .isEqualTo(before);
    assertThat(Cli.run(null, "grade", "--format", "json", "--endpoint", virtuoso.sparql()).out())
        .isEqualTo(Cli.run(store, "grade", "--format", "json").out());
    timed(s, 0, () -> Cli.run(store, "derive", "--all"));
    COMMAND_SECONDS.put("derive --all (on the server: --endpoint --update-endpoint)", s);
  }

  /**
   * {@code queries/derive-conflicts.rq} on the corpus with the development set's real pages
   * ingested, on a server of their own: the same pairs, rules and severities as the Java derivation
   * stores, in every run (Virtuoso 7.2 once gave a different subset from run to run, when the
   * concept pairs were asked for with DISTINCT).
   */
  @Test
  @Order(6)
  void theConflictsQueryGivesTheJavaDerivationsPairsOnTheDevelopmentSet() {
    Path data = DevsetTest.ingested(tmp.resolve("devset-data"));
    Set<String> stored;
    try (LocalStore local = LocalStore.open(data)) {
      stored = DeriveConflictsQueryTest.stored(local);
    }
    assertThat(stored).hasSizeGreaterThan(35);
    try (Virtuoso server = Virtuoso.start(tmp.resolve("virtuoso-devset"))) {
      Path nq = server.loadDirectory().resolve("devset.nq");
      Cli export = Cli.run(data, "export", "--format", "nquads", "--out", nq.toString());
      assertThat(export.exit()).as(export.err()).isZero();
      server.bulkLoad();
      Store remote = RemoteStore.of(server.sparql());
      for (int run = 1; run <= 3; run++) {
        assertThat(DeriveConflictsQueryTest.derived(remote)).as("run " + run).isEqualTo(stored);
      }
    }
  }

  static long serverQuads() {
    String count =
        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o }"
            + " FILTER(STRSTARTS(STR(?g), \"https://w3id.org/claimgraph/id/graph/\")) }";
    Object n =
        RemoteStore.of(virtuoso.sparql())
            .read(
                link ->
                    Sparql.select(link, org.apache.jena.query.QueryFactory.create(count), Map.of())
                        .get(0)
                        .get("n")
                        .getLiteralValue());
    return ((Number) n).longValue();
  }

  /**
   * Virtuoso 7.2 gives the value of a boolean expression ({@code ?a = ?b}, even {@code false}) as
   * an xsd:integer 0 or 1, not an xsd:boolean as SPARQL 1.1 says; claimgraph's readers take both.
   * Where the embedded store's values of a variable are booleans, the server's 0 and 1 are read as
   * false and true; every other value is compared as it is.
   */
  static List<Map<String, String>> booleans(
      List<Map<String, String>> embedded, List<Map<String, String>> server) {
    java.util.Set<String> vars = new java.util.HashSet<>();
    embedded.forEach(
        row ->
            row.forEach(
                (k, v) -> {
                  if (v.equals("true") || v.equals("false")) {
                    vars.add(k);
                  }
                }));
    List<Map<String, String>> out = new ArrayList<>();
    for (Map<String, String> row : server) {
      Map<String, String> m = new LinkedHashMap<>(row);
      for (String v : vars) {
        m.computeIfPresent(v, (k, x) -> x.equals("0") ? "false" : x.equals("1") ? "true" : x);
      }
      out.add(m);
    }
    return out;
  }

  /** The rows of {@code a} not in {@code b}, as many times as they are missing. */
  static List<Map<String, String>> difference(
      List<Map<String, String>> a, List<Map<String, String>> b) {
    List<Map<String, String>> left = new ArrayList<>(b);
    List<Map<String, String>> out = new ArrayList<>();
    for (Map<String, String> row : a) {
      if (!left.remove(row)) {
        out.add(row);
      }
    }
    return out;
  }

  /**
   * A term compared by value where engines write the same value differently: literals in their
   * canonical form (Virtuoso writes false as {@code "0"^^xsd:boolean}), and any integer type as
   * xsd:integer (Oxigraph gives an {@code xsd:nonNegativeInteger} back as an xsd:integer).
   */
  static Node canonical(Node n) {
    Node c = CanonicalizeLiteral.get().apply(n);
    if (c.isLiteral()) {
      org.apache.jena.sparql.expr.NodeValue nv = org.apache.jena.sparql.expr.NodeValue.makeNode(c);
      if (nv.isInteger()) {
        return org.apache.jena.sparql.expr.NodeValue.makeInteger(nv.getInteger()).asNode();
      }
    }
    return c;
  }

  /** A row as a map of variable to the term's N-Triples form, by {@link #canonical}. */
  static List<Map<String, String>> rows(RowSet rs) {
    List<Map<String, String>> out = new ArrayList<>();
    List<Var> vars = rs.getResultVars();
    rs.forEachRemaining(
        b -> {
          Map<String, String> m = new LinkedHashMap<>();
          for (Var v : vars) {
            Node n = b.get(v);
            if (n != null) {
              m.put(v.getVarName(), FmtUtils.stringForNode(canonical(n)));
            }
          }
          out.add(m);
        });
    return out;
  }

  static <T> T timed(double[] into, int slot, Supplier<T> work) {
    long t0 = System.nanoTime();
    T result = work.get();
    into[slot] = seconds(t0);
    return result;
  }

  static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
