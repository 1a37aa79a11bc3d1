package org.w3id.claimgraph.anchor;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Span;

/**
 * Finds a claim's quote in the new text of its article, in this order:
 *
 * <ol>
 *   <li><b>anchored</b>: the new text has the quote at the same offsets;
 *   <li><b>moved</b>: the quote occurs elsewhere, exactly; of several occurrences, the one whose
 *       surrounding text best matches the claim's prefix and suffix, then the one nearest to where
 *       the diff puts it, then the nearest to its old offsets;
 *   <li><b>edited</b>: with the old text at hand, a word diff (Myers, java-diff-utils) of old and
 *       new text keeps at least {@link #EDITED_AT_LEAST} of the quote's words, in order; the new
 *       span runs from the first to the last kept word;
 *   <li><b>orphaned</b>: none of these; the claim is kept with its old quote, never silently moved.
 * </ol>
 *
 * Offsets are code points, as everywhere in claimgraph.
 */
public final class Anchoring {
  /** The least share of a quote's words an edit may keep for the claim to follow it. */
  public static final double EDITED_AT_LEAST = 0.75;

  /** How a claim was anchored. */
  public enum Status {
    ANCHORED,
    MOVED,
    EDITED,
    ORPHANED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What a claim's span was: offsets, quote and the text around it (prefix, suffix may be empty).
   */
  public record Selector(int start, int end, String quote, String prefix, String suffix) {
    public Selector {
      prefix = prefix == null ? "" : prefix;
      suffix = suffix == null ? "" : suffix;
    }
  }

  /**
   * Where a claim is now.
   *
   * @param span the new span; null when orphaned
   * @param shift how far its start moved, in code points (0 when orphaned)
   * @param kept the share of the quote's words the new span keeps (1 unless edited)
   */
  public record Anchor(Status status, Span span, int shift, double kept) {}

  private static final Pattern WORD = Pattern.compile("\\S+");

  private final Article now;
  private final String oldText;
  private List<int[]> oldWords;
  private List<int[]> newWords;
  private int[] map;

  /**
   * @param oldText the text the selectors were made on, when known (null otherwise: no diff)
   * @param newText the article's text now
   */
  public Anchoring(String oldText, String newText) {
    this.oldText = oldText;
    this.now = new Article("x", newText);
  }

  /** Where {@code s} is in the new text. */
  public Anchor anchor(Selector s) {
    String text = now.text();
    if (s.start() >= 0
        && s.end() <= now.length()
        && s.start() < s.end()
        && now.slice(s.start(), s.end()).equals(s.quote())) {
      return new Anchor(Status.ANCHORED, new Span(s.start(), s.end(), s.quote()), 0, 1);
    }
    int[] diffed = oldText == null || s.quote().isEmpty() ? null : throughDiff(s);
    List<Integer> found = new ArrayList<>();
    for (int i = text.indexOf(s.quote()); i >= 0 && !s.quote().isEmpty(); ) {
      found.add(i);
      i = text.indexOf(s.quote(), i + 1);
    }
    if (!found.isEmpty()) {
      int near =
          diffed != null ? charIndex(diffed[0]) : charIndex(Math.min(s.start(), now.length()));
      int best = found.get(0);
      long bestScore = Long.MIN_VALUE;
      for (int i : found) {
        long context =
            commonSuffix(text.substring(0, i), s.prefix())
                + commonPrefix(text.substring(i + s.quote().length()), s.suffix());
        long score = context * 1_000_000L - Math.abs(i - near);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      int start = now.codePointOffset(best);
      int end = start + s.quote().codePointCount(0, s.quote().length());
      return new Anchor(Status.MOVED, new Span(start, end, s.quote()), start - s.start(), 1);
    }
    if (diffed != null) {
      Span span = new Span(diffed[0], diffed[1], now.slice(diffed[0], diffed[1]));
      return new Anchor(Status.EDITED, span, diffed[0] - s.start(), diffed[2] / 1000.0);
    }
    return new Anchor(Status.ORPHANED, null, 0, 0);
  }

  /**
   * The span the word diff gives the selector, with the share of its words kept (in thousandths);
   * null when the diff keeps fewer than {@link #EDITED_AT_LEAST} of them or the result is not a
   * plausible span.
   */
  private int[] throughDiff(Selector s) {
    if (map == null) {
      diff();
    }
    Article old = new Article("x", oldText);
    if (s.end() > old.length() || !old.slice(s.start(), s.end()).equals(s.quote())) {
      return null;
    }
    int from = old.text().offsetByCodePoints(0, s.start());
    int to = old.text().offsetByCodePoints(from, s.end() - s.start());
    int total = 0;
    int kept = 0;
    int first = -1;
    int last = -1;
    int firstOld = -1;
    int lastOld = -1;
    for (int w = 0; w < oldWords.size(); w++) {
      int[] word = oldWords.get(w);
      if (word[1] <= from || word[0] >= to) {
        continue;
      }
      total++;
      if (map[w] >= 0) {
        kept++;
        if (first < 0) {
          first = map[w];
          firstOld = w;
        }
        last = map[w];
        lastOld = w;
      }
    }
    if (total == 0 || first < 0 || kept < EDITED_AT_LEAST * total || last < first) {
      return null;
    }
    // Keep the quote's cut inside its first and last word where those words are kept.
    int[] a = oldWords.get(firstOld);
    int[] b = oldWords.get(lastOld);
    int startChar = newWords.get(first)[0] + Math.max(0, from - a[0]);
    int endChar = newWords.get(last)[1] - Math.max(0, b[1] - to);
    if (endChar <= startChar) {
      return null;
    }
    int start = now.codePointOffset(startChar);
    int end = now.codePointOffset(endChar);
    int oldLength = s.end() - s.start();
    if (end - start > 2 * oldLength + 20) {
      return null;
    }
    return new int[] {start, end, (int) Math.round(1000.0 * kept / total)};
  }

  private void diff() {
    oldWords = words(oldText);
    newWords = words(now.text());
    List<String> a = texts(oldText, oldWords);
    List<String> b = texts(now.text(), newWords);
    map = new int[a.size()];
    Arrays.fill(map, -1);
    Patch<String> patch = DiffUtils.diff(a, b);
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> d : patch.getDeltas()) {
      int src = d.getSource().getPosition();
      int dst = d.getTarget().getPosition();
      while (i < src && j < dst) {
        map[i++] = j++;
      }
      i = src + d.getSource().size();
      j = dst + d.getTarget().size();
    }
    while (i < a.size() && j < b.size()) {
      map[i++] = j++;
    }
  }

  private static List<int[]> words(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static List<String> texts(String text, List<int[]> words) {
    List<String> out = new ArrayList<>(words.size());
    for (int[] w : words) {
      out.add(text.substring(w[0], w[1]));
    }
    return out;
  }

  private int charIndex(int codePoint) {
    return now.text().offsetByCodePoints(0, Math.min(codePoint, now.length()));
  }

  private static int commonSuffix(String a, String b) {
    int n = 0;
    while (n < a.length()
        && n < b.length()
        && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
      n++;
    }
    return n;
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }
}
