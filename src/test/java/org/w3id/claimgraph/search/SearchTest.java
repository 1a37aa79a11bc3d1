package org.w3id.claimgraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.claimgraph.BuiltCorpus;
import org.w3id.claimgraph.QueryException;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.corpus.TextFile;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.rdf.VocabularyReader;
import org.w3id.claimgraph.store.LocalStore;

class SearchTest {
  static final String DEEP_TISSUE = "deep-tissue-massage-blood-clots";
  static final String THERAPEUTIC = "therapeutic-massage-benefits";

  static BuiltCorpus corpus;
  static QueryLibrary queries;
  static LocalStore store;
  static SearchIndex index;
  static Searcher searcher;

  @BeforeAll
  static void build() {
    corpus = new BuiltCorpus();
    queries = corpus.queries;
    store = corpus.store;
    index = corpus.index;
    searcher = index.searcher(vocabulary());
  }

  static Vocabulary vocabulary() {
    return vocabularyOf(store, queries);
  }

  static Vocabulary vocabularyOf(LocalStore store, QueryLibrary queries) {
    Graph g = store.read(link -> Sparql.graph(link, queries.get("vocabulary").query(), Map.of()));
    return VocabularyReader.read(ModelFactory.createModelForGraph(g), "store");
  }

  @AfterAll
  static void close() {
    searcher.close();
    corpus.close();
  }

