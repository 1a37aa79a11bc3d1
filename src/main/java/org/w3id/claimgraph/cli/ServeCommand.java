package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.serve.EndpointServer;
import org.w3id.claimgraph.serve.LandingPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "serve",
    description = {
      "Serve the store as a read-only SPARQL 1.1 endpoint (embedded Apache Jena Fuseki) for your"
          + " own tools: SPARQL Query over GET and POST at /claimgraph/sparql, results as JSON,"
          + " XML, CSV or TSV by the Accept header; the Graph Store Protocol for reading at"
          + " /claimgraph/data; text:query for full-text search. Updates and writes are refused."
          + " A page at / lists the query library with a button to run each, and an editor.",
      "Listens on 127.0.0.1 unless told otherwise. Stop it with Ctrl-C."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph serve                      # http://127.0.0.1:3030/",
      "  claimgraph serve --port 8080 --timeout 10",
      "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3' \\",
      "       http://127.0.0.1:3030/claimgraph/sparql"
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "3030",
      description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
              + " interface).")
  String host;

  @Option(
      names = "--timeout",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description = "Stop a query that runs longer (default: ${DEFAULT-VALUE}).")
  int timeout;

  @Option(
      names = "--max-rows",
      defaultValue = "" + EndpointServer.DEFAULT_MAX_ROWS,
      paramLabel = "N",
      description =
          "Refuse (400) a SELECT with more rows than this (default: ${DEFAULT-VALUE}); results are"
              + " read whole before they are sent, so a timeout is always an error status.")
  int maxRows;

  @Option(
      names = "--writable",
      description =
          "Also accept SPARQL Update at /claimgraph/update and the Graph Store Protocol's PUT, POST"
              + " and DELETE at /claimgraph/data, for ingest --update-endpoint. Loopback only. The"
              + " search index is not updated by such writes.")
  boolean writable;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535; got: " + port);
    }
    if (timeout < 1) {
      throw new ParameterException(
          spec.commandLine(), "--timeout must be at least 1 second; got: " + timeout);
    }
    if (maxRows < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-rows must be at least 1; got: " + maxRows);
    }
    if (writable && !isLoopback(host)) {
      throw new ParameterException(
          spec.commandLine(),
          "--writable listens on loopback only (127.0.0.1, ::1 or localhost); got --host " + host);
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Session session = new Session(options, err)) {
      var store = session.store();
      String endpoint = EndpointServer.DATASET + "/sparql";
      String page = LandingPage.html(session.queries(), endpoint, store.description());
      EndpointServer server =
          EndpointServer.start(
              session.localStore().datasetGraph(),
              new EndpointServer.Settings(host, port, timeout, maxRows, writable),
              page);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "claimgraph-serve-stop"));
      if (host.equals("0.0.0.0") || host.equals("::")) {
        err.println(
            "claimgraph: listening on every interface: anyone who can reach this machine can query it");
      }
      String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "claimgraph serves "
              + store.description()
              + (writable ? " writable (SPARQL Update and Graph Store Protocol)" : " read-only"));
      out.println("  query page: http://" + shown + ":" + server.port() + "/");
      out.println("  SPARQL:     " + server.queryUrl(shown));
      out.println("  timeout:    " + timeout + " s per query; Ctrl-C to stop");
      if (writable) {
        out.println("  update:     http://" + shown + ":" + server.port() + "/claimgraph/update");
        out.println("  graphs:     http://" + shown + ":" + server.port() + "/claimgraph/data");
      }
      out.flush();
      server.join();
      return 0;
    }
  }

  private static boolean isLoopback(String host) {
    return host.equals("127.0.0.1") || host.equals("::1") || host.equals("localhost");
  }
}
