package org.w3id.claimgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A Virtuoso Open Source server (Debian's {@code virtuoso-opensource}) of a test's own: a fresh
 * database in a directory, listening on free loopback ports, stopped on {@link #close()}. Tests
 * that need it call {@link #require()}: on a machine without it they are skipped with the command
 * that installs it, unless {@code CLAIMGRAPH_REQUIRE_VIRTUOSO} is set (as {@code .ci/run} sets it),
 * when they fail.
 */
public final class Virtuoso implements AutoCloseable {
  /** The environment variable that turns a missing server into a failure. */
  public static final String REQUIRED = "CLAIMGRAPH_REQUIRE_VIRTUOSO";

  private static final String INSTALL =
      "sudo apt-get install virtuoso-opensource (Debian's Virtuoso Open Source 7.2)";

  private final Path dir;
  private final Process process;
  private final int sqlPort;
  private final int httpPort;

  private Virtuoso(Path dir, Process process, int sqlPort, int httpPort) {
    this.dir = dir;
    this.process = process;
    this.sqlPort = sqlPort;
    this.httpPort = httpPort;
  }

  /** The server's binary, or a skipped (or, in CI, failed) test. */
  public static Path require() {
    for (String dir : List.of("/usr/bin", "/usr/local/bin", "/opt/virtuoso/bin")) {
      Path server = Path.of(dir, "virtuoso-t");
      Path isql = Path.of(dir, "isql-vt");
      if (Files.isExecutable(server) && Files.isExecutable(isql)) {
        return Path.of(dir);
      }
    }
    String message = "Virtuoso Open Source is not installed; to run this test: " + INSTALL;
    if (System.getenv(REQUIRED) != null) {
      Assertions.fail(message + " (" + REQUIRED + " is set, so it may not be skipped)");
    }
    Assumptions.abort(message);
    return null;
  }

  /** Starts a server with an empty database under {@code dir} and waits until it answers. */
  public static Virtuoso start(Path dir) {
    Path bin = require();
    try {
      Files.createDirectories(dir.resolve("db"));
      Files.createDirectories(dir.resolve("load"));
      int sql = freePort();
      int http = freePort();
      Files.writeString(dir.resolve("virtuoso.ini"), ini(dir, sql, http));
      Process p =
          new ProcessBuilder(
                  bin.resolve("virtuoso-t").toString(),
                  "+configfile",
                  dir.resolve("virtuoso.ini").toString(),
                  "+foreground")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("virtuoso.out").toFile())
              .start();
      Virtuoso v = new Virtuoso(dir, p, sql, http);
      v.awaitHttp();
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SPARQL endpoint. */
  public String sparql() {
    return "http://127.0.0.1:" + httpPort + "/sparql";
  }

  /** The directory the server may bulk-load from. */
  public Path loadDirectory() {
    return dir.resolve("load");
  }

  /**
   * Bulk-loads every {@code *.nq} file of {@link #loadDirectory()} with Virtuoso's RDF loader
   * ({@code ld_dir}, {@code rdf_loader_run}), keeping their graph names, and makes it durable.
   */
  public void bulkLoad() {
    isql(
        "ld_dir('"
            + loadDirectory()
            + "', '*.nq', 'urn:claimgraph:unnamed'); rdf_loader_run(); checkpoint;"
            + " SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;");
    String errors =
        isql("SELECT COUNT(*) FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;").strip();
    if (!errors.lines().anyMatch(l -> l.strip().equals("0"))) {
      throw new IllegalStateException("Virtuoso's bulk load reported errors:\n" + errors);
    }
  }

  /** Runs SQL through {@code isql-vt} and returns what it printed. */
  public String isql(String sql) {
    try {
      Process p =
          new ProcessBuilder(
                  require().resolve("isql-vt").toString(),
                  "127.0.0.1:" + sqlPort,
                  "dba",
                  "dba",
                  "exec=" + sql)
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || out.contains("*** Error")) {
        throw new IllegalStateException("isql-vt failed on " + sql + ":\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitHttp() throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    List<String> tried = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Virtuoso stopped while starting:\n" + Files.readString(dir.resolve("virtuoso.out")));
      }
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(URI.create(sparql() + "?query=ASK%7B%7D")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
        tried.add("HTTP " + r.statusCode());
      } catch (IOException e) {
        tried.add(e.getClass().getSimpleName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException(
        "Virtuoso did not answer at "
            + sparql()
            + " in 120 s (last: "
            + tried.get(tried.size() - 1)
            + ")");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** A small configuration: the database, loopback ports, the load directory, result limits. */
  private static String ini(Path dir, int sql, int http) {
    Path db = dir.resolve("db");
    return String.join(
        "\n",
        "[Database]",
        "DatabaseFile = " + db.resolve("virtuoso.db"),
        "ErrorLogFile = " + db.resolve("virtuoso.log"),
        "LockFile = " + db.resolve("virtuoso.lck"),
        "TransactionFile = " + db.resolve("virtuoso.trx"),
        "xa_persistent_file = " + db.resolve("virtuoso.pxa"),
        "ErrorLogLevel = 7",
        "FileExtend = 200",
        "Striping = 0",
        "TempStorage = TempDatabase",
        "[TempDatabase]",
        "DatabaseFile = " + db.resolve("virtuoso-temp.db"),
        "TransactionFile = " + db.resolve("virtuoso-temp.trx"),
        "Striping = 0",
        "[Parameters]",
        "ServerPort = 127.0.0.1:" + sql,
        "DisableUnixSocket = 1",
        "CheckpointInterval = 60",
        "CaseMode = 2",
        "DirsAllowed = ., " + dir.resolve("load"),
        "NumberOfBuffers = 100000",
        "MaxDirtyBuffers = 60000",
        "MaxQueryMem = 1G",
        "[HTTPServer]",
        "ServerPort = 127.0.0.1:" + http,
        "ServerRoot = " + dir,
        "ServerThreads = 10",
        "Charset = UTF-8",
        "[SPARQL]",
        "ResultSetMaxRows = 1000000",
        "MaxQueryCostEstimationTime = 400",
        "MaxQueryExecutionTime = 600",
        "");
  }
}