  static List<SearchHit> claims(String query) {
    return searcher.search(
        SearchRequest.of(query).withKind(SearchRequest.Kind.CLAIM).withLimit(100));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DVT", "deep vein thrombosis", "blood clot"})
  void findsTheClotInYourLegClaimsOfBothArticles(String query) {
    List<SearchHit> hits = claims(query);
    assertThat(hits)
        .anySatisfy(
            h -> {
              assertThat(h.article()).isEqualTo(DEEP_TISSUE);
              assertThat(h.text()).contains("a blood clot in your leg");
            })
        .anySatisfy(
            h -> {
              assertThat(h.article()).isEqualTo(THERAPEUTIC);
              assertThat(h.text()).isEqualTo("Blood clots in your legs (deep vein thrombosis)");
            });
  }

  @Test
  void dvtIsHighlightedInTheArticlesOwnWords() {
    SearchHit hit =
        claims("DVT").stream()
            .filter(h -> h.text().startsWith("If you have a blood clot"))
            .findFirst()
            .orElseThrow();
    assertThat(hit.snippet()).contains("«blood clot in your leg»");
    Article article =
        new Article(
            DEEP_TISSUE,
            TextFile.read(TestHome.workspace().corpus().resolve(DEEP_TISSUE + ".txt")));
    assertThat(hit.matches()).isNotEmpty();
    for (int[] m : hit.matches()) {
      assertThat(article.slice(m[0], m[1])).isEqualTo("blood clot in your leg");
    }
  }

  @Test
  void aPhraseDoesNotMatchItsWordsApart() {
    assertThat(searcher.search(SearchRequest.of("blood leg").withLimit(100)))
        .anySatisfy(h -> assertThat(h.text()).contains("blood clot in your leg"));
    assertThat(searcher.search(SearchRequest.of("\"blood leg\"").withLimit(100))).isEmpty();
    assertThat(searcher.search(SearchRequest.of("\"clot in your leg\"").withLimit(100)))
        .anySatisfy(h -> assertThat(h.text()).contains("blood clot in your leg"));
  }

  @Test
  void aFilterByAuthorReturnsOnlyThatAuthorsClaims() {
    List<SearchHit> hits =
        searcher.search(SearchRequest.of("massage").withAuthor("Ruth Warner").withLimit(100));
    assertThat(hits).isNotEmpty();
    assertThat(hits)
        .allSatisfy(
            h -> {
              assertThat(h.isClaim()).isTrue();
              assertThat(h.author()).isEqualTo("Ruth Warner");
            });
  }

  @Test
  void filtersByArticleRelationAndType() {
    SearchRequest r =
        new SearchRequest(
            "massage",
            100,
            SearchRequest.Kind.CLAIM,
            DEEP_TISSUE,
            null,
            "contraindicated_for",
            false);
    List<SearchHit> hits = searcher.search(r);
    assertThat(hits).hasSizeGreaterThanOrEqualTo(4);
    assertThat(hits)
        .allSatisfy(
            h -> {
              assertThat(h.article()).isEqualTo(DEEP_TISSUE);
              assertThat(h.relation()).isEqualTo("contraindicated_for");
            });
    assertThat(
            searcher.search(
                SearchRequest.of("massage").withKind(SearchRequest.Kind.SENTENCE).withLimit(50)))
        .allSatisfy(h -> assertThat(h.type()).isEqualTo("sentence"));
  }

  @Test
  void fieldPrefixesBooleansAndStemming() {
    assertThat(claims("condition:thrombosis AND relation:contraindicated_for"))
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.relation()).isEqualTo("contraindicated_for"));
    assertThat(claims("massages NOT vascular"))
        .isNotEmpty()
        .noneSatisfy(h -> assertThat(h.text().toLowerCase()).containsPattern("\\bvascular\\b"));
    assertThat(claims("Massagé")).isNotEmpty();
  }

  @Test
  void narrowerConceptsOnRequest() {
    SearchRequest plain =
        SearchRequest.of("\"venous thrombosis\"").withKind(SearchRequest.Kind.CLAIM).withLimit(100);
    assertThat(searcher.search(plain))
        .noneSatisfy(h -> assertThat(h.condition()).isEqualTo("deep vein thrombosis"));
    SearchRequest narrower =
        new SearchRequest(
            "\"venous thrombosis\"", 100, SearchRequest.Kind.CLAIM, null, null, null, true);
    assertThat(searcher.search(narrower))
        .anySatisfy(h -> assertThat(h.condition()).isEqualTo("deep vein thrombosis"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\"unclosed phrase", "blood AND (clot", "AND", "condition:", "[a TO", "~~~"})
  void aMalformedQueryIsAOneLineError(String query) {
    assertThatThrownBy(() -> searcher.search(SearchRequest.of(query)))
        .isInstanceOf(QueryException.class)
        .hasMessageStartingWith("bad search query")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void pathologicalQueriesAreOneLineErrorsOrAnswersNeverACrash() {
    List<String> queries =
        List.of(
            "(".repeat(5000) + "clot" + ")".repeat(5000),
            "(".repeat(5000),
            "a* ".repeat(2000),
            "\"" + "massage ".repeat(10_000) + "\"",
            "clot~".repeat(500));
    for (String q : queries) {
      try {
        searcher.search(SearchRequest.of(q));
      } catch (QueryException e) {
        assertThat(e.getMessage()).startsWith("bad search query").doesNotContain("\n");
        assertThat(e.getMessage().length()).isLessThan(400);
      }
    }
    // Any limit a user can type is a limit: no more hits than there are documents.
    var all =
        searcher.search(
            new SearchRequest(
                "massage", Integer.MAX_VALUE, SearchRequest.Kind.ALL, null, null, null, false));
    assertThat(all).isNotEmpty().hasSizeLessThanOrEqualTo(searcher.size());
  }

  @Test
  void randomQueriesGiveHitsOrAQueryErrorNeverACrash() {
    Random random = new Random(3);
    String alphabet = "abc clot DVT \"()[]{}:*?~^+-!&|/\\ AND OR NOT massage é";
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(20); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        searcher.search(SearchRequest.of(sb.toString()));
      } catch (QueryException e) {
        assertThat(e.getMessage()).doesNotContain("\n");
      }
    }
  }

  @Test
  void resultsAreTheSameWhetherTheIndexWasBuiltByBuildOrByReindex() {
    List<String> probes =
        List.of("DVT", "blood clot", "massage", "\"deep tissue\"", "clot*", "pain OR swelling");
    List<List<String>> before = probes.stream().map(SearchTest::fingerprint).toList();
    try (SearchIndex other = SearchIndex.inMemory()) {
      Reindex.run(store, other, queries);
      assertThat(other.generation()).isEqualTo(index.generation());
      try (Searcher s = other.searcher(vocabulary())) {
        for (int i = 0; i < probes.size(); i++) {
          assertThat(fingerprint(s, probes.get(i))).as(probes.get(i)).isEqualTo(before.get(i));
        }
      }
    }
  }

  static List<String> fingerprint(String query) {
    return fingerprint(searcher, query);
  }

  static List<String> fingerprint(Searcher s, String query) {
    return s.search(SearchRequest.of(query).withLimit(50)).stream()
        .map(h -> h.id() + " " + h.score() + " " + h.snippet())
        .toList();
  }
}
