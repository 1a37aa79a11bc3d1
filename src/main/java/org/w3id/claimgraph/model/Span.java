package org.w3id.claimgraph.model;

import java.util.Objects;

/**
 * The exact text of a claim in its article: offsets in Unicode code points from 0, end exclusive,
 * and the quoted text between them.
 */
public record Span(int start, int end, String quote) {
  public Span {
    Objects.requireNonNull(quote, "quote may not be null");
    if (start < 0) {
      throw new IllegalArgumentException("start must be >= 0; got: " + start);
    }
    if (start >= end) {
      throw new IllegalArgumentException("start must be < end; got: " + start + " >= " + end);
    }
    int length = quote.codePointCount(0, quote.length());
    if (length != end - start) {
      throw new IllegalArgumentException(
          "quote must be end - start = " + (end - start) + " code points long; got: " + length);
    }
  }
}
