package org.w3id.claimgraph.cli;

import org.w3id.claimgraph.ingest.Options;
import org.w3id.claimgraph.ingest.SourceReader;
import picocli.CommandLine.Option;

/** What a user may say about the articles being read, where the page does not say it. */
final class ArticleOptions {
  @Option(
      names = "--title",
      paramLabel = "T",
      description = "The title (default: the page's title or first line).")
  String title;

  @Option(
      names = "--author",
      paramLabel = "A",
      description = "The author (default: the page's author, else an unnamed author).")
  String author;

  @Option(names = "--publisher", paramLabel = "P", description = "The publisher.")
  String publisher;

  @Option(names = "--url", paramLabel = "U", description = "Where the article is published.")
  String url;

  @Option(names = "--date", paramLabel = "D", description = "Date of publication (ISO 8601).")
  String date;

  @Option(
      names = "--source-type",
      paramLabel = "TYPE",
      description =
          "Kind of source: peer_reviewed_study, guideline, clinical_institution, textbook,"
              + " professional_body, consumer_health_article, health_blog, commercial_site"
              + " (default: unclassified).")
  String sourceType;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Refuse files larger than N bytes (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + SourceReader.DEFAULT_MAX_BYTES)
  long maxBytes;

  Options options() {
    return new Options(title, author, publisher, url, date, sourceType, maxBytes);
  }
}
