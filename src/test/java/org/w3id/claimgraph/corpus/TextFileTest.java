package org.w3id.claimgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.InputException;

class TextFileTest {
  @Test
  void decodesUtf8() {
    assertThat(
            TextFile.decode("x", "caf\u00e9 \u2022 \ud83d\ude00".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("caf\u00e9 \u2022 \ud83d\ude00");
  }

  @Test
  void badUtf8NamesTheFileLineAndByte() {
    byte[] bytes = "line one\nline two \u00e9".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 1] = (byte) 0x41; // cut the two-byte sequence in half
    assertThatThrownBy(() -> TextFile.decode("corpus/x.txt", bytes))
        .isInstanceOf(InputException.class)
        .hasMessage("corpus/x.txt:2: not valid UTF-8: bad byte 0xc3 at byte offset 18");
  }

  private final Random random = new Random(20261121);

  @RepeatedTest(200)
  void randomBytesGiveTextOrAnInputErrorNeverAnythingElse() {
    byte[] bytes = new byte[random.nextInt(64)];
    random.nextBytes(bytes);
    try {
      String s = TextFile.decode("random", bytes);
      assertThat(s.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith("random:").contains("not valid UTF-8");
    }
  }
}
