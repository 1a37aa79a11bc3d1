package org.w3id.claimgraph.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.claimgraph.ingest.DraftCheck;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Severity;

/** The findings of {@code claimgraph check}: as text, as JSON, as Markdown for a review. */
public final class CheckReport {
  private CheckReport() {}

  /**
   * {@code {"claims": [...], "conflicts": [...], "needsReview": …}}, in the formats of the claims
   * and conflicts: every claim, and the page of the conflicts asked for; a partial page says which
   * ({@code "page"}: from, to, total). {@code needsReview} is always of them all.
   */
  public static ObjectNode json(DraftCheck.Result r, Page page) {
    ObjectNode o = Json.mapper().createObjectNode();
    ArrayNode claims = o.putArray("claims");
    r.claims().forEach(c -> claims.add(Json.claim(c)));
    ArrayNode conflicts = o.putArray("conflicts");
    for (DraftCheck.Finding f : page.of(r.findings())) {
      ObjectNode c = Json.conflict(f.conflict());
      ObjectNode draft = c.putObject("draft");
      draft.put("side", String.valueOf(f.draftSide()));
      draft.put("standing", f.standing().name().toLowerCase(Locale.ROOT));
      draft.put("strength", f.draft());
      draft.put("otherStrength", f.other());
      draft.put("blocks", f.blocks());
      draft.put("why", f.why());
      conflicts.add(c);
    }
    if (page.partial()) {
      ObjectNode shown = o.putObject("page");
      shown.put("from", page.from());
      shown.put("to", page.to());
      shown.put("total", page.total());
    }
    o.put("needsReview", r.needsReview());
    return o;
  }

  /** The summary, every claim, and the page of the conflicts shown (the counts of them all). */
  public static String text(String name, DraftCheck.Result r, Page page) {
    StringBuilder sb = new StringBuilder();
    sb.append(summary(name, r)).append("\n\n");
    sb.append(ClaimText.render(r.claims()));
    if (!r.conflicts().isEmpty()) {
      Map<Conflict, DraftCheck.Finding> by = new HashMap<>();
      r.findings().forEach(f -> by.put(f.conflict(), f));
      sb.append('\n').append(ConflictText.render(r.conflicts(), page, c -> standing(by.get(c))));
    }
    return sb.toString();
  }

  /** As {@link #text(String, DraftCheck.Result, Page)}, in Markdown. */
  public static String markdown(String name, DraftCheck.Result r, Page page) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Check of ").append(md(name)).append("\n\n").append(summary(name, r)).append("\n");
    if (!r.conflicts().isEmpty()) {
      sb.append("\n## Conflicts\n");
      int n = page.from() + 1;
      for (DraftCheck.Finding f : page.of(r.findings())) {
        Conflict c = f.conflict();
        sb.append(
            String.format(
                Locale.ROOT,
                "%n### %d. %s: %s%n%n",
                n++,
                c.severity().code().toUpperCase(Locale.ROOT),
                c.ruleLabel()));
        side(sb, c.a(), r.article());
        side(sb, c.b(), r.article());
        sb.append("\n").append(md(standing(f))).append("\n");
      }
      sb.append(md(page.footer("conflicts")));
    }
    sb.append(
        "\n## Claims\n\n| # | claim | certainty | grade | verdict | quote |\n"
            + "|---|---|---|---|---|---|\n");
    int n = 1;
    for (Claim c : r.claims()) {
      sb.append("| ")
          .append(n++)
          .append(" | ")
          .append(md(c.summary()))
          .append(" | ")
          .append(c.certainty().code())
          .append(" | ")
          .append(c.grade() == null ? "-" : c.grade().summary())
          .append(" | ")
          .append(c.grade() == null ? "-" : c.grade().verdict())
          .append(" | ")
          .append(md(c.span().quote()))
          .append(" |\n");
    }
    return sb.toString();
  }

  private static void side(StringBuilder sb, Claim c, String draft) {
    boolean mine = c.article().equals(draft);
    sb.append("- **")
        .append(mine ? "This draft" : c.article() + ", " + md(c.attributedTo().name()))
        .append("**: ")
        .append(md(c.summary()))
        .append(" (")
        .append(c.certainty().code())
        .append(
            c.grade() == null ? "" : "; grade " + c.grade().summary() + ", " + c.grade().verdict())
        .append(")  \n  > ")
        .append(md(c.span().quote()))
        .append("\n");
  }

  /** Where the draft stands in a conflict, and why, in a line. */
  static String standing(DraftCheck.Finding f) {
    StringBuilder sb = new StringBuilder("draft: ");
    if (f.standing() == DraftCheck.Standing.SELF) {
      sb.append("both claims are the draft's: it contradicts itself");
    } else {
      sb.append("side ")
          .append(f.draftSide())
          .append(", ")
          .append(f.standing().words())
          .append(" (")
          .append(Grade.signed(f.draft()))
          .append(" against ")
          .append(Grade.signed(f.other()))
          .append(" before disputes)");
      if (!f.why().isEmpty()) {
        sb.append(
                f.standing() == DraftCheck.Standing.WEAKER ? "; the other side: " : "; the draft: ")
            .append(f.why());
      }
    }
    if (f.blocks()) {
      sb.append(" — needs review");
    }
    return sb.toString();
  }

  private static String summary(String name, DraftCheck.Result r) {
    long high = r.conflicts().stream().filter(c -> c.severity() == Severity.HIGH).count();
    long weaker =
        r.findings().stream()
            .filter(f -> f.blocks() && f.standing() == DraftCheck.Standing.WEAKER)
            .count();
    long self =
        r.findings().stream()
            .filter(f -> f.blocks() && f.standing() == DraftCheck.Standing.SELF)
            .count();
    long stronger =
        r.findings().stream().filter(f -> f.standing() == DraftCheck.Standing.STRONGER).count();
    String verdict;
    if (r.needsReview()) {
      List<String> why = new ArrayList<>();
      if (weaker > 0) {
        why.add(weaker + " on the weaker side of a conflict with stronger evidence");
      }
      if (self > 0) {
        why.add(self + " inside the draft");
      }
      verdict = " Needs review before publication: " + String.join("; ", why) + ".";
    } else if (stronger > 0) {
      verdict =
          " No claim is on the weaker side of a conflict; the draft agrees with the stronger"
              + " side in "
              + stronger
              + (stronger == 1 ? " conflict." : " conflicts.");
    } else {
      verdict =
          r.conflicts().isEmpty()
              ? ""
              : " No claim is on the weaker side of a conflict of "
                  + DraftCheck.GATE.code()
                  + " severity or more.";
    }
    return String.format(
        Locale.ROOT,
        "%s: %d claims, %d conflicts with the graph (%d high).%s",
        name,
        r.claims().size(),
        r.conflicts().size(),
        high,
        verdict);
  }

  private static String md(String s) {
    return Markdown.text(s);
  }
}
