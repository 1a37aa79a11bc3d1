package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The grader on small graphs written for each rule, under the bundled policy file: citations and
 * study designs, named experts, commercial interest, overstatement, the independence of sources,
 * and disputes judged on scores before disputes.
 */
class GraderTest {
  static final Policy POLICY = policy();
  static final List<ConflictRule> RULES = rules();

  /** The conflict rules of the ontology, read by their query. */
  static List<ConflictRule> rules() {
    DatasetGraph d = DatasetGraphFactory.create();
    for (String name : List.of("claimgraph", "conflict-rules")) {
      d.addGraph(
          NodeFactory.createURI(Ids.ontologyGraph(name)),
          RdfFiles.readTurtle(TestHome.path().resolve("ontology/" + name + ".ttl")).getGraph());
    }
    try (RDFLink link = RDFLinkFactory.connect(d)) {
      return PropositionConflicts.rules(link, QueryLibrary.load(TestHome.workspace().queries()));
    }
  }

  static Policy policy() {
    Model m = RdfFiles.readTurtle(TestHome.path().resolve("ontology/claimgraph.ttl"));
    m.add(RdfFiles.readTurtle(TestHome.path().resolve("ontology/grading-policy.ttl")));
    return PolicyReader.read(m.getGraph(), "ontology/grading-policy.ttl");
  }

  /** A little graph: articles, agents, claims, sentences and disputes, built up by a test. */
  static final class World {
    final List<Claim> claims = new ArrayList<>();
    final Map<String, String> sentences = new HashMap<>();
    final Map<String, GradingInput.ArticleFacts> articles = new LinkedHashMap<>();
    final Map<String, GradingInput.AgentFacts> agents = new LinkedHashMap<>();
    final Map<String, Set<String>> broader =
        Map.of(
            Ids.concept("deep-vein-thrombosis"), Set.of(Ids.concept("thrombosis")),
            Ids.concept("sports-massage"), Set.of(Ids.concept("massage")));
    final Map<String, Severity> risk = Map.of(Ids.concept("thrombosis"), Severity.HIGH);

    World article(String slug, String kind, String publisher, String commerceCue) {
      String author = Ids.person("author-of-" + slug);
      articles.put(
          slug,
          new GradingInput.ArticleFacts(
              slug, kind, "health blog", publisher, author, null, null, commerceCue, null, null));
      agents.put(author, new GradingInput.AgentFacts(author, "author of " + slug, true, List.of()));
      return this;
    }

    World person(String slug, String name, String... credentials) {
      List<GradingInput.Credential> creds = new ArrayList<>();
      for (String c : credentials) {
        creds.add(new GradingInput.Credential("description", c));
      }
      agents.put(
          Ids.person(slug), new GradingInput.AgentFacts(Ids.person(slug), name, false, creds));
      return this;
    }

    Claim claim(
        String article,
        String intervention,
        Relation relation,
        String condition,
        Certainty certainty,
        String agent,
        String sentence) {
      String who = agent == null ? articles.get(article).author() : Ids.person(agent);
      String id = Ids.CLAIM + article + "/" + (claims.size() + 1);
      Claim c =
          new Claim(
              id,
              article,
              new ConceptRef(Ids.concept(intervention), intervention),
              relation,
              new ConceptRef(Ids.concept(condition), condition),
              certainty,
              false,
              false,
              new AgentRef(who, agents.get(who).name()),
              new org.w3id.claimgraph.model.Span(0, sentence.length(), sentence),
              Curation.CURATED,
              null);
      claims.add(c);
      sentences.put(id, sentence);
      return c;
    }

    Map<String, Grade> grade() {
      return Grader.grade(
              new GradingInput(
                  claims, sentences, articles, agents, RULES, broader, risk, Map.of(), Map.of()),
              POLICY)
          .grades();
    }
  }

  static final String BLOG = CG.NS + "HealthBlog";
  static final String TEXTBOOK = CG.NS + "Textbook";

