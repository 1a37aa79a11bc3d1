package org.w3id.claimgraph.report;

import java.util.List;
import java.util.Locale;

/**
 * The part of a ranked list that is shown: items {@code [from, to)} of {@code total}. A table shows
 * the first page; the counts above it are always of the whole list.
 */
public record Page(int from, int to, int total) {
  public Page {
    if (from < 0 || to < from || to > total) {
      throw new IllegalArgumentException("bad page " + from + ".." + to + " of " + total);
    }
  }

  /** Every item. */
  public static Page all(int total) {
    return new Page(0, total, total);
  }

  /** Whether items are left out. */
  public boolean partial() {
    return from > 0 || to < total;
  }

  /** The items shown. */
  public <T> List<T> of(List<T> items) {
    return items.subList(from, to);
  }

  /**
   * "Showing 1–20 of 8,123 disputes: --offset 20 for the next page, --all for every one.", or empty
   * when nothing is left out.
   */
  public String footer(String plural) {
    if (!partial()) {
      return "";
    }
    String shown =
        to > from
            ? String.format(Locale.ROOT, "Showing %,d–%,d of %,d %s", from + 1, to, total, plural)
            : String.format(Locale.ROOT, "Nothing past %,d of %,d %s", total, total, plural);
    String next =
        to < total
            ? ": --offset " + to + " for the next page, --all for every one."
            : ": --all for every one.";
    return "\n" + shown + next + "\n";
  }
}
