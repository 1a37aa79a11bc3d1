package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The grades of the curated corpus under the bundled policy. The golden file holds every grade, so
 * a change to the policy or the grader shows its whole effect in review; run with {@code
 * -Dgolden.update=true} to rewrite it after a deliberate change.
 */
class CorpusGradesTest {
  static final Path GOLDEN = TestHome.path().resolve("src/test/resources/golden/grades.tsv");

  private static LocalStore store;
  private static QueryLibrary queries;
  private static List<Claim> claims;

  @BeforeAll
  static void build() {
    queries = QueryLibrary.load(TestHome.workspace().queries());
    store = LocalStore.inMemory();
    new Builder(TestHome.workspace(), queries).build(store);
    claims = Claims.all(store, queries);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Claim> where(Predicate<Claim> p) {
    List<Claim> out = claims.stream().filter(p).toList();
    assertThat(out).as("claims to check").isNotEmpty();
    return out;
  }

  private static boolean vascularDvt(Claim c) {
    return c.article().equals("vascular-massage-therapy")
        && c.relation() == Relation.BENEFITS
        && c.condition().iri().equals(Ids.concept("deep-vein-thrombosis"));
  }

  private static boolean deepTissueContraindication(Claim c) {
    return c.article().equals("deep-tissue-massage-blood-clots")
        && c.relation() == Relation.CONTRAINDICATED_FOR
        && c.condition().iri().equals(Ids.concept("thrombosis"));
  }

  @Test
  void everyClaimIsGradedWithAtLeastOneFactorAndAReasonForEach() {
    assertThat(claims).hasSize(189);
    for (Claim c : claims) {
      assertThat(c.grade()).as(c.id()).isNotNull();
      assertThat(c.grade().factors()).as(c.id()).isNotEmpty();
      double sum = 0;
      for (Factor f : c.grade().factors()) {
        assertThat(f.reason()).as(c.id() + " " + f.code()).isNotBlank();
        sum += f.delta();
      }
      assertThat(c.grade().score()).as("score is the sum of the deltas").isEqualTo(sum);
    }
  }

  @Test
  void theTextbookAuthorsAndTheArticlesOwnContraindicationOutgradeTheVascularDvtClaim() {
    List<Claim> dvt = where(CorpusGradesTest::vascularDvt);
    List<Claim> warnings = where(CorpusGradesTest::deepTissueContraindication);
    assertThat(warnings)
        .extracting(c -> c.attributedTo().name())
        .contains(
            "Art Riggs",
            "Whitney Lowe",
            "Ruth Warner",
            "unnamed author of \"Deep tissue massage and blood clots\"");
    double best = dvt.stream().mapToDouble(c -> c.grade().score()).max().orElseThrow();
    for (Claim w : warnings) {
      assertThat(w.grade().score()).as(w.span().quote()).isGreaterThan(best);
    }
    for (Claim w : warnings) {
      if (List.of("Art Riggs", "Whitney Lowe", "Ruth Warner").contains(w.attributedTo().name())) {
        assertThat(w.grade().has("expert-opinion")).as(w.span().quote()).isTrue();
      }
    }
  }

  @Test
  void theVascularDvtClaimIsVeryLowAndUnsupported() {
    for (Claim c : where(CorpusGradesTest::vascularDvt)) {
      assertThat(c.grade().certainty()).isEqualTo("Very low");
      assertThat(c.grade().has("unsupported")).isTrue();
      assertThat(c.grade().verdict()).isEqualTo("Unsupported");
      assertThat(c.grade().has("contradicted")).isTrue();
    }
  }

  @Test
  void clinicallyProvenVibrationIsOverstatement() {
    for (Claim c : where(x -> x.span().quote().contains("clinically proven"))) {
      assertThat(c.intervention().iri()).isEqualTo(Ids.concept("vibration-therapy"));
      assertThat(c.grade().has("overstatement")).isTrue();
      assertThat(c.grade().verdict()).isEqualTo("Misleading");
      Factor f = factor(c.grade(), "overstatement");
      assertThat(f.reason()).contains("\"clinically proven\"");
      assertThat(f.delta()).isNegative();
    }
  }

  @Test
  void aStronglyWordedWarningIsNotOverstatement() {
    for (Claim c :
        where(x -> x.span().quote().startsWith("Massage is absolutely contraindicated"))) {
      assertThat(c.grade().has("overstatement")).isFalse();
    }
  }

  @Test
  void uncitedArticlesThatAgreeLendNoConsensusAndSaySo() {
    List<Claim> bruising =
        where(
            c ->
                c.intervention().iri().equals(Ids.concept("anticoagulants"))
                    && c.relation() == Relation.CAUSES
                    && c.condition().iri().equals(Ids.concept("bruising")));
    assertThat(bruising).extracting(Claim::article).doesNotHaveDuplicates().hasSizeGreaterThan(2);
    for (Claim c : bruising) {
      // Each article asserts it without a source: graded Very low, none lends agreement.
      Factor f = factor(c.grade(), "consensus");
      assertThat(f.delta()).isZero();
      assertThat(f.claims()).isEmpty();
      assertThat(f.reason()).contains("agree but lend nothing", "Very low");
    }
  }

  @Test
  void consultingADoctorAboutClotsGainsFromConsensus() {
    List<Claim> cautions =
        where(
            c ->
                c.relation() == Relation.CAUTION_WITH
                    && (c.condition().iri().equals(Ids.concept("thrombosis"))
                        || c.condition().iri().equals(Ids.concept("deep-vein-thrombosis"))));
    assertThat(cautions)
        .extracting(Claim::article)
        .contains("deep-tissue-massage-blood-clots", "therapeutic-massage-benefits");
    for (Claim c : cautions) {
      if (c.article().equals("deep-tissue-massage-blood-clots")) {
        continue;
      }
      // The deep-tissue article says what the textbook authors it quotes say: it lends.
      Factor f = factor(c.grade(), "consensus");
      assertThat(f.delta()).as(c.span().quote()).isPositive();
      assertThat(f.claims())
          .as(c.span().quote())
          .anyMatch(id -> id.contains("/deep-tissue-massage-blood-clots/"));
    }
  }

  @Test
  void theExpertsPrecautionListsTheWeakerDissentItSetAsideAsDisputingEvidence() {
    Claim riggs =
        where(c -> c.attributedTo().name().equals("Art Riggs")).stream().findFirst().orElseThrow();
    Factor precaution = factor(riggs.grade(), "precaution");
    assertThat(precaution.delta()).isZero();
    assertThat(precaution.claims())
        .isNotEmpty()
        .allMatch(id -> id.contains("/vascular-massage-therapy/"));
    Query q =
        QueryFactory.create(
            """
            PREFIX obo:  <http://purl.obolibrary.org/obo/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?other WHERE {
              GRAPH <https://w3id.org/claimgraph/id/graph/grades> {
                ?claim obo:SEPIO_0000008 ?line . ?line prov:wasDerivedFrom ?other .
              }
            }
            """);
    List<String> others = new ArrayList<>();
    for (Binding b :
        store.read(
            link ->
                Sparql.select(
                    link,
                    q,
                    Map.of("claim", org.apache.jena.graph.NodeFactory.createURI(riggs.id()))))) {
      others.add(b.get("other").getURI());
    }
    assertThat(others).containsExactlyInAnyOrderElementsOf(precaution.claims());
  }

  @Test
  void aLineIsStoredOnceAndSharedByTheGradesItExplains() {
    Query q =
        QueryFactory.create(
            """
            PREFIX cg:   <https://w3id.org/claimgraph/ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?line ?step ?factor ?delta ?reason ?rests ?quotes (COUNT(?grade) AS ?grades) WHERE {
              { SELECT ?line (GROUP_CONCAT(STR(?other); separator=" ") AS ?rests)
                       (GROUP_CONCAT(STR(?quote); separator=" | ") AS ?quotes) WHERE {
                  GRAPH <https://w3id.org/claimgraph/id/graph/grades> {
                    ?line a cg:FactorLine .
                    OPTIONAL { ?line prov:wasDerivedFrom ?other }
                    OPTIONAL { ?line cg:evidenceQuote ?quote }
                  }
                } GROUP BY ?line }
              GRAPH <https://w3id.org/claimgraph/id/graph/grades> {
                ?line cg:step ?step ; cg:factor ?factor ; cg:delta ?delta ; cg:reason ?reason .
                OPTIONAL { ?grade cg:hasFactor ?line }
              }
            } GROUP BY ?line ?step ?factor ?delta ?reason ?rests ?quotes
            """);
    List<Binding> lines = store.read(link -> Sparql.select(link, q, Map.of()));
    java.util.Set<String> said = new java.util.HashSet<>();
    long links = 0;
    for (Binding b : lines) {
      String line = b.get("line").getURI();
      assertThat(line).startsWith(Ids.LINE);
      List<String> rests = java.util.Arrays.stream(text(b, "rests").split(" ")).sorted().toList();
      List<String> quotes =
          java.util.Arrays.stream(text(b, "quotes").split(" \\| ")).sorted().toList();
      // Two lines never say the same thing, and none is left without a grade.
      assertThat(
              said.add(
                  String.join(
                      " ",
                      b.get("step").toString(),
                      b.get("factor").toString(),
                      b.get("delta").toString(),
                      b.get("reason").toString(),
                      rests.toString(),
                      quotes.toString())))
          .as(line)
          .isTrue();
      long n = ((Number) b.get("grades").getLiteralValue()).longValue();
      assertThat(n).as(line).isPositive();
      links += n;
    }
    // Every step of every grade links to one of them, and far fewer lines than steps are stored.
    long steps = claims.stream().mapToLong(c -> c.grade().factors().size()).sum();
    assertThat(links).isEqualTo(steps);
    assertThat((long) lines.size()).isLessThan(steps / 5);
  }

  /** A literal's text, empty when unbound (a concatenation of nothing). */
  private static String text(Binding b, String var) {
    return b.get(var) == null ? "" : b.get(var).getLiteralLexicalForm();
  }

  @Test
  void aSparqlUserCanAskWhyThroughSepioEvidenceLines() {
    Query q =
        QueryFactory.create(
            """
            PREFIX cg:   <https://w3id.org/claimgraph/ns#>
            PREFIX obo:  <http://purl.obolibrary.org/obo/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <http://schema.org/>
            SELECT DISTINCT ?name WHERE {
              GRAPH <https://w3id.org/claimgraph/id/graph/grades> {
                ?claim obo:SEPIO_0000008 ?line .
                ?line a obo:SEPIO_0000002 ; prov:wasDerivedFrom ?other .
              }
              GRAPH ?g { ?claim cg:relation cg:Benefits ; cg:condition ?dvt .
                         ?claim schema:appearance <https://w3id.org/claimgraph/id/article/vascular-massage-therapy> }
              GRAPH ?h { ?other a cg:Claim ; <http://www.w3.org/ns/prov#wasAttributedTo> ?who . ?who schema:name ?name }
              FILTER (?dvt = <https://w3id.org/claimgraph/id/concept/deep-vein-thrombosis>)
            }
            """);
    List<String> names = new ArrayList<>();
    for (Binding b : store.read(link -> Sparql.select(link, q, Map.of()))) {
      names.add(b.get("name").getLiteralLexicalForm());
    }
    assertThat(names).contains("Art Riggs", "Whitney Lowe", "Ruth Warner");
  }

  @Test
  void theGradesAreExactlyThoseOfTheGoldenFile() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Claim c : claims) {
      lines.add(line(c));
    }
    String actual =
        "# article\tstart\tid\tclaim\tscore\tGRADE\tSORT\tCEBM\tverdict\tfactors\n"
            + String.join("\n", lines)
            + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  static String line(Claim c) {
    Grade g = c.grade();
    List<String> factors = new ArrayList<>();
    for (Factor f : g.factors()) {
      factors.add(f.code() + " " + plain(f.delta()));
    }
    return String.join(
        "\t",
        c.article(),
        Integer.toString(c.span().start()),
        c.id().substring(c.id().lastIndexOf('/') + 1),
        c.summary(),
        plain(g.score()),
        g.certainty(),
        g.sort(),
        g.cebm(),
        g.verdict(),
        String.join(", ", factors));
  }

  private static String plain(double d) {
    return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  static Factor factor(Grade g, String code) {
    return g.factors().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no factor " + code + " in " + g.factors()));
  }
}
