package org.w3id.claimgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The store as a read-only SPARQL 1.1 endpoint: embedded Apache Jena Fuseki with SPARQL Query (GET
 * and POST, results by content negotiation) and the Graph Store Protocol for reading, at {@code
 * /claimgraph/sparql}, {@code /claimgraph/query}, {@code /claimgraph/data} and {@code /claimgraph}.
 * No update or write operation is configured, so Fuseki refuses them. Every query has a timeout.
 * CORS is on for browser clients. The landing page is at {@code /}.
 */
public final class EndpointServer implements AutoCloseable {
  /** The dataset's path on the server. */
  public static final String DATASET = "/claimgraph";

  private final FusekiServer server;

  private EndpointServer(FusekiServer server) {
    this.server = server;
  }

  /**
   * @param host the interface to listen on ("127.0.0.1", "0.0.0.0", a host name)
   * @param port the port, or 0 for any free one
   * @param timeoutSeconds how long one query may run
   * @param landingPage the HTML of the page at {@code /}
   */
  public static EndpointServer start(
      DatasetGraph dataset, String host, int port, int timeoutSeconds, String landingPage) {
    Context timeout = new Context();
    timeout.set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000L));
    DataService.Builder service = DataService.newBuilder(dataset);
    for (String name : List.of("sparql", "query", "")) {
      service.addEndpoint(
          Endpoint.create().operation(Operation.Query).endpointName(name).context(timeout).build());
    }
    for (String name : List.of("data", "get", "")) {
      service.addEndpoint(
          Endpoint.create().operation(Operation.GSP_R).endpointName(name).context(timeout).build());
    }
    FusekiServer server =
        FusekiServer.create()
            .port(port)
            .add(DATASET, service)
            .enableCors(true)
            .enablePing(true)
            .addFilter(DATASET + "/*", new ReadOnly())
            .addFilter(DATASET, new ReadOnly())
            .addServlet("", new Landing(landingPage))
            .build();
    for (Connector c : server.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector connector) {
        connector.setHost(host);
      }
    }
    server.start();
    return new EndpointServer(server);
  }

  /** The port it listens on. */
  public int port() {
    return server.getHttpPort();
  }

  /** The URL of the query endpoint on {@code host}. */
  public String queryUrl(String host) {
    return "http://" + host + ":" + port() + DATASET + "/sparql";
  }

  /** Blocks until the server stops. */
  public void join() {
    server.join();
  }

  @Override
  public void close() {
    server.stop();
  }

  /**
   * Refuses, with 405 Method Not Allowed and a message that says why, any request that would change
   * the data: PUT, DELETE and PATCH, a SPARQL Update sent in the body or as a form, and a POST of
   * RDF to the Graph Store Protocol. Fuseki would refuse them too, since no write endpoint exists;
   * this says so in words a client can show.
   */
  static final class ReadOnly extends HttpFilter {
    static final String MESSAGE = "claimgraph serve is read-only: updates and writes are refused";

    @Override
    protected void doFilter(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      String method = request.getMethod();
      String type =
          request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
      boolean write =
          method.equals("PUT")
              || method.equals("DELETE")
              || method.equals("PATCH")
              || (method.equals("POST")
                  && (type.startsWith("application/sparql-update")
                      || (type.startsWith("application/x-www-form-urlencoded")
                          && request.getParameter("update") != null)
                      || (!type.startsWith("application/sparql-query")
                          && !type.startsWith("application/x-www-form-urlencoded")
                          && !type.isEmpty())));
      if (write) {
        response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, MESSAGE);
        return;
      }
      chain.doFilter(request, response);
    }
  }

  /** Serves the landing page at the root, and nothing else. */
  private static final class Landing extends HttpServlet {
    private final byte[] page;

    Landing(String html) {
      this.page = html.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("text/html; charset=utf-8");
      response.setContentLength(page.length);
      response.getOutputStream().write(page);
    }
  }
}
