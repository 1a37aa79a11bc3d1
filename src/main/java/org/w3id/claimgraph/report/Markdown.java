package org.w3id.claimgraph.report;

import java.net.URI;
import java.util.Locale;
import org.commonmark.node.Document;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Text and links for Markdown output, written by commonmark's Markdown renderer from a node tree,
 * so that what an article, a name or a quote says is shown as text and never read as markup (no
 * HTML, no links, no emphasis, no list or heading at a line start). Two things the renderer leaves
 * to the caller are added: {@code |} is escaped (a GitHub table would split on it) and a {@code +}
 * that starts a line (a list item). Only http and https URLs become links.
 */
public final class Markdown {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

  private Markdown() {}

  /** {@code s} on one line (runs of white space as one space), as Markdown text. */
  public static String text(String s) {
    if (s == null) {
      return "";
    }
    return render(new Text(s.replaceAll("\\s+", " ").strip()));
  }

  /**
   * {@code s} as Markdown text line by line: line breaks kept (a blank line still ends a
   * paragraph), white space at the start of every line but the first dropped, so no line becomes
   * code.
   */
  public static String lines(String s) {
    String[] parts = s.split("\n", -1);
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      String line = i == 0 ? parts[i] : parts[i].stripLeading();
      if (!line.isBlank()) {
        // The renderer writes a leading space as a character reference, so no line is code.
        sb.append(render(new Text(line)));
      }
    }
    return sb.toString();
  }

  /** A link to {@code url} labelled {@code label} when it is http(s); otherwise the label alone. */
  public static String link(String label, String url) {
    if (!isWeb(url)) {
      return text(label);
    }
    Link link = new Link(url, null);
    link.appendChild(new Text(label.replaceAll("\\s+", " ").strip()));
    return render(link);
  }

  /** True when {@code url} is an absolute http or https URL. */
  public static boolean isWeb(String url) {
    if (url == null) {
      return false;
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static String render(Node inline) {
    Document d = new Document();
    Paragraph p = new Paragraph();
    p.appendChild(inline);
    d.appendChild(p);
    String out = RENDERER.render(d);
    out = out.substring(0, out.length() - (out.endsWith("\n") ? 1 : 0)).replace("|", "\\|");
    return out.startsWith("+") ? "\\" + out : out;
  }
}
