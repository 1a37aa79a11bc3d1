package org.w3id.claimgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Vocabulary;

class ClaimReaderTest {
  private static final Vocabulary VOCABULARY =
      VocabularyReader.read(
          RdfFiles.readTurtle(TestHome.path().resolve("ontology/concepts.ttl")), "concepts.ttl");

  private static final Article ARTICLE = new Article("a", "Massage is out. Really.");

  private static final String PREFIXES =
      """
      @prefix cg:     <https://w3id.org/claimgraph/ns#> .
      @prefix c:      <https://w3id.org/claimgraph/id/concept/> .
      @prefix schema: <http://schema.org/> .
      @prefix prov:   <http://www.w3.org/ns/prov#> .
      @prefix oa:     <http://www.w3.org/ns/oa#> .
      @prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
      <https://w3id.org/claimgraph/id/person/p> a cg:Person ; schema:name "P" .
      """;

  private static final String CLAIM =
      """
      <https://w3id.org/claimgraph/id/claim/a/1> a cg:Claim ;
          schema:appearance <https://w3id.org/claimgraph/id/article/a> ;
          cg:intervention c:massage ; cg:relation cg:ContraindicatedFor ; cg:condition c:thrombosis ;
          cg:certainty cg:Strong ; cg:negated false ; cg:conditional false ;
          prov:wasAttributedTo <https://w3id.org/claimgraph/id/person/p> ;
          cg:span [ oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "Massage is out." ] ,
                                   [ a oa:TextPositionSelector ; oa:start 0 ; oa:end 15 ] ] .
      """;

  private static Model parse(String turtle) {
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
    return m;
  }

  private static List<Claim> read(String turtle) {
    return new ClaimReader(parse(PREFIXES + turtle), "a.claims.ttl", ARTICLE, VOCABULARY).read();
  }

  @Test
  void readsAClaimWithLabelsFromTheVocabulary() {
    Claim c = read(CLAIM).get(0);
    assertThat(c.relation()).isEqualTo(Relation.CONTRAINDICATED_FOR);
    assertThat(c.certainty()).isEqualTo(Certainty.STRONG);
    assertThat(c.intervention().label()).isEqualTo("massage");
    assertThat(c.condition().label()).isEqualTo("thrombosis");
    assertThat(c.attributedTo().name()).isEqualTo("P");
    assertThat(c.span().quote()).isEqualTo("Massage is out.");
  }

  @Test
  void anUnknownConceptNamesTheClaimAndTheConcept() {
    assertThatThrownBy(() -> read(CLAIM.replace("c:thrombosis", "c:blood-clot-thing")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("a.claims.ttl")
        .hasMessageContaining("<https://w3id.org/claimgraph/id/claim/a/1>")
        .hasMessageContaining("blood-clot-thing");
  }

  @Test
  void aMissingRelationIsNamed() {
    assertThatThrownBy(() -> read(CLAIM.replace("cg:relation cg:ContraindicatedFor ;", "")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("needs exactly one cg:relation");
  }

  @Test
  void aQuoteThatIsNotTheTextAtItsOffsetsShowsBoth() {
    assertThatThrownBy(() -> read(CLAIM.replace("oa:end 15", "oa:end 16")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("quote \"Massage is out.\", text \"Massage is out. \"");
  }

  @Test
  void offsetsPastTheEndOfTheTextAreAnError() {
    assertThatThrownBy(
            () -> read(CLAIM.replace("oa:start 0 ; oa:end 15", "oa:start 20 ; oa:end 35")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("[20, 35) are not a span of the text (23 code points)");
  }

  @Test
  void aClaimOfAnotherArticleIsRefused() {
    assertThatThrownBy(() -> read(CLAIM.replace("claim/a/1", "claim/b/1")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("must start with https://w3id.org/claimgraph/id/claim/a/");
  }

  @Test
  void anUnknownAgentIsRefused() {
    assertThatThrownBy(() -> read(CLAIM.replace("person/p>", "person/q>")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("person/q");
  }

  @Test
  void droppingRandomTriplesGivesClaimsOrAnInputErrorNeverACrash() {
    Model full = parse(PREFIXES + CLAIM);
    List<Statement> statements = full.listStatements().toList();
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      Model m = ModelFactory.createDefaultModel();
      for (Statement s : statements) {
        if (random.nextInt(6) != 0) {
          m.add(s);
        }
      }
      try {
        new ClaimReader(m, "a.claims.ttl", ARTICLE, VOCABULARY).read();
      } catch (InputException e) {
        assertThat(e.getMessage()).startsWith("a.claims.ttl: ");
      }
    }
  }
}
