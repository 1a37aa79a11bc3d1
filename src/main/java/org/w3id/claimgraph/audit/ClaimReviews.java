package org.w3id.claimgraph.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.report.Json;
import org.w3id.claimgraph.review.Review;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.validate.ShapeValidator;

/**
 * schema.org ClaimReview for fact-checkers, as JSON-LD with its context inline (nothing to fetch):
 * one review per graded claim, of the claim as it appears in its article (the quote is the claim's
 * text), rated on the verdict scale of the ontology (5 Accurate … 1 Inaccurate), by a reviewing
 * organisation.
 */
public final class ClaimReviews {
  public static final String VERDICTS = "verdicts";
  public static final String SCHEMA = "http://schema.org/";

  /** Verdicts this bad or worse are flagged: Unsupported, Misleading, Inaccurate. */
  public static final int FLAGGED_AT_MOST = 2;

  /** Who publishes the reviews. */
  public record Reviewer(String name, String url) {
    public static final Reviewer DEFAULT =
        new Reviewer("claimgraph", "https://w3id.org/claimgraph");
  }

  private ClaimReviews() {}

  /** The verdicts' ranks by label, from the ontology. */
  public static Map<String, Integer> ranks(Store store, QueryLibrary queries) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Binding row :
        store.read(link -> Sparql.select(link, queries.get(VERDICTS).query(), Map.of()))) {
      out.put(
          row.get("label").getLiteralLexicalForm(),
          Integer.parseInt(row.get("rank").getLiteralLexicalForm()));
    }
    return out;
  }

  /**
   * @param articles what is known of each article, by slug
   * @param ranks each verdict's rating, by label
   * @param date the review date, ISO 8601
   * @param flaggedOnly only claims rated {@link #FLAGGED_AT_MOST} or worse
   */
  public static ObjectNode document(
      List<Claim> claims,
      Map<String, Audit.ArticleInfo> articles,
      Map<String, Integer> ranks,
      Reviewer reviewer,
      String date,
      boolean flaggedOnly) {
    return document(claims, articles, ranks, reviewer, date, flaggedOnly, Map.of());
  }

  /**
   * As {@link #document(List, Map, Map, Reviewer, String, boolean)}, with the reviewers' latest
   * reviews: a claim a reviewer dismissed is left out; one whose verdict a reviewer overrode is
   * rated with the reviewer's verdict, and says so; the reviewer's note leads the explanation.
   *
   * @param reviews the latest review of each claim, by claim IRI
   */
  public static ObjectNode document(
      List<Claim> claims,
      Map<String, Audit.ArticleInfo> articles,
      Map<String, Integer> ranks,
      Reviewer reviewer,
      String date,
      boolean flaggedOnly,
      Map<String, Review> reviews) {
    int best = ranks.values().stream().mapToInt(Integer::intValue).max().orElse(5);
    int worst = ranks.values().stream().mapToInt(Integer::intValue).min().orElse(1);
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode context = root.putObject("@context");
    context.put("@vocab", SCHEMA);
    context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    context.putObject("datePublished").put("@type", "xsd:date");
    context.putObject("url").put("@type", "@id");
    ArrayNode graph = root.putArray("@graph");
    for (Claim c : claims) {
      Grade g = c.grade();
      if (g == null || !ranks.containsKey(g.verdict())) {
        continue;
      }
      Review said = reviews.get(c.id());
      if (said != null && said.verdict() == Review.Verdict.DISMISSED) {
        continue;
      }
      boolean overridden =
          said != null
              && said.verdict() == Review.Verdict.OVERRIDE
              && ranks.containsKey(said.gradeLabel());
      String verdict = overridden ? said.gradeLabel() : g.verdict();
      int rank = ranks.get(verdict);
      if (flaggedOnly && rank > FLAGGED_AT_MOST) {
        continue;
      }
      ObjectNode r = review(c, articles.get(c.article()), rank, best, worst, reviewer, date);
      if (said != null) {
        ObjectNode rating = (ObjectNode) r.get("reviewRating");
        rating.put("alternateName", verdict);
        rating.put(
            "ratingExplanation",
            reviewed(said, g) + " " + rating.get("ratingExplanation").asText());
      }
      graph.add(r);
    }
    return root;
  }

  private static ObjectNode review(
      Claim c,
      Audit.ArticleInfo article,
      int rank,
      int best,
      int worst,
      Reviewer reviewer,
      String date) {
    Grade g = c.grade();
    ObjectNode r = Json.mapper().createObjectNode();
    r.put("@id", c.id() + "#review");
    r.put("@type", "ClaimReview");
    r.put("claimReviewed", claimReviewed(c));
    ObjectNode item = r.putObject("itemReviewed");
    item.put("@id", c.id());
    item.put("@type", "Claim");
    item.put("text", c.span().quote());
    ObjectNode appearance = item.putObject("appearance");
    appearance.put("@id", org.w3id.claimgraph.vocab.Ids.article(c.article()));
    appearance.put("@type", "Article");
    if (article != null) {
      appearance.put("headline", article.title());
      if (article.url() != null) {
        appearance.put("url", article.url());
      }
      if (article.date() != null && article.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
        appearance.put("datePublished", article.date());
      }
    }
    ObjectNode who = item.putObject("author");
    who.put("@id", c.attributedTo().iri());
    who.put("@type", "Person");
    who.put("name", c.attributedTo().name());
    ObjectNode rating = r.putObject("reviewRating");
    rating.put("@type", "Rating");
    rating.put("ratingValue", rank);
    rating.put("bestRating", best);
    rating.put("worstRating", worst);
    rating.put("alternateName", g.verdict());
    rating.put("ratingExplanation", explanation(g));
    ObjectNode org = r.putObject("author");
    org.put("@type", "Organization");
    org.put("name", reviewer.name());
    if (reviewer.url() != null) {
      org.put("url", reviewer.url());
    }
    r.put("datePublished", date);
    return r;
  }

  /** What the reviewer said, before the computed explanation. */
  static String reviewed(Review r, Grade computed) {
    String who = r.reviewer() + ", " + r.created().toString().substring(0, 10);
    String note = r.note() == null ? "" : ": " + r.note().strip().replaceAll("[.]$", "");
    return switch (r.verdict()) {
      case OVERRIDE ->
          "Reviewer's verdict "
              + r.gradeLabel()
              + " ("
              + who
              + ")"
              + note
              + ". It replaces the computed verdict "
              + computed.verdict()
              + ".";
      case CONFIRMED -> "Confirmed by a reviewer (" + who + ")" + note + ".";
      case NEEDS_CONTEXT -> "A reviewer says it needs context (" + who + ")" + note + ".";
      case DISMISSED -> "Dismissed by a reviewer (" + who + ")" + note + ".";
    };
  }

  /** "Vascular massage improves deep vein thrombosis." */
  static String claimReviewed(Claim c) {
    String s = EditorActions.sentence(c);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  /** The grade on each scale, then every factor's reason. */
  static String explanation(Grade g) {
    List<String> parts = new ArrayList<>();
    parts.add(
        "GRADE certainty "
            + g.certainty()
            + ", SORT "
            + g.sort()
            + ", Oxford CEBM level "
            + g.cebm()
            + " (score "
            + Grade.signed(g.score()).replace('\u2212', '-')
            + ").");
    for (Factor f : g.factors()) {
      parts.add(f.reason());
    }
    return String.join(" ", parts);
  }

  /** The JSON-LD read back as triples by Jena's JSON-LD reader. */
  public static Graph parse(String json) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(json, Lang.JSONLD).parse(g);
    return g;
  }

  /** The export read back and checked against the ClaimReview shapes; empty when it conforms. */
  public static List<String> violations(String json, Graph shapes) {
    ShapeValidator.Result r = new ShapeValidator(shapes).validate(parse(json));
    return r.violations();
  }
}
