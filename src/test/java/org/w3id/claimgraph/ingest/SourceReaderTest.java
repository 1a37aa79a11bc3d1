package org.w3id.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.InputException;

class SourceReaderTest {
  @TempDir Path dir;
  final SourceReader reader = new SourceReader(SourceReader.DEFAULT_MAX_BYTES);

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void plainTextIsKeptAsItIs() throws IOException {
    Source s = reader.read(write("a.txt", "Leg Care\n\nMassage eases cramps.\n"));
    assertThat(s.text()).isEqualTo("Leg Care\n\nMassage eases cramps.\n");
    assertThat(s.title()).isEqualTo("Leg Care");
  }

  @Test
  void aWebPageGivesItsMainTextWithoutScriptsOrNavigation() throws IOException {
    Source s =
        reader.read(
            write(
                "p.html",
                "<html><head><title>T</title><meta name='author' content='Ann Lee'><script>var x='massage cures all';</script></head>"
                    + "<body><nav>Home | Shop</nav><header>Site</header><article><h1>Leg care</h1><p>Massage <b>eases</b> cramps.</p>"
                    + "<ul><li>Fever</li><li>Open wounds</li></ul></article><footer>© Site</footer></body></html>"));
    assertThat(s.text()).isEqualTo("Leg care\nMassage eases cramps.\n• Fever\n• Open wounds\n");
    assertThat(s.title()).isEqualTo("Leg care");
    assertThat(s.author()).isEqualTo("Ann Lee");
    assertThat(s.text()).doesNotContain("cures all").doesNotContain("Shop").doesNotContain("©");
  }

  @Test
  void markdownBecomesPlainTextWithListItems() throws IOException {
    Source s =
        reader.read(
            write(
                "m.md",
                "# Leg care\n\nMassage **eases** [cramps](http://x).\n\n- Fever\n- Open wounds\n"));
    assertThat(s.text()).isEqualTo("Leg care\nMassage eases cramps.\n• Fever\n• Open wounds\n");
    assertThat(s.title()).isEqualTo("Leg care");
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    Path p = write("e.txt", "");
    assertThatThrownBy(() -> reader.read(p))
        .isInstanceOf(InputException.class)
        .hasMessage(p + ": is empty");
  }

  @Test
  void aBinaryFileIsRefused() throws IOException {
    Path p = dir.resolve("b.txt");
    Files.write(p, new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0});
    assertThatThrownBy(() -> reader.read(p))
        .isInstanceOf(InputException.class)
        .hasMessage(p + ": is a binary file, not text");
  }

  @Test
  void textThatIsNotUtf8NamesTheByte() throws IOException {
    Path p = dir.resolve("latin1.txt");
    Files.write(p, "Caf\u00e9 massage".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> reader.read(p))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(p + ":1: not valid UTF-8: bad byte 0xe9 at byte offset 3");
  }

  @Test
  void aFileOverTheLimitIsRefused() throws IOException {
    Path p = write("big.txt", "x".repeat(2000));
    assertThatThrownBy(() -> new SourceReader(1000).read(p))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is 2000 bytes, over the limit of 1000");
  }

  @Test
  void aPageOfOnlyScriptsAndNavigationHasNoText() throws IOException {
    Path p =
        write(
            "n.html",
            "<html><head><script>alert(1)</script></head><body><nav><a href=/>Home</a></nav><script>x()</script></body></html>");
    assertThatThrownBy(() -> reader.read(p))
        .isInstanceOf(InputException.class)
        .hasMessage(p + ": has no article text (only scripts, styles or navigation)");
  }

  @Test
  void anUnknownExtensionIsRefused() throws IOException {
    Path p = write("a.pdf", "text");
    assertThatThrownBy(() -> reader.read(p))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is not .txt, .md or .html");
  }

  @Test
  void randomBytesGiveTextOrAnInputErrorNeverACrash() throws IOException {
    Random random = new Random(5);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[1 + random.nextInt(200)];
      random.nextBytes(bytes);
      String ext = new String[] {"txt", "md", "html"}[i % 3];
      Path p = dir.resolve("r" + i + "." + ext);
      Files.write(p, bytes);
      try {
        assertThat(reader.read(p).text()).isNotBlank();
      } catch (InputException e) {
        assertThat(e.getMessage()).startsWith(p.toString());
      }
    }
  }

  @Test
  void aSavedPageHeaderIsMetadataAndTheTextStartsAfterIt() throws IOException {
    Source s =
        reader.read(
            write(
                "h.txt",
                "# source: https://example.org/leg\n# title: Leg care\n# author: Ann Lee\n"
                    + "# publisher: Example\n\nMassage eases cramps.\n"));
    assertThat(s.text()).isEqualTo("Massage eases cramps.\n");
    assertThat(s.title()).isEqualTo("Leg care");
    assertThat(s.author()).isEqualTo("Ann Lee");
    assertThat(s.url()).isEqualTo("https://example.org/leg");
    assertThat(s.publisher()).isEqualTo("Example");
    assertThat(reader.read(write("u.txt", "# author: unknown (site)\n\nText.\n")).author())
        .isNull();
  }

  @Test
  void aFirstLineThatIsOnlyAHeadingIsText() throws IOException {
    Source s = reader.read(write("t.txt", "# Leg care: the basics\n\nMassage eases cramps.\n"));
    assertThat(s.text()).startsWith("# Leg care: the basics");
  }

  @Test
  void aCharacterReferenceToHalfASurrogatePairBecomesAReplacementCharacter() throws IOException {
    Source s =
        reader.read(
            write("s.html", "<html><body><p>Massage &#xD800; eases pain 😀.</p></body></html>"));
    assertThat(s.text()).isEqualTo("Massage \uFFFD eases pain 😀.\n");
    for (int i = 0; i < s.text().length(); i++) {
      char c = s.text().charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(s.text().charAt(i + 1))).isTrue();
      }
    }
  }

  @Test
  void markdownNestedThousandsDeepIsReadWithoutRunningOutOfStack() throws IOException {
    for (String marker : new String[] {"> ", "- ", "1. "}) {
      Source s = reader.read(write("deep.md", marker.repeat(5_000) + "Massage eases cramps.\n"));
      assertThat(s.text()).contains("Massage eases cramps.");
    }
  }
}
