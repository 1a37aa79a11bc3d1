package org.w3id.claimgraph.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.search.SearchHit;

/** Search hits as a text table and as JSON. */
public final class HitText {
  private HitText() {}

  /** One row per hit: rank, score, kind, article and offsets, then the snippet (and the claim). */
  public static String render(String query, List<SearchHit> hits) {
    StringBuilder sb = new StringBuilder();
    sb.append(hits.size())
        .append(hits.size() == 1 ? " hit" : " hits")
        .append(" for ")
        .append(query)
        .append('\n');
    int n = 1;
    for (SearchHit h : hits) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%n%2d. %-8s %.2f  %s %d-%d%n",
              n++,
              h.type(),
              h.score(),
              h.article(),
              h.start(),
              h.end()));
      if (h.isClaim()) {
        sb.append("    ")
            .append(h.intervention())
            .append(" — ")
            .append(h.relation().replace('_', ' '))
            .append(" — ")
            .append(h.condition())
            .append("  (")
            .append(h.certainty())
            .append(", ")
            .append(h.author())
            .append(")");
        if (h.grade() != null) {
          sb.append("  grade ")
              .append(h.grade())
              .append(" (")
              .append(Grade.signed(h.gradeScore()))
              .append("), ")
              .append(h.verdict());
        }
        sb.append('\n');
      }
      sb.append("    ")
          .append(TextTable.cut(h.snippet().replaceAll("\\s+", " "), 300))
          .append('\n');
    }
    return sb.toString();
  }

  /** {@code {"query": ..., "hits": [...]}}. */
  public static ObjectNode json(String query, List<SearchHit> hits) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("query", query);
    ArrayNode array = root.putArray("hits");
    for (SearchHit h : hits) {
      ObjectNode o = array.addObject();
      o.put("type", h.type());
      o.put("id", h.id());
      o.put("article", h.article());
      o.put("start", h.start());
      o.put("end", h.end());
      o.put("score", h.score());
      o.put("text", h.text());
      o.put("snippet", h.snippet());
      ArrayNode matches = o.putArray("matches");
      for (int[] m : h.matches()) {
        matches.addObject().put("start", m[0]).put("end", m[1]);
      }
      if (h.isClaim()) {
        ObjectNode claim = o.putObject("claim");
        claim.put("relation", h.relation());
        claim.put("intervention", h.intervention());
        claim.put("condition", h.condition());
        claim.put("attributedTo", h.author());
        claim.put("certainty", h.certainty());
        claim.put("curation", h.curation());
        if (h.grade() != null) {
          ObjectNode grade = claim.putObject("grade");
          grade.put("certainty", h.grade());
          grade.put("score", h.gradeScore());
          grade.put("verdict", h.verdict());
        } else {
          claim.putNull("grade");
        }
      } else {
        o.putNull("claim");
      }
    }
    return root;
  }
}
