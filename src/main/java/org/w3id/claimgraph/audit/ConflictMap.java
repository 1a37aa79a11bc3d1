package org.w3id.claimgraph.audit;

import static org.w3id.claimgraph.audit.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Severity;

/**
 * The conflicts between sources as an SVG network: each person or unsigned author a claim is
 * attributed to is a dot on a circle, coloured by article; each pair whose claims conflict is
 * joined by a curve, coloured by the most severe conflict and as thick as there are conflicts. A
 * dot's size grows with its conflicts. Drawn by the tool, deterministic, with a title on every
 * element for hover.
 */
public final class ConflictMap {
  /** More sources than this would be unreadable: the most contested are drawn. */
  public static final int MAX_NODES = 40;

  private static final String[] PALETTE = {
    "#1f77b4", "#9467bd", "#2ca02c", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
    "#393b79", "#637939"
  };

  private ConflictMap() {}

  private record Node(String iri, String label, String article, int conflicts) {}

  private static final class Edge {
    final String a;
    final String b;
    final Map<Severity, Integer> counts = new TreeMap<>();

    Edge(String a, String b) {
      this.a = a;
      this.b = b;
    }

    int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    Severity worst() {
      return counts.keySet().stream().max(Comparator.comparingInt(Severity::rank)).orElseThrow();
    }
  }

  /**
   * @param titles article titles by slug, for the legend
   */
  public static String svg(List<Conflict> conflicts, Map<String, String> titles) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<String, Integer> degree = new TreeMap<>();
    Map<String, Claim> any = new TreeMap<>();
    for (Conflict c : conflicts) {
      for (Claim x : List.of(c.a(), c.b())) {
        degree.merge(key(x), 1, Integer::sum);
        any.putIfAbsent(key(x), x);
      }
    }
    List<String> keys = new ArrayList<>(degree.keySet());
    keys.sort(Comparator.comparingInt((String k) -> -degree.get(k)).thenComparing(k -> k));
    int total = keys.size();
    if (keys.size() > MAX_NODES) {
      keys = keys.subList(0, MAX_NODES);
    }
    keys.sort(
        Comparator.comparing((String k) -> any.get(k).article())
            .thenComparing(k -> label(any.get(k))));
    for (String k : keys) {
      Claim x = any.get(k);
      nodes.put(k, new Node(k, label(x), x.article(), degree.get(k)));
    }
    Map<String, Edge> edges = new TreeMap<>();
    for (Conflict c : conflicts) {
      String a = key(c.a());
      String b = key(c.b());
      if (!nodes.containsKey(a) || !nodes.containsKey(b)) {
        continue;
      }
      String id = a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
      edges.computeIfAbsent(id, k -> new Edge(a, b)).counts.merge(c.severity(), 1, Integer::sum);
    }
    Map<String, String> colours = new LinkedHashMap<>();
    for (Node n : nodes.values()) {
      colours.putIfAbsent(n.article(), PALETTE[colours.size() % PALETTE.length]);
    }

