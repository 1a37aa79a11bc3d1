package org.w3id.claimgraph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.report.Json;
import org.w3id.claimgraph.store.LocalStore;

/**
 * The ClaimReview export read back by Jena's JSON-LD reader: the triples it should hold, the SHACL
 * shapes for ClaimReview, and every quote an exact substring of its article.
 */
class ClaimReviewsTest {
  static final String S = ClaimReviews.SCHEMA;
  static final Graph SHAPES =
      RdfFiles.readTurtle(TestHome.path().resolve("ontology/shapes.ttl")).getGraph();

  static LocalStore store;
  static Audits audits;
  static Map<String, Integer> ranks;
  static String json;
  static Graph graph;

  @BeforeAll
  static void build() {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    store = LocalStore.inMemory();
    new Builder(TestHome.workspace(), queries).build(store);
    audits = new Audits(store, queries);
    ranks = ClaimReviews.ranks(store, queries);
    json = export(false);
    graph = ClaimReviews.parse(json);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static String export(boolean flagged) {
    Map<String, Audit.ArticleInfo> articles = new HashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (String slug : audits.slugs()) {
      articles.put(slug, audits.info(slug));
      claims.addAll(audits.claims(slug));
    }
    return Json.write(
        ClaimReviews.document(
            claims, articles, ranks, ClaimReviews.Reviewer.DEFAULT, "2026-11-21", flagged));
  }

  private static Node s(String local) {
    return NodeFactory.createURI(S + local);
  }

  private static Node one(Node subject, Node predicate) {
    List<Triple> t = graph.find(subject, predicate, Node.ANY).toList();
    assertThat(t).as(subject + " " + predicate).hasSize(1);
    return t.get(0).getObject();
  }

  @Test
  void theScaleIsTheOntologysVerdicts() {
    assertThat(ranks)
        .containsEntry("Accurate", 5)
        .containsEntry("Unsupported", 2)
        .containsEntry("Inaccurate", 1);
  }

  @Test
  void everyGradedClaimHasAReviewWithTheExpectedTriples() {
    List<Triple> reviews = graph.find(Node.ANY, RDF.type.asNode(), s("ClaimReview")).toList();
    assertThat(reviews).hasSize(189);
    Node dvt =
        NodeFactory.createURI(
            "https://w3id.org/claimgraph/id/claim/vascular-massage-therapy/f7f01eecaf77");
    Node review = NodeFactory.createURI(dvt.getURI() + "#review");
    assertThat(graph.contains(review, RDF.type.asNode(), s("ClaimReview"))).isTrue();
    assertThat(one(review, s("itemReviewed"))).isEqualTo(dvt);
    assertThat(graph.contains(dvt, RDF.type.asNode(), s("Claim"))).isTrue();
    assertThat(one(review, s("claimReviewed")).getLiteralLexicalForm())
        .isEqualTo("Vascular massage improves deep vein thrombosis.");
    Node article = one(dvt, s("appearance"));
    assertThat(article.getURI())
        .isEqualTo("https://w3id.org/claimgraph/id/article/vascular-massage-therapy");
    assertThat(one(article, s("headline")).getLiteralLexicalForm())
        .isEqualTo("Vascular Massage Therapy");
    Node rating = one(review, s("reviewRating"));
    assertThat(one(rating, s("ratingValue")).getLiteralValue()).isEqualTo(2);
    assertThat(one(rating, s("bestRating")).getLiteralValue()).isEqualTo(5);
    assertThat(one(rating, s("worstRating")).getLiteralValue()).isEqualTo(1);
    assertThat(one(rating, s("alternateName")).getLiteralLexicalForm()).isEqualTo("Unsupported");
    assertThat(one(rating, s("ratingExplanation")).getLiteralLexicalForm())
        .contains("GRADE certainty Very low")
        .contains("No source");
    Node author = one(review, s("author"));
    assertThat(graph.contains(author, RDF.type.asNode(), s("Organization"))).isTrue();
    assertThat(one(author, s("name")).getLiteralLexicalForm()).isEqualTo("claimgraph");
    Node date = one(review, s("datePublished"));
    assertThat(date.getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdate);
    assertThat(date.getLiteralLexicalForm()).isEqualTo("2026-11-21");
  }

  @Test
  void theExportPassesTheClaimReviewShapes() {
    assertThat(ClaimReviews.violations(json, SHAPES)).isEmpty();
  }

  @Test
  void theShapesCatchAReviewWithoutARatingOrWithARatingOffTheScale() {
    String noRating = json.replaceFirst("\"reviewRating\"", "\"notARating\"");
    assertThat(ClaimReviews.violations(noRating, SHAPES)).anyMatch(v -> v.contains("reviewRating"));
    String offScale = json.replaceFirst("\"ratingValue\" : \\d", "\"ratingValue\" : 9");
    assertThat(ClaimReviews.violations(offScale, SHAPES)).anyMatch(v -> v.contains("ratingValue"));
  }

  @Test
  void everyQuoteIsAnExactSubstringOfItsArticle() {
    Map<String, String> texts = new HashMap<>();
    for (String slug : audits.slugs()) {
      texts.put(audits.info(slug).slug(), audits.of(slug).text());
    }
    List<Triple> claims = graph.find(Node.ANY, RDF.type.asNode(), s("Claim")).toList();
    assertThat(claims).hasSize(189);
    for (Triple t : claims) {
      String quote = one(t.getSubject(), s("text")).getLiteralLexicalForm();
      String article = one(t.getSubject(), s("appearance")).getURI();
      String slug = article.substring(article.lastIndexOf('/') + 1);
      assertThat(texts.get(slug)).as(t.getSubject().getURI()).contains(quote);
    }
  }

  @Test
  void flaggedKeepsOnlyClaimsRatedTwoOrWorse() {
    Graph flagged = ClaimReviews.parse(export(true));
    List<Triple> values = flagged.find(Node.ANY, s("ratingValue"), Node.ANY).toList();
    assertThat(values).isNotEmpty().hasSizeLessThan(189);
    assertThat(values).allMatch(t -> ((Number) t.getObject().getLiteralValue()).intValue() <= 2);
  }
}
