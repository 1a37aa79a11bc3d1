package org.w3id.claimgraph.model;

import java.util.Objects;

/**
 * A sentence (or a heading or list item) of an article: its text and its offsets in the article, in
 * Unicode code points from 0, end exclusive.
 */
public record Sentence(String article, int start, int end, String text) {
  public Sentence {
    Objects.requireNonNull(article, "article may not be null");
    Objects.requireNonNull(text, "text may not be null");
    if (start < 0 || start >= end) {
      throw new IllegalArgumentException("need 0 <= start < end; got: " + start + ", " + end);
    }
  }
}
