package org.w3id.claimgraph.audit;

import java.util.Locale;
import org.w3id.claimgraph.model.Grade;

/** Escaping and the little pieces every page shares. */
final class Html {
  private Html() {}

  /** Text for an element's content or an attribute value: &, <, >, " and ' escaped. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          // Controls other than tab and newline have no place in HTML text.
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** The CSS class of a GRADE certainty: "g-very-low". */
  static String gradeClass(String certainty) {
    return certainty == null
        ? "g-none"
        : "g-" + certainty.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
  }

  static String badge(Grade g) {
    if (g == null) {
      return "<span class=\"badge g-none\">not graded</span>";
    }
    return "<span class=\"badge "
        + gradeClass(g.certainty())
        + "\">"
        + esc(g.certainty())
        + " "
        + esc(Grade.signed(g.score()))
        + "</span> <span class=\"verdict\">"
        + esc(g.verdict())
        + "</span>";
  }

  static String severity(String code) {
    return "<span class=\"sev sev-"
        + esc(code)
        + "\">"
        + esc(code.toUpperCase(Locale.ROOT))
        + "</span>";
  }

  /**
   * The page's head: no scripts may run and nothing may be fetched (Content-Security-Policy), the
   * styles inline, a viewport for phones.
   */
  static String head(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
        + " style-src 'unsafe-inline'; img-src data:\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"claimgraph\">\n"
        + "<title>"
        + esc(title)
        + "</title>\n<style>\n"
        + CSS
        + "</style>\n</head>\n<body>\n";
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
