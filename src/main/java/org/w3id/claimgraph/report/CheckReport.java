package org.w3id.claimgraph.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.w3id.claimgraph.ingest.DraftCheck;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Severity;

/** The findings of {@code claimgraph check}: as text, as JSON, as Markdown for a review. */
public final class CheckReport {
  private CheckReport() {}

  /** {@code {"claims": [...], "conflicts": [...]}}, in the formats of the claims and conflicts. */
  public static ObjectNode json(DraftCheck.Result r) {
    ObjectNode o = Json.mapper().createObjectNode();
    ArrayNode claims = o.putArray("claims");
    r.claims().forEach(c -> claims.add(Json.claim(c)));
    ArrayNode conflicts = o.putArray("conflicts");
    r.conflicts().forEach(c -> conflicts.add(Json.conflict(c)));
    return o;
  }

  public static String text(String name, DraftCheck.Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(summary(name, r)).append("\n\n");
    sb.append(ClaimText.render(r.claims()));
    if (!r.conflicts().isEmpty()) {
      sb.append('\n').append(ConflictText.render(r.conflicts()));
    }
    return sb.toString();
  }

  public static String markdown(String name, DraftCheck.Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Check of ").append(name).append("\n\n").append(summary(name, r)).append("\n");
    if (!r.conflicts().isEmpty()) {
      sb.append("\n## Conflicts\n");
      int n = 1;
      for (Conflict c : r.conflicts()) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%n### %d. %s: %s%n%n",
                n++,
                c.severity().code().toUpperCase(Locale.ROOT),
                c.ruleLabel()));
        side(sb, c.a(), r.article());
        side(sb, c.b(), r.article());
      }
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

  private static String summary(String name, DraftCheck.Result r) {
    long high = r.conflicts().stream().filter(c -> c.severity() == Severity.HIGH).count();
    return String.format(
        Locale.ROOT,
        "%s: %d claims, %d conflicts with the graph (%d high).%s",
        name,
        r.claims().size(),
        r.conflicts().size(),
        high,
        high > 0 ? " A high-severity conflict needs review before publication." : "");
  }

  private static String md(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
