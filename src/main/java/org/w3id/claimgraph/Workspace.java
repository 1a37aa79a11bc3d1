package org.w3id.claimgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where claimgraph's inputs live: the {@code ontology/}, {@code corpus/} and {@code queries/}
 * directories of a claimgraph home (the repository root).
 */
public record Workspace(Path home) {
  /** The system property, set by the launcher, that names the home directory. */
  public static final String HOME_PROPERTY = "claimgraph.home";

  public Workspace {
    Objects.requireNonNull(home, "home may not be null");
    home = home.toAbsolutePath().normalize();
  }

  public Path ontology() {
    return home.resolve("ontology");
  }

  public Path corpus() {
    return home.resolve("corpus");
  }

  public Path queries() {
    return home.resolve("queries");
  }

  /**
   * The workspace at {@code explicit} if given, else at the {@value #HOME_PROPERTY} system
   * property, else the current directory; it must contain {@code ontology/} and {@code queries/}.
   */
  public static Workspace locate(Path explicit) {
    Path home = explicit;
    if (home == null && System.getProperty(HOME_PROPERTY) != null) {
      home = Path.of(System.getProperty(HOME_PROPERTY));
    }
    if (home == null) {
      home = Path.of("");
    }
    Workspace ws = new Workspace(home);
    if (!Files.isDirectory(ws.ontology()) || !Files.isDirectory(ws.queries())) {
      throw new ClaimgraphException(
          "no claimgraph home at "
              + ws.home()
              + ": it needs ontology/ and queries/ (use --home DIR or run from the repository)");
    }
    return ws;
  }
}
