package org.w3id.claimgraph.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.SourceProfile;

/** Grades for a person: a table of claims weakest first, and a grade's derivation step by step. */
public final class GradeText {
  private static final int QUOTE_LIMIT = 160;

  private GradeText() {}

  /** Claims by grade, weakest first, with a count per GRADE certainty and per verdict. */
  public static String table(List<Claim> claims) {
    return table(claims, null);
  }

  /**
   * The page of the claims, weakest first, that is shown; the counts below it are of them all.
   *
   * @param page over the claims weakest first, or null for all
   */
  public static String table(List<Claim> claims, Page page) {
    List<Claim> sorted = new java.util.ArrayList<>();
    List<Ranked> ranked = new java.util.ArrayList<>();
    for (Claim c : weakestFirst(claims)) {
      if (c.grade() != null) {
        sorted.add(c);
        ranked.add(new Ranked(c.id(), c.grade().certainty(), c.grade().verdict()));
      }
    }
    Page shown = page == null ? Page.all(sorted.size()) : page;
    return tableShown(shown.of(sorted), ranked, shown);
  }

  /** A claim as a page of grades ranks and counts it, without the claim itself. */
  public record Ranked(String id, String certainty, String verdict) {}

  /**
   * The page of the claims, weakest first, read alone ({@code shown}), with the counts below it of
   * them all ({@code ranked}, weakest first).
   */
  public static String tableShown(List<Claim> shown, List<Ranked> ranked, Page page) {
    Map<String, Integer> byCertainty = new TreeMap<>();
    Map<String, Integer> byVerdict = new TreeMap<>();
    for (Ranked r : ranked) {
      byCertainty.merge(r.certainty(), 1, Integer::sum);
      byVerdict.merge(r.verdict(), 1, Integer::sum);
    }
    return tableShown(shown, ranked.size(), byCertainty, byVerdict, page);
  }

  /**
   * The page of the claims, weakest first, read alone ({@code shown}), with the counts below it of
   * them all ({@code total}), by GRADE certainty and by verdict.
   */
  public static String tableShown(
      List<Claim> shown,
      int total,
      Map<String, Integer> byCertainty,
      Map<String, Integer> byVerdict,
      Page page) {
    TextTable table =
        new TextTable(
            List.of("grade", "score", "verdict", "claim", "article", "factors"),
            10,
            6,
            15,
            60,
            32,
            60);
    for (Claim c : shown) {
      Grade g = c.grade();
      if (g == null) {
        continue;
      }
      table.row(
          g.certainty(),
          Grade.signed(g.score()),
          g.verdict(),
          c.summary(),
          c.article() + " " + c.span().start(),
          codes(g));
    }
    return table.render()
        + String.format(
            Locale.ROOT, "%d claims; %s; %s%n", total, counts(byCertainty), counts(byVerdict))
        + page.footer("claims");
  }

