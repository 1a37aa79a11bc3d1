package org.w3id.claimgraph.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Function;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.w3id.claimgraph.InputException;

/**
 * A claimgraph dataset kept in any SPARQL 1.1 server, read over HTTP with the SPARQL 1.1 Protocol.
 * Only the query endpoint is used: every reader runs the query library, so every command that only
 * reads works the same on it as on the embedded store.
 */
public final class RemoteStore implements Store {
  private final String endpoint;
  private final HttpClient client;

  private RemoteStore(String endpoint, HttpClient client) {
    this.endpoint = endpoint;
    this.client = client;
  }

  /**
   * @param endpoint the URL of the SPARQL query endpoint, such as {@code
   *     http://localhost:3030/claimgraph/sparql}
   */
  public static RemoteStore of(String endpoint) {
    try {
      URI u = new URI(endpoint);
      if (!"http".equalsIgnoreCase(u.getScheme()) && !"https".equalsIgnoreCase(u.getScheme())
          || u.getHost() == null) {
        throw new InputException(
            "--endpoint",
            -1,
            -1,
            "\"" + endpoint + "\" is not an http(s) URL of a SPARQL endpoint");
      }
    } catch (URISyntaxException e) {
      throw new InputException(
          "--endpoint", -1, -1, "\"" + endpoint + "\" is not a URL: " + e.getMessage());
    }
    HttpClient client =
        HttpEnv.httpClientBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    return new RemoteStore(endpoint, client);
  }

  @Override
  public <T> T read(Function<RDFLink, T> work) {
    try (RDFLink link =
        RDFLinkHTTP.newBuilder()
            .destination(endpoint)
            .queryEndpoint("")
            .updateEndpoint(null)
            .gspEndpoint(null)
            .httpClient(client)
            .build()) {
      return work.apply(link);
    }
  }

  @Override
  public String description() {
    return "SPARQL endpoint " + endpoint;
  }

  /** Nothing to release: each read opens and closes its own link; the client has no handle. */
  @Override
  public void close() {}
}
