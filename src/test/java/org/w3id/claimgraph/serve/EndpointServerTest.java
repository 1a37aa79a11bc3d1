package org.w3id.claimgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.cli.Chromium;
import org.w3id.claimgraph.query.NamedQuery;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.search.TextQuery;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The endpoint over real HTTP: every query of the library gives the same answer over HTTP as in
 * process; writes are refused; a slow query is stopped; a malformed one is a 400 with the parser's
 * message; many clients at once all get correct answers.
 */
class EndpointServerTest {
  static LocalStore store;
  static SearchIndex index;
  static QueryLibrary queries;
  static EndpointServer server;
  static EndpointServer impatient;
  static HttpClient http;

  @BeforeAll
  static void start() {
    TextQuery.register();
    queries = QueryLibrary.load(TestHome.workspace().queries());
    store = LocalStore.inMemory();
    index = SearchIndex.inMemory();
    new Builder(TestHome.workspace(), queries).build(store, index);
    TextQuery.attach(
        store.context(),
        index.searcher(
            org.w3id.claimgraph.rdf.VocabularyReader.read(
                org.w3id.claimgraph.rdf.RdfFiles.readTurtle(
                    TestHome.path().resolve("ontology/concepts.ttl")),
                "concepts")));
    String page = LandingPage.html(queries, "/claimgraph/sparql", store.description());
    server = EndpointServer.start(store.datasetGraph(), "127.0.0.1", 0, 30, page);
    impatient = EndpointServer.start(store.datasetGraph(), "127.0.0.1", 0, 1, page);
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    server.close();
    impatient.close();
    index.close();
    store.close();
  }

