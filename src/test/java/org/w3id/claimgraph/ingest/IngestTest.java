package org.w3id.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.BuiltCorpus;
import org.w3id.claimgraph.Datasets;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.derive.Grading;
import org.w3id.claimgraph.extract.Extractor;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.rdf.VocabularyReader;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.search.SearchRequest;
import org.w3id.claimgraph.search.Searcher;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.validate.ShapeValidator;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

class IngestTest {
  static final Path ONTOLOGY = TestHome.path().resolve("ontology");
  static final Vocabulary VOCABULARY =
      VocabularyReader.read(RdfFiles.readTurtle(ONTOLOGY.resolve("concepts.ttl")), "concepts");
  static final Extractor EXTRACTOR = new Extractor(VOCABULARY, ONTOLOGY.resolve("cues"));

  @TempDir Path dir;
  BuiltCorpus corpus;
  QueryLibrary queries;
  LocalStore store;
  SearchIndex index;

  @BeforeEach
  void build() {
    corpus = new BuiltCorpus();
    queries = corpus.queries;
    store = corpus.store;
    index = corpus.index;
  }

  @AfterEach
  void close() {
    corpus.close();
  }

  static Map<String, String> sourceKinds() {
    Model m = RdfFiles.readTurtle(ONTOLOGY.resolve("claimgraph.ttl"));
    Map<String, String> out = new java.util.HashMap<>();
    m.listSubjectsWithProperty(RDF.type, CG.SourceKind)
        .forEachRemaining(r -> out.put(r.getProperty(SKOS.notation).getString(), r.getURI()));
    return out;
  }

  static Preparer preparer(Options o) {
    return new Preparer(EXTRACTOR, o, sourceKinds());
  }

  Ingester ingester(Options o) {
    return ingester(queries, o);
  }

  /** An ingester of the workspace's ontology, shapes and extractor. */
  static Ingester ingester(QueryLibrary queries, Options o) {
    return ingester(queries, o, Ingester.DEFAULT_BATCH, Runtime.getRuntime().availableProcessors());
  }

