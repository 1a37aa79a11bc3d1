package org.w3id.claimgraph.audit;

import static org.w3id.claimgraph.audit.Html.block;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;
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
   * Draws the map as an {@code svg} element at the end of {@code parent}.
   *
   * @param titles article titles by slug, for the legend
   */
  public static void svg(Element parent, List<Conflict> conflicts, Map<String, String> titles) {
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

    Element svg =
        block(parent, "svg")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr(
                "viewBox", String.format(Locale.ROOT, "0 0 %.0f %.0f", size, height + legendHeight))
            .attr("width", String.format(Locale.ROOT, "%.0f", size))
            .attr("role", "img")
            .attr("aria-labelledby", "map-title")
            .attr("font-family", "system-ui, sans-serif")
            .attr("font-size", "13");
    block(svg, "title")
        .id("map-title")
        .text(
            "Conflicts between sources: "
                + conflicts.size()
                + " conflicts among "
                + total
                + " sources");
    block(svg, "rect").attr("width", "100%").attr("height", "100%").attr("fill", "#ffffff");
    if (nodes.isEmpty()) {
      block(svg, "text")
          .attr("x", f0(cx))
          .attr("y", f0(cy))
          .attr("text-anchor", "middle")
          .text("No conflicts.");
    }
    Element curves = block(svg, "g").attr("fill", "none").attr("stroke-linecap", "round");
    List<Edge> ordered = new ArrayList<>(edges.values());
    ordered.sort(
        Comparator.comparingInt((Edge e) -> e.worst().rank()).thenComparing(e -> e.a + e.b));
    for (Edge e : ordered) {
      double[] p = at.get(e.a);
      double[] q = at.get(e.b);
      String colour = severityColour(e.worst());
      double width = 1.5 + 1.6 * Math.log(e.total()) / Math.log(2);
      String tip = nodes.get(e.a).label() + " ↔ " + nodes.get(e.b).label() + ": " + counts(e);
      Element curve;
      if (e.a.equals(e.b)) {
        curve =
            block(curves, "circle")
                .attr("cx", f1(cx + (r + 22) * Math.cos(p[2])))
                .attr("cy", f1(cy + (r + 22) * Math.sin(p[2])))
                .attr("r", "14");
      } else {
        double mx = (p[0] + q[0]) / 2;
        double my = (p[1] + q[1]) / 2;
        double kx = mx + (cx - mx) * 0.6;
        double ky = my + (cy - my) * 0.6;
        curve =
            block(curves, "path")
                .attr(
                    "d",
                    String.format(
                        Locale.ROOT,
                        "M%.1f %.1fQ%.1f %.1f %.1f %.1f",
                        p[0],
                        p[1],
                        kx,
                        ky,
                        q[0],
                        q[1]));
      }
      curve.attr("stroke", colour).attr("stroke-width", f1(width));
      if (!e.a.equals(e.b)) {
        curve.attr("stroke-opacity", "0.75");
      }
      curve.appendElement("title").text(tip);
    }
    Element dots = block(svg, "g");
    for (Node node : nodes.values()) {
      double[] p = at.get(node.iri());
      double radius = 5 + 2.2 * Math.sqrt(node.conflicts());
      boolean right = Math.cos(p[2]) >= -1e-9;
      double tx = cx + (r + radius + 30) * Math.cos(p[2]);
      double ty = cy + (r + radius + 30) * Math.sin(p[2]) + 4;
      block(dots, "circle")
          .attr("cx", f1(p[0]))
          .attr("cy", f1(p[1]))
          .attr("r", f1(radius))
          .attr("fill", colours.get(node.article()))
          .attr("stroke", "#ffffff")
          .attr("stroke-width", "1.5")
          .appendElement("title")
          .text(node.label() + " (" + node.article() + "): " + node.conflicts() + " conflicts");
      block(dots, "text")
          .attr("x", f1(tx))
          .attr("y", f1(ty))
          .attr("text-anchor", right ? "start" : "end")
          .attr("fill", "#1f2328")
          .text(cut(node.label(), 28));
    }
    legend(svg, height, colours, titles, total, nodes.size());
  }

  private static void legend(
      Element svg,
      double size,
      Map<String, String> colours,
      Map<String, String> titles,
      int total,
      int shown) {
    Element g = block(svg, "g").attr("transform", "translate(20 " + f0(size + 10) + ")");
    double x = 0;
    for (Severity s : List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
      block(g, "line")
          .attr("x1", f0(x))
          .attr("y1", "8")
          .attr("x2", f0(x + 28))
          .attr("y2", "8")
          .attr("stroke", severityColour(s))
          .attr("stroke-width", "4");
      g.appendElement("text").attr("x", f0(x + 34)).attr("y", "12").text(s.code() + " conflict");
      x += 150;
    }
    block(g, "text")
        .attr("x", f0(x))
        .attr("y", "12")
        .attr("fill", "#59636e")
        .text("thicker: more conflicts");
    int row = 0;
    for (Map.Entry<String, String> e : colours.entrySet()) {
      row++;
      String title = titles.getOrDefault(e.getKey(), e.getKey());
      block(g, "circle")
          .attr("cx", "8")
          .attr("cy", Integer.toString(8 + 18 * row))
          .attr("r", "6")
          .attr("fill", e.getValue());
      g.appendElement("text")
          .attr("x", "22")
          .attr("y", Integer.toString(12 + 18 * row))
          .text(cut(title, 90));
    }
    if (shown < total) {
      row++;
      block(g, "text")
          .attr("x", "0")
          .attr("y", Integer.toString(12 + 18 * row))
          .attr("fill", "#59636e")
          .text("The " + shown + " most contested of " + total + " sources.");
    }
  }

  private static String f0(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
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
