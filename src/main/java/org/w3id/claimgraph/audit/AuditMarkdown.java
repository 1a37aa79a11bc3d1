package org.w3id.claimgraph.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.SourceProfile;
import org.w3id.claimgraph.review.Review;

/**
 * The audit as Markdown, to paste into a review: the same content as the HTML page, with each
 * marked span of the text in bold and a footnote giving its claims and grades.
 */
public final class AuditMarkdown {
  private AuditMarkdown() {}

  public static String render(Audit a) {
    StringBuilder sb = new StringBuilder();
    Audit.ArticleInfo i = a.article();
    sb.append("# Audit: ").append(inline(i.title())).append("\n\n");
    List<String> bits = new ArrayList<>();
    bits.add("`" + i.slug() + "`");
    if (i.author() != null) {
      bits.add("by " + inline(i.author()));
    }
    if (i.publisher() != null) {
      bits.add("published by " + inline(i.publisher()));
    }
    if (i.date() != null) {
      bits.add(inline(i.date()));
    }
    if (i.url() != null) {
      // Only an http(s) URL is a link; anything else is shown as text.
      bits.add(org.w3id.claimgraph.report.Markdown.link(i.url(), i.url()));
    }
    sb.append(String.join(" · ", bits)).append("\n\n## Source profile\n\n");
    sb.append("- **").append(inline(i.kindLabel())).append("**");
    if (i.kindReason() != null) {
      sb.append(": ").append(inline(i.kindReason()));
    }
    sb.append('\n');
    SourceProfile p = a.profile();
    if (p != null) {
      sb.append("- Commercial interest: ")
          .append(p.commercial() ? "yes" : "none found")
          .append(". ")
          .append(inline(p.commercialReason()))
          .append("\n- Author's credentials: ")
          .append(inline(p.standing()))
          .append(".\n");
    }
    Audit.Summary s = a.summary();
    sb.append("\n## Summary\n\n");
    List<String> grades = new ArrayList<>();
    s.byGrade().forEach((g, n) -> grades.add(n + " " + g));
    sb.append("- ")
        .append(a.claims().size())
        .append(" claims: ")
        .append(String.join(", ", grades))
        .append('\n');
    List<String> verdicts = new ArrayList<>();
    s.byVerdict().forEach((v, n) -> verdicts.add(n + " " + v));
    sb.append("- Verdicts: ")
        .append(verdicts.isEmpty() ? "none" : String.join(", ", verdicts))
        .append('\n');
    sb.append("- Strongly worded claims with no source: ")
        .append(s.unsupportedStrong())
        .append('\n');
    List<String> sev = new ArrayList<>();
    s.bySeverity().forEach((k, n) -> sev.add(n + " " + k));
    sb.append("- Conflicting claim pairs: ")
        .append(a.pairCount())
        .append(" (")
        .append(String.join(", ", sev))
        .append("; ")
        .append(s.withinArticle())
        .append(" inside this article)\n");
    sb.append("\n## Suggested actions\n\n");
    if (a.actions().isEmpty()) {
      sb.append("None.\n");
    }
    for (Audit.Action act : a.actions()) {
      sb.append("- ").append(inline(act.text())).append('\n');
    }
    sb.append(
        "\n## Claims\n\n| # | claim | as written | attributed to | grade | verdict | conflicts |\n"
            + "|---|---|---|---|---|---|---|\n");
    for (Claim c : a.claims()) {
      Grade g = c.grade();
      sb.append("| ")
          .append(a.number(c))
          .append(" | ")
          .append(cell(c.summary()))
          .append(" | ")
          .append(c.certainty().code())
          .append(" | ")
          .append(cell(c.attributedTo().name()))
          .append(" | ")
          .append(g == null ? "-" : cell(g.summary()))
          .append(" | ")
          .append(g == null ? "-" : cell(g.verdict()))
          .append(" | ")
          .append(a.pairCount(c))
          .append(" |\n");
    }
    if (!a.orphans().isEmpty()) {
      sb.append("\n## Orphaned claims\n\nNot found again in the text since it changed; kept aside,")
          .append(" out of grading and conflicts.\n\n");
      for (Audit.Orphan o : a.orphans()) {
        sb.append("- ")
            .append(inline(o.summary()))
            .append(" (was at ")
            .append(o.start())
            .append("–")
            .append(o.end())
            .append("): ")
            .append(inline(o.quote()))
            .append('\n');
      }
    }
    if (!a.reviews().isEmpty()) {
      sb.append("\n## Reviews\n\n");
      for (Review r : a.reviews()) {
        sb.append("- **")
            .append(inline(a.reviewed(r)))
            .append("**: ")
            .append(inline(r.summary()))
            .append('\n');
      }
    }
    sb.append("\n## Conflicts\n");
    if (a.conflicts().isEmpty()) {
      sb.append("\nNone.\n");
    } else if (a.shownNote() != null) {
      sb.append('\n').append(inline(a.shownNote())).append('\n');
    }
    int n = 1;
    for (Conflict c : a.conflicts()) {
      sb.append("\n### ")
          .append(n++)
          .append(". ")
          .append(c.severity().code().toUpperCase(java.util.Locale.ROOT))
          .append(": ")
          .append(inline(c.ruleLabel()))
          .append(c.withinArticle() ? " (inside this article)" : "")
          .append("\n\n");
      for (Claim x : List.of(c.a(), c.b())) {
        int k = a.number(x);
        sb.append("- **")
            .append(k > 0 ? "Claim " + k : inline(x.article()))
            .append("** (")
            .append(inline(x.attributedTo().name()))
            .append("): ")
            .append(inline(x.summary()))
            .append(
                x.grade() == null ? "" : ", " + x.grade().summary() + ", " + x.grade().verdict())
            .append("  \n  > ")
            .append(inline(x.span().quote()))
            .append('\n');
      }
    }
    sb.append("\n## Grades, factor by factor\n");
    for (Claim c : a.claims()) {
      Grade g = c.grade();
      sb.append("\n### ").append(a.number(c)).append(". ").append(inline(c.summary()));
      sb.append(g == null ? "" : " — " + g.summary() + ", " + g.verdict()).append("\n\n");
      sb.append("> ").append(inline(c.span().quote())).append("\n\n");
      if (g != null) {
        for (Factor f : g.factors()) {
          sb.append("1. **")
              .append(Grade.signed(f.delta()))
              .append(" ")
              .append(f.code())
              .append("**: ")
              .append(inline(f.reason()))
              .append('\n');
        }
      }
    }
    sb.append("\n## The article, with its claims marked\n\n");
    text(sb, a);
    return sb.toString();
  }