  /** Weakest first: by score, then by article and offset. */
  public static List<Claim> weakestFirst(List<Claim> claims) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(
        java.util.Comparator.comparingDouble(
                (Claim c) -> c.grade() == null ? Double.MAX_VALUE : c.grade().score())
            .thenComparing(Claim::article)
            .thenComparingInt(c -> c.span().start())
            .thenComparing(Claim::id));
    return sorted;
  }

  private static String codes(Grade g) {
    List<String> parts = new ArrayList<>();
    for (Factor f : g.factors()) {
      parts.add(f.code() + (f.delta() == 0 ? "" : " " + Grade.signed(f.delta())));
    }
    return String.join(", ", parts);
  }

  private static String counts(Map<String, Integer> m) {
    List<String> parts = new ArrayList<>();
    m.forEach((k, v) -> parts.add(v + " " + k));
    return String.join(", ", parts);
  }

  /**
   * The derivation of a claim's grade: the claim, its source, each step with its delta, the running
   * score and the reason, the quotes and claims it rests on, and where the result falls on each
   * scale.
   *
   * @param related the claims the factors rest on, by IRI (with their grades)
   * @param policy the policy's IRI and version, and where it is kept
   */
  public static String explain(
      Claim c, SourceProfile profile, Map<String, Claim> related, String policy) {
    Grade g = c.grade();
    StringBuilder sb = new StringBuilder();
    sb.append(c.summary())
        .append("  (")
        .append(c.certainty().code())
        .append(c.negated() ? ", negated" : "")
        .append(c.conditional() ? ", conditional" : "")
        .append(")\n");
    sb.append("  ").append(c.article()).append(", ").append(c.attributedTo().name()).append('\n');
    sb.append("  \"").append(TextTable.cut(flat(c.span().quote()), QUOTE_LIMIT)).append("\"\n");
    sb.append("  ").append(c.id()).append('\n');
    if (c.note() != null) {
      // For an extracted claim: the words that triggered it (cue, hedge, negation, circumstance).
      sb.append("  ").append(c.curation().code()).append(": ").append(flat(c.note())).append('\n');
    }
    sb.append('\n');
    if (profile != null) {
      sb.append("Source: ").append(profile.kindLabel()).append(". ");
      sb.append("Commercial interest: ").append(profile.commercial() ? "yes" : "none found");
      sb.append(" (").append(strip(profile.commercialReason())).append("). ");
      sb.append("Author's credentials: ").append(profile.standing()).append(".\n\n");
    }
    if (g == null) {
      return sb.append("Not graded: the store has no grade for this claim.\n").toString();
    }
    double running = 0;
    for (Factor f : g.factors()) {
      running += f.delta();
      sb.append(
          String.format(
              Locale.ROOT,
              "%2d. %-28s %5s  → %5s",
              f.step(),
              f.code(),
              Grade.signed(f.delta()),
              Grade.signed(running)));
      if (f.evidenceCode() != null) {
        sb.append("   ").append(curie(f.evidenceCode()));
      }
      sb.append('\n');
      sb.append("    ").append(f.reason()).append('\n');
      for (String q : f.quotes()) {
        sb.append("      \"").append(TextTable.cut(flat(q), QUOTE_LIMIT)).append("\"\n");
      }
      for (String id : strongestFirst(f.claims(), related)) {
        Claim o = related.get(id);
        if (o == null) {
          sb.append("      ").append(id).append('\n');
          continue;
        }
        sb.append("      - ")
            .append(o.article())
            .append(", ")
            .append(o.attributedTo().name())
            .append(": ")
            .append(o.summary());
        if (o.grade() != null) {
          sb.append(" [").append(o.grade().summary()).append(']');
        }
        sb.append("\n        \"")
            .append(TextTable.cut(flat(o.span().quote()), QUOTE_LIMIT))
            .append("\"\n");
      }
    }
    sb.append('\n')
        .append("Score before disputes ")
        .append(Grade.signed(g.provisional()))
        .append("; score ")
        .append(Grade.signed(g.score()))
        .append(".\n");
    sb.append("GRADE certainty ")
        .append(g.certainty())
        .append(" · SORT ")
        .append(g.sort())
        .append(" · Oxford CEBM level ")
        .append(g.cebm())
        .append(" · schema:")
        .append(g.evidenceLevel())
        .append(" · verdict ")
        .append(g.verdict())
        .append('\n');
    sb.append("Policy: ").append(policy).append('\n');
    return sb.toString();
  }

  /** The claims a factor rests on, best graded first, then in text order. */
  private static List<String> strongestFirst(List<String> ids, Map<String, Claim> related) {
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(
        java.util.Comparator.comparingDouble(
                (String id) -> {
                  Claim o = related.get(id);
                  return o == null || o.grade() == null ? 0 : -o.grade().provisional();
                })
            .thenComparing(id -> related.containsKey(id) ? related.get(id).article() : id)
            .thenComparingInt(id -> related.containsKey(id) ? related.get(id).span().start() : 0)
            .thenComparing(id -> id));
    return sorted;
  }

  /** {@code {"claim": {...}, "sourceProfile": {...}, "related": [...]}}. */
  public static ObjectNode json(Claim c, SourceProfile profile, Map<String, Claim> related) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.set("claim", Json.claim(c));
    root.set("sourceProfile", profile == null ? null : profile(profile));
    ArrayNode array = root.putArray("related");
    if (c.grade() != null) {
      for (Factor f : c.grade().factors()) {
        for (String id : f.claims()) {
          if (related.containsKey(id)) {
            array.add(Json.claim(related.get(id)));
          }
        }
      }
    }
    return root;
  }

  /** A source profile as JSON. */
  public static ObjectNode profile(SourceProfile p) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("article", p.slug());
    o.put("kind", p.kindLabel());
    o.put("commercialInterest", p.commercial());
    o.put("commercialReason", p.commercialReason());
    o.put("commercialEvidence", p.commercialEvidence());
    ArrayNode creds = o.putArray("authorCredentials");
    p.credentials().forEach(creds::add);
    return o;
  }

  private static String strip(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String flat(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static String curie(String iri) {
    String obo = "http://purl.obolibrary.org/obo/";
    return iri.startsWith(obo) ? iri.substring(obo.length()).replace('_', ':') : iri;
  }
}
