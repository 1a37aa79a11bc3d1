package org.w3id.claimgraph.report;

import java.util.List;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.review.Review;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Conflicts for a terminal: one block per conflict, most severe first, each with the rule, and for
 * both claims the predication, certainty, grade, article, author and quote.
 */
public final class ConflictText {
  private static final int QUOTE_LIMIT = 240;

  private ConflictText() {}

  public static String render(List<Conflict> conflicts) {
    return render(conflicts, Page.all(conflicts.size()), c -> null);
  }

  /** The page of {@code conflicts} shown, the counts above it of them all. */
  public static String render(List<Conflict> conflicts, Page page) {
    return render(conflicts, page, c -> null);
  }

  /** The page of {@code conflicts} shown, each with a note where {@code note} gives one. */
  public static String render(
      List<Conflict> conflicts, Page page, java.util.function.Function<Conflict, String> note) {
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
    int n = page.from() + 1;
    for (Conflict c : page.of(conflicts)) {
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
      String said = note.apply(c);
      if (said != null) {
        sb.append("    ").append(said).append('\n');
      }
    }
    return sb.append(page.footer("conflicting pairs")).toString();
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

  /** Conflicts between propositions, each once, most severe first. */
  public static String disputes(List<Dispute> disputes) {
    return disputes(disputes, Page.all(disputes.size()));
  }

  /** The page of {@code disputes} shown, the counts above it of them all. */
  public static String disputes(List<Dispute> disputes, Page page) {
    long high = disputes.stream().filter(d -> d.severity().code().equals("high")).count();
    long medium = disputes.stream().filter(d -> d.severity().code().equals("medium")).count();
    long within = disputes.stream().filter(Dispute::withinArticle).count();
    long pairs = disputes.stream().mapToLong(Dispute::pairs).sum();
    return disputes(disputes.size(), high, medium, within, pairs, page.of(disputes), page);
  }

  /**
   * The disputes {@code shown}, the page {@code page} of a ranked list whose counts are given: how
   * many, how many high and medium, how many also inside one article, and the pairs they stand for.
   */
  public static String disputes(
      long total, long high, long medium, long within, long pairs, List<Dispute> shown, Page page) {
    return disputes(total, high, medium, within, pairs, shown, page, java.util.Map.of(), 0);
  }

  /**
   * As {@link #disputes(long, long, long, long, long, List, Page)}, each dispute with its latest
   * review, and saying how many dismissed disputes are left out.
   */
  public static String disputes(
      long total,
      long high,
      long medium,
      long within,
      long pairs,
      List<Dispute> shown,
      Page page,
      java.util.Map<String, Review> reviews,
      int dismissedHidden) {
    StringBuilder sb = new StringBuilder();
    sb.append(total)
        .append(total == 1 ? " dispute (" : " disputes (")
        .append(high)
        .append(" high, ")
        .append(medium)
        .append(" medium, ")
        .append(total - high - medium)
        .append(" low; ")
        .append(within)
        .append(" also inside one article), standing for ")
        .append(pairs)
        .append(" conflicting claim pairs (--pairs lists them)\n");
    if (dismissedHidden > 0) {
      sb.append(dismissedHidden)
          .append(dismissedHidden == 1 ? " dispute" : " disputes")
          .append(" dismissed by a reviewer not shown (--include-dismissed shows them)\n");
    }
    int n = page.from() + 1;
    for (Dispute d : shown) {
      sb.append('\n')
          .append('#')
          .append(n++)
          .append("  ")
          .append(d.severity().code().toUpperCase(java.util.Locale.ROOT))
          .append("  ")
          .append(d.ruleLabel())
          .append("  [")
          .append(Ids.slugOf(d.rule()))
          .append(d.withinArticle() ? ", also inside one article" : "")
          .append("]  dispute ")
          .append(Ids.slugOf(d.id()))
          .append('\n');
      side(sb, "A", d.a());
      side(sb, "B", d.b());
      Review review = reviews.get(d.id());
      if (review != null) {
        sb.append("    review: ").append(review.summary()).append('\n');
      }
      if (d.weaker() != ' ') {
        Dispute.Side weak = d.weaker() == 'A' ? d.a() : d.b();
        Dispute.Side strong = d.weaker() == 'A' ? d.b() : d.a();
        sb.append("    weaker evidence: side ")
            .append(d.weaker())
            .append(" (")
            .append(Grade.signed(weak.strength()))
            .append(" against ")
            .append(Grade.signed(strong.strength()))
            .append(" before disputes); it does not lower side ")
            .append(d.weaker() == 'A' ? 'B' : 'A')
            .append('\n');
      }
    }
    return sb.append(page.footer("disputes")).toString();
  }

  private static void side(StringBuilder sb, String label, Dispute.Side s) {
    Claim best = s.strongest();
    sb.append("    ").append(label).append("  ").append(s.proposition().summary()).append('\n');
    sb.append("       ")
        .append(s.claims())
        .append(s.claims() == 1 ? " claim" : " claims")
        .append(" from ")
        .append(s.sources())
        .append(s.sources() == 1 ? " source" : " sources")
        .append(", by ")
        .append(String.join(", ", s.sourceNames()))
        .append(s.sourceNames().size() >= 5 ? ", …" : "")
        .append('\n');
    sb.append("       best: ")
        .append(best.article())
        .append(" — ")
        .append(best.attributedTo().name())
        .append("  (")
        .append(best.certainty().code());
    if (best.grade() != null) {
      sb.append("; grade ")
          .append(best.grade().summary())
          .append(", ")
          .append(best.grade().verdict());
    }
    sb.append(")\n       \"")
        .append(TextTable.cut(best.span().quote().replaceAll("\\s+", " "), QUOTE_LIMIT))
        .append("\"\n");
  }
}
