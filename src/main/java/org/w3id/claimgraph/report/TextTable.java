package org.w3id.claimgraph.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: columns padded to their widest cell, long cells cut with an ellipsis at a
 * column's limit, a rule under the header.
 */
public final class TextTable {
  private final List<String> header;
  private final int[] limits;
  private final List<List<String>> rows = new ArrayList<>();

  /** {@code limits[i]} is the widest column {@code i} may be, in characters. */
  public TextTable(List<String> header, int... limits) {
    if (limits.length != header.size()) {
      throw new IllegalArgumentException(
          "one limit per column: " + header.size() + " columns, " + limits.length + " limits");
    }
    this.header = List.copyOf(header);
    this.limits = limits.clone();
  }

  public TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "a row has " + header.size() + " cells; got: " + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      row.add(cut(String.valueOf(cells[i]).replaceAll("\\s+", " "), limits[i]));
    }
    rows.add(row);
    return this;
  }

  public String render() {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    line(sb, rule, widths);
    for (List<String> row : rows) {
      line(sb, row, widths);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      line.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  static String cut(String s, int limit) {
    return s.length() <= limit ? s : s.substring(0, Math.max(0, limit - 1)) + "…";
  }
}
