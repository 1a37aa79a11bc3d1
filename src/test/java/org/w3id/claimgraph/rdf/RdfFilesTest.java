package org.w3id.claimgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.TestHome;

class RdfFilesTest {
  @TempDir Path dir;

  @Test
  void aSyntaxErrorGivesFileLineAndColumn() throws IOException {
    Path file = dir.resolve("bad.ttl");
    Files.writeString(
        file, "@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:c ;\n   ex:d ex:e ex:f .\n");
    assertThatThrownBy(() -> RdfFiles.readTurtle(file))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ":4:")
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(4));
  }

  @Test
  void anUndefinedPrefixIsAnError() throws IOException {
    Path file = dir.resolve("prefix.ttl");
    Files.writeString(file, "nope:a nope:b nope:c .\n");
    assertThatThrownBy(() -> RdfFiles.readTurtle(file))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ":1:")
        .hasMessageContaining("nope");
  }

  @Test
  void mutatedTurtleParsesOrFailsCleanly() throws IOException {
    String good =
        Files.readString(TestHome.path().resolve("corpus/massage-benefits-leg-pain.claims.ttl"));
    Random random = new Random(42);
    Path file = dir.resolve("mutant.ttl");
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder(good);
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        int at = random.nextInt(sb.length());
        switch (random.nextInt(3)) {
          case 0 -> sb.deleteCharAt(at);
          case 1 -> sb.insert(at, "\"<>;.,[]()#@^\\_:".charAt(random.nextInt(16)));
          default -> sb.setCharAt(at, (char) (' ' + random.nextInt(95)));
        }
      }
      Files.writeString(file, sb);
      try {
        RdfFiles.readTurtle(file);
      } catch (InputException e) {
        assertThat(e.getMessage()).startsWith(file.toString());
      }
    }
  }
}
