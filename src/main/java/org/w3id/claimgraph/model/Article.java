package org.w3id.claimgraph.model;

import java.util.Objects;

/**
 * The text of an article, as published, and its slug. Offsets into it are Unicode code points from
 * 0, as the W3C Web Annotation TextPositionSelector counts them.
 */
public record Article(String slug, String text) {
  public Article {
    Objects.requireNonNull(slug, "slug may not be null");
    Objects.requireNonNull(text, "text may not be null");
  }

  /** Length of the text in code points. */
  public int length() {
    return text.codePointCount(0, text.length());
  }

  /** The text between two code point offsets, end exclusive, clamped to the text. */
  public String slice(int start, int end) {
    int n = length();
    int s = Math.max(0, Math.min(start, n));
    int e = Math.max(s, Math.min(end, n));
    int from = text.offsetByCodePoints(0, s);
    int to = text.offsetByCodePoints(from, e - s);
    return text.substring(from, to);
  }

  /** The code point offset of a UTF-16 index into the text. */
  public int codePointOffset(int charIndex) {
    return text.codePointCount(0, charIndex);
  }
}
