package org.w3id.claimgraph.ingest;

import java.util.Objects;

/**
 * An article as read from a file: the plain text its offsets refer to, and what the file says of it
 * (title, author, publisher, URL, date; any may be null).
 */
public record Source(
    String fileName,
    String format,
    String text,
    String title,
    String author,
    String publisher,
    String url,
    String date) {
  public Source {
    Objects.requireNonNull(fileName, "fileName may not be null");
    Objects.requireNonNull(format, "format may not be null");
    Objects.requireNonNull(text, "text may not be null");
  }
}
