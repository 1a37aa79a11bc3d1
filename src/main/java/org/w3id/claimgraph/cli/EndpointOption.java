package org.w3id.claimgraph.cli;

import picocli.CommandLine.Option;

/** Lets a command that only reads run its queries on any SPARQL 1.1 endpoint. */
public final class EndpointOption {
  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description =
          "Read from this SPARQL 1.1 query endpoint (a claimgraph export loaded into any SPARQL"
              + " server, or `claimgraph serve`) instead of the local store.")
  String endpoint;
}