  static HttpResponse<String> post(EndpointServer s, String contentType, String body, String accept)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(s.queryUrl("127.0.0.1")))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String query, String accept) throws Exception {
    String url =
        server.queryUrl("127.0.0.1") + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", accept)
            .GET()
            .build();
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  /** A row as a map of variable to the term's N-Triples form: comparable across the wire. */
  static List<Map<String, String>> rows(RowSet rs) {
    List<Map<String, String>> out = new ArrayList<>();
    List<org.apache.jena.sparql.core.Var> vars = rs.getResultVars();
    rs.forEachRemaining(
        b -> {
          Map<String, String> m = new HashMap<>();
          for (var v : vars) {
            Node n = b.get(v);
            if (n != null) {
              m.put(v.getVarName(), org.apache.jena.sparql.util.FmtUtils.stringForNode(n));
            }
          }
          out.add(m);
        });
    return out;
  }

  @Test
  void everyQueryOfTheLibraryGivesTheSameAnswerOverHttp() throws Exception {
    int checked = 0;
    for (NamedQuery q : queries.all()) {
      Query query = Sparql.bind(q.query(), org.w3id.claimgraph.query.QueryInputs.of(q.name()));
      if (query.isSelectType()) {
        List<Map<String, String>> local =
            store.read(link -> rows(Sparql.selectRows(link, query, Map.of())));
        HttpResponse<String> r = get(query.toString(), "application/sparql-results+json");
        assertThat(r.statusCode()).as(q.name() + ": " + r.body()).isEqualTo(200);
        RowSet remote =
            RowSet.adapt(
                ResultSetMgr.read(
                    new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON));
        List<Map<String, String>> over = rows(remote);
        if (query.hasOrderBy()) {
          assertThat(over).as(q.name()).containsExactlyElementsOf(local);
        } else {
          assertThat(over).as(q.name()).containsExactlyInAnyOrderElementsOf(local);
        }
        checked++;
      } else if (query.isConstructType()) {
        {
          Graph local = store.read(link -> Sparql.graph(link, query, Map.of()));
          HttpResponse<String> r = get(query.toString(), "application/n-triples");
          assertThat(r.statusCode()).as(q.name()).isEqualTo(200);
          Graph remote = GraphFactory.createDefaultGraph();
          RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(remote);
          assertThat(remote.isIsomorphicWith(local)).as(q.name()).isTrue();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void resultsComeInEveryFormatTheClientAsksFor() throws Exception {
    String q =
        "PREFIX cg: <https://w3id.org/claimgraph/ns#> SELECT (COUNT(?c) AS ?n) { ?c a cg:Claim }";
    assertThat(get(q, "text/csv").body()).isEqualTo("n\r\n189\r\n");
    assertThat(get(q, "text/tab-separated-values").body()).contains("?n").contains("189");
    assertThat(get(q, "application/sparql-results+xml").body())
        .contains("<literal")
        .contains("189");
    assertThat(get(q, "application/sparql-results+json").body()).contains("\"189\"");
  }

  @Test
  void textSearchWorksOverHttp() throws Exception {
    String q =
        "PREFIX text: <http://jena.apache.org/text#> SELECT ?claim { ?claim text:query \"DVT\" }";
    HttpResponse<String> r = get(q, "text/csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().lines().count()).isGreaterThan(3);
  }

  @Test
  void theGraphStoreProtocolReadsANamedGraph() throws Exception {
    String url =
        "http://127.0.0.1:"
            + server.port()
            + EndpointServer.DATASET
            + "/data?graph="
            + URLEncoder.encode(Ids.CONCEPTS_GRAPH, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("deep vein thrombosis");
  }

  @Test
  void updatesAndWritesAreRefused() throws Exception {
    HttpResponse<String> update = post(server, "application/sparql-update", "CLEAR ALL", null);
    assertThat(update.statusCode()).isEqualTo(405);
    assertThat(update.body()).contains("read-only");
    HttpResponse<String> form =
        post(
            server,
            "application/x-www-form-urlencoded",
            "update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8),
            null);
    assertThat(form.statusCode()).isEqualTo(405);
    String data = "http://127.0.0.1:" + server.port() + EndpointServer.DATASET + "/data?default";
    HttpResponse<String> put =
        http.send(
            HttpRequest.newBuilder(URI.create(data))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<a:s> <a:p> <a:o> ."))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(405);
    List<org.apache.jena.sparql.engine.binding.Binding> claims =
        store.read(link -> Sparql.select(link, queries.get("claims").query(), Map.of()));
    assertThat(claims).hasSize(189);
  }

  @Test
  void aQueryPastTheTimeoutIsStoppedWith503() throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<String> r =
        post(
            impatient,
            "application/sparql-query",
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "application/sparql-results+json");
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).contains("timed out");
    assertThat(seconds).isLessThan(20);
  }

  /**
   * A query whose rows come one by one, each costing a scan of the store: the first rows are found
   * at once, and the whole would take far longer than the impatient server's second.
   */
  static final String SLOW_ROWS =
      "SELECT ?a ?n { ?a ?b ?c LATERAL { SELECT (COUNT(*) AS ?n) { ?x ?y ?z FILTER(?z != ?c) } } }";

  @Test
  void aTimeoutAfterTheFirstRowsIsStill503WithAOneLineBodyInEveryFormat() throws Exception {
    for (String accept :
        List.of(
            "application/sparql-results+json",
            "application/sparql-results+xml",
            "text/csv",
            "text/tab-separated-values")) {
      HttpResponse<String> r = post(impatient, "application/sparql-query", SLOW_ROWS, accept);
      assertThat(r.statusCode()).as(accept).isEqualTo(503);
      assertThat(r.body().strip()).as(accept).doesNotContain("\n").contains("timed out");
      assertThat(r.body()).as(accept).doesNotContain("Incomplete results");
    }
    String construct =
        "CONSTRUCT { ?a <urn:x:n> ?n } WHERE { ?a ?b ?c LATERAL { SELECT (COUNT(*) AS ?n)"
            + " { ?x ?y ?z FILTER(?z != ?c) } } }";
    HttpResponse<String> c =
        post(impatient, "application/sparql-query", construct, "application/n-triples");
    assertThat(c.statusCode()).isEqualTo(503);
    assertThat(c.body()).contains("timed out").doesNotContain("<urn:x:n>");
    // the server keeps serving
    HttpResponse<String> after =
        post(impatient, "application/sparql-query", "ASK { ?s ?p ?o }", null);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).contains("true");
  }

  @Test
  void aResultLargerThanTheRowLimitIsRefusedWholeNotCut() throws Exception {
    try (EndpointServer small =
        EndpointServer.start(
            store.datasetGraph(),
            new EndpointServer.Settings("127.0.0.1", 0, 30, 10, false),
            "<p>test</p>")) {
      HttpResponse<String> ten =
          post(small, "application/sparql-query", "SELECT * { ?s ?p ?o } LIMIT 10", "text/csv");
      assertThat(ten.statusCode()).isEqualTo(200);
      assertThat(ten.body().strip().split("\r?\n")).hasSize(11);
      HttpResponse<String> eleven =
          post(small, "application/sparql-query", "SELECT * { ?s ?p ?o } LIMIT 11", "text/csv");
      assertThat(eleven.statusCode()).isEqualTo(400);
      assertThat(eleven.body()).contains("more than 10 rows").contains("LIMIT and OFFSET");
    }
  }

  @Test
  void aMalformedQueryIs400WithTheParsersMessage() throws Exception {
    HttpResponse<String> r =
        post(server, "application/sparql-query", "SELECT * WHERE { ?s ?p }", null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("Parse error").contains("line 1, column");
  }

  @Test
  void aSearchStringThatDoesNotParseIs400NotAServerError() throws Exception {
    HttpResponse<String> r =
        post(
            server,
            "application/sparql-query",
            "PREFIX text: <http://jena.apache.org/text#> SELECT * WHERE { ?c text:query \"((\" }",
            null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("bad search query");
  }

  @Test
  void browsersMayAskFromAnotherOrigin() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.queryUrl("127.0.0.1") + "?query=ASK%7B%7D"))
                .header("Origin", "http://notebook.example")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("http://notebook.example");
  }

  @Test
  void theLandingPageListsTheLibrary() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    for (NamedQuery q : queries.all()) {
      assertThat(r.body()).contains("id=\"q-" + q.name() + "\"");
    }
    assertThat(r.body()).doesNotContain("src=\"http").doesNotContain("href=\"http");
  }

  @Test
  void theLandingPageRunsALibraryQueryInABrowser() throws Exception {
    Chromium chromium = Chromium.require();
    String dom =
        chromium.dumpDomAfterScripts(
            "http://127.0.0.1:" + server.port() + "/?run=articles", 10_000);
    Document page = Jsoup.parse(dom);
    Element result = page.getElementById("result-articles");
    assertThat(result).isNotNull();
    assertThat(result.select("table th").eachText()).contains("?article", "?title");
    assertThat(result.select("table tbody tr")).hasSize(5);
    assertThat(result.text()).contains("vascular-massage-therapy").contains("rows");
  }

  @Test
  void eightClientsAHundredQueriesEachAllGetCorrectAnswers() throws Exception {
    String lookup =
        "PREFIX cg: <https://w3id.org/claimgraph/ns#> PREFIX schema: <http://schema.org/>"
            + " SELECT (COUNT(?c) AS ?n) { ?c schema:appearance"
            + " <https://w3id.org/claimgraph/id/article/ARTICLE> }";
    Map<String, String> expected =
        Map.of(
            "vascular-massage-therapy", "67",
            "deep-tissue-massage-blood-clots", "19",
            "are-leg-massages-safe", "40",
            "massage-benefits-leg-pain", "19",
            "therapeutic-massage-benefits", "44");
    List<String> slugs = new ArrayList<>(expected.keySet());
    String conflicts = queries.get("conflicts").query().toString();
    int disputes =
        store.read(link -> Sparql.select(link, queries.get("conflicts").query(), Map.of())).size();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> clients = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        final int client = c;
        clients.add(
            pool.submit(
                () -> {
                  int ok = 0;
                  for (int i = 0; i < 100; i++) {
                    if ((client + i) % 5 == 0) {
                      HttpResponse<String> r = get(conflicts, "text/csv");
                      assertThat(r.statusCode()).isEqualTo(200);
                      assertThat(r.body().lines().count()).isEqualTo(disputes + 1);
                    } else {
                      String slug = slugs.get((client * 7 + i) % slugs.size());
                      HttpResponse<String> r = get(lookup.replace("ARTICLE", slug), "text/csv");
                      assertThat(r.statusCode()).isEqualTo(200);
                      assertThat(r.body()).isEqualTo("n\r\n" + expected.get(slug) + "\r\n");
                    }
                    ok++;
                  }
                  return ok;
                }));
      }
      int total = 0;
      for (Future<Integer> f : clients) {
        total += f.get();
      }
      assertThat(total).isEqualTo(800);
    } finally {
      pool.shutdownNow();
    }
  }
}
