package org.w3id.claimgraph.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of a web page with jsoup: scripts, styles, navigation, headers, footers, asides and
 * forms removed; the {@code <article>} or {@code <main>} element if there is one, else the body;
 * one line per block (paragraph, heading, list item as "• item", table row), inline text joined
 * with single spaces.
 */
final class HtmlText {
  private static final String NOISE =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "tr",
          "table",
          "blockquote",
          "pre",
          "dd",
          "dt",
          "dl",
          "figcaption",
          "br",
          "hr");

  private HtmlText() {}

  record Page(String text, String title, String author, String url, String date) {}

  static Page read(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri);
    String title = first(doc.selectFirst("meta[property=og:title]"), "content");
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 != null && !h1.text().isBlank() ? h1.text() : doc.title();
    }
    String author = first(doc.selectFirst("meta[name=author]"), "content");
    String url = first(doc.selectFirst("link[rel=canonical]"), "href");
    String date = first(doc.selectFirst("meta[property=article:published_time]"), "content");
    doc.select(NOISE).remove();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = doc.body();
    }
    return new Page(
        text(root), blankToNull(title), blankToNull(author), blankToNull(url), blankToNull(date));
  }

  private static String text(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String text = t.text().replaceAll("\\s+", " ");
              boolean endsInSpace =
                  out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1));
              if (text.isBlank()) {
                if (!text.isEmpty() && !endsInSpace) {
                  out.append(' ');
                }
              } else {
                if (text.startsWith(" ") && !endsInSpace) {
                  out.append(' ');
                }
                out.append(text.strip());
                if (text.endsWith(" ")) {
                  out.append(' ');
                }
              }
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              newline(out);
              if (e.normalName().equals("li")) {
                out.append("• ");
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              newline(out);
            }
          }
        },
        root);
    return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }

  /** Ends the line, without trailing spaces, unless the text is empty or ends one already. */
  static void newline(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      out.setLength(--n);
    }
    if (n > 0 && out.charAt(n - 1) != '\n') {
      out.append('\n');
    }
  }

  private static String first(Element e, String attr) {
    return e == null ? null : blankToNull(e.attr(attr));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
