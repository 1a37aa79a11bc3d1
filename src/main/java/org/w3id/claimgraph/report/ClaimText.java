package org.w3id.claimgraph.report;

import java.util.List;
import java.util.Locale;
import org.w3id.claimgraph.model.Claim;

/** Claims as a text table: article, offsets, predication, certainty, author and quote. */
public final class ClaimText {
  private ClaimText() {}

  public static String render(List<Claim> claims) {
    TextTable table =
        new TextTable(
            List.of("article", "at", "claim", "certainty", "attributed to", "quote"),
            32,
            11,
            70,
            11,
            32,
            70);
    for (Claim c : claims) {
      table.row(
          c.article(),
          c.span().start() + "-" + c.span().end(),
          c.summary(),
          c.certainty().code() + (c.conditional() ? "*" : ""),
          c.attributedTo().name(),
          c.span().quote());
    }
    return table.render()
        + String.format(Locale.ROOT, "%d claims (* conditional)%n", claims.size());
  }
}