  /** The text, each marked stretch in bold with a footnote naming its claims. */
  private static void text(StringBuilder sb, Audit a) {
    String text = a.text();
    List<AuditHtml.Segment> segments = AuditHtml.segments(text, a.claims());
    StringBuilder body = new StringBuilder();
    StringBuilder notes = new StringBuilder();
    int note = 0;
    for (AuditHtml.Segment s : segments) {
      String piece = text.substring(s.from(), s.to());
      if (s.claims().isEmpty()) {
        body.append(inlineKeepLines(piece));
        continue;
      }
      note++;
      // Bold cannot span a line break: mark each line of the stretch.
      String[] lines = piece.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          body.append('\n');
        }
        String l = lines[i];
        String core = l.strip();
        if (core.isEmpty()) {
          body.append(l);
        } else {
          int lead = l.indexOf(core);
          body.append(l, 0, lead)
              .append("**")
              .append(inline(core))
              .append("**")
              .append(l.substring(lead + core.length()));
        }
      }
      body.append("[^").append(note).append(']');
      List<String> parts = new ArrayList<>();
      for (Claim c : s.claims()) {
        parts.add(
            "claim "
                + a.number(c)
                + ", "
                + inline(c.summary())
                + (c.grade() == null
                    ? ""
                    : ": " + c.grade().summary() + ", " + c.grade().verdict()));
      }
      notes.append("[^").append(note).append("]: ").append(String.join("; ", parts)).append('\n');
    }
    for (String line : body.toString().split("\n", -1)) {
      sb.append(line.isBlank() ? "" : line).append('\n');
    }
    sb.append('\n').append(notes);
  }

  /** Text as Markdown on one line, shown as it is (commonmark's renderer escapes it). */
  static String inline(String s) {
    return org.w3id.claimgraph.report.Markdown.text(s);
  }

  private static String inlineKeepLines(String s) {
    return org.w3id.claimgraph.report.Markdown.lines(s);
  }

  private static String cell(String s) {
    return inline(s);
  }

  /** The overview of all articles in Markdown. */
  public static String overview(
      List<OverviewHtml.Row> rows, List<Conflict> conflicts, List<Dispute> disputes) {
    StringBuilder sb = new StringBuilder("# Audit of ").append(rows.size()).append(" articles\n\n");
    int claims = rows.stream().mapToInt(OverviewHtml.Row::claims).sum();
    sb.append(claims)
        .append(" claims, ")
        .append(OverviewHtml.disputeCounts(disputes))
        .append(".\n\n");
    sb.append(
        "| article | source | claims | High | Moderate | Low | Very low | conflicting pairs (high / medium / low) | actions |\n"
            + "|---|---|---|---|---|---|---|---|---|\n");
    for (OverviewHtml.Row r : rows) {
      Map<String, Integer> g = r.summary().byGrade();
      Map<String, Integer> sev = r.summary().bySeverity();
      sb.append("| [")
          .append(inline(r.article().title()))
          .append("](")
          .append(r.page())
          .append(") | ")
          .append(inline(r.article().kindLabel()))
          .append(" | ")
          .append(r.claims());
      for (String grade : Audits.GRADES) {
        sb.append(" | ").append(g.getOrDefault(grade, 0));
      }
      sb.append(" | ")
          .append(sev.getOrDefault("high", 0))
          .append(" / ")
          .append(sev.getOrDefault("medium", 0))
          .append(" / ")
          .append(sev.getOrDefault("low", 0))
          .append(" | ")
          .append(r.actions())
          .append(" |\n");
    }
    sb.append(
        "\n## Who contradicts whom\n\n| source | article | other source | other article | conflicts |\n|---|---|---|---|---|\n");
    Map<String, int[]> pairs = new java.util.TreeMap<>();
    Map<String, String[]> names = new java.util.HashMap<>();
    for (Conflict c : conflicts) {
      String k =
          c.a().attributedTo().iri()
              + "|"
              + c.a().article()
              + "|"
              + c.b().attributedTo().iri()
              + "|"
              + c.b().article();
      pairs.computeIfAbsent(k, x -> new int[1])[0]++;
      names.put(
          k,
          new String[] {
            c.a().attributedTo().name(),
            c.a().article(),
            c.b().attributedTo().name(),
            c.b().article()
          });
    }
    List<Map.Entry<String, int[]>> sorted = new ArrayList<>(pairs.entrySet());
    sorted.sort((x, y) -> y.getValue()[0] - x.getValue()[0]);
    for (Map.Entry<String, int[]> e : sorted) {
      String[] n = names.get(e.getKey());
      sb.append("| ")
          .append(inline(n[0]))
          .append(" | ")
          .append(inline(n[1]))
          .append(" | ")
          .append(inline(n[2]))
          .append(" | ")
          .append(inline(n[3]))
          .append(" | ")
          .append(e.getValue()[0])
          .append(" |\n");
    }
    return sb.toString();
  }
}
