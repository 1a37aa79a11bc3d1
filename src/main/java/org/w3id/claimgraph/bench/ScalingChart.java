package org.w3id.claimgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The scaling curves of the archive benchmark as an SVG chart: two log-log panels against the
 * number of articles, seconds for the stages that grow with the archive (end-to-end ingest,
 * extraction alone, the raw TDB2 + Lucene baseline, grading) and milliseconds for what a user waits
 * on (the conflicts query and command, search p50 and p99). A dashed line of slope one through the
 * first ingest point shows what linear growth would be.
 */
public final class ScalingChart {
  private static final int W = 460;
  private static final int H = 340;
  private static final int LEFT = 62;
  private static final int TOP = 40;
  private static final int PW = 360;
  private static final int PH = 240;

  private record Series(String name, String colour, ToDoubleFunction<ArchiveBench.Row> value) {}

  private ScalingChart() {}

  public static String svg(List<ArchiveBench.Row> rows) {
    List<Series> seconds =
        List.of(
            new Series("ingest, end to end", "#1f77b4", ArchiveBench.Row::ingestSeconds),
            new Series("of which: extraction alone", "#9467bd", ArchiveBench.Row::extractSeconds),
            new Series(
                "raw: TDB2 bulk load + plain Lucene",
                "#7f7f7f",
                r -> r.rawLoadSeconds() + r.rawIndexSeconds()),
            new Series("grading the whole graph", "#d62728", ArchiveBench.Row::gradeSeconds));
    List<Series> millis =
        List.of(
            new Series("conflicts query", "#2ca02c", ArchiveBench.Row::conflictsQueryMs),
            new Series("conflicts command", "#17becf", ArchiveBench.Row::conflictsCommandMs),
            new Series("search p50", "#ff7f0e", ArchiveBench.Row::searchP50),
            new Series("search p99", "#8c564b", ArchiveBench.Row::searchP99));
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                + " font-family=\"system-ui, sans-serif\" font-size=\"12\">%n"
                + "<title>claimgraph: how each stage grows with the archive</title>%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>%n",
            2 * W,
            H + 120,
            2 * W));
    panel(sb, rows, seconds, 0, "seconds", true);
    panel(sb, rows, millis, W, "milliseconds", false);
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static void panel(
      StringBuilder sb,
      List<ArchiveBench.Row> rows,
      List<Series> series,
      int dx,
      String unit,
      boolean linear) {
    double xmin = Double.MAX_VALUE;
    double xmax = 0;
    double ymin = Double.MAX_VALUE;
    double ymax = 0;
    for (ArchiveBench.Row r : rows) {
      xmin = Math.min(xmin, r.articles());
      xmax = Math.max(xmax, r.articles());
      for (Series s : series) {
        double v = Math.max(s.value().applyAsDouble(r), 1e-3);
        ymin = Math.min(ymin, v);
        ymax = Math.max(ymax, v);
      }
    }
    double lx0 = Math.floor(Math.log10(xmin));
    double lx1 = Math.max(Math.ceil(Math.log10(xmax)), lx0 + 1);
    double ly0 = Math.floor(Math.log10(ymin));
    double ly1 = Math.max(Math.ceil(Math.log10(ymax)), ly0 + 1);
    int x0 = dx + LEFT;
    sb.append(
        String.format(
            Locale.ROOT,
            "<g><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#d0d7de\"/>%n",
            x0,
            TOP,
            PW,
            PH));
    for (double e = lx0; e <= lx1 + 1e-9; e++) {
      double x = x0 + (e - lx0) / (lx1 - lx0) * PW;
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eef1f4\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#59636e\">%s</text>%n",
              x,
              TOP,
              x,
              TOP + PH,
              x,
              TOP + PH + 16,
              pow(e)));
    }
    for (double e = ly0; e <= ly1 + 1e-9; e++) {
      double y = TOP + PH - (e - ly0) / (ly1 - ly0) * PH;
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eef1f4\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#59636e\">%s</text>%n",
              x0,
              y,
              x0 + PW,
              y,
              x0 - 6,
              y + 4,
              pow(e)));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">articles</text>%n"
                + "<text x=\"%d\" y=\"%d\" font-weight=\"600\">%s (log scale)</text>%n",
            x0 + PW / 2,
            TOP + PH + 34,
            x0,
            TOP - 12,
            unit));
    final double fx0 = lx0;
    final double fx1 = lx1;
    final double fy0 = ly0;
    final double fy1 = ly1;
    java.util.function.DoubleUnaryOperator px = v -> x0 + (Math.log10(v) - fx0) / (fx1 - fx0) * PW;
    java.util.function.DoubleUnaryOperator py =
        v -> TOP + PH - (Math.log10(Math.max(v, 1e-3)) - fy0) / (fy1 - fy0) * PH;
    if (linear && !rows.isEmpty()) {
      ArchiveBench.Row first = rows.get(0);
      double v0 = series.get(0).value().applyAsDouble(first);
      double xa = first.articles();
      double xb = Math.pow(10, lx1);
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f77b4\""
                  + " stroke-dasharray=\"4 4\" stroke-opacity=\"0.5\"><title>linear growth from"
                  + " the first ingest point</title></line>%n",
              px.applyAsDouble(xa),
              py.applyAsDouble(v0),
              px.applyAsDouble(xb),
              py.applyAsDouble(v0 * xb / xa)));
    }
    int legendY = TOP + PH + 52;
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      List<String> pts = new ArrayList<>();
      for (ArchiveBench.Row r : rows) {
        pts.add(
            String.format(
                Locale.ROOT,
                "%.1f,%.1f",
                px.applyAsDouble(r.articles()),
                py.applyAsDouble(s.value().applyAsDouble(r))));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
              String.join(" ", pts),
              s.colour()));
      for (ArchiveBench.Row r : rows) {
        double v = s.value().applyAsDouble(r);
        sb.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s, %,d articles:"
                    + " %.2f %s</title></circle>%n",
                px.applyAsDouble(r.articles()),
                py.applyAsDouble(v),
                s.colour(),
                s.name(),
                r.articles(),
                v,
                unit));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>"
                  + "<text x=\"%d\" y=\"%d\">%s</text>%n",
              x0,
              legendY + 16 * k,
              x0 + 22,
              legendY + 16 * k,
              s.colour(),
              x0 + 28,
              legendY + 16 * k + 4,
              s.name()));
    }
    sb.append("</g>\n");
  }

  private static String pow(double e) {
    double v = Math.pow(10, e);
    return v >= 1 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%s", v);
  }
}
