package org.w3id.claimgraph.report;

import java.util.List;
import java.util.Locale;
import org.w3id.claimgraph.model.Claim;

/** Claims as a text table: article, offsets, predication, certainty, grade, author and quote. */
public final class ClaimText {
  private ClaimText() {}

  public static String render(List<Claim> claims) {
    return render(claims, Page.all(claims.size()));
  }

  /** The page of {@code claims} shown, the count below it of them all. */
  public static String render(List<Claim> claims, Page page) {
    return renderShown(page.of(claims), page);
  }

  /** The claims of a page, read alone ({@code shown}), the count below them of the page's total. */
  public static String renderShown(List<Claim> shown, Page page) {
    TextTable table =
        new TextTable(
            List.of("article", "at", "claim", "certainty", "grade", "attributed to", "quote"),
            32,
            11,
            70,
            11,
            16,
            32,
            70);
    for (Claim c : shown) {
      table.row(
          c.article(),
          c.span().start() + "-" + c.span().end(),
          c.summary(),
          c.certainty().code() + (c.conditional() ? "*" : ""),
          c.grade() == null ? "-" : c.grade().summary(),
          c.attributedTo().name(),
          c.span().quote());
    }
    return table.render()
        + String.format(Locale.ROOT, "%d claims (* conditional)%n", page.total())
        + page.footer("claims");
  }
}
