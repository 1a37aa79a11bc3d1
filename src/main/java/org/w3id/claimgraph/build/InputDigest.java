package org.w3id.claimgraph.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.Workspace;

/**
 * The digest of everything a build reads: the names and bytes of the files in {@code ontology/},
 * {@code corpus/} and {@code queries/}, and the version of the build's output format. A store whose
 * recorded digest differs from this is out of date. Content, not modification time, decides, so a
 * fresh clone (where every file is new) does not rebuild a store that is current.
 */
public final class InputDigest {
  private InputDigest() {}

  public static String of(Workspace ws) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(Builder.FORMAT_VERSION.getBytes(StandardCharsets.UTF_8));
      for (Path dir : List.of(ws.ontology(), ws.corpus(), ws.queries())) {
        for (Path file : files(dir)) {
          md.update((ws.home().relativize(file) + "\0").getBytes(StandardCharsets.UTF_8));
          md.update(Files.readAllBytes(file));
          md.update((byte) 0);
        }
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
