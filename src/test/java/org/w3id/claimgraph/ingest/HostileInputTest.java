package org.w3id.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.extract.Extractor;
import org.w3id.claimgraph.extract.Segmenter;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Sentence;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Thousands of random and malformed files (random bytes, deep nesting, no sentence break, odd
 * Unicode, broken markup) through reading and extraction in one JVM: each gives text and valid
 * claims, or one input error that names the file, never another exception; and no sentence passed
 * on is longer than the segmenter's bound, which is what keeps the time per byte flat (the timings
 * themselves are in the extraction benchmark, not here).
 */
class HostileInputTest {
  static final Vocabulary VOCABULARY = org.w3id.claimgraph.TestExtractor.VOCABULARY;
  static final Extractor EXTRACTOR = org.w3id.claimgraph.TestExtractor.EXTRACTOR;
  static final AgentRef AUTHOR = new AgentRef(Ids.person("a"), "a");
  static final String[] PIECES = {
    "massage ",
    "may ",
    "cause ",
    "blood clots",
    ". ",
    "\n",
    "\n\n",
    "• ",
    "- ",
    "1. ",
    "> ",
    "# ",
    "<p>",
    "</p>",
    "<div>",
    "<li>",
    "&#xD800;",
    "&#xDFFF;",
    "&#0;",
    "&amp;",
    "😀",
    "\uFFFF",
    "\u202E",
    "\u0301",
    "é",
    "“",
    "”",
    "\"",
    ":",
    "?",
    "(",
    ")",
    "DVT ",
    "is contraindicated ",
    "if you have ",
    "not ",
    "some people believe ",
    "this therapy ",
    "it ",
    "\t",
    "\r\n",
    "<br>",
    "*",
    "_",
    "`",
    "[",
    "](",
    "<!--",
    "-->",
    "<script>",
    "</script>"
  };

  @TempDir Path dir;
  final SourceReader reader = new SourceReader(SourceReader.DEFAULT_MAX_BYTES);

  @Test
  void randomAndMalformedFilesGiveClaimsOrOneInputErrorNamingTheFile() throws IOException {
    Random random = new Random(23);
    String[] extensions = {"txt", "md", "html"};
    int read = 0;
    for (int i = 0; i < 3_000; i++) {
      Path p = dir.resolve("f" + i + "." + extensions[i % 3]);
      if (i % 5 == 0) {
        byte[] bytes = new byte[1 + random.nextInt(400)];
        random.nextBytes(bytes);
        Files.write(p, bytes);
      } else {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(120); k >= 0; k--) {
          sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
      }
      read += check(p) ? 1 : 0;
    }
    assertThat(read).isGreaterThan(1_500);
  }

  @Test
  void hugeNestingAndTextWithoutBreaksAreRead() throws IOException {
    Random random = new Random(3);
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 400_000; i++) {
      letters.append(i % 7 == 6 ? ' ' : (char) ('a' + random.nextInt(26)));
    }
    assertThat(check(write("letters.txt", letters.toString()))).isTrue();
    assertThat(check(write("words.txt", "massage reduces pain ".repeat(20_000)))).isTrue();
    assertThat(check(write("quotes.md", "> ".repeat(20_000) + "Massage eases cramps.\n"))).isTrue();
    assertThat(check(write("items.md", "1. ".repeat(20_000) + "Massage eases cramps.\n"))).isTrue();
    assertThat(
            check(
                write(
                    "divs.html",
                    "<html><body>"
                        + "<div>".repeat(20_000)
                        + "Massage eases cramps."
                        + "</div>".repeat(20_000)
                        + "</body></html>")))
        .isTrue();
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** True when the file was read; false when it was refused with its name. */
  private boolean check(Path p) {
    Source s;
    try {
      s = reader.read(p);
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith(p.toString()).doesNotContain("\n");
      return false;
    }
    Article article = new Article("hostile", s.text());
    Extractor.Extraction e = EXTRACTOR.extract(article, AUTHOR, s.title());
    for (Claim c : e.claims()) {
      assertThat(article.slice(c.span().start(), c.span().end())).isEqualTo(c.span().quote());
    }
    for (Sentence sentence : e.sentences()) {
      assertThat(sentence.end() - sentence.start()).isLessThanOrEqualTo(Segmenter.MAX_SENTENCE);
      assertThat(article.slice(sentence.start(), sentence.end())).isEqualTo(sentence.text());
    }
    return true;
  }
}