  @Test
  void aCitedRandomisedTrialIsHighAndAnUncitedClaimIsVeryLow() {
    World w = new World().article("trial-news", BLOG, null, null);
    Claim cited =
        w.claim(
            "trial-news",
            "massage",
            Relation.BENEFITS,
            "anxiety",
            Certainty.ASSERTED,
            null,
            "In a randomised controlled trial (doi:10.1016/j.ctim.2016.01.004), massage reduced"
                + " anxiety.");
    Claim shaped =
        w.claim(
            "trial-news",
            "massage",
            Relation.BENEFITS,
            "stress",
            Certainty.ASSERTED,
            null,
            "In a randomised controlled trial (Field et al., 2016), massage reduced stress.");
    Claim bare =
        w.claim(
            "trial-news",
            "massage",
            Relation.BENEFITS,
            "pain",
            Certainty.ASSERTED,
            null,
            "Massage reduces pain.");
    Map<String, Grade> g = w.grade();
    assertThat(g.get(cited.id()).factors().get(0).code()).isEqualTo("cites-systematic-review");
    assertThat(g.get(cited.id()).factors().get(0).evidenceCode()).endsWith("ECO_0000033");
    assertThat(g.get(cited.id()).certainty()).isEqualTo("High");
    assertThat(g.get(cited.id()).sort()).isEqualTo("A");
    assertThat(g.get(bare.id()).factors().get(0).code()).isEqualTo("unsupported");
    assertThat(g.get(bare.id()).certainty()).isEqualTo("Very low");
    assertThat(g.get(shaped.id()).factors().get(0).code())
        .as("citation-shaped text with no identifier that resolves to nothing lends nothing")
        .isEqualTo("unsupported");
    assertThat(g.get(shaped.id()).has("unverified-citation")).isTrue();
    assertThat(CorpusGradesTest.factor(g.get(shaped.id()), "unverified-citation").reason())
        .contains("Field et al., 2016");
    assertThat(g.get(shaped.id()).certainty()).isEqualTo("Very low");
  }

  @Test
  void aStudyNamedWithoutADesignIsACitedSourceAndACohortIsObservational() {
    World w = new World().article("news", BLOG, null, null);
    Claim doi =
        w.claim(
            "news",
            "massage",
            Relation.BENEFITS,
            "pain",
            Certainty.ASSERTED,
            null,
            "Massage eased pain in older adults (doi:10.1016/j.jbmt.2019.01.004).");
    Claim cohort =
        w.claim(
            "news",
            "massage",
            Relation.BENEFITS,
            "stress",
            Certainty.ASSERTED,
            null,
            "A cohort study (PMID: 31234567) found massage lowered stress.");
    Claim journal =
        w.claim(
            "news",
            "massage",
            Relation.BENEFITS,
            "anxiety",
            Certainty.ASSERTED,
            null,
            "A cohort study published in the Journal of Bodywork and Movement Therapies found"
                + " massage lowered anxiety.");
    Map<String, Grade> g = w.grade();
    assertThat(g.get(doi.id()).factors().get(0).code()).isEqualTo("cites-a-source");
    assertThat(g.get(doi.id()).factors().get(0).reason())
        .contains("https://doi.org/10.1016/j.jbmt.2019.01.004");
    assertThat(g.get(cohort.id()).factors().get(0).code()).isEqualTo("cites-observational-study");
    assertThat(g.get(cohort.id()).certainty()).isEqualTo("Moderate");
    assertThat(g.get(journal.id()).has("unverified-citation"))
        .as("a journal's name alone is not a citation a reader can check")
        .isTrue();
  }

  @Test
  void aNamedExpertIsExpertOpinionAndANamedPersonWithoutCredentialsIsNot() {
    World w =
        new World()
            .article("clinic-blog", BLOG, null, null)
            .person("dr-ann-lee", "Ann Lee", "physiotherapist")
            .person("jo", "Jo");
    Claim expert =
        w.claim(
            "clinic-blog",
            "massage",
            Relation.CONTRAINDICATED_FOR,
            "fever",
            Certainty.ASSERTED,
            "dr-ann-lee",
            "Physiotherapist Ann Lee says never massage with a fever.");
    Claim jo =
        w.claim(
            "clinic-blog",
            "massage",
            Relation.BENEFITS,
            "stress",
            Certainty.ASSERTED,
            "jo",
            "Jo says massage cured her stress.");
    Map<String, Grade> g = w.grade();
    assertThat(g.get(expert.id()).factors().get(0).code()).isEqualTo("expert-opinion");
    assertThat(g.get(expert.id()).factors().get(0).reason()).contains("Ann Lee", "physiotherapist");
    assertThat(g.get(jo.id()).factors().get(0).code()).isEqualTo("named-person");
  }

