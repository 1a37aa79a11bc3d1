package org.w3id.claimgraph.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.Workspace;

/**
 * The digest of everything a build reads: the names and bytes of the files in {@code ontology/} and
 * {@code corpus/}, of the library queries the build ran (named in the build record, so that adding
 * or editing a query that only reads, or one of a user's own, does not make an archive be derived
 * again), and the version of the build's output format. A store whose recorded digest differs from
 * this is out of date. Content, not modification time, decides, so a fresh clone (where every file
 * is new) does not rebuild a store that is current.
 */
public final class InputDigest {
  private InputDigest() {}

  /**
   * The digest of the workspace's ontology and corpus and of the queries named (a query that is no
   * longer there counts as changed).
   */
  public static String of(Workspace ws, Collection<String> queries) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(Builder.FORMAT_VERSION.getBytes(StandardCharsets.UTF_8));
      List<Path> read = new ArrayList<>();
      read.addAll(files(ws.ontology()));
      read.addAll(files(ws.corpus()));
      new TreeSet<>(queries).forEach(q -> read.add(ws.queries().resolve(q + ".rq")));
      for (Path file : read) {
        md.update((ws.home().relativize(file) + "\0").getBytes(StandardCharsets.UTF_8));
        if (Files.isRegularFile(file)) {
          md.update(Files.readAllBytes(file));
        } else {
          md.update("\0missing".getBytes(StandardCharsets.UTF_8));
        }
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    } catch (IOException e) {
      throw new InputException(ws.home(), "cannot read inputs: " + e.getMessage(), e);
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().startsWith("."))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }
}
