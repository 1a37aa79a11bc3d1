package org.w3id.claimgraph.extract;

import java.util.List;
import org.w3id.claimgraph.model.Sentence;

/**
 * An article cut into blocks and sentences, once, by the {@link Segmenter}: the extractor reads its
 * claims from these sentences and the search index stores them. Offsets are UTF-16 indexes into the
 * text; {@link #sentences(String)} gives them in code points, as the model counts.
 */
public record Segmentation(String text, List<Block> blocks, List<Segment> segments) {

  /** What a block of text is. */
  public enum Kind {
    /** A short line without a sentence's end that introduces what follows. */
    HEADING,
    /** Running text. */
    PARAGRAPH,
    /** An item of a list (its marker left out). */
    ITEM
  }

  /**
   * A block: a line of the text (a web page's or Markdown's block becomes one line).
   *
   * @param first the index of its first segment
   * @param count how many segments it has
   */
  public record Block(int index, Kind kind, int start, int end, int first, int count) {
    public boolean isHeading() {
      return kind == Kind.HEADING;
    }
  }

  /**
   * A sentence (or a heading, or a list item's text) and the block it is in.
   *
   * @param question it ends with a question mark
   * @param leadIn it ends with a colon: what follows continues it
   */
  public record Segment(
      int index, int block, int start, int end, boolean question, boolean leadIn) {}

  public Block blockOf(Segment s) {
    return blocks.get(s.block());
  }

  public String text(Segment s) {
    return text.substring(s.start(), s.end());
  }

  /** The segments as the model's sentences of article {@code slug}, in code points. */
  public List<Sentence> sentences(String slug) {
    CodePoints cp = new CodePoints(text);
    return segments.stream()
        .map(s -> new Sentence(slug, cp.offset(s.start()), cp.offset(s.end()), text(s)))
        .toList();
  }
}