    int n = Math.max(nodes.size(), 1);
    double r = 150 + 6 * n;
    // Labels run sideways, so the sides need room for them and the top and bottom less.
    double margin = 270;
    double legendHeight = 40 + 18 * (colours.size() + 3);
    double size = 2 * (r + margin);
    double height = 2 * (r + 80);
    double cx = size / 2;
    double cy = height / 2;
    Map<String, double[]> at = new LinkedHashMap<>();
    int i = 0;
    for (Node node : nodes.values()) {
      double angle = 2 * Math.PI * i++ / n - Math.PI / 2;
      at.put(node.iri(), new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle), angle});
    }

    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\""
                + " role=\"img\" aria-labelledby=\"map-title\" font-family=\"system-ui, sans-serif\""
                + " font-size=\"13\">\n",
            size,
            height + legendHeight,
            size));
    sb.append("<title id=\"map-title\">Conflicts between sources: ")
        .append(conflicts.size())
        .append(" conflicts among ")
        .append(total)
        .append(" sources</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    if (nodes.isEmpty()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\">No conflicts.</text>\n",
              cx,
              cy));
    }
    sb.append("<g fill=\"none\" stroke-linecap=\"round\">\n");
    List<Edge> ordered = new ArrayList<>(edges.values());
    ordered.sort(
        Comparator.comparingInt((Edge e) -> e.worst().rank()).thenComparing(e -> e.a + e.b));
    for (Edge e : ordered) {
      double[] p = at.get(e.a);
      double[] q = at.get(e.b);
      String colour = severityColour(e.worst());
      double width = 1.5 + 1.6 * Math.log(e.total()) / Math.log(2);
      String tip = nodes.get(e.a).label() + " ↔ " + nodes.get(e.b).label() + ": " + counts(e);
      if (e.a.equals(e.b)) {
        double lx = cx + (r + 22) * Math.cos(p[2]);
        double ly = cy + (r + 22) * Math.sin(p[2]);
        sb.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"14\" stroke=\"%s\" stroke-width=\"%.1f\"><title>%s</title></circle>\n",
                lx,
                ly,
                colour,
                width,
                esc(tip)));
      } else {
        double mx = (p[0] + q[0]) / 2;
        double my = (p[1] + q[1]) / 2;
        double kx = mx + (cx - mx) * 0.6;
        double ky = my + (cy - my) * 0.6;
        sb.append(
            String.format(
                Locale.ROOT,
                "<path d=\"M%.1f %.1fQ%.1f %.1f %.1f %.1f\" stroke=\"%s\" stroke-width=\"%.1f\""
                    + " stroke-opacity=\"0.75\"><title>%s</title></path>\n",
                p[0],
                p[1],
                kx,
                ky,
                q[0],
                q[1],
                colour,
                width,
                esc(tip)));
      }
    }
    sb.append("</g>\n<g>\n");
    for (Node node : nodes.values()) {
      double[] p = at.get(node.iri());
      double radius = 5 + 2.2 * Math.sqrt(node.conflicts());
      boolean right = Math.cos(p[2]) >= -1e-9;
      double tx = cx + (r + radius + 30) * Math.cos(p[2]);
      double ty = cy + (r + radius + 30) * Math.sin(p[2]) + 4;
      sb.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\""
                  + " stroke-width=\"1.5\"><title>%s</title></circle>\n",
              p[0],
              p[1],
              radius,
              colours.get(node.article()),
              esc(node.label() + " (" + node.article() + "): " + node.conflicts() + " conflicts")));
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"#1f2328\">%s</text>\n",
              tx,
              ty,
              right ? "start" : "end",
              esc(cut(node.label(), 28))));
    }
    sb.append("</g>\n");
    legend(sb, height, colours, titles, total, nodes.size());
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static void legend(
      StringBuilder sb,
      double size,
      Map<String, String> colours,
      Map<String, String> titles,
      int total,
      int shown) {
    double y = size + 10;
    sb.append(String.format(Locale.ROOT, "<g transform=\"translate(20 %.0f)\">\n", y));
    double x = 0;
    for (Severity s : List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.0f\" y1=\"8\" x2=\"%.0f\" y2=\"8\" stroke=\"%s\" stroke-width=\"4\"/>"
                  + "<text x=\"%.0f\" y=\"12\">%s conflict</text>\n",
              x,
              x + 28,
              severityColour(s),
              x + 34,
              s.code()));
      x += 150;
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.0f\" y=\"12\" fill=\"#59636e\">thicker: more conflicts</text>\n",
            x));
    int row = 0;
    for (Map.Entry<String, String> e : colours.entrySet()) {
      row++;
      String title = titles.getOrDefault(e.getKey(), e.getKey());
      sb.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"8\" cy=\"%d\" r=\"6\" fill=\"%s\"/><text x=\"22\" y=\"%d\">%s</text>\n",
              8 + 18 * row,
              e.getValue(),
              12 + 18 * row,
              esc(cut(title, 90))));
    }
    if (shown < total) {
      row++;
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\" fill=\"#59636e\">The %d most contested of %d sources.</text>\n",
              12 + 18 * row,
              shown,
              total));
    }
    sb.append("</g>\n");
  }

  static String severityColour(Severity s) {
    return switch (s) {
      case HIGH -> "#b42318";
      case MEDIUM -> "#dc6803";
      case LOW -> "#98a2b3";
    };
  }

  private static String counts(Edge e) {
    List<String> parts = new ArrayList<>();
    for (Severity s : List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
      Integer k = e.counts.get(s);
      if (k != null) {
        parts.add(k + " " + s.code());
      }
    }
    return String.join(", ", parts);
  }

  private static String key(Claim c) {
    return c.attributedTo().iri();
  }

  /** The person's name; an unsigned author as "unsigned: TITLE". */
  private static String label(Claim c) {
    String name = c.attributedTo().name();
    String prefix = "unnamed author of ";
    return name.startsWith(prefix)
        ? "unsigned: " + name.substring(prefix.length()).replace("\"", "")
        : name;
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
