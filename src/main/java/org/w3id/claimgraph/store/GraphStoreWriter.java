package org.w3id.claimgraph.store;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.claimgraph.StoreException;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Writes named graphs of the local store to a SPARQL server through the SPARQL 1.1 Graph Store
 * Protocol: each graph is sent whole with PUT, which replaces what the server held under that name,
 * so sending the same graphs again (a retried or resumed ingest) leaves the server as it was.
 */
public final class GraphStoreWriter {
  private final String endpoint;
  private final HttpClient client;

  private GraphStoreWriter(String endpoint, HttpClient client) {
    this.endpoint = endpoint;
    this.client = client;
  }

  /**
   * @param endpoint the URL of the server's Graph Store Protocol service, such as {@code
   *     http://localhost:3030/claimgraph/data} or Virtuoso's {@code /sparql-graph-crud}
   */
  public static GraphStoreWriter of(String endpoint) {
    HttpEndpoints.check("--update-endpoint", endpoint, "a Graph Store Protocol service");
    return new GraphStoreWriter(endpoint, HttpEndpoints.client());
  }

  /** The graphs to send after a build: every named graph of the store. */
  public static List<String> allGraphs(LocalStore store) {
    return store.readDataset(
        dsg -> {
          TreeSet<String> names = new TreeSet<>();
          dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
          return List.copyOf(names);
        });
  }

  /**
   * The graphs to send after an ingest of {@code slugs}: their article graphs and the graphs
   * derived from the whole store (the concepts with the unreviewed ones the articles name,
   * conflicts, grades, the build record).
   */
  public static List<String> ingestedGraphs(Collection<String> slugs) {
    List<String> out = new ArrayList<>();
    slugs.stream().sorted().forEach(s -> out.add(Ids.articleGraph(s)));
    out.add(Ids.CONCEPTS_GRAPH);
    out.add(Ids.CONFLICTS_GRAPH);
    out.add(Ids.GRADES_GRAPH);
    out.add(Ids.BUILD_GRAPH);
    return out;
  }

  /**
   * The graphs derivation writes: the concepts (with the unreviewed ones the articles name), the
   * conflicts and the grades.
   */
  public static List<String> derivedGraphs() {
    return List.of(Ids.CONCEPTS_GRAPH, Ids.CONFLICTS_GRAPH, Ids.GRADES_GRAPH);
  }

  /**
   * Sends each of {@code graphs} as the store holds it (an empty graph if it holds none), read in
   * one read transaction and written one PUT at a time; {@code progress} is told each name.
   *
   * @return the number of triples sent
   */
  public long write(LocalStore store, List<String> graphs, Consumer<String> progress) {
    long triples = 0;
    for (String name : graphs) {
      Graph copy =
          store.readDataset(
              dsg -> {
                Node g = NodeFactory.createURI(name);
                Graph out = GraphFactory.createDefaultGraph();
                if (dsg.containsGraph(g)) {
                  dsg.getGraph(g).find().forEachRemaining(out::add);
                }
                return out;
              });
      try {
        GSP.service(endpoint)
            .httpClient(client)
            .contentType(RDFFormat.NTRIPLES)
            .graphName(name)
            .PUT(copy);
      } catch (org.apache.jena.atlas.web.HttpException e) {
        throw failure(name, e);
      }
      triples += copy.size();
      progress.accept(name);
    }
    return triples;
  }

  private StoreException failure(String graph, org.apache.jena.atlas.web.HttpException e) {
    String where = HttpEndpoints.where(endpoint);
    if (e.getStatusCode() <= 0) {
      return new StoreException(
          "cannot reach the Graph Store at "
              + where
              + " ("
              + endpoint
              + "): "
              + HttpEndpoints.unreachable(e),
          e);
    }
    String first = HttpEndpoints.firstLine(e.getResponse());
    return new StoreException(
        "the Graph Store at "
            + where
            + " refused graph <"
            + graph
            + ">: HTTP "
            + e.getStatusCode()
            + (first.isEmpty() ? "" : ": " + first)
            + " (the graphs before it were written; run the command again to send them all)",
        e);
  }
}
