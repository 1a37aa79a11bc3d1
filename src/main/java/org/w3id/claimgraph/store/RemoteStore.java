package org.w3id.claimgraph.store;

import java.net.http.HttpClient;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.w3id.claimgraph.QueryException;
import org.w3id.claimgraph.StoreException;

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
    HttpEndpoints.check("--endpoint", endpoint, "a SPARQL endpoint");
    return new RemoteStore(endpoint, HttpEndpoints.client());
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
            // GET, or for a long query an HTML-form POST: both are in the SPARQL 1.1 Protocol and
            // every server takes them; a POST of application/sparql-query is not (Virtuoso 7.2
            // waits on it until its timeout).
            .querySendMode(org.apache.jena.sparql.exec.http.QuerySendMode.asGetWithLimitForm)
            .build()) {
      return work.apply(link);
    } catch (org.apache.jena.atlas.web.HttpException e) {
      throw failure(e.getStatusCode(), e.getResponse(), e);
    } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
      throw failure(e.getStatusCode(), e.getResponse(), e);
    }
  }

  /**
   * A failed request in one line: the host and the reason when the endpoint could not be reached
   * (never the whole encoded query); the status and the first line of the answer when it refused.
   */
  private RuntimeException failure(int status, String body, Exception e) {
    String where = HttpEndpoints.where(endpoint);
    if (status <= 0) {
      return new StoreException(
          "cannot reach the SPARQL endpoint at "
              + where
              + " ("
              + endpoint
              + "): "
              + HttpEndpoints.unreachable(e),
          e);
    }
    String first = HttpEndpoints.firstLine(body);
    String message =
        "the SPARQL endpoint at "
            + where
            + " answered HTTP "
            + status
            + (first.isEmpty() ? "" : ": " + first);
    return status >= 400 && status < 500
        ? new QueryException(message, e)
        : new StoreException(message, e);
  }

  /**
   * Copies every named graph of the server whose name starts with {@code prefix} into {@code
   * target}, each read with a CONSTRUCT of its own over the query endpoint (no other access to the
   * server is needed), and all written in one transaction.
   *
   * @return how many graphs were copied
   */
  public int copyGraphs(LocalStore target, String prefix) {
    List<String> names =
        read(
            link -> {
              List<String> out = new java.util.ArrayList<>();
              org.apache.jena.query.ParameterizedSparqlString q =
                  new org.apache.jena.query.ParameterizedSparqlString(
                      "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o }"
                          + " FILTER(STRSTARTS(STR(?g), ?prefix)) } ORDER BY ?g");
              q.setLiteral("prefix", prefix);
              link.newQuery()
                  .query(q.asQuery())
                  .select()
                  .forEachRemaining(b -> out.add(b.get("g").getURI()));
              return out;
            });
    java.util.Map<String, org.apache.jena.graph.Graph> graphs = new java.util.LinkedHashMap<>();
    for (String name : names) {
      graphs.put(name, read(link -> link.newQuery().query(graphQuery(name)).construct()));
    }
    target.calculateWrite(
        w -> {
          graphs.forEach(
              (name, g) ->
                  g.find()
                      .forEachRemaining(
                          t ->
                              w.dataset()
                                  .add(
                                      org.apache.jena.graph.NodeFactory.createURI(name),
                                      t.getSubject(),
                                      t.getPredicate(),
                                      t.getObject())));
          return null;
        });
    return names.size();
  }

  /** Everything in the named graph {@code name}: its IRI checked and put in by Jena. */
  private static org.apache.jena.query.Query graphQuery(String name) {
    org.apache.jena.query.ParameterizedSparqlString q =
        new org.apache.jena.query.ParameterizedSparqlString(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
    q.setIri("g", org.w3id.claimgraph.rdf.Terms.checkedIri(name));
    return q.asQuery();
  }

  @Override
  public String description() {
    return "SPARQL endpoint " + endpoint;
  }

  /** Nothing to release: each read opens and closes its own link; the client has no handle. */
  @Override
  public void close() {}
}
