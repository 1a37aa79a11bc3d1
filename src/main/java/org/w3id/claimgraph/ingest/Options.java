package org.w3id.claimgraph.ingest;

/**
 * What the command line says of the articles to ingest; null where it says nothing (the file's own
 * metadata, or a default, then applies).
 */
public record Options(
    String title,
    String author,
    String publisher,
    String url,
    String date,
    String sourceType,
    long maxBytes) {
  public static Options defaults() {
    return new Options(null, null, null, null, null, null, SourceReader.DEFAULT_MAX_BYTES);
  }
}
