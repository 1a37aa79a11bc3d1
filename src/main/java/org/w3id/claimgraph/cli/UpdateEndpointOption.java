package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import org.w3id.claimgraph.store.GraphStoreWriter;
import org.w3id.claimgraph.store.LocalStore;
import picocli.CommandLine.Option;

/** Lets a command that writes the store also send what it wrote to a SPARQL server. */
final class UpdateEndpointOption {
  @Option(
      names = "--update-endpoint",
      paramLabel = "URL",
      description =
          "Also write the graphs to this SPARQL 1.1 Graph Store Protocol service (`claimgraph"
              + " serve --writable`: …/claimgraph/data; Virtuoso: …/sparql-graph-crud), each"
              + " replaced whole with PUT, so running the command again is safe.")
  String url;

  /** Fails on a URL that cannot be one, before the command does any work. */
  void check() {
    if (url != null) {
      GraphStoreWriter.of(url);
    }
  }

  /** Sends {@code graphs} of {@code store} when the option was given; says what it sent. */
  void send(LocalStore store, List<String> graphs, PrintWriter out) {
    if (url == null) {
      return;
    }
    long triples = GraphStoreWriter.of(url).write(store, graphs, name -> {});
    out.printf("Sent %d graphs (%d triples) to %s.%n", graphs.size(), triples, url);
  }
}
