package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The conflicts of the curated corpus: the golden file lists every one, so a missing or an
 * unexpected conflict fails. Run with {@code -Dgolden.update=true} to rewrite the golden file after
 * a deliberate change, and review the diff.
 */
class CorpusConflictsTest {
  static final Path GOLDEN = TestHome.path().resolve("src/test/resources/golden/conflicts.tsv");

  private static LocalStore store;
  private static List<Conflict> conflicts;

  @BeforeAll
  static void build() {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    store = LocalStore.inMemory();
    new Builder(TestHome.workspace(), queries).build(store);
    conflicts = Conflicts.list(store, queries);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static String line(Conflict c) {
    return String.join(
        "\t",
        c.severity().code(),
        Ids.slugOf(c.rule()),
        c.a().article(),
        c.a().summary(),
        c.b().article(),
        c.b().summary(),
        c.b().attributedTo().name(),
        c.a().id().substring(c.a().id().lastIndexOf('/') + 1),
        c.b().id().substring(c.b().id().lastIndexOf('/') + 1));
  }

  @Test
  void theConflictsAreExactlyThoseOfTheGoldenFile() throws IOException {
    Set<String> actual =
        conflicts.stream()
            .map(CorpusConflictsTest::line)
            .collect(Collectors.toCollection(TreeSet::new));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(
          GOLDEN,
          "# severity\trule\tarticle A\tclaim A\tarticle B\tclaim B\tattributed B\tid A\tid B\n"
              + String.join("\n", actual)
              + "\n",
          StandardCharsets.UTF_8);
    }
    Set<String> expected = new TreeSet<>();
    for (String l : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
      if (!l.isBlank() && !l.startsWith("#")) {
        expected.add(l);
      }
    }
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> unexpected = new TreeSet<>(actual);
    unexpected.removeAll(expected);
    assertThat(missing).as("conflicts in the golden file but not found").isEmpty();
    assertThat(unexpected).as("conflicts found but not in the golden file").isEmpty();
  }

  /**
   * A page ranks and counts from the ranking query and reads only its own disputes in full: every
   * page, of every size and offset, is that slice of the whole ranking, dispute for dispute, and
   * the counts are those of the whole, less the disputes a filter leaves out.
   */
  @Test
  void everyPageIsTheSliceOfTheWholeRanking() {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    List<Dispute> all = Conflicts.disputes(store, queries);
    assertThat(all).hasSizeGreaterThan(2);
    for (int from = 0; from <= all.size(); from++) {
      for (int to = from; to <= all.size() + 1; to++) {
        Conflicts.Ranked page = Conflicts.page(store, queries, from, to);
        assertThat(page.page())
            .as("disputes %d to %d", from, to)
            .isEqualTo(all.subList(from, Math.min(to, all.size())));
        assertThat(page.counts().total()).isEqualTo(all.size());
        assertThat(page.counts().excluded()).isZero();
      }
    }
    String first = all.get(0).id();
    Conflicts.Ranked rest = Conflicts.page(store, queries, 0, all.size(), id -> !id.equals(first));
    assertThat(rest.page()).isEqualTo(all.subList(1, all.size()));
    assertThat(rest.counts().total()).isEqualTo(all.size() - 1);
    assertThat(rest.counts().excluded()).isEqualTo(1);
    assertThat(rest.counts().pairs())
        .isEqualTo(all.stream().skip(1).mapToLong(Dispute::pairs).sum());
  }

  static final Path DISPUTES = TestHome.path().resolve("src/test/resources/golden/disputes.tsv");

