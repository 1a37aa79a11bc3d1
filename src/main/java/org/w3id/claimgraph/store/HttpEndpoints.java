package org.w3id.claimgraph.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.http.HttpEnv;
import org.w3id.claimgraph.InputException;

/** What the clients of a SPARQL server share: the URL check, the HTTP client, one-line failures. */
final class HttpEndpoints {
  private HttpEndpoints() {}

  /**
   * Fails, naming {@code option}, unless {@code url} is an http(s) URL with a host.
   *
   * @param what what the URL should be of, for the message
   */
  static void check(String option, String url, String what) {
    try {
      URI u = new URI(url);
      if (!"http".equalsIgnoreCase(u.getScheme()) && !"https".equalsIgnoreCase(u.getScheme())
          || u.getHost() == null) {
        throw new InputException(
            option, -1, -1, "\"" + url + "\" is not an http(s) URL of " + what);
      }
    } catch (URISyntaxException e) {
      throw new InputException(option, -1, -1, "\"" + url + "\" is not a URL: " + e.getMessage());
    }
  }

  /** An HTTP client that gives up connecting after ten seconds and follows redirects. */
  static HttpClient client() {
    return HttpEnv.httpClientBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** The host and port of {@code url}, as a message names it. */
  static String where(String url) {
    URI u = URI.create(url);
    return u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
  }

  /**
   * Why a server could not be reached, in a few words: the most telling cause anywhere in the chain
   * (an unknown host, no answer in time, a refused connection), else the innermost one.
   */
  static String unreachable(Exception e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    if (chain.stream()
        .anyMatch(
            t ->
                t instanceof java.net.UnknownHostException
                    || t instanceof java.nio.channels.UnresolvedAddressException)) {
      return "unknown host";
    }
    if (chain.stream().anyMatch(t -> t instanceof java.net.http.HttpTimeoutException)) {
      return "no answer in time";
    }
    if (chain.stream().anyMatch(t -> t instanceof java.net.ConnectException)) {
      return "connection refused";
    }
    Throwable root = chain.get(chain.size() - 1);
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  /** The first line of a server's answer, on one line and at most 200 characters. */
  static String firstLine(String body) {
    String first =
        body == null ? "" : body.strip().lines().findFirst().orElse("").replaceAll("\\s+", " ");
    return first.length() > 200 ? first.substring(0, 197) + "…" : first;
  }
}
