package org.w3id.claimgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.corpus.TextFile;

/**
 * Reads an article to ingest or check: plain text ({@code .txt}), Markdown ({@code .md}, rendered
 * with commonmark and read as HTML) or a saved web page ({@code .html}, main text taken out with
 * jsoup). Refuses, with the file named, what is not an article: an empty or oversized file, a
 * binary file, text that is not UTF-8, a page with no text.
 */
public final class SourceReader {
  /** The default limit on the size of a file: 5 MB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private final long maxBytes;

  public SourceReader(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1; got: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public Source read(Path file) {
    String name = file.getFileName().toString();
    String format = format(file);
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new InputException(file, "cannot read: " + e.getMessage(), e);
    }
    if (size > maxBytes) {
      throw new InputException(
          file, "is " + size + " bytes, over the limit of " + maxBytes + " (see --max-bytes)");
    }
    byte[] bytes = TextFile.bytes(file);
    if (bytes.length == 0) {
      throw new InputException(file, "is empty");
    }
    if (binary(bytes)) {
      throw new InputException(file, "is a binary file, not text");
    }
    String text = TextFile.decode(file.toString(), bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Source source =
        switch (format) {
          case "html" -> html(name, text, file.toUri().toString());
          case "md" -> markdown(name, text);
          default -> plain(name, normalizeNewlines(text));
        };
    source = withoutLoneSurrogates(source);
    if (source.text().isBlank()) {
      throw new InputException(
          file,
          "has no article text"
              + ("html".equals(format) ? " (only scripts, styles or navigation)" : ""));
    }
    return source;
  }

  static String format(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return "html";
    }
    if (n.endsWith(".md") || n.endsWith(".markdown")) {
      return "md";
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return "txt";
    }
    throw new InputException(file, "is not .txt, .md or .html");
  }

  private static Source html(String name, String html, String base) {
    HtmlText.Page page = HtmlText.read(html, base);
    return new Source(
        name, "html", page.text(), page.title(), page.author(), null, page.url(), page.date());
  }

  private static Source markdown(String name, String markdown) {
    MarkdownText.Page page = MarkdownText.read(markdown);
    return new Source(name, "md", page.text(), page.title(), null, null, null, null);
  }

  /**
   * Plain text, with an optional header of {@code # key: value} lines (source or url, title,
   * author, publisher, date) ended by a blank line, as saved pages often carry; the header is
   * metadata, and the text after it is the article. An author of "unknown…" is no author.
   */
  private static Source plain(String name, String text) {
    TextHeader header = TextHeader.parse(text);
    String body = text.substring(header.length());
    String title = header.get("title");
    String author = header.get("author");
    if (author != null && author.toLowerCase(Locale.ROOT).startsWith("unknown")) {
      author = null;
    }
    String url = header.get("source") != null ? header.get("source") : header.get("url");
    return new Source(
        name,
        "txt",
        body,
        title != null ? title : firstLine(body),
        author,
        header.get("publisher"),
        url,
        header.get("date"));
  }

  /**
   * A character reference to half a surrogate pair ("&amp;#xD800;") decodes to a char that is no
   * code point; it becomes U+FFFD, as a decoder does with bytes it cannot read, so that every
   * offset counted in code points means the same everywhere.
   */
  private static Source withoutLoneSurrogates(Source s) {
    String t = s.text();
    StringBuilder sb = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c)
              ? i + 1 >= t.length() || !Character.isLowSurrogate(t.charAt(i + 1))
              : Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(t.charAt(i - 1)));
      if (lone && sb == null) {
        sb = new StringBuilder(t.length());
        sb.append(t, 0, i);
      }
      if (sb != null) {
        sb.append(lone ? '\uFFFD' : c);
      }
    }
    if (sb == null) {
      return s;
    }
    return new Source(
        s.fileName(),
        s.format(),
        sb.toString(),
        s.title(),
        s.author(),
        s.publisher(),
        s.url(),
        s.date());
  }

  /** NUL bytes, or many control characters, mean binary. */
  static boolean binary(byte[] bytes) {
    int control = 0;
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 10 > n;
  }

  private static String normalizeNewlines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        String t = line.strip();
        return t.length() > 200 ? null : t;
      }
    }
    return null;
  }
}
