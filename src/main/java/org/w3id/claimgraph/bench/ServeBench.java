package org.w3id.claimgraph.bench;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.serve.EndpointServer;
import org.w3id.claimgraph.store.LocalStore;

/**
 * Load on the SPARQL endpoint beside the same queries in process: the conflicts query of the
 * library and a small lookup (one claim's grade), at 1, 4 and 16 concurrent clients, each for a
 * fixed time after a warm-up. Over HTTP a client sends the query, waits, and reads and parses the
 * whole JSON result; in process a thread runs the query and reads every row.
 */
public final class ServeBench {
  /** One measurement: a query, a number of clients, in process or over HTTP. */
  public record Figure(
      String query, int clients, String mode, int queries, double seconds, double p50, double p99) {
    public double perSecond() {
      return queries / seconds;
    }
  }

  private final LocalStore store;
  private final QueryLibrary queries;
  private final List<String> claims;

  public ServeBench(LocalStore store, QueryLibrary queries) {
    this.store = store;
    this.queries = queries;
    this.claims = new ArrayList<>();
    for (Binding b : store.read(l -> Sparql.select(l, queries.get("claims").query(), Map.of()))) {
      claims.add(b.get("claim").getURI());
    }
  }

  /** The lookup: one claim's grade, verdict and relation, a different claim each time. */
  Query lookup(int i) {
    String claim = claims.get(Math.floorMod(i * 31, claims.size()));
    return QueryFactory.create(
        "PREFIX cg: <https://w3id.org/claimgraph/ns#>\n"
            + "SELECT ?relation ?score ?verdict WHERE {\n"
            + "  GRAPH ?g { <"
            + claim
            + "> cg:relation ?relation }\n"
            + "  GRAPH <https://w3id.org/claimgraph/id/graph/grades> { <"
            + claim
            + "> cg:grade ?grade . ?grade cg:score ?score ; cg:verdict ?verdict }\n"
            + "}");
  }

  public List<Figure> run(int[] clients, double seconds, PrintWriter progress) throws Exception {
    Query conflicts = queries.get(QueryLibrary.CONFLICTS).query();
    Map<String, IntFunction<Query>> work =
        new java.util.LinkedHashMap<>(Map.of("conflicts", i -> conflicts));
    work.put("lookup", this::lookup);
    List<Figure> out = new ArrayList<>();
    try (EndpointServer server =
        EndpointServer.start(store.datasetGraph(), "127.0.0.1", 0, 60, "<p>bench</p>")) {
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .executor(Executors.newFixedThreadPool(32))
              .build();
      String url = server.queryUrl("127.0.0.1");
      for (Map.Entry<String, IntFunction<Query>> w : work.entrySet()) {
        // Warm up both paths: JIT, caches, connections.
        measure(
            w.getKey(),
            4,
            "in process",
            Math.min(2, seconds),
            i -> inProcess(w.getValue().apply(i)));
        measure(
            w.getKey(),
            4,
            "HTTP",
            Math.min(2, seconds),
            i -> overHttp(http, url, w.getValue().apply(i)));
        for (int c : clients) {
          progress.printf(Locale.ROOT, "claimgraph: %s, %d clients…%n", w.getKey(), c);
          progress.flush();
          out.add(
              measure(w.getKey(), c, "in process", seconds, i -> inProcess(w.getValue().apply(i))));
          out.add(
              measure(
                  w.getKey(), c, "HTTP", seconds, i -> overHttp(http, url, w.getValue().apply(i))));
        }
      }
    }
    return out;
  }

  private int inProcess(Query q) {
    return store.read(l -> Sparql.select(l, q, Map.of()).size());
  }

  private static int overHttp(HttpClient http, String url, Query q) {
    try {
      HttpRequest r =
          HttpRequest.newBuilder(
                  URI.create(
                      url + "?query=" + URLEncoder.encode(q.toString(), StandardCharsets.UTF_8)))
              .header("Accept", "application/sparql-results+json")
              .timeout(Duration.ofSeconds(60))
              .GET()
              .build();
      HttpResponse<byte[]> response = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
      ResultSet rs =
          ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
      int n = 0;
      while (rs.hasNext()) {
        rs.next();
        n++;
      }
      return n;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private interface Job {
    int run(int i) throws Exception;
  }

  private static Figure measure(String name, int clients, String mode, double seconds, Job job)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger counter = new AtomicInteger();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(
          pool.submit(
              () -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                  int i = counter.getAndIncrement();
                  long t0 = System.nanoTime();
                  job.run(i);
                  mine.add(System.nanoTime() - t0);
                }
                long[] a = new long[mine.size()];
                for (int k = 0; k < a.length; k++) {
                  a[k] = mine.get(k);
                }
                return a;
              }));
    }
    Latencies lat = new Latencies(1 << 22);
    for (Future<long[]> f : futures) {
      for (long v : f.get()) {
        if (lat.size() < (1 << 22)) {
          lat.add(v, "");
        }
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Figure(
        name, clients, mode, lat.size(), elapsed, lat.percentileMs(50), lat.percentileMs(99));
  }

  public static void print(List<Figure> figures, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-10s %7s  %-10s %11s %9s %9s   %s%n",
        "query",
        "clients",
        "mode",
        "queries/s",
        "p50 ms",
        "p99 ms",
        "HTTP / in process");
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      String ratio = "";
      if (f.mode().equals("HTTP") && i > 0) {
        Figure local = figures.get(i - 1);
        ratio =
            String.format(
                Locale.ROOT,
                "%.2f× throughput, %.2f× p50",
                f.perSecond() / local.perSecond(),
                f.p50() / local.p50());
      }
      out.printf(
          Locale.ROOT,
          "%-10s %7d  %-10s %11.1f %9.2f %9.2f   %s%n",
          f.query(),
          f.clients(),
          f.mode(),
          f.perSecond(),
          f.p50(),
          f.p99(),
          ratio);
    }
    out.flush();
  }
}
