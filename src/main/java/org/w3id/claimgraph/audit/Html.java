package org.w3id.claimgraph.audit;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.w3id.claimgraph.model.Grade;

/**
 * The pieces every page shares, built as jsoup trees: the page's head, grade badges, severity
 * marks. Text goes in as text nodes and attribute values as attributes, so jsoup's serializer does
 * all the escaping.
 */
public final class Html {
  private Html() {}

  /**
   * An empty page: the doctype, the head with {@code title}, a Content-Security-Policy of {@code
   * csp}, a viewport for phones and {@code css} inline, and an empty body.
   */
  public static Document page(String title, String csp, String css) {
    Document d = Document.createShell("");
    d.prependChild(new DocumentType("html", "", ""));
    d.outputSettings()
        .prettyPrint(false)
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base);
    d.selectFirst("html").attr("lang", "en");
    Element head = d.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", csp);
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "generator").attr("content", "claimgraph");
    head.appendElement("title").text(title);
    head.appendElement("style").appendChild(new DataNode("\n" + css));
    return d;
  }

  /**
   * A report page: no scripts may run and nothing may be fetched (Content-Security-Policy), the
   * styles inline; its {@code main} element, to fill, is the one returned.
   */
  static Element reportPage(String title) {
    Document d = page(title, "default-src 'none'; style-src 'unsafe-inline'; img-src data:", CSS);
    return block(d.body(), "main");
  }

  /**
   * The page as HTML text. Whitespace is written as it is in the tree (no pretty printing): the
   * article's text is shown with its line breaks kept.
   */
  public static String html(Element anywhere) {
    return anywhere.ownerDocument().outerHtml() + "\n";
  }

  /** A new {@code tag} element at the end of {@code parent}, on a line of its own in the source. */
  public static Element block(Element parent, String tag) {
    parent.appendText("\n");
    return parent.appendElement(tag);
  }

  /**
   * A new {@code tag} element with class {@code cls} and text {@code text} inside {@code parent}.
   */
  public static Element span(Element parent, String tag, String cls, String text) {
    Element e = parent.appendElement(tag);
    if (cls != null) {
      e.addClass(cls);
    }
    return e.text(text == null ? "" : text);
  }

  /** The CSS class of a GRADE certainty: "g-very-low". */
  static String gradeClass(String certainty) {
    return certainty == null
        ? "g-none"
        : "g-" + certainty.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
  }

  /** A grade as a coloured badge and its verdict, at the end of {@code parent}. */
  static void badge(Element parent, Grade g) {
    if (g == null) {
      span(parent, "span", "badge", "not graded").addClass("g-none");
      return;
    }
    span(parent, "span", "badge", g.certainty() + " " + Grade.signed(g.score()))
        .addClass(gradeClass(g.certainty()));
    parent.appendText(" ");
    span(parent, "span", "verdict", g.verdict());
  }

  /** A conflict's severity, as a mark, at the end of {@code parent}. */
  static void severity(Element parent, String code) {
    span(parent, "span", "sev", code.toUpperCase(Locale.ROOT)).addClass("sev-" + code);
  }

  static final String CSS =
      """
      :root { --high: #1a7f37; --moderate: #0f6e8c; --low: #9a6700; --very-low: #b42318;
              --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --paper: #ffffff; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
             color: var(--ink); background: var(--paper); }
      main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
      h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0; }
      h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
      h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
      a { color: #0b5cad; }
      .muted, .meta { color: var(--muted); font-size: .9rem; }
      .box { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; }
      .badge { display: inline-block; padding: 0 .4em; border-radius: 4px; color: #fff;
               font-size: .85rem; font-weight: 600; white-space: nowrap; }
      .g-high { background: var(--high); } .g-moderate { background: var(--moderate); }
      .g-low { background: var(--low); } .g-very-low { background: var(--very-low); }
      .g-none { background: var(--muted); }
      .verdict { font-size: .85rem; font-weight: 600; }
      .sev { display: inline-block; padding: 0 .4em; border-radius: 4px; font-size: .8rem;
             font-weight: 700; border: 1px solid currentColor; }
      .sev-high { color: #b42318; } .sev-medium { color: #b54708; } .sev-low { color: #59636e; }
      .text { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid var(--line);
              padding-left: 1rem; }
      a.span { color: inherit; text-decoration: none; border-bottom: 3px solid; padding: 0 1px; }
      a.span.g-high { background: #dafbe1; border-color: var(--high); }
      a.span.g-moderate { background: #ddf4ff; border-color: var(--moderate); }
      a.span.g-low { background: #fff8c5; border-color: var(--low); }
      a.span.g-very-low { background: #ffebe9; border-color: var(--very-low); }
      a.span:hover, a.span:focus { outline: 2px solid var(--ink); }
      table { border-collapse: collapse; width: 100%; font-size: .92rem; }
      th, td { border-bottom: 1px solid var(--line); padding: .35rem .4rem; text-align: left;
               vertical-align: top; }
      th { font-weight: 600; }
      .scroll { overflow-x: auto; }
      .card { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px;
              padding: .6rem .9rem; margin: .75rem 0; }
      .card.g-high { border-left-color: var(--high); } .card.g-moderate { border-left-color: var(--moderate); }
      .card.g-low { border-left-color: var(--low); } .card.g-very-low { border-left-color: var(--very-low); }
      .card:target { box-shadow: 0 0 0 3px #0b5cad55; }
      .card.g-high, .card.g-moderate, .card.g-low, .card.g-very-low { background: none; }
      blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 3px solid var(--line);
                   color: #333; }
      ol.factors { padding-left: 1.4rem; margin: .3rem 0; }
      .delta { font-variant-numeric: tabular-nums; font-weight: 600; }
      .pair { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; }
      .pair > div { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
      .bar { display: flex; height: 1.1rem; border-radius: 4px; overflow: hidden; margin: .3rem 0; }
      .bar span { display: block; }
      ul.actions li { margin: .35rem 0; }
      svg { max-width: 100%; height: auto; }
      @media (max-width: 40rem) {
        .pair { grid-template-columns: 1fr; }
        main { padding: .6rem; }
        body { font-size: 15px; }
      }
      @media print {
        a.span, .badge, .bar span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .card, .box, .pair > div { break-inside: avoid; }
        a { color: inherit; }
      }
      """;
}
