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
 * The store as a SPARQL 1.1 endpoint: embedded Apache Jena Fuseki with SPARQL Query (GET and POST,
 * results by content negotiation) and the Graph Store Protocol for reading, at {@code
 * /claimgraph/sparql}, {@code /claimgraph/query}, {@code /claimgraph/data} and {@code /claimgraph}.
 * Read-only unless {@link Settings#writable()}: then SPARQL Update ({@code /claimgraph/update}) and
 * the Graph Store Protocol's PUT, POST and DELETE are on too. Every query has a timeout and is
 * evaluated whole before it is answered, so a timeout is an error status, never a cut-off body.
 * CORS is on for browser clients. The landing page is at {@code /}.
 */
public final class EndpointServer implements AutoCloseable {
  /** The dataset's path on the server. */
  public static final String DATASET = "/claimgraph";

  private final FusekiServer server;

  private EndpointServer(FusekiServer server) {
    this.server = server;
  }

  /** How many rows a SELECT may return before it is refused (see {@link WholeResultQuery}). */
  public static final int DEFAULT_MAX_ROWS = 500_000;

  /**
   * What the server offers.
   *
   * @param host the interface to listen on ("127.0.0.1", "0.0.0.0", a host name)
   * @param port the port, or 0 for any free one
   * @param timeoutSeconds how long one query may run
   * @param maxRows how many rows one SELECT may return
   * @param writable whether SPARQL Update and the Graph Store Protocol's writes are on
   */
  public record Settings(String host, int port, int timeoutSeconds, int maxRows, boolean writable) {
    /** Read-only on loopback, any free port. */
    public static Settings loopback(int timeoutSeconds) {
      return new Settings("127.0.0.1", 0, timeoutSeconds, DEFAULT_MAX_ROWS, false);
    }

    /** The same, with writes on or off. */
    public Settings writable(boolean on) {
      return new Settings(host, port, timeoutSeconds, maxRows, on);
    }
  }

  /** A read-only server; see {@link #start(DatasetGraph, Settings, String)}. */
  public static EndpointServer start(
      DatasetGraph dataset, String host, int port, int timeoutSeconds, String landingPage) {
    return start(
        dataset, new Settings(host, port, timeoutSeconds, DEFAULT_MAX_ROWS, false), landingPage);
  }

  /**
   * Starts the server.
   *
   * @param landingPage the HTML of the page at {@code /}
   */
  public static EndpointServer start(DatasetGraph dataset, Settings settings, String landingPage) {
    Context timeout = new Context();
    timeout.set(ARQ.queryTimeout, Long.toString(settings.timeoutSeconds() * 1000L));
    DataService.Builder service = DataService.newBuilder(dataset);
    for (String name : List.of("sparql", "query", "")) {
      service.addEndpoint(
          Endpoint.create()
              .operation(Operation.Query)
              .processor(new WholeResultQuery(settings.maxRows()))
              .endpointName(name)
              .context(timeout)
              .build());
    }
    Operation store = settings.writable() ? Operation.GSP_RW : Operation.GSP_R;
    for (String name : List.of("data", "get", "")) {
      service.addEndpoint(
          Endpoint.create().operation(store).endpointName(name).context(timeout).build());
    }
    if (settings.writable()) {
      for (String name : List.of("update", "")) {
        service.addEndpoint(
            Endpoint.create().operation(Operation.Update).endpointName(name).build());
      }
    }
    FusekiServer.Builder builder =
        FusekiServer.create()
            .port(settings.port())
            .add(DATASET, service)
            .enableCors(true)
            .enablePing(true)
            .addServlet("", new Landing(landingPage));
    if (!settings.writable()) {
      builder.addFilter(DATASET + "/*", new ReadOnly()).addFilter(DATASET, new ReadOnly());
    }
    FusekiServer server = builder.build();
    for (Connector c : server.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector connector) {
        connector.setHost(settings.host());
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

  /** The URL of the Graph Store Protocol service on {@code host}. */
  public String dataUrl(String host) {
    return "http://" + host + ":" + port() + DATASET + "/data";
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