  @Test
  void aSellerOfTheServiceHasAConflictOfInterestOnItsPromisesOnly() {
    World w =
        new World().article("spa", BLOG, null, "Book your massage with our therapists today.");
    Claim promise =
        w.claim(
            "spa",
            "massage",
            Relation.BENEFITS,
            "stress",
            Certainty.ASSERTED,
            null,
            "Massage melts stress away.");
    Claim warning =
        w.claim(
            "spa",
            "massage",
            Relation.CONTRAINDICATED_FOR,
            "fever",
            Certainty.ASSERTED,
            null,
            "Do not book a massage if you have a fever.");
    Map<String, Grade> g = w.grade();
    assertThat(g.get(promise.id()).has("conflict-of-interest")).isTrue();
    assertThat(CorpusGradesTest.factor(g.get(promise.id()), "conflict-of-interest").quotes())
        .containsExactly("Book your massage with our therapists today.");
    assertThat(g.get(warning.id()).has("conflict-of-interest")).isFalse();
  }

  @Test
  void aCommercialSiteHasAConflictOfInterestByItsKind() {
    World w = new World().article("shop", CG.NS + "CommercialSite", null, null);
    Claim promise =
        w.claim(
            "shop",
            "massage",
            Relation.BENEFITS,
            "stress",
            Certainty.ASSERTED,
            null,
            "Massage relieves stress.");
    assertThat(w.grade().get(promise.id()).has("conflict-of-interest")).isTrue();
  }

  @Test
  void strongWordingOrAnAppealToProofWithoutACitationIsOverstatement() {
    World w = new World().article("blog", BLOG, null, null);
    Claim strong =
        w.claim(
            "blog",
            "massage",
            Relation.TREATS,
            "migraine",
            Certainty.STRONG,
            null,
            "Massage absolutely treats migraine.");
    Claim studies =
        w.claim(
            "blog",
            "massage",
            Relation.BENEFITS,
            "stress",
            Certainty.HEDGED,
            null,
            "Studies show that massage may lower stress.");
    Claim cited =
        w.claim(
            "blog",
            "massage",
            Relation.BENEFITS,
            "pain",
            Certainty.STRONG,
            null,
            "Massage is clinically proven to relieve pain, according to a Cochrane systematic"
                + " review (doi:10.1002/14651858.CD001929.pub3).");
    Map<String, Grade> g = w.grade();
    assertThat(g.get(strong.id()).has("overstatement")).isTrue();
    assertThat(g.get(strong.id()).verdict()).isEqualTo("Misleading");
    assertThat(g.get(studies.id()).has("overstatement")).isTrue();
    assertThat(CorpusGradesTest.factor(g.get(studies.id()), "overstatement").reason())
        .contains("\"Studies show\"");
    assertThat(g.get(cited.id()).has("overstatement")).isFalse();
  }

  @Test
  void consensusNeedsAnotherPublisherAndAnotherPersonAndFollowsTheHierarchy() {
    World w =
        new World()
            .article("a", TEXTBOOK, "https://example.org/pub/one", null)
            .article("b", TEXTBOOK, "https://example.org/pub/one", null)
            .article("c", TEXTBOOK, "https://example.org/pub/two", null);
    Claim a =
        w.claim(
            "a",
            "massage",
            Relation.CONTRAINDICATED_FOR,
            "deep-vein-thrombosis",
            Certainty.ASSERTED,
            null,
            "Avoid massage with DVT.");
    w.claim(
        "b",
        "massage",
        Relation.CONTRAINDICATED_FOR,
        "deep-vein-thrombosis",
        Certainty.ASSERTED,
        null,
        "Never massage over DVT.");
    Map<String, Grade> sameHouse = w.grade();
    assertThat(sameHouse.get(a.id()).has("consensus"))
        .as("two articles of one publisher are one source")
        .isFalse();
    w.claim(
        "c",
        "sports-massage",
        Relation.CONTRAINDICATED_FOR,
        "thrombosis",
        Certainty.ASSERTED,
        null,
        "Sports massage is contraindicated with a blood clot.");
    Map<String, Grade> g = w.grade();
    assertThat(g.get(a.id()).has("consensus")).as("narrower and broader concepts agree").isTrue();
    assertThat(g.get(a.id()).score()).isEqualTo(sameHouse.get(a.id()).score() + 1);
  }

