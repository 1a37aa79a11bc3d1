package org.w3id.claimgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's own workspace, and throwaway copies of it for tests that change inputs. */
public final class TestHome {
  private TestHome() {}

  /** The repository root, as Maven's surefire passes it. */
  public static Path path() {
    String home = System.getProperty(Workspace.HOME_PROPERTY);
    return home != null ? Path.of(home) : Path.of("").toAbsolutePath();
  }

  public static Workspace workspace() {
    return new Workspace(path());
  }

  /** A copy of ontology/, corpus/ and queries/ under {@code dir}, to be changed by a test. */
  public static Workspace copyTo(Path dir) {
    for (String sub : new String[] {"ontology", "corpus", "queries"}) {
      copyTree(path().resolve(sub), dir.resolve(sub));
    }
    return new Workspace(dir);
  }

  /** As {@link #copyTo}, with an empty corpus: an archive that holds only what a test ingests. */
  public static Workspace copyWithEmptyCorpus(Path dir) {
    Workspace w = copyTo(dir);
    try (Stream<Path> files = Files.list(dir.resolve("corpus"))) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w;
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