  /** As {@link #ingester(QueryLibrary, Options)}, with batches of {@code batch} articles. */
  static Ingester ingester(QueryLibrary queries, Options o, int batch, int threads) {
    Model ontology = RdfFiles.readTurtle(ONTOLOGY.resolve("claimgraph.ttl"));
    ontology.add(RdfFiles.readTurtle(ONTOLOGY.resolve("concepts.ttl")));
    Graph shapes = RdfFiles.readTurtle(ONTOLOGY.resolve(Builder.SHAPES_FILE)).getGraph();
    return new Ingester(
        preparer(o), queries, new ShapeValidator(shapes), ontology.getGraph(), batch, threads);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private DatasetGraph snapshot() {
    return store.readDataset(
        dsg -> {
          DatasetGraph copy = DatasetGraphFactory.create();
          dsg.find().forEachRemaining(copy::add);
          return copy;
        });
  }

  @Test
  void ingestAddsTheArticleItsClaimsConflictsAndSearchEntriesInOneBatch() throws IOException {
    Path file =
        write("leg-care.md", "# Leg care\n\nVascular massage can relieve deep vein thrombosis.\n");
    Options o =
        new Options(
            null, "Ann Lee", null, null, null, "health_blog", SourceReader.DEFAULT_MAX_BYTES);
    IngestResult r = ingester(o).ingest(List.of(file), store, index, null);
    assertThat(r.written()).containsExactly("leg-care");
    List<Claim> claims = Claims.ofArticle(store, queries, "leg-care");
    assertThat(claims)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.summary())
                  .isEqualTo("vascular massage — benefits — deep vein thrombosis");
              assertThat(c.curation()).isEqualTo(Curation.EXTRACTED);
              assertThat(c.attributedTo().name()).isEqualTo("Ann Lee");
            });
    assertThat(r.conflicts()).isGreaterThan(0);
    try (Searcher s = index.searcher(VOCABULARY)) {
      assertThat(s.search(SearchRequest.of("DVT").withLimit(50)))
          .anySatisfy(h -> assertThat(h.article()).isEqualTo("leg-care"));
    }
    boolean generated =
        store.readDataset(
            dsg ->
                dsg.find(null, null, org.w3id.claimgraph.vocab.PROV.wasGeneratedBy.asNode(), null)
                    .hasNext());
    assertThat(generated).isTrue();
  }

  @Test
  void ingestingTheSameFileAgainChangesNothing() throws IOException {
    Path file = write("same.txt", "Reflexology reduces stress.\n");
    ingester(Options.defaults()).ingest(List.of(file), store, index, null);
    DatasetGraph before = snapshot();
    long generation = index.generation();
    IngestResult again = ingester(Options.defaults()).ingest(List.of(file), store, index, null);
    assertThat(again.written()).isEmpty();
    assertThat(again.unchanged()).containsExactly("same");
    assertThat(Datasets.isomorphic(before, snapshot())).isTrue();
    assertThat(index.generation()).isEqualTo(generation);
  }

  @Test
  void anUnchangedIngestCountsTheStoredClaimPairsAsTheDerivationDid() throws IOException {
    // Sides of several propositions, of which only some are matched: the pairs are those of the
    // matched propositions, fewer than one side's claims times the other's.
    Path file =
        write(
            "clot-care.txt",
            "Vascular massage can relieve deep vein thrombosis. Massage is safe with a blood"
                + " clot.\n");
    IngestResult first = ingester(Options.defaults()).ingest(List.of(file), store, index, null);
    IngestResult again = ingester(Options.defaults()).ingest(List.of(file), store, index, null);
    assertThat(again.unchanged()).containsExactly("clot-care");
    assertThat(first.conflicts()).isGreaterThan(0);
    assertThat(again.conflicts()).isEqualTo(first.conflicts());
  }

  @Test
  void aChangedVersionReplacesTheOldClaims() throws IOException {
    Path file = write("changing.txt", "Reflexology reduces stress.\n");
    ingester(Options.defaults()).ingest(List.of(file), store, index, null);
    Files.writeString(file, "Reflexology eases anxiety.\n");
    ingester(Options.defaults()).ingest(List.of(file), store, index, null);
    assertThat(Claims.ofArticle(store, queries, "changing"))
        .extracting(Claim::summary)
        .containsExactly("reflexology — benefits — anxiety");
  }

  @Test
  void afterAReplacementTheDerivedGraphsAreThoseOfAStoreThatOnlySawTheNewVersion()
      throws IOException {
    Path file =
        write(
            "replaced.txt",
            "Massage is contraindicated with a blood clot in your leg.\n\n"
                + "Reflexology reduces stress.\n");
    ingester(Options.defaults()).ingest(List.of(file), store, index, null);
    Files.writeString(
        file, "Vascular massage can relieve deep vein thrombosis.\n\nReflexology eases anxiety.\n");
    ingester(Options.defaults()).ingest(List.of(file), store, index, null);

    try (LocalStore fresh = LocalStore.inMemory();
        SearchIndex freshIndex = SearchIndex.inMemory()) {
      new Builder(TestHome.workspace(), queries).build(fresh, freshIndex);
      ingester(Options.defaults()).ingest(List.of(file), fresh, freshIndex, null);
      for (String g : List.of(Ids.GRADES_GRAPH, Ids.CONFLICTS_GRAPH)) {
        Graph updated = graph(store, g);
        Graph rebuilt = graph(fresh, g);
        assertThat(updated.size()).as(g).isEqualTo(rebuilt.size());
        assertThat(updated.isIsomorphicWith(rebuilt)).as(g).isTrue();
      }
    }
  }

  private static Graph graph(LocalStore s, String name) {
    return s.readDataset(
        dsg -> {
          Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
          dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(name))
              .find()
              .forEachRemaining(copy::add);
          return copy;
        });
  }

  @Test
  void aBadFileFailsTheWholeBatchAndTheStoreAndIndexStayAsTheyWere() throws IOException {
    Path good = write("good.txt", "Reflexology reduces stress.\n");
    Path empty = write("empty.txt", "");
    DatasetGraph before = snapshot();
    long generation = index.generation();
    assertThatThrownBy(
            () -> ingester(Options.defaults()).ingest(List.of(good, empty), store, index, null))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("empty.txt: is empty");
    assertThat(Datasets.isomorphic(before, snapshot())).isTrue();
    assertThat(index.generation()).isEqualTo(generation);
  }

  @Test
  void aBadBatchStopsTheIngestWithTheBatchesBeforeItStored() throws IOException {
    // Each batch is extracted while the one before it is written; a refusal of the third must
    // still come after the first two are stored, and store nothing of its own.
    Path first = write("a-first.txt", "Reflexology reduces stress.\n");
    Path second = write("b-second.txt", "Massage eases back pain.\n");
    Path third = write("vascular-massage-therapy.txt", "Massage eases pain.\n");
    Path fourth = write("d-fourth.txt", "Yoga improves sleep.\n");
    assertThatThrownBy(
            () ->
                ingester(queries, Options.defaults(), 1, 2)
                    .ingest(List.of(first, second, third, fourth), store, index, null))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("vascular-massage-therapy.txt")
        .hasMessageContaining("is an article of the curated corpus");
    DatasetGraph after = snapshot();
    for (String slug : List.of("a-first", "b-second")) {
      assertThat(after.containsGraph(NodeFactory.createURI(Ids.articleGraph(slug)))).isTrue();
    }
    assertThat(after.containsGraph(NodeFactory.createURI(Ids.articleGraph("d-fourth")))).isFalse();
    assertThat(
            after.contains(
                NodeFactory.createURI(Ids.articleGraph("vascular-massage-therapy")),
                NodeFactory.createURI(Ids.article("vascular-massage-therapy")),
                CG.origin.asNode(),
                CG.CorpusOrigin.asNode()))
        .isTrue();
  }

  @Test
  void anArticleOfTheCuratedCorpusCannotBeReplacedByIngest() throws IOException {
    Path file = write("vascular-massage-therapy.txt", "Massage eases pain.\n");
    assertThatThrownBy(() -> ingester(Options.defaults()).ingest(List.of(file), store, index, null))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is an article of the curated corpus");
  }

  @Test
  void anUnknownSourceTypeIsNamed() throws IOException {
    Path file = write("kind.txt", "Massage eases pain.\n");
    Options o =
        new Options(null, null, null, null, null, "tabloid", SourceReader.DEFAULT_MAX_BYTES);
    assertThatThrownBy(() -> ingester(o).ingest(List.of(file), store, index, null))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("--source-type \"tabloid\" is not one of")
        .hasMessageContaining("health_blog");
  }

  @Test
  void checkFindsTheHighConflictsOfADraftAndStoresNothing() throws IOException {
    Path draft =
        write(
            "draft.md",
            "Vascular massage can help relieve deep vein thrombosis.\n\nMassage eases back pain.\n");
    DatasetGraph before = snapshot();
    DraftCheck.Result r = DraftCheck.check(draft, preparer(Options.defaults()), store, queries);
    assertThat(r.claims()).hasSize(2);
    assertThat(r.hasHigh()).isTrue();
    assertThat(r.conflicts().get(0).severity()).isEqualTo(Severity.HIGH);
    assertThat(r.conflicts())
        .filteredOn(c -> c.severity() == Severity.HIGH)
        .extracting(c -> c.b().attributedTo().name())
        .contains("Art Riggs", "Whitney Lowe", "Ruth Warner");
    assertThat(Datasets.isomorphic(before, snapshot())).isTrue();
  }

  @Test
  void checkReadsTheStoredClaimsGradesForThePageShownOnly() throws IOException {
    Path draft =
        write(
            "paged.md",
            "Vascular massage can help relieve deep vein thrombosis.\n\n"
                + "Deep tissue massage is safe for anyone with a blood clot.\n");
    DraftCheck.Result whole = DraftCheck.check(draft, preparer(Options.defaults()), store, queries);
    DraftCheck.Result paged =
        DraftCheck.check(
            draft,
            preparer(Options.defaults()),
            store,
            queries,
            n -> new org.w3id.claimgraph.report.Page(2, 5, n));
    List<DraftCheck.Finding> all = whole.findings();
    assertThat(all).hasSizeGreaterThan(6);
    assertThat(paged.findings()).hasSameSizeAs(all);
    for (int i = 0; i < all.size(); i++) {
      DraftCheck.Finding f = all.get(i);
      DraftCheck.Finding g = paged.findings().get(i);
      if (i >= 2 && i < 5) {
        assertThat(g).as("finding %d, shown", i).isEqualTo(f);
        continue;
      }
      // Ranked, and where the draft stands, the same; the stored claim's grade not read.
      assertThat(g.conflict().id()).as("finding %d", i).isEqualTo(f.conflict().id());
      assertThat(g.standing()).as("finding %d", i).isEqualTo(f.standing());
      assertThat(g.draft()).as("finding %d", i).isEqualTo(f.draft());
      assertThat(g.other()).as("finding %d", i).isEqualTo(f.other());
      assertThat(g.blocks()).as("finding %d", i).isEqualTo(f.blocks());
      Claim theirs = g.draftSide() == 'A' ? g.conflict().b() : g.conflict().a();
      if (g.standing() != DraftCheck.Standing.SELF) {
        assertThat(theirs.grade()).as("finding %d", i).isNull();
      }
    }
    assertThat(paged.needsReview()).isEqualTo(whole.needsReview());
    assertThat(all).allSatisfy(f -> assertThat(f.conflict().a().grade()).isNotNull());
  }

  @Test
  void aHarmlessDraftHasNoHighConflict() throws IOException {
    Path draft = write("calm.txt", "Reflexology reduces stress.\n");
    assertThat(DraftCheck.check(draft, preparer(Options.defaults()), store, queries).hasHigh())
        .isFalse();
  }

  private Claim riggs() {
    return Claims.ofArticle(store, queries, "deep-tissue-massage-blood-clots").stream()
        .filter(c -> c.attributedTo().name().equals("Art Riggs"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void ingestRegradesTheWholeGraph() throws IOException {
    Claim before = riggs();
    assertThat(before.grade().has("consensus")).isFalse();
    Path blog =
        write(
            "clot-blog.txt", "Massage is contraindicated if you have a blood clot in your leg.\n");
    ingester(Options.defaults()).ingest(List.of(blog), store, index, null);
    Claim unsourced = Claims.ofArticle(store, queries, "clot-blog").get(0);
    assertThat(unsourced.grade().factors().get(0).code()).isEqualTo("unsupported");
    assertThat(riggs().grade().score())
        .as("an article graded Very low lends no agreement")
        .isEqualTo(before.grade().score());
    Path clinic =
        write(
            "clot-advice.txt",
            "Massage is contraindicated if you have a blood clot in your leg.\n");
    ingester(
            new Options(
                null,
                null,
                null,
                null,
                null,
                "clinical_institution",
                SourceReader.DEFAULT_MAX_BYTES))
        .ingest(List.of(clinic), store, index, null);
    Claim after = riggs();
    assertThat(after.grade().has("consensus"))
        .as("a new, independent, qualified article that makes the same claim is consensus")
        .isTrue();
    assertThat(after.grade().score()).isEqualTo(before.grade().score() + 1);
    Claim ingested = Claims.ofArticle(store, queries, "clot-advice").get(0);
    assertThat(ingested.grade().factors().get(0).code()).isEqualTo("expert-opinion");
  }

  @Test
  void checkGradesTheDraftsClaimsAsIfTheDraftWereStored() throws IOException {
    Path draft =
        write(
            "promo.md",
            "Book your session with our therapists today.\n\n"
                + "It is clinically proven that vascular massage cures deep vein thrombosis.\n");
    DraftCheck.Result r = DraftCheck.check(draft, preparer(Options.defaults()), store, queries);
    Claim dvt =
        r.claims().stream()
            .filter(c -> c.condition().iri().endsWith("/deep-vein-thrombosis"))
            .findFirst()
            .orElseThrow();
    assertThat(dvt.grade().has("overstatement")).isTrue();
    assertThat(dvt.grade().has("conflict-of-interest")).isTrue();
    assertThat(dvt.grade().has("contradicted")).isTrue();
    assertThat(dvt.grade().certainty()).isEqualTo("Very low");
    assertThat(r.conflicts()).allSatisfy(c -> assertThat(c.b().grade()).isNotNull());
  }

  /** Drafts about the corpus's topics: agreement, disputes, citations, a qualified source. */
  private static final String[] NEAR_DRAFTS = {
    "Massage helps deep vein thrombosis. Massage is contraindicated with a blood clot.",
    "A randomised controlled trial (Smith et al., 2019) showed that massage treats deep vein"
        + " thrombosis.",
    "Leg massage relieves leg pain and muscle soreness. It is clinically proven to cure"
        + " cramps.\n\nAsk your doctor before a massage if you take blood thinners.",
    "According to Ann Rivers, author of \"Clinical Massage Pathology,\" vascular massage is"
        + " contraindicated for varicose veins. Massage improves circulation."
  };

  /**
   * The entries of many claims are read on two cores, each half of the matching documents with
   * stored fields of its own: the same entries in the same order as read on one, across the
   * corpus's segment and an ingest's.
   */
  @Test
  void entriesReadOnTwoCoresAreThoseReadOnOne() throws IOException {
    Path added =
        write(
            "two-cores.txt",
            "Massage is safe during pregnancy. Massage prevents deep vein thrombosis after"
                + " surgery.\n");
    ingester(Options.defaults()).ingest(List.of(added), store, index, null);
    List<String> propositions =
        Claims.all(store, queries).stream()
            .map(c -> org.w3id.claimgraph.model.Proposition.of(c).iri())
            .distinct()
            .toList();
    List<org.w3id.claimgraph.search.Documents.Entry> one =
        index.claimsMaking(propositions, Integer.MAX_VALUE);
    assertThat(one)
        .hasSizeGreaterThan(150)
        .anySatisfy(e -> assertThat(e.claim().article()).startsWith("two-cores"));
    assertThat(index.claimsMaking(propositions, 1)).isEqualTo(one);
    assertThat(index.claimsMaking(propositions.subList(0, propositions.size() / 3), 1))
        .isEqualTo(index.claimsMaking(propositions.subList(0, propositions.size() / 3), 1_000_000))
        .isNotEmpty();
  }

  /**
   * Entries written without their articles as sources (as by a writer that did not know them) are
   * read with their articles looked up in the store: the neighbourhood is the one read from the
   * store.
   */
  @Test
  void entriesWithoutTheirSourcesAreCompletedFromTheStore() throws IOException {
    List<Claim> claims = Claims.all(store, queries);
    assertThat(claims).allSatisfy(c -> assertThat(c.grade()).isNotNull());
    try (SearchIndex bare = SearchIndex.inMemory()) {
      bare.rebuild(
              claims.stream().map(org.w3id.claimgraph.search.Documents::claim).toList(),
              index.generation())
          .commit();
      Path file = write("bare.txt", NEAR_DRAFTS[0] + "\n");
      Prepared p = preparer(Options.defaults()).prepare(file, "draft-bare");
      Grading.Judged stored = Grading.gradeNear(store, queries, "draft-bare", p.graph());
      Grading.Judged indexed = Grading.gradeNear(store, queries, "draft-bare", p.graph(), bare);
      assertThat(
              bare.claimsMaking(
                  stored.input().claims().stream()
                      .map(c -> org.w3id.claimgraph.model.Proposition.of(c).iri())
                      .toList()))
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.source()).isNull());
      assertThat(indexed.input().claims())
          .hasSizeGreaterThan(p.claims().size())
          .isEqualTo(stored.input().claims());
      assertThat(indexed.input().articles()).isEqualTo(stored.input().articles());
      assertThat(indexed.result().grades()).isEqualTo(stored.result().grades());
    }
  }

  /**
   * A check weighs the draft against its neighbourhood only; the draft's grades are those grading
   * the whole store with the draft in it gives.
   */
  @Test
  void checkingAgainstTheNeighbourhoodGradesTheDraftAsTheWholeStoreWould() throws IOException {
    String[] drafts = NEAR_DRAFTS;
    int compared = 0;
    for (int k = 0; k < drafts.length; k++) {
      Path file = write("near-" + k + ".txt", drafts[k] + "\n");
      Prepared p = preparer(Options.defaults()).prepare(file, "draft-near-" + k);
      Map<String, Grade> whole =
          Grading.gradeWith(store, queries, "draft-near-" + k, p.graph()).result().grades();
      Map<String, Grade> near =
          Grading.gradeNear(store, queries, "draft-near-" + k, p.graph()).result().grades();
      for (Claim c : p.claims()) {
        assertThat(near.get(c.id())).as(c.span().quote()).isEqualTo(whole.get(c.id()));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(6);
  }

  /**
   * The neighbourhood read from the claims' search entries is the neighbourhood read from the
   * store: the same claims in the same order, the same articles, grades and conflicts, and the
   * stored scores it carries are the store's; on the built corpus, and after an ingest has written
   * entries of its own. A draft's check gives the same findings either way.
   */
  @Test
  void aNeighbourhoodReadFromTheSearchIndexIsTheNeighbourhoodReadFromTheStore() throws IOException {
    String[] drafts = NEAR_DRAFTS;
    for (int round = 0; round < 2; round++) {
      if (round == 1) {
        Path added =
            write(
                "added.txt",
                "Massage is safe during pregnancy. Massage prevents deep vein thrombosis after"
                    + " surgery.\n");
        ingester(Options.defaults()).ingest(List.of(added), store, index, null);
      }
      for (int k = 0; k < drafts.length; k++) {
        String slug = "draft-index-" + round + "-" + k;
        Path file = write(slug + ".txt", drafts[k] + "\n");
        Prepared p = preparer(Options.defaults()).prepare(file, slug);
        Grading.Judged stored = Grading.gradeNear(store, queries, slug, p.graph());
        Grading.Judged indexed = Grading.gradeNear(store, queries, slug, p.graph(), index);
        assertThat(indexed.input().claims())
            .as("round %d, draft %d", round, k)
            .hasSizeGreaterThan(p.claims().size())
            .isEqualTo(stored.input().claims());
        assertThat(indexed.input().articles()).isEqualTo(stored.input().articles());
        assertThat(indexed.result().grades()).isEqualTo(stored.result().grades());
        assertThat(indexed.result().matches()).isEqualTo(stored.result().matches());
        assertThat(stored.scores()).isEmpty();
        // Every entry, the corpus's and the ingest's, keeps its article as a source.
        assertThat(
                index.claimsMaking(
                    stored.input().claims().stream()
                        .map(c -> org.w3id.claimgraph.model.Proposition.of(c).iri())
                        .toList()))
            .hasSizeGreaterThanOrEqualTo(stored.input().claims().size() - p.claims().size())
            .allSatisfy(e -> assertThat(e.source()).as(e.claim().id()).isNotNull());
        Map<String, org.w3id.claimgraph.query.Grades.Score> scores =
            store.read(
                link ->
                    org.w3id.claimgraph.query.Grades.scores(
                        link, queries, indexed.scores().keySet()));
        assertThat(indexed.scores()).hasSizeGreaterThan(10).isEqualTo(scores);
        DraftCheck.Result fromStore =
            DraftCheck.check(p, store, queries, org.w3id.claimgraph.report.Page::all, null);
        DraftCheck.Result fromIndex =
            DraftCheck.check(p, store, queries, org.w3id.claimgraph.report.Page::all, index);
        assertThat(fromIndex).isEqualTo(fromStore);
      }
    }
  }

  /**
   * A neighbourhood read in parts, one on each core, is the neighbourhood read at once: the same
   * claims in the same order, and the same grades.
   */
  @Test
  void aNeighbourhoodReadInPartsIsTheNeighbourhoodReadAtOnce() throws IOException {
    Path file =
        write(
            "parts.txt",
            "Massage helps deep vein thrombosis. Leg massage relieves muscle soreness and"
                + " prevents blood clots.\n");
    Prepared p = preparer(Options.defaults()).prepare(file, "draft-parts");
    Grading.Judged once =
        Grading.gradeNear(store, queries, "draft-parts", p.graph(), Long.MAX_VALUE);
    Grading.Judged parts = Grading.gradeNear(store, queries, "draft-parts", p.graph(), 1);
    assertThat(once.input().claims()).hasSizeGreaterThan(p.claims().size() + 10);
    assertThat(parts.input().claims()).isEqualTo(once.input().claims());
    assertThat(parts.input().articles()).isEqualTo(once.input().articles());
    assertThat(parts.result().grades()).isEqualTo(once.result().grades());
    assertThat(parts.result().matches()).isEqualTo(once.result().matches());
  }
}