  @Test
  void onlyAnEqualOrStrongerClaimDisputesAndAWarningOnlyInAHighConflict() {
    World w =
        new World()
            .article("blog", BLOG, null, null)
            .article("textbook-news", BLOG, null, null)
            .person("riggs", "Art Riggs", "author of \"Deep Tissue Massage\"");
    Claim weak =
        w.claim(
            "blog",
            "massage",
            Relation.BENEFITS,
            "deep-vein-thrombosis",
            Certainty.HEDGED,
            null,
            "Massage may help deep vein thrombosis.");
    Claim expert =
        w.claim(
            "textbook-news",
            "massage",
            Relation.CONTRAINDICATED_FOR,
            "thrombosis",
            Certainty.ASSERTED,
            "riggs",
            "Riggs says massage is inadvisable with a clot.");
    Claim caution =
        w.claim(
            "textbook-news",
            "massage",
            Relation.CAUTION_WITH,
            "thrombosis",
            Certainty.ASSERTED,
            null,
            "Ask your doctor before a massage if you have had a clot.");
    Map<String, Grade> g = w.grade();
    assertThat(g.get(weak.id()).has("contradicted")).isTrue();
    assertThat(CorpusGradesTest.factor(g.get(weak.id()), "contradicted").claims())
        .containsExactlyInAnyOrder(expert.id(), caution.id());
    assertThat(g.get(expert.id()).has("contradicted"))
        .as("a weaker claim does not dispute a stronger one")
        .isFalse();
    assertThat(g.get(caution.id()).has("contradicted"))
        .as("advice to see a doctor is not disputed by a claim that massage helps")
        .isFalse();
  }

  @Test
  void aLineLinksTheStrongestOfManyClaimsAndSaysHowManyThereAre() {
    World w = new World().article("blog", BLOG, null, null);
    Claim weak =
        w.claim(
            "blog",
            "massage",
            Relation.BENEFITS,
            "deep-vein-thrombosis",
            Certainty.HEDGED,
            null,
            "Massage may help deep vein thrombosis.");
    List<String> trials = new ArrayList<>();
    List<String> experts = new ArrayList<>();
    for (int k = 0; k < 26; k++) {
      String slug = "warning-" + k;
      w.article(slug, BLOG, "publisher " + k, null);
      w.person("expert-" + k, "Expert " + k, "a vascular surgeon");
      // Three of them cite a trial: stronger than the rest, which quote a qualified person.
      boolean trial = k % 9 == 4;
      Claim c =
          w.claim(
              slug,
              "massage",
              Relation.CONTRAINDICATED_FOR,
              "thrombosis",
              Certainty.ASSERTED,
              "expert-" + k,
              trial
                  ? "In a randomised controlled trial (doi:10.1016/j.ctim.2020."
                      + k
                      + "), massage"
                      + " was inadvisable with a blood clot."
                  : "Massage is inadvisable with a blood clot, says a vascular surgeon.");
      (trial ? trials : experts).add(c.id());
    }
    assertThat(trials).hasSize(3);
    Map<String, Grade> g = w.grade();
    org.w3id.claimgraph.model.Factor contradicted =
        CorpusGradesTest.factor(g.get(weak.id()), "contradicted");
    assertThat(contradicted.claims())
        .as("the line links as many as it may, the strongest first")
        .hasSize(Reasons.LINKED);
    assertThat(contradicted.claims().subList(0, 3)).containsExactlyInAnyOrderElementsOf(trials);
    assertThat(experts).containsAll(contradicted.claims().subList(3, Reasons.LINKED));
    assertThat(contradicted.reason())
        .endsWith(" It rests on 26 claims; the " + Reasons.LINKED + " strongest are linked.");
    org.w3id.claimgraph.model.Factor agreed =
        CorpusGradesTest.factor(g.get(experts.get(0)), "consensus");
    assertThat(agreed.claims()).hasSize(Reasons.LINKED);
    assertThat(agreed.claims().subList(0, 3)).containsExactlyInAnyOrderElementsOf(trials);
    assertThat(agreed.reason()).endsWith(" It rests on 25 claims; the 20 strongest are linked.");
  }

  @Test
  void gradesDoNotDependOnTheOrderOfTheClaims() {
    World w =
        new World()
            .article("x", BLOG, null, null)
            .article("y", BLOG, null, null)
            .article("z", BLOG, null, null);
    Claim x =
        w.claim(
            "x",
            "massage",
            Relation.BENEFITS,
            "deep-vein-thrombosis",
            Certainty.ASSERTED,
            null,
            "Massage helps DVT.");
    Claim y =
        w.claim(
            "y",
            "massage",
            Relation.CONTRAINDICATED_FOR,
            "thrombosis",
            Certainty.ASSERTED,
            null,
            "Massage is contraindicated with clots.");
    Claim z =
        w.claim(
            "z",
            "massage",
            Relation.CONTRAINDICATED_FOR,
            "deep-vein-thrombosis",
            Certainty.ASSERTED,
            null,
            "No massage with DVT.");
    Map<String, Grade> first = w.grade();
    for (int seed = 0; seed < 5; seed++) {
      Collections.shuffle(w.claims, new Random(seed));
      assertThat(w.grade()).isEqualTo(first);
    }
    assertThat(first.get(x.id()).score()).isLessThan(first.get(y.id()).score());
  }
}