  /**
   * The disputes as {@code claimgraph conflicts} ranks them: one line each, with both sides' counts
   * and strengths, and the weaker side. Grouping and severity are judgement: a change to either
   * shows here line by line.
   */
  @Test
  void theDisputesAreExactlyThoseOfTheGoldenFile() throws IOException {
    List<String> actual = new ArrayList<>();
    for (Dispute d : Conflicts.disputes(store, QueryLibrary.load(TestHome.workspace().queries()))) {
      actual.add(
          String.join(
              "\t",
              d.severity().code(),
              Ids.slugOf(d.rule()),
              side(d.a()),
              side(d.b()),
              d.weaker() == ' ' ? "-" : String.valueOf(d.weaker())));
    }
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(
          DISPUTES,
          "# severity\trule\tside A (best proposition; propositions/claims/sources; strength)"
              + "\tside B\tweaker side\n"
              + String.join("\n", actual)
              + "\n",
          StandardCharsets.UTF_8);
    }
    List<String> expected = new ArrayList<>();
    for (String l : Files.readAllLines(DISPUTES, StandardCharsets.UTF_8)) {
      if (!l.isBlank() && !l.startsWith("#")) {
        expected.add(l);
      }
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  private static String side(Dispute.Side s) {
    return s.proposition().summary()
        + " ("
        + s.propositionCount()
        + "/"
        + s.claims()
        + "/"
        + s.sources()
        + "; "
        + org.w3id.claimgraph.model.Grade.signed(s.strength())
        + ")";
  }

  @Test
  void theHeadlineCaseIsTheFirstDisputeAndTheBlogIsTheWeakerSide() {
    Dispute first =
        Conflicts.disputes(store, QueryLibrary.load(TestHome.workspace().queries())).get(0);
    assertThat(first.severity()).isEqualTo(Severity.HIGH);
    assertThat(first.a().proposition().summary())
        .isEqualTo("vascular massage — benefits — deep vein thrombosis");
    assertThat(first.b().proposition().summary())
        .isEqualTo("massage — contraindicated for — thrombosis");
    assertThat(first.b().sourceNames()).contains("Art Riggs", "Whitney Lowe", "Ruth Warner");
    assertThat(first.weaker()).isEqualTo('A');
  }

  private static boolean isVascularDvtBenefit(Claim c) {
    return c.article().equals("vascular-massage-therapy")
        && c.relation() == Relation.BENEFITS
        && c.condition().iri().equals(Ids.concept("deep-vein-thrombosis"));
  }

  @Test
  void theVascularDvtClaimConflictsWithRiggsLoweAndWarner() {
    List<String> opponents = new ArrayList<>();
    for (Conflict c : conflicts) {
      if (isVascularDvtBenefit(c.a()) && c.b().relation() == Relation.CONTRAINDICATED_FOR) {
        opponents.add(c.b().attributedTo().name());
        assertThat(c.severity()).isEqualTo(Severity.HIGH);
        assertThat(c.b().article()).isEqualTo("deep-tissue-massage-blood-clots");
      }
    }
    assertThat(opponents).contains("Art Riggs", "Whitney Lowe", "Ruth Warner");
  }

  @Test
  void theHeadlineCaseIsOnTop() {
    Conflict top = conflicts.get(0);
    assertThat(top.severity()).isEqualTo(Severity.HIGH);
    assertThat(isVascularDvtBenefit(top.a())).isTrue();
    assertThat(top.b().relation()).isEqualTo(Relation.CONTRAINDICATED_FOR);
    assertThat(top.b().article()).isEqualTo("deep-tissue-massage-blood-clots");
  }

  @Test
  void theVascularArticleContradictsItself() {
    assertThat(conflicts)
        .anySatisfy(
            c -> {
              assertThat(c.withinArticle()).isTrue();
              assertThat(isVascularDvtBenefit(c.a())).isTrue();
              assertThat(c.b().relation()).isEqualTo(Relation.CAUTION_WITH);
              assertThat(c.b().condition().iri()).isEqualTo(Ids.concept("thrombosis"));
              assertThat(c.b().span().quote()).contains("clearance from a doctor");
            });
  }

  @Test
  void conflictsAreRankedBySeverity() {
    for (int i = 1; i < conflicts.size(); i++) {
      assertThat(conflicts.get(i).severity().rank())
          .isLessThanOrEqualTo(conflicts.get(i - 1).severity().rank());
    }
  }

  /**
   * The conflicts graph is written in pieces of whole subjects (a subject's triples are replaced by
   * those of the piece that holds it), so the writer hands over each subject's triples in one run:
   * a dispute's triples are not split around those of its matched pairs.
   */
  @Test
  void theWriterHandsOverEachSubjectInOneRun() {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    Policy policy = store.read(link -> Grading.policy(link, queries));
    GradingInput input = store.read(link -> GradingInputReader.read(link, queries, policy));
    Grader.Result result = Grader.grade(input, policy);
    List<org.apache.jena.graph.Node> runs = new ArrayList<>();
    ConflictWriter.write(
        input.claims(),
        result.disputes(),
        t -> {
          if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(t.getSubject())) {
            runs.add(t.getSubject());
          }
        });
    assertThat(result.disputes().stream().filter(d -> d.matched().size() > 1)).isNotEmpty();
    assertThat(runs).doesNotHaveDuplicates();
  }

  /**
   * The dispute's stored count of each side's propositions, which the conflicts query reads instead
   * of counting the product of both sides, is the number of its propositions on that side.
   */
  @Test
  void eachDisputeStoresHowManyPropositionsEachSideHolds() {
    String ask =
        """
        PREFIX cg: <https://w3id.org/claimgraph/ns#>
        ASK {
          GRAPH <%s> {
            { ?c cg:propositionCountA ?stored .
              { SELECT ?c (COUNT(DISTINCT ?p) AS ?n) { ?c cg:propositionA ?p } GROUP BY ?c } }
            UNION
            { ?c cg:propositionCountB ?stored .
              { SELECT ?c (COUNT(DISTINCT ?p) AS ?n) { ?c cg:propositionB ?p } GROUP BY ?c } }
            FILTER (?stored != ?n)
          }
        }
        """
            .formatted(Ids.CONFLICTS_GRAPH);
    String several =
        """
        PREFIX cg: <https://w3id.org/claimgraph/ns#>
        ASK { GRAPH <%s> { ?c cg:propositionCountB ?n FILTER (?n > 1) } }
        """
            .formatted(Ids.CONFLICTS_GRAPH);
    boolean differs =
        store.<Boolean>read(
            link ->
                org.w3id.claimgraph.query.Sparql.ask(
                    link, org.apache.jena.query.QueryFactory.create(ask), java.util.Map.of()));
    boolean severalOnOneSide =
        store.<Boolean>read(
            link ->
                org.w3id.claimgraph.query.Sparql.ask(
                    link, org.apache.jena.query.QueryFactory.create(several), java.util.Map.of()));
    assertThat(differs).as("a stored count differs from the propositions it counts").isFalse();
    assertThat(severalOnOneSide)
        .as("some dispute of the corpus has several propositions on one side")
        .isTrue();
  }

  @Test
  void theConflictsGraphAgreesWithTheWithinArticleFlag() {
    assertThat(conflicts).allSatisfy(c -> assertThat(c.id()).startsWith(Ids.CONFLICT));
    assertThat(Builder.FORMAT_VERSION).isNotBlank();
  }
}
