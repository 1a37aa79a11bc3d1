package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.extract.Segmentation;
import org.w3id.claimgraph.extract.Segmenter;

/** Grading reads a claim's sentence from the one segmentation, with a reference right after it. */
class GradingSentenceTest {
  final Segmenter segmenter = new Segmenter();

  @Test
  void aSpanInsideASentenceGivesTheWholeSentence() {
    String text = "Intro line\nDr. Lee says massage eases pain. It is safe.\n";
    Segmentation s = segmenter.segment(text);
    int start = text.indexOf("massage");
    assertThat(GradingInputReader.sentence(s, start, start + 7))
        .isEqualTo("Dr. Lee says massage eases pain.");
  }

  @Test
  void aReferenceInBracketsAfterTheSentenceBelongsToIt() {
    String text = "A trial showed massage eases pain. (Smith et al., 2019) Then more.\n";
    Segmentation s = segmenter.segment(text);
    int start = text.indexOf("massage");
    assertThat(GradingInputReader.sentence(s, start, start + 7))
        .isEqualTo("A trial showed massage eases pain. (Smith et al., 2019)");
  }

  @Test
  void offsetsCountCodePoints() {
    String text = "😀 Massage eases pain. Next.\n";
    Segmentation s = segmenter.segment(text);
    int startCp = text.codePointCount(0, text.indexOf("Massage"));
    assertThat(GradingInputReader.sentence(s, startCp, startCp + 7))
        .isEqualTo("😀 Massage eases pain.");
  }
}
