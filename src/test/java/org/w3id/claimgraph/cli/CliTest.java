package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.claimgraph.Datasets;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.store.LocalStore;

class CliTest {
  @TempDir static Path tmp;
  static Path store;
  static Cli firstRun;

  @BeforeAll
  static void firstCommandBuildsTheStore() {
    store = tmp.resolve("data");
    firstRun = Cli.run(store, "conflicts");
  }

  @Test
  void theFirstCommandBuildsTheStoreAndPrintsTheHeadlineConflictFirst() {
    assertThat(firstRun.exit()).isZero();
    assertThat(firstRun.err())
        .contains("building TDB2 store")
        .contains("built the corpus's 5 articles (")
        .contains(" conflicting claim pairs in the store");
    String first =
        firstRun.out().substring(firstRun.out().indexOf("#1 "), firstRun.out().indexOf("#2 "));
    assertThat(first)
        .contains("HIGH")
        .contains("vascular massage — benefits — deep vein thrombosis")
        .contains("massage — contraindicated for — thrombosis")
        .contains("vascular-massage-therapy — Selina");
    assertThat(firstRun.out())
        .contains("Art Riggs")
        .contains("Whitney Lowe")
        .contains("Ruth Warner");
  }

  @Test
  void aSecondCommandDoesNotRebuild() {
    Cli again = Cli.run(store, "conflicts", "--format", "csv");
    assertThat(again.exit()).isZero();
    assertThat(again.err()).doesNotContain("building");
  }

  @Test
  void conflictsAsJsonGiveEachConflictBetweenPropositionsOnce() throws IOException {
    Cli cli = Cli.run(store, "conflicts", "--format", "json");
    assertThat(cli.exit()).isZero();
    JsonNode conflicts = new ObjectMapper().readTree(cli.out()).get("conflicts");
    String table = Cli.run(store, "conflicts").out();
    assertThat(table).startsWith(conflicts.size() + " disputes (");
    // The corpus's disputes: the headline benefit against its warnings of three kinds is one.
    assertThat(conflicts.size()).isGreaterThanOrEqualTo(4);
    long pairs = 0;
    for (JsonNode c : conflicts) {
      List<String> keys = new ArrayList<>();
      c.fieldNames().forEachRemaining(keys::add);
      assertThat(keys)
          .containsExactly(
              "id", "severity", "rule", "ruleLabel", "withinArticle", "pairs", "weaker", "sides");
      assertThat(c.get("sides").size()).isEqualTo(2);
      long product = 1;
      for (JsonNode side : c.get("sides")) {
        assertThat(side.get("proposition").get("iri").asText())
            .startsWith("https://w3id.org/claimgraph/id/proposition/");
        assertThat(side.get("claims").asInt()).isPositive();
        assertThat(side.get("sources").asInt()).isPositive();
        assertThat(side.get("sourceNames").size()).isPositive();
        assertClaimJson(side.get("strongest"));
        product *= side.get("claims").asInt();
      }
      // Every pair of the two sides' claims, but those no reader is shown (one voice's rule and its
      // exception, a reported belief against another article).
      assertThat(c.get("pairs").asLong()).isPositive().isLessThanOrEqualTo(product);
      pairs += c.get("pairs").asLong();
    }
    JsonNode all =
        new ObjectMapper()
            .readTree(Cli.run(store, "conflicts", "--pairs", "--format", "json").out())
            .get("conflicts");
    assertThat(all.size()).as("the pairs the conflicts stand for").isEqualTo((int) pairs);
  }

  @Test
  void conflictPairsAsJsonFollowTheDocumentedFormat() throws IOException {
    Cli cli = Cli.run(store, "conflicts", "--pairs", "--format", "json");
    assertThat(cli.exit()).isZero();
    JsonNode root = new ObjectMapper().readTree(cli.out());
    JsonNode conflicts = root.get("conflicts");
    assertThat(conflicts.size()).isGreaterThan(10);
    for (JsonNode c : conflicts) {
      assertThat(c.get("severity").asText()).isIn("high", "medium", "low");
      assertThat(c.get("rule").asText()).isNotBlank();
      assertThat(c.get("claims").size()).isEqualTo(2);
      for (JsonNode claim : c.get("claims")) {
        assertClaimJson(claim);
      }
    }
  }

