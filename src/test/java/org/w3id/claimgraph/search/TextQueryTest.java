package org.w3id.claimgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.store.LocalStore;

/** The example text-and-graph queries of the library, run through SPARQL. */
class TextQueryTest {
  static QueryLibrary queries;
  static LocalStore store;
  static SearchIndex index;
  static Searcher searcher;

  @BeforeAll
  static void build() {
    TextQuery.register();
    queries = QueryLibrary.load(TestHome.workspace().queries());
    store = LocalStore.inMemory();
    index = SearchIndex.inMemory();
    new Builder(TestHome.workspace(), queries).build(store, index);
    searcher = index.searcher(SearchTest.vocabularyOf(store, queries));
    TextQuery.attach(store.context(), searcher);
  }

  @AfterAll
  static void close() {
    searcher.close();
    index.close();
    store.close();
  }

  static List<Binding> run(String name) {
    return store.read(link -> Sparql.select(link, queries.get(name).query(), Map.of()));
  }

  @Test
  void clotClaimsInConflict() {
    List<Binding> rows = run("text-clot-claims-in-conflict");
    TreeSet<String> quotes = new TreeSet<>();
    rows.forEach(r -> quotes.add(r.get("quote").getLiteralLexicalForm()));
    assertThat(quotes)
        .contains(
            "Massage is absolutely contraindicated if you have a blood clot.",
            "Blood clots in your legs (deep vein thrombosis)",
            "Even after your blood clot has been treated your doctor may not want you to receive a massage.")
        .allSatisfy(q -> assertThat(q.toLowerCase()).contains("clot"));
    assertThat(rows)
        .allSatisfy(
            r ->
                assertThat(r.get("severity").getLiteralLexicalForm())
                    .isIn("high", "medium", "low"));
    assertThat(rows)
        .anySatisfy(
            r ->
                assertThat(r.get("otherQuote").getLiteralLexicalForm())
                    .contains("deep vein thrombosis"));
  }

  @Test
  void dvtSentencesInWarningArticles() {
    List<String> rows =
        run("text-dvt-sentences-in-warning-articles").stream()
            .map(
                r ->
                    r.get("article").getURI().replaceFirst(".*/", "")
                        + " "
                        + r.get("start").getLiteralLexicalForm()
                        + "-"
                        + r.get("end").getLiteralLexicalForm())
            .toList();
    assertThat(rows)
        .containsExactly(
            "deep-tissue-massage-blood-clots 521-665",
            "deep-tissue-massage-blood-clots 1636-1786",
            "therapeutic-massage-benefits 5692-5739",
            "vascular-massage-therapy 11703-11980",
            "vascular-massage-therapy 13441-13790");
  }

  @Test
  void aBoundSubjectOnlyMatchesItself() {
    String q =
        "PREFIX text: <http://jena.apache.org/text#>\n"
            + "ASK { <https://w3id.org/claimgraph/id/claim/deep-tissue-massage-blood-clots/12f2e8d805ed> text:query \"absolutely\" }";
    boolean yes =
        store.read(
            link -> Sparql.ask(link, org.apache.jena.query.QueryFactory.create(q), Map.of()));
    assertThat(yes).isTrue();
    String no = q.replace("absolutely", "lymphedema");
    boolean notFound =
        store.read(
            link -> Sparql.ask(link, org.apache.jena.query.QueryFactory.create(no), Map.of()));
    assertThat(notFound).isFalse();
  }
}
