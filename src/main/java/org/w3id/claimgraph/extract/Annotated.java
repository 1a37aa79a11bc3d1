package org.w3id.claimgraph.extract;

import java.util.List;

/**
 * A segment of an article with what the annotator found in it: its tokens, the vocabulary's
 * concepts it names and the qualifier cues (negation, hedging, conditions…) in it.
 *
 * @param index the segment's index in the article
 * @param start its start, a UTF-16 index into the article
 * @param end its end, exclusive
 * @param kind the kind of block it is in
 * @param block the index of that block
 * @param question it is a question
 * @param leadIn it ends with a colon, so what follows continues it
 */
record Annotated(
    int index,
    int start,
    int end,
    Segmentation.Kind kind,
    int block,
    boolean question,
    boolean leadIn,
    List<Token> tokens,
    List<Mention> mentions,
    List<Cue> qualifiers) {
  boolean item() {
    return kind == Segmentation.Kind.ITEM;
  }

  boolean heading() {
    return kind == Segmentation.Kind.HEADING;
  }

  /** The same sentence with other mentions: what discourse resolves ("the affected area"). */
  Annotated withMentions(List<Mention> others) {
    return new Annotated(
        index, start, end, kind, block, question, leadIn, tokens, List.copyOf(others), qualifiers);
  }
}
