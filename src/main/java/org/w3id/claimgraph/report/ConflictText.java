package org.w3id.claimgraph.report;

import java.util.List;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Conflicts for a terminal: one block per conflict, most severe first, each with the rule, and for
 * both claims the predication, certainty, grade, article, author and quote.
 */
public final class ConflictText {
  private static final int QUOTE_LIMIT = 240;

  private ConflictText() {}

  public static String render(List<Conflict> conflicts) {
    StringBuilder sb = new StringBuilder();
    long high = conflicts.stream().filter(c -> c.severity().code().equals("high")).count();
    long medium = conflicts.stream().filter(c -> c.severity().code().equals("medium")).count();
    long within = conflicts.stream().filter(Conflict::withinArticle).count();
    sb.append(conflicts.size())
        .append(" conflicts (")
        .append(high)
        .append(" high, ")
        .append(medium)
        .append(" medium, ")
        .append(conflicts.size() - high - medium)
        .append(" low; ")
        .append(within)
        .append(" inside one article)\n");
    int n = 1;
    for (Conflict c : conflicts) {
      sb.append('\n')
          .append('#')
          .append(n++)
          .append("  ")
          .append(c.severity().code().toUpperCase(java.util.Locale.ROOT))
          .append("  ")
          .append(c.ruleLabel())
          .append("  [")
          .append(Ids.slugOf(c.rule()))
          .append(c.withinArticle() ? ", inside one article" : "")
          .append("]\n");
      side(sb, "A", c.a());
      side(sb, "B", c.b());
    }
    return sb.toString();
  }

  private static void side(StringBuilder sb, String label, Claim c) {
    sb.append("    ")
        .append(label)
        .append("  ")
        .append(c.summary())
        .append("  (")
        .append(c.certainty().code())
        .append(c.conditional() ? ", conditional" : "")
        .append(")");
    if (c.grade() != null) {
      sb.append("  grade ").append(c.grade().summary()).append(", ").append(c.grade().verdict());
    }
    sb.append('\n');
    sb.append("       ")
        .append(c.article())
        .append(" — ")
        .append(c.attributedTo().name())
        .append('\n');
    sb.append("       \"")
        .append(TextTable.cut(c.span().quote().replaceAll("\\s+", " "), QUOTE_LIMIT))
        .append("\"\n");
  }
}
