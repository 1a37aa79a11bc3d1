package org.w3id.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.w3id.claimgraph.extract.Segmentation.Block;
import org.w3id.claimgraph.extract.Segmentation.Kind;
import org.w3id.claimgraph.extract.Segmentation.Segment;

/**
 * The one segmentation of an article: lines are blocks (web text puts headings, list items and
 * table rows on lines of their own, and a literal "&lt;br&gt;" left in a page's text ends a line
 * too; and the readers of HTML and Markdown write one line per block), a list marker ("•", "-",
 * "1.") makes a block an item and is left out, a short line with no sentence end is a heading, and
 * each block is cut into sentences by OpenNLP's detector.
 *
 * <p>Hostile text costs time in proportion to its length: a line is given to the detector in pieces
 * of at most {@link #MAX_PIECE} characters, and a "sentence" longer than {@link #MAX_SENTENCE}
 * characters (a page with no full stop) is cut at spaces, so that no later step ever sees more than
 * that at once. Not thread-safe: one segmenter per thread.
 */
public final class Segmenter {
  /** The longest sentence passed on; longer runs are cut at a space. */
  public static final int MAX_SENTENCE = 1_000;

  /** The most text given to the sentence detector at once. */
  static final int MAX_PIECE = 20_000;

  /** Words a heading may have at most. */
  static final int HEADING_WORDS = 14;

  private static final Pattern LIST_MARKER =
      Pattern.compile("^[ \\t]*([•·▪◦‣∙*\\-–—]|\\d{1,2}[.)])[ \\t]+");

  /** A line ends at a newline, or at an HTML line break left in a page's text. */
  private static final Pattern LINE_BREAK =
      Pattern.compile("\n|<br\\s*/?>", Pattern.CASE_INSENSITIVE);

  private final SentenceDetectorME detector = new SentenceDetectorME(NlpModels.sentences());

  public Segmentation segment(String text) {
    List<Block> blocks = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    Set<Integer> numbered = new HashSet<>();
    Matcher breaks = LINE_BREAK.matcher(text);
    int lineStart = 0;
    while (true) {
      boolean found = breaks.find();
      line(text, lineStart, found ? breaks.start() : text.length(), blocks, segments, numbered);
      if (!found) {
        break;
      }
      lineStart = breaks.end();
    }
    numberedHeadings(blocks, numbered);
    return new Segmentation(text, List.copyOf(blocks), List.copyOf(segments));
  }

  /**
   * "1. Boosts the Body's Natural Detox Process" between two paragraphs: a numbered line shaped
   * like a heading, with no other item before or after it, is a numbered section's heading, not a
   * list of one item.
   */
  private static void numberedHeadings(List<Block> blocks, Set<Integer> numbered) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (numbered.contains(i)
          && (i == 0 || blocks.get(i - 1).kind() != Kind.ITEM)
          && (i + 1 == blocks.size() || blocks.get(i + 1).kind() != Kind.ITEM)) {
        blocks.set(i, new Block(b.index(), Kind.HEADING, b.start(), b.end(), b.first(), b.count()));
      }
    }
  }

  private void line(
      String text, int from, int to, List<Block> blocks, List<Segment> out, Set<Integer> numbered) {
    int s0 = from;
    while (s0 < to && Character.isWhitespace(text.charAt(s0))) {
      s0++;
    }
    if (s0 == to) {
      return;
    }
    int skip = 0;
    Matcher m = LIST_MARKER.matcher(text).region(from, to);
    boolean item = m.lookingAt();
    if (item) {
      skip = m.end() - from;
    }
    int bodyStart = from + skip;
    int first = out.size();
    int block = blocks.size();
    for (int pieceStart = bodyStart; pieceStart < to; ) {
      int pieceEnd = cut(text, pieceStart, to, MAX_PIECE);
      String piece = text.substring(pieceStart, pieceEnd);
      for (Span span : initialsJoined(piece, detector.sentPosDetect(piece))) {
        int s = pieceStart + span.getStart();
        int e = pieceStart + span.getEnd();
        while (s < e) {
          int end = cut(text, s, e, MAX_SENTENCE);
          add(text, block, s, end, out);
          s = end;
        }
      }
      pieceStart = pieceEnd;
    }
    int count = out.size() - first;
    if (count == 0) {
      return;
    }
    boolean headingShape = heading(text, out, first, count);
    Kind kind = item ? Kind.ITEM : headingShape ? Kind.HEADING : Kind.PARAGRAPH;
    if (item && headingShape && Character.isDigit(text.charAt(m.start(1)))) {
      numbered.add(blocks.size());
    }
    blocks.add(
        new Block(
            block, kind, out.get(first).start(), out.get(out.size() - 1).end(), first, count));
  }

  /**
   * The detector's sentences, with a break after a middle initial undone: "authors Jeffrey M.
   * Cullers and Ross Turchaninov" is one sentence, though "M." ends like one.
   */
  static List<Span> initialsJoined(String piece, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span span : spans) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && endsWithInitial(piece, last.getEnd()) && startsName(piece, span)) {
        out.set(out.size() - 1, new Span(last.getStart(), span.getEnd()));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  /** Whether the text before {@code end} is a capitalised word, a space and one capital and ".". */
  private static boolean endsWithInitial(String piece, int end) {
    if (end < 5
        || piece.charAt(end - 1) != '.'
        || !Character.isUpperCase(piece.charAt(end - 2))
        || piece.charAt(end - 3) != ' ') {
      return false;
    }
    int w = end - 4;
    int letters = 0;
    while (w >= 0 && Character.isLetter(piece.charAt(w))) {
      w--;
      letters++;
    }
    return letters >= 2 && Character.isUpperCase(piece.charAt(w + 1));
  }

  /** Whether a sentence opens with a capitalised word followed by a space (a surname). */
  private static boolean startsName(String piece, Span span) {
    int i = span.getStart();
    if (i >= span.getEnd() || !Character.isUpperCase(piece.charAt(i))) {
      return false;
    }
    int k = i + 1;
    while (k < span.getEnd() && Character.isLowerCase(piece.charAt(k))) {
      k++;
    }
    return k > i + 1 && k < span.getEnd() && piece.charAt(k) == ' ';
  }

  /** Where to end a run of at most {@code max} chars starting at {@code from}: after a space. */
  private static int cut(String text, int from, int to, int max) {
    if (to - from <= max) {
      return to;
    }
    int limit = from + max;
    for (int i = limit; i > from + max / 2; i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    // No space to cut at: do not split a surrogate pair.
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  private static void add(String text, int block, int s, int e, List<Segment> out) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= s) {
      return;
    }
    char last = text.charAt(e - 1);
    out.add(new Segment(out.size(), block, s, e, last == '?', last == ':'));
  }

  /**
   * A block of one sentence with at most {@link #HEADING_WORDS} words that does not end like a
   * sentence (or ends with a question mark, as FAQ headings do) and starts with a capital or digit.
   */
  private static boolean heading(String text, List<Segment> out, int first, int count) {
    if (count != 1) {
      return false;
    }
    Segment s = out.get(first);
    char last = text.charAt(s.end() - 1);
    char head = text.charAt(s.start());
    if (!(Character.isUpperCase(head) || Character.isDigit(head))) {
      return false;
    }
    if (last == '.'
        || last == '!'
        || last == ':'
        || last == ';'
        || last == ','
        || last == '…'
        || last == '-'
        || last == '–'
        || last == '—') {
      return false;
    }
    int words = 1;
    for (int i = s.start(); i < s.end(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        words++;
        if (words > HEADING_WORDS) {
          return false;
        }
      }
    }
    return true;
  }
}
