package org.w3id.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.model.Sentence;

/**
 * The one segmentation, against golden block and sentence offsets: {@code segment/NAME.txt} (texts
 * written for these tests) gives {@code NAME.expected}, one line per sentence with its block's
 * kind, its UTF-16 offsets and its code point offsets. Run with {@code -Dgolden.update=true} to
 * rewrite them after a deliberate change, and review the diff.
 */
class SegmenterTest {
  static final Path CASES = TestHome.path().resolve("src/test/resources/segment");
  final Segmenter segmenter = new Segmenter();

  static Stream<String> cases() throws IOException {
    return GoldenCases.names(CASES);
  }

  static String describe(Segmentation s) {
    StringBuilder out = new StringBuilder();
    List<Sentence> cps = s.sentences("x");
    for (Segmentation.Segment g : s.segments()) {
      Sentence cp = cps.get(g.index());
      out.append(s.blockOf(g).kind())
          .append(' ')
          .append(g.block())
          .append(' ')
          .append(g.start())
          .append('-')
          .append(g.end())
          .append(" cp ")
          .append(cp.start())
          .append('-')
          .append(cp.end())
          .append(g.question() ? " question" : "")
          .append(g.leadIn() ? " lead-in" : "")
          .append(" | ")
          .append(s.text(g))
          .append('\n');
    }
    return out.toString();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void segmentsAsTheGoldenFileSays(String name) throws IOException {
    String text = Files.readString(CASES.resolve(name + ".txt"), StandardCharsets.UTF_8);
    Segmentation s = segmenter.segment(text);
    String actual = describe(s);
    Path expected = CASES.resolve(name + ".expected");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    for (Segmentation.Segment g : s.segments()) {
      assertThat(g.end() - g.start()).isLessThanOrEqualTo(Segmenter.MAX_SENTENCE);
      assertThat(s.text(g)).isEqualTo(s.text(g).strip());
    }
  }

  @Test
  void blocksCoverTheirSegmentsInOrder() {
    Segmentation s = segmenter.segment("Title\n\nOne. Two.\n• Item\n");
    assertThat(s.blocks()).hasSize(3);
    int previousEnd = 0;
    for (Segmentation.Block b : s.blocks()) {
      assertThat(b.start()).isGreaterThanOrEqualTo(previousEnd);
      for (int i = b.first(); i < b.first() + b.count(); i++) {
        Segmentation.Segment g = s.segments().get(i);
        assertThat(g.block()).isEqualTo(b.index());
        assertThat(g.start()).isGreaterThanOrEqualTo(b.start());
        assertThat(g.end()).isLessThanOrEqualTo(b.end());
      }
      previousEnd = b.end();
    }
    assertThat(s.blocks().get(0).kind()).isEqualTo(Segmentation.Kind.HEADING);
    assertThat(s.blocks().get(1).kind()).isEqualTo(Segmentation.Kind.PARAGRAPH);
    assertThat(s.blocks().get(2).kind()).isEqualTo(Segmentation.Kind.ITEM);
  }

  @Test
  void textWithoutABreakIsCutIntoBoundedPiecesThatCoverIt() {
    StringBuilder sb = new StringBuilder();
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 300_000; i++) {
      sb.append((char) ('a' + r.nextInt(11)));
    }
    String text = sb.toString().replace('k', ' ');
    Segmentation s = segmenter.segment(text);
    long covered = 0;
    for (Segmentation.Segment g : s.segments()) {
      assertThat(g.end() - g.start()).isBetween(1, Segmenter.MAX_SENTENCE);
      covered += g.end() - g.start();
    }
    // Only the spaces at the cuts are left out.
    assertThat(covered).isGreaterThan(text.length() - 2L * s.segments().size());
  }

  @Test
  void aSurrogatePairIsNeverCutInTwo() {
    String text = "😀".repeat(3_000);
    Segmentation s = segmenter.segment(text);
    for (Segmentation.Segment g : s.segments()) {
      assertThat(Character.isLowSurrogate(text.charAt(g.start()))).isFalse();
      assertThat(Character.isHighSurrogate(text.charAt(g.end() - 1))).isFalse();
    }
  }
}