  static void assertClaimJson(JsonNode claim) {
    List<String> keys = new ArrayList<>();
    claim.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "id",
            "article",
            "intervention",
            "relation",
            "condition",
            "certainty",
            "negated",
            "conditional",
            "attributedTo",
            "quote",
            "start",
            "end",
            "curation",
            "note",
            "grade");
    assertThat(claim.get("intervention").get("iri").asText())
        .startsWith("https://w3id.org/claimgraph/id/concept/");
    assertThat(claim.get("intervention").get("label").asText()).isNotBlank();
    assertThat(claim.get("relation").asText())
        .isIn(
            "treats",
            "benefits",
            "prevents",
            "causes",
            "contraindicated_for",
            "caution_with",
            "safe_for");
    assertThat(claim.get("certainty").asText()).isIn("asserted", "hedged", "strong");
    assertThat(claim.get("negated").isBoolean()).isTrue();
    assertThat(claim.get("attributedTo").get("name").asText()).isNotBlank();
    assertThat(claim.get("end").asInt()).isGreaterThan(claim.get("start").asInt());
    assertThat(claim.get("curation").asText()).isIn("curated", "extracted");
    JsonNode grade = claim.get("grade");
    List<String> gradeKeys = new ArrayList<>();
    grade.fieldNames().forEachRemaining(gradeKeys::add);
    assertThat(gradeKeys)
        .containsExactly(
            "certainty",
            "sort",
            "cebm",
            "evidenceLevel",
            "score",
            "scoreBeforeDisputes",
            "verdict",
            "factors");
    assertThat(grade.get("certainty").asText()).isIn("High", "Moderate", "Low", "Very low");
    assertThat(grade.get("sort").asText()).isIn("A", "B", "C");
    assertThat(grade.get("score").isNumber()).isTrue();
    assertThat(grade.get("factors").size()).isPositive();
    for (JsonNode f : grade.get("factors")) {
      assertThat(f.get("code").asText()).isNotBlank();
      assertThat(f.get("delta").isNumber()).isTrue();
      assertThat(f.get("reason").asText()).isNotBlank();
    }
  }

  @Test
  void aTableShowsTheFirstPageAndCountsEverything() throws IOException {
    Cli first = Cli.run(store, "conflicts", "--limit", "2");
    assertThat(first.exit()).isZero();
    int total =
        new ObjectMapper()
            .readTree(Cli.run(store, "conflicts", "--format", "json").out())
            .get("conflicts")
            .size();
    assertThat(first.out())
        .startsWith(total + " disputes (")
        .contains("#1  ", "#2  ")
        .doesNotContain("#3  ")
        .contains("Showing 1–2 of " + total + " disputes: --offset 2 for the next page");
    Cli next = Cli.run(store, "conflicts", "--offset", "2", "--limit", "1");
    assertThat(next.out()).contains("#3  ").doesNotContain("#2  ", "#4  ");
    // A page read on its own is the same part of the whole ranked list.
    JsonNode whole =
        new ObjectMapper().readTree(Cli.run(store, "conflicts", "--format", "json").out());
    JsonNode part =
        new ObjectMapper()
            .readTree(
                Cli.run(store, "conflicts", "--format", "json", "--offset", "2", "--limit", "2")
                    .out());
    assertThat(part.get("conflicts")).hasSize(2);
    assertThat(part.get("conflicts").get(0)).isEqualTo(whole.get("conflicts").get(2));
    assertThat(part.get("conflicts").get(1)).isEqualTo(whole.get("conflicts").get(3));
    // A table of claims shows 20 of them; JSON and CSV give every one unless asked.
    Cli claims = Cli.run(store, "claims");
    assertThat(claims.out()).contains("189 claims").contains("Showing 1–20 of 189 claims");
    assertThat(Cli.run(store, "claims", "--all").out()).doesNotContain("Showing");
    assertThat(
            new ObjectMapper()
                .readTree(Cli.run(store, "claims", "--format", "json").out())
                .get("claims")
                .size())
        .isEqualTo(189);
    assertThat(
            new ObjectMapper()
                .readTree(Cli.run(store, "grade", "--format", "json", "--limit", "5").out())
                .get("claims")
                .size())
        .isEqualTo(5);
    Cli bad = Cli.run(store, "conflicts", "--limit", "0");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--limit must be at least 1");
  }

  @Test
  void aTableAndCsvReadTheGradesStepsAndJsonWhatEachRestsOn() throws IOException {
    // The CSV reads the grades' steps only; the JSON reads what each step rests on as well.
    JsonNode json =
        new ObjectMapper()
            .readTree(
                Cli.run(
                        store,
                        "claims",
                        "--article",
                        "vascular-massage-therapy",
                        "--format",
                        "json")
                    .out())
            .get("claims");
    List<CSVRecord> csv =
        records(
            Cli.run(store, "claims", "--article", "vascular-massage-therapy", "--format", "csv")
                .out());
    assertThat(csv).hasSize(json.size());
    boolean restsOnClaims = false;
    for (int i = 0; i < json.size(); i++) {
      JsonNode grade = json.get(i).get("grade");
      List<String> steps = new ArrayList<>();
      for (JsonNode f : grade.get("factors")) {
        steps.add(f.get("code").asText() + " " + f.get("delta").asText());
        restsOnClaims |= f.get("claims").size() > 0;
      }
      assertThat(csv.get(i).get("grade_factors")).isEqualTo(String.join("; ", steps));
      assertThat(csv.get(i).get("grade_verdict")).isEqualTo(grade.get("verdict").asText());
    }
    assertThat(restsOnClaims).isTrue();
  }

  @Test
  void conflictsAsCsvHaveOneRecordPerConflict() throws IOException {
    for (boolean pairs : new boolean[] {false, true}) {
      String[] json =
          pairs
              ? new String[] {"conflicts", "--pairs", "--format", "json"}
              : new String[] {"conflicts", "--format", "json"};
      String[] csv =
          pairs
              ? new String[] {"conflicts", "--pairs", "--format", "csv"}
              : new String[] {"conflicts", "--format", "csv"};
      JsonNode conflicts = new ObjectMapper().readTree(Cli.run(store, json).out()).get("conflicts");
      int n = conflicts.size();
      List<CSVRecord> records = records(Cli.run(store, csv).out());
      assertThat(records).hasSize(n);
      assertThat(records.get(0).get(pairs ? "a_quote" : "a_best_quote")).isNotBlank();
      if (!pairs) {
        // The same counts as the JSON: sources, strengths and the weaker side.
        for (int i = 0; i < n; i++) {
          JsonNode d = conflicts.get(i);
          CSVRecord r = records.get(i);
          assertThat(r.get("weaker"))
              .isEqualTo(d.get("weaker").isNull() ? "" : d.get("weaker").asText());
          assertThat(r.get("b_sources")).isEqualTo(d.get("sides").get(1).get("sources").asText());
          assertThat(Double.parseDouble(r.get("a_strength")))
              .isEqualTo(d.get("sides").get(0).get("strength").asDouble());
        }
      }
    }
  }

  @Test
  void claimsOfOneArticleAsJsonMatchTheGoldenFile() throws IOException {
    Cli cli =
        Cli.run(
            store, "claims", "--article", "deep-tissue-massage-blood-clots", "--format", "json");
    assertThat(cli.exit()).isZero();
    Path golden =
        TestHome.path()
            .resolve("src/test/resources/golden/claims-deep-tissue-massage-blood-clots.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, cli.out(), StandardCharsets.UTF_8);
    }
    assertThat(cli.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    JsonNode claims = new ObjectMapper().readTree(cli.out()).get("claims");
    claims.forEach(CliTest::assertClaimJson);
    claims.forEach(
        c -> assertThat(c.get("article").asText()).isEqualTo("deep-tissue-massage-blood-clots"));
  }

  @Test
  void claimsOfAnUnknownArticleIsAnError() {
    Cli cli = Cli.run(store, "claims", "--article", "no-such-article");
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(cli.err()).contains("no claims for article \"no-such-article\"");
  }

  @Test
  void claimsTableShowsEveryClaim() {
    Cli cli = Cli.run(store, "claims");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).containsPattern("\\d{3} claims");
  }

  @Test
  void queryWithoutANameListsTheLibrary() {
    Cli cli = Cli.run(store, "query");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).contains("contraindications-by-condition").contains("conflict-pairs");
  }

  @Test
  void theCommandsBenchmarkRefusesNoRoundsAndAMissingStoreInOneLine(@TempDir Path dir) {
    Cli none = Cli.run(store, "bench", "commands", "--runs", "0", "--out", dir.toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("--runs must be 1 or more, not 0");
    Path missing = dir.resolve("no-store");
    Cli absent = Cli.run(missing, "bench", "commands", "--out", dir.toString());
    assertThat(absent.exit()).isEqualTo(2);
    assertThat(absent.err()).contains(missing.toString()).contains("no store here");
    assertThat(absent.err().lines().count()).isEqualTo(1);
    assertThat(missing).doesNotExist();
  }

  @Test
  void anUnknownQueryNameIsBadInputAndListsTheAvailableOnes() {
    Cli cli = Cli.run(store, "query", "conflictz");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("no query named \"conflictz\"").contains("claims-by-author");
    assertThat(cli.err().lines().count()).isEqualTo(1);
  }

  /** The search index, opened only when a query first searches, answers the library's query. */
  @Test
  void aQueryThatSearchesOpensTheIndexWhenItSearches() {
    Cli cli = Cli.run(store, "query", "text-clot-claims-in-conflict", "--format", "csv");
    assertThat(cli.exit()).as(cli.err()).isZero();
    List<String> rows = cli.out().lines().skip(1).toList();
    assertThat(rows).isNotEmpty();
    assertThat(rows).allSatisfy(r -> assertThat(r.toLowerCase(Locale.ROOT)).contains("clot"));
  }

  @Test
  void queryResultsAsStandardSparqlJson() {
    Cli cli = Cli.run(store, "query", "contraindications-by-condition", "--format", "json");
    assertThat(cli.exit()).isZero();
    ResultSet rs =
        ResultSetMgr.read(
            new ByteArrayInputStream(cli.out().getBytes(StandardCharsets.UTF_8)),
            ResultSetLang.RS_JSON);
    assertThat(rs.getResultVars()).contains("conditionLabel", "relation", "quote");
    int rows = 0;
    while (rs.hasNext()) {
      assertThat(rs.next().getLiteral("relation").getString())
          .isIn("contraindicated_for", "caution_with");
      rows++;
    }
    assertThat(rows).isGreaterThan(10);
  }

  @Test
  void aParameterIsBoundBySubstitution() throws IOException {
    Cli cli =
        Cli.run(
            store,
            "query",
            "claims-of-article",
            "--format",
            "csv",
            "--param",
            "article=<https://w3id.org/claimgraph/id/article/massage-benefits-leg-pain>");
    assertThat(cli.exit()).isZero();
    List<CSVRecord> records = records(cli.out());
    assertThat(records).hasSizeGreaterThan(10);
    assertThat(records)
        .allSatisfy(r -> assertThat(r.get("article")).endsWith("/massage-benefits-leg-pain"));
  }

  @Test
  void aStringParameter() {
    Cli cli =
        Cli.run(
            store,
            "query",
            "claims-by-author",
            "--param",
            "authorName=\"Ruth Warner\"",
            "--format",
            "csv");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out().lines().skip(1))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains("Ruth Warner"));
  }

  @Test
  void aBadParameterValueIsAUsageError() {
    Cli cli = Cli.run(store, "query", "claims-of-article", "--param", "article=vascular");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--param article");
  }

  @Test
  void aConstructQueryFromAFileGivesTurtle(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.rq");
    Files.writeString(
        file,
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "CONSTRUCT { ?c skos:prefLabel ?l } WHERE { ?c skos:broader <https://w3id.org/claimgraph/id/concept/massage> ; skos:prefLabel ?l }\n");
    Cli cli = Cli.run(store, "query", file.toString());
    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).contains("skos:prefLabel").contains("\"vascular massage\"@en");
  }

  @Test
  void aMalformedQueryFileIsBadInputWithItsPosition(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.rq");
    Files.writeString(file, "SELECT * WHERE {\n  ?s ?p\n}\n");
    Cli cli = Cli.run(store, "query", file.toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).startsWith("claimgraph: " + file + ":3:");
  }

  @Test
  void exportedTrigLoadsUnchangedInRdf4jAndJena(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("all.trig");
    Cli cli = Cli.run(store, "export", "--format", "trig", "--out", out.toString());
    assertThat(cli.exit()).isZero();
    DatasetGraph stored = storedDataset();
    try (InputStream in = Files.newInputStream(out)) {
      Model rdf4j = Rio.parse(in, "", RDFFormat.TRIG);
      assertThat((long) rdf4j.size()).isEqualTo(stored.stream().count());
      assertThat(rdf4j.contexts()).hasSizeGreaterThanOrEqualTo(9);
    }
    DatasetGraph back = DatasetGraphFactory.create();
    RDFParser.source(out).lang(Lang.TRIG).parse(back);
    assertThat(Datasets.isomorphic(stored, back)).isTrue();
  }

  @Test
  void exportedNquadsLoadInRdf4j(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("all.nq");
    assertThat(Cli.run(store, "export", "--format", "nquads", "--out", out.toString()).exit())
        .isZero();
    try (InputStream in = Files.newInputStream(out)) {
      assertThat((long) Rio.parse(in, "", RDFFormat.NQUADS).size())
          .isEqualTo(storedDataset().stream().count());
    }
  }

  @Test
  void exportedJsonLdExpandsBackToTheSameDataset(@TempDir Path dir) {
    Path out = dir.resolve("all.jsonld");
    assertThat(Cli.run(store, "export", "--format", "jsonld", "--out", out.toString()).exit())
        .isZero();
    DatasetGraph back = DatasetGraphFactory.create();
    RDFParser.source(out).lang(Lang.JSONLD11).parse(back);
    assertThat(Datasets.isomorphic(storedDataset(), back)).isTrue();
  }

  @Test
  void validateReportsConformance() {
    Cli cli = Cli.run(store, "validate");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).contains("Conforms");
  }

  @Test
  void aStoreDirectoryThatIsNotAStoreIsRefused() throws IOException {
    Path notStore = tmp.resolve("docs");
    Files.createDirectories(notStore);
    Files.writeString(notStore.resolve("notes.txt"), "keep me");
    Cli cli = Cli.run(notStore, "conflicts");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("is not a TDB2 store").contains("refusing");
    assertThat(Files.readString(notStore.resolve("notes.txt"))).isEqualTo("keep me");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "build",
        "conflicts",
        "claims",
        "search",
        "query",
        "export",
        "validate",
        "reindex",
        "derive"
      })
  void everyCommandHasHelpWithAnExampleAndTakesStore(String command) {
    Cli cli = Cli.runRaw(command, "--help");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).contains("--store").contains("Example");
  }

  @Test
  void searchPrintsRankedHitsWithHighlights() {
    Cli cli = Cli.run(store, "search", "DVT", "--type", "claim");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out())
        .contains("hits for DVT")
        .contains("«blood clot in your leg»")
        .contains("deep vein thrombosis");
  }

  @Test
  void searchAsJson() throws IOException {
    Cli cli =
        Cli.run(store, "search", "blood clot", "--author", "Whitney Lowe", "--format", "json");
    assertThat(cli.exit()).isZero();
    JsonNode hits = new ObjectMapper().readTree(cli.out()).get("hits");
    assertThat(hits.size()).isGreaterThan(0);
    for (JsonNode h : hits) {
      assertThat(h.get("type").asText()).isEqualTo("claim");
      assertThat(h.get("claim").get("attributedTo").asText()).isEqualTo("Whitney Lowe");
      assertThat(h.get("matches").size()).isGreaterThan(0);
      assertThat(h.get("snippet").asText()).contains("«");
    }
  }

  @Test
  void aMalformedSearchIsOneLineOfBadInput() {
    Cli cli = Cli.run(store, "search", "blood AND (clot");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).startsWith("claimgraph: bad search query");
    assertThat(cli.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void anUnknownRelationFilterIsAUsageError() {
    Cli cli = Cli.run(store, "search", "massage", "--relation", "cures");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("unknown relation \"cures\"");
  }

  @Test
  void textQueryWorksFromTheQueryCommand() {
    Cli cli = Cli.run(store, "query", "text-dvt-sentences-in-warning-articles", "--format", "csv");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out().lines().count()).isEqualTo(6);
  }

  @Test
  void reindexRebuildsTheIndexFromTheStore() {
    Cli cli = Cli.run(store, "reindex");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).containsPattern("Reindexed .*: \\d+ documents");
    assertThat(Cli.run(store, "search", "DVT").out()).contains("«blood clot in your leg»");
  }

  @Test
  void deriveAllDerivesTheWholeGraphAndChangesNothingThatWasCurrent() {
    Cli all = Cli.run(store, "derive", "--all");
    assertThat(all.exit()).isZero();
    assertThat(all.out())
        .containsPattern(
            "Derived the whole graph: 4 disputes standing for 22 conflicting claim pairs; 0 claims"
                + " regraded, in [0-9.]+ s");
    Cli pending = Cli.run(store, "derive");
    assertThat(pending.exit()).isZero();
    assertThat(pending.out()).contains("up to date");
  }

  @Test
  void deriveAllGradesAgainWhatWasChangedAndCompactsTheStore() throws IOException {
    Path copy = tmp.resolve("compacted");
    assertThat(Cli.run(copy, "build").exit()).isZero();
    try (org.w3id.claimgraph.store.LocalStore s = org.w3id.claimgraph.store.LocalStore.open(copy)) {
      s.calculateWrite(
          w -> {
            org.apache.jena.graph.Graph grades =
                w.dataset()
                    .getGraph(
                        org.apache.jena.graph.NodeFactory.createURI(
                            org.w3id.claimgraph.vocab.Ids.GRADES_GRAPH));
            var score =
                grades
                    .find(
                        org.apache.jena.graph.Node.ANY,
                        org.w3id.claimgraph.vocab.CG.score.asNode(),
                        org.apache.jena.graph.Node.ANY)
                    .next();
            grades.delete(score);
            return null;
          });
    }
    try (var dirs = Files.list(copy)) {
      assertThat(dirs.map(p -> p.getFileName().toString())).contains("Data-0001");
    }
    Cli all = Cli.run(copy, "derive", "--all");
    assertThat(all.exit()).as(all.err()).isZero();
    assertThat(all.out()).contains("; 1 claims regraded");
    assertThat(all.err()).contains("compacting the store");
    try (var dirs = Files.list(copy)) {
      assertThat(dirs.map(p -> p.getFileName().toString()))
          .as("the store compacted into a new generation, the old one deleted")
          .contains("Data-0002")
          .doesNotContain("Data-0001");
    }
  }

  @Test
  void aMissingIndexIsRebuiltFromTheStoreByItself() throws IOException {
    Path copy = tmp.resolve("copy");
    Cli.run(copy, "build");
    try (var files = Files.walk(copy.resolve("lucene"))) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    Cli cli = Cli.run(copy, "search", "DVT");
    assertThat(cli.exit()).isZero();
    assertThat(cli.err()).contains("rebuilding it from the store");
    assertThat(cli.out()).contains("«blood clot in your leg»");
  }

  @Test
  void checkExitsWithThreeOnAHighConflictAndPrintsClaimsAndConflictsAsJson(@TempDir Path dir)
      throws IOException {
    Path draft = dir.resolve("draft.md");
    Files.writeString(draft, "# Draft\n\nVascular massage may relieve deep vein thrombosis.\n");
    Cli cli = Cli.run(store, "check", draft.toString(), "--format", "json");
    assertThat(cli.exit()).isEqualTo(3);
    JsonNode root = new ObjectMapper().readTree(cli.out());
    assertThat(root.get("claims").size()).isEqualTo(1);
    assertClaimJson(root.get("claims").get(0));
    assertThat(root.get("claims").get(0).get("curation").asText()).isEqualTo("extracted");
    assertThat(root.get("conflicts").get(0).get("severity").asText()).isEqualTo("high");
    root.get("conflicts").forEach(c -> c.get("claims").forEach(CliTest::assertClaimJson));
  }

  /**
   * A check's table and Markdown show a page of the conflicts, JSON all of them unless asked; the
   * counts and the verdict are of them all, and a page is their slice.
   */
  @Test
  void checkShowsAPageOfItsConflictsAndJsonGivesThemAll(@TempDir Path dir) throws IOException {
    Path draft = dir.resolve("draft.md");
    Files.writeString(draft, "# Draft\n\nVascular massage may relieve deep vein thrombosis.\n");
    JsonNode all =
        new ObjectMapper()
            .readTree(Cli.run(store, "check", draft.toString(), "--format", "json").out());
    int total = all.get("conflicts").size();
    assertThat(total).isGreaterThan(2);
    assertThat(all.has("page")).isFalse();

    Cli json =
        Cli.run(
            store, "check", draft.toString(), "--format", "json", "--offset", "1", "--limit", "1");
    assertThat(json.exit()).isEqualTo(3);
    JsonNode page = new ObjectMapper().readTree(json.out());
    assertThat(page.get("conflicts").size()).isEqualTo(1);
    assertThat(page.get("conflicts").get(0)).isEqualTo(all.get("conflicts").get(1));
    assertThat(page.get("page").get("total").asInt()).isEqualTo(total);
    assertThat(page.get("needsReview").asBoolean()).isTrue();

    Cli table = Cli.run(store, "check", draft.toString(), "--limit", "1");
    assertThat(table.exit()).isEqualTo(3);
    assertThat(table.out())
        .contains(total + " conflicts (")
        .contains("#1  HIGH")
        .doesNotContain("#2  ")
        .contains("Showing 1–1 of " + total + " conflicting pairs: --offset 1 for the next page");
    Cli md =
        Cli.run(
            store, "check", draft.toString(), "--format", "md", "--offset", "1", "--limit", "1");
    assertThat(md.out())
        .contains("### 2. ")
        .doesNotContain("### 1. ")
        .doesNotContain("### 3. ")
        .contains("Showing 2–2 of " + total + " conflicts");
    assertThat(Cli.run(store, "check", draft.toString(), "--all").out()).doesNotContain("Showing");
  }

  @Test
  void checkExitsWithZeroWithoutAHighConflict(@TempDir Path dir) throws IOException {
    Path draft = dir.resolve("calm.txt");
    Files.writeString(draft, "Reflexology reduces stress.\n");
    Cli cli = Cli.run(store, "check", draft.toString(), "--format", "md");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out())
        .startsWith("# Check of calm.txt")
        .contains("| reflexology — benefits — stress |");
  }

  @Test
  void checkOfABinaryFileIsBadInput(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {0, 1, 2, 3});
    Cli cli = Cli.run(store, "check", bad.toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err().strip()).isEqualTo("claimgraph: " + bad + ": is a binary file, not text");
  }

  @Test
  void ingestAddsAnArticleAndRefusesABadBatch(@TempDir Path dir) throws IOException {
    Path copy = tmp.resolve("ingest-store");
    Path page = dir.resolve("mld-page.html");
    Files.writeString(
        page,
        "<html><body><article><p>Avoid lymphatic massage if you have congestive heart failure.</p></article></body></html>");
    Cli first = Cli.run(copy, "ingest", page.toString(), "--author", "Ann Lee");
    assertThat(first.exit()).isZero();
    assertThat(first.out()).contains("Ingested 1 articles").contains("added or replaced: mld-page");
    assertThat(Cli.run(copy, "claims", "--article", "mld-page").out())
        .contains("contraindicated for — heart failure")
        .contains("Ann Lee");
    Path empty = dir.resolve("empty.md");
    Files.writeString(empty, "");
    Cli bad = Cli.run(copy, "ingest", page.toString(), empty.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("empty.md: is empty");
    assertThat(Cli.run(copy, "ingest", page.toString(), "--author", "Ann Lee").out())
        .contains("unchanged: mld-page");
    assertThat(Cli.run(copy, "ingest", page.toString()).out())
        .as("dropping the author changes the article graph")
        .contains("added or replaced: mld-page");
  }

  @Test
  void evalReportsPrecisionRecallAndF1() {
    Cli cli = Cli.run(null, "eval");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out())
        .contains("precision")
        .contains("vascular-massage-therapy")
        .containsPattern("overall +\\d+ +\\d+");
  }

  @Test
  void evalOnAGoldSetScoresBothHalvesAndTheConflicts(@TempDir Path dir) throws Exception {
    org.w3id.claimgraph.eval.GoldSets.write(dir);
    Cli cli = Cli.run(null, "eval", "--gold", dir.toString(), "--details");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out())
        .contains("2 articles, 5 annotated claims, 1 annotated conflicts")
        .containsPattern("development \\(odd\\) +1 +3 +\\d+ +\\d+")
        .containsPattern("reporting \\(even\\) +1 +2 +\\d+ +\\d+")
        .containsPattern("all +2 +5 +\\d+ +5 +\\d\\.\\d\\d +1\\.00")
        .contains("contraindicated_for")
        .containsPattern("all +1 +1 +1\\.00");
    java.nio.file.Files.writeString(dir.resolve("conflicts.tsv"), "file_a\tquote_a\nx\n");
    Cli bad = Cli.run(null, "eval", "--gold", dir.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("conflicts.tsv:2").contains("expected 5");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Cli cli = Cli.run(store, "conflicts", "--colour");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--colour");
  }

  @Test
  void gradeListsTheWeakestClaimsFirst() {
    Cli cli = Cli.run(store, "grade", "--article", "vascular-massage-therapy");
    assertThat(cli.exit()).isZero();
    String firstRow = cli.out().lines().skip(2).findFirst().orElseThrow();
    assertThat(firstRow).startsWith("Very low").contains("−3").contains("deep vein thrombosis");
    assertThat(cli.out()).containsPattern("\\d+ claims; \\d+ Low, \\d+ Very low");
  }

  @Test
  void gradeExplainsOneClaimStepByStepWithTheQuotesItRestsOn() {
    Cli cli =
        Cli.run(store, "grade", "--explain", "may improve vascular massage deep vein thrombosis");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out())
        .contains("vascular massage — benefits — deep vein thrombosis  (hedged)")
        .contains("Source: health blog.")
        .containsPattern(" 1\\. unsupported +−1 +→ +−1 +ECO:0000034")
        .contains("contradicted")
        .contains("Art Riggs: massage — contraindicated for — thrombosis [Low (0)]")
        .contains("\"Whitney Lowe, author of \"Orthopedic Massage,\" agrees")
        .contains("GRADE certainty Very low · SORT C · Oxford CEBM level 5")
        .contains("verdict Unsupported");
  }

  @Test
  void gradeExplainAsJsonHasTheClaimItsProfileAndTheClaimsItRestsOn() throws IOException {
    Cli cli =
        Cli.run(store, "grade", "--explain", "clinically proven bone density", "--format", "json");
    assertThat(cli.exit()).isZero();
    JsonNode root = new ObjectMapper().readTree(cli.out());
    assertClaimJson(root.get("claim"));
    assertThat(root.get("sourceProfile").get("kind").asText()).isEqualTo("health blog");
    assertThat(root.get("claim").get("grade").get("verdict").asText()).isEqualTo("Misleading");
  }

  @Test
  void gradeExplainsTheSameClaimByItsIriItsHashOrItsWords() throws IOException {
    String words = "may improve vascular massage deep vein thrombosis";
    Cli byWords = Cli.run(store, "grade", "--explain", words, "--format", "json");
    assertThat(byWords.exit()).as(byWords.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(byWords.out());
    String iri = root.get("claim").get("id").asText();
    assertThat(root.get("related")).isNotEmpty();
    for (String key : List.of(iri, iri.substring(iri.lastIndexOf('/') + 1))) {
      for (String format : List.of("json", "table")) {
        Cli byKey = Cli.run(store, "grade", "--explain", key, "--format", format);
        Cli same = Cli.run(store, "grade", "--explain", words, "--format", format);
        assertThat(byKey.exit()).as(byKey.err()).isZero();
        assertThat(byKey.out()).as(key + " " + format).isEqualTo(same.out());
      }
    }
    // An IRI of another article's claim, asked for within one article, is none of its claims.
    Cli elsewhere =
        Cli.run(store, "grade", "--explain", iri, "--article", "deep-tissue-massage-blood-clots");
    assertThat(elsewhere.exit()).isEqualTo(2);
    assertThat(elsewhere.err()).contains("no claim has the IRI, hash or words");
    // A hash no claim has, and the IRI of no claim, are named as such.
    for (String none : List.of("000000000000", iri.substring(0, iri.lastIndexOf('/') + 1) + "0")) {
      Cli missing = Cli.run(store, "grade", "--explain", none);
      assertThat(missing.exit()).as(none).isEqualTo(2);
      assertThat(missing.err()).contains("no claim has the IRI, hash or words \"" + none + "\"");
    }
  }

  @Test
  void gradeExplainOfNothingOrOfTooMuchIsBadInput() {
    Cli none = Cli.run(store, "grade", "--explain", "zebra stripes cure everything");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("no claim has the IRI, hash or words");
    Cli many = Cli.run(store, "grade", "--explain", "massage");
    assertThat(many.exit()).isEqualTo(2);
    assertThat(many.err()).containsPattern("\\d+ claims match \"massage\"; give more words");
  }

  @Test
  void exportClaimReviewForFactCheckers() {
    Cli cli =
        Cli.run(
            store,
            "export",
            "--format",
            "claimreview",
            "--flagged",
            "--reviewer",
            "Health Desk",
            "--date",
            "2026-11-21");
    assertThat(cli.exit()).as(cli.err()).isZero();
    org.apache.jena.graph.Graph g = org.w3id.claimgraph.audit.ClaimReviews.parse(cli.out());
    assertThat(
            g.find(
                    null,
                    org.apache.jena.graph.NodeFactory.createURI("http://schema.org/name"),
                    org.apache.jena.graph.NodeFactory.createLiteralString("Health Desk"))
                .toList())
        .isNotEmpty();
    assertThat(cli.out())
        .contains("\"alternateName\" : \"Unsupported\"")
        .doesNotContain("\"Lacks context\"");
  }

  @Test
  void exportCsvHasAGradeAndAConflictCountPerClaim() throws IOException {
    Cli cli = Cli.run(store, "export", "--format", "csv");
    assertThat(cli.exit()).isZero();
    List<CSVRecord> records = records(cli.out());
    assertThat(records).hasSize(189);
    CSVRecord dvt =
        records.stream()
            .filter(r -> r.get("id").endsWith("/f7f01eecaf77"))
            .findFirst()
            .orElseThrow();
    assertThat(dvt.get("grade_certainty")).isEqualTo("Very low");
    assertThat(dvt.get("grade_verdict")).isEqualTo("Unsupported");
    assertThat(Integer.parseInt(dvt.get("conflicts"))).isGreaterThanOrEqualTo(7);
  }

  @Test
  void claimReviewOptionsNeedTheClaimReviewFormat() {
    Cli cli = Cli.run(store, "export", "--format", "trig", "--flagged");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--format claimreview");
    Cli date = Cli.run(store, "export", "--format", "claimreview", "--date", "21/11/2026");
    assertThat(date.exit()).isEqualTo(2);
    assertThat(date.err()).contains("--date must be YYYY-MM-DD");
  }

  private static DatasetGraph storedDataset() {
    try (LocalStore s = LocalStore.open(store)) {
      return s.readDataset(
          dsg -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            dsg.find().forEachRemaining(copy::add);
            return copy;
          });
    }
  }

  /** The records of CSV output with a header row. */
  @Test
  void aPageOfTablesReadAloneListsWhatTheWholeListWouldInTheSameOrder() throws IOException {
    // The tables read only the page's claims; CSV reads them all and ranks them itself.
    for (String command : List.of("claims", "grade")) {
      Cli table = Cli.run(store, command, "--offset", "40", "--limit", "30");
      Cli csv = Cli.run(store, command, "--format", "csv", "--offset", "40", "--limit", "30");
      assertThat(table.exit()).isZero();
      List<String> fromCsv = new ArrayList<>();
      for (CSVRecord r : records(csv.out())) {
        fromCsv.add(
            r.get("intervention_label")
                + " — "
                + (Boolean.parseBoolean(r.get("negated")) ? "not " : "")
                + r.get("relation").replace('_', ' ')
                + " — "
                + r.get("condition_label"));
      }
      assertThat(fromCsv).hasSize(30);
      int at = 0;
      for (String line : table.out().split("\n")) {
        // Columns are cut at their width: the start of each claim is enough to know it.
        String wanted = fromCsv.get(Math.min(at, fromCsv.size() - 1));
        if (at < fromCsv.size()
            && line.contains(wanted.substring(0, Math.min(40, wanted.length())))) {
          at++;
        }
      }
      assertThat(at).as(command + ": the table's rows in the CSV's order").isEqualTo(30);
      assertThat(table.out()).contains("Showing 41–70 of 189 claims");
    }
  }

  private static List<CSVRecord> records(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }
}
