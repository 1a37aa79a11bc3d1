package org.w3id.claimgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes: where the store is, where the inputs are, how much to say. */
public final class CommonOptions {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "TDB2 store directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "data")
  Path store;

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description =
          "claimgraph home with ontology/, corpus/ and queries/ (default: the launcher's"
              + " directory, or the current one).")
  Path home;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;
}
