package org.w3id.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Conditions outside the vocabulary, on sentences written for these tests: a noun phrase headed by
 * a condition's noun or suffix becomes an unreviewed concept of its own, with the broader concept
 * its head gives; generic words, glosses of a named concept and look-alike words do not.
 */
class NewConditionsTest {
  static final Extractor EXTRACTOR = org.w3id.claimgraph.TestExtractor.EXTRACTOR;
  static final AgentRef AUTHOR =
      new AgentRef("https://w3id.org/claimgraph/id/person/the-author", "the author");

  private static Extractor.Extraction extract(String text) {
    return EXTRACTOR.extract(new Article("n", text), AUTHOR);
  }

  private static List<String> summaries(String text) {
    return extract(text).claims().stream().map(Claim::summary).toList();
  }

  @Test
  void aConditionTheVocabularyLacksIsMintedUnderItsHeadsBroaderConcept() {
    Extractor.Extraction e = extract("Gentle massage eases bursitis in the elbow.");
    assertThat(e.claims())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.summary()).isEqualTo("massage — benefits — bursitis");
              assertThat(c.condition().iri()).isEqualTo(Ids.NEW_CONCEPT + "bursitis");
            });
    assertThat(e.newConcepts())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.prefLabel()).isEqualTo("bursitis");
              assertThat(k.kinds()).containsExactly(Concept.Kind.CONDITION);
              assertThat(k.broader()).containsExactly(Ids.concept("inflammation"));
            });
  }

  @Test
  void aGeneralHeadNeedsAModifierThatIsNotGeneric() {
    assertThat(summaries("Massage is contraindicated for people with liver disease."))
        .containsExactly("massage — contraindicated for — liver disease");
    // Plural heads and possessive names: one concept, named in the singular.
    assertThat(summaries("Reflexology may help with Raynaud's diseases."))
        .containsExactly("reflexology — benefits — raynaud's disease");
    assertThat(summaries("Massage is contraindicated for people with other diseases.")).isEmpty();
    assertThat(summaries("Massage is contraindicated for some serious conditions.")).isEmpty();
    assertThat(summaries("Massage can cause complications.")).isEmpty();
    assertThat(summaries("Massage may not benefit people with preexisting medical conditions."))
        .isEmpty();
    // A condition or a problem is one of something named by a noun, not an adjective.
    assertThat(summaries("Massage is not advised for a vascular-related condition.")).isEmpty();
    assertThat(summaries("Massage is not advised for a skin condition."))
        .containsExactly("massage — contraindicated for — skin condition");
  }

  @Test
  void aTherapyTheVocabularyLacksIsANewIntervention() {
    Extractor.Extraction e = extract("Infrared light therapy may reduce swelling.");
    assertThat(e.claims())
        .extracting(Claim::summary)
        .containsExactly("infrared light therapy — benefits — edema");
    assertThat(e.newConcepts())
        .singleElement()
        .satisfies(k -> assertThat(k.kinds()).containsExactly(Concept.Kind.INTERVENTION));
    // It is what "it" stands for in the next sentence.
    assertThat(summaries("Laser therapy is a new treatment. It reduces pain in the knee."))
        .containsExactly("laser therapy — benefits — pain");
    // A therapy the vocabulary names, and one with no modifier, are none.
    assertThat(summaries("Compression therapy prevents clots."))
        .containsExactly("compression therapy — prevents — thrombosis");
    assertThat(summaries("Other therapies may reduce back pain.")).isEmpty();
  }

  @Test
  void theSameWordsGiveTheSameConceptInEveryArticle() {
    String a = extract("Massage relieves lung problems.").claims().get(0).condition().iri();
    String b =
        extract("Lung problems are a contraindication for deep tissue massage.")
            .claims()
            .get(0)
            .condition()
            .iri();
    assertThat(a).isEqualTo(b).isEqualTo(Ids.NEW_CONCEPT + "lung-problem");
  }

  @Test
  void namedConceptsTheirGlossesAndLookAlikesAreNotNewConditions() {
    // "Deep vein thrombosis" glosses DVT; it is the vocabulary's concept, not a new one.
    Extractor.Extraction gloss =
        extract("Massage is contraindicated with DVT (deep vein thrombosis).");
    assertThat(gloss.newConcepts()).isEmpty();
    assertThat(gloss.claims())
        .extracting(Claim::summary)
        .containsExactly("massage — contraindicated for — deep vein thrombosis");
    // A word with a condition's ending that names none.
    assertThat(summaries("Massage helps the diagnosis.")).isEmpty();
    assertThat(summaries("Massage improves osteopathy.")).isEmpty();
    // The head of a compound is its last noun: "disease risk" is a risk, not a disease.
    assertThat(extract("Massage lowers heart disease risk scores.").newConcepts()).isEmpty();
    // A relation cue the tagger takes for a noun is not part of the name.
    assertThat(summaries("Massage relieves asthma."))
        .containsExactly("massage — benefits — asthma");
  }

  @Test
  void onlyTheConceptsTheClaimsNameAreReturned() {
    // "Liver disease is common." names a new condition but claims nothing of it.
    assertThat(extract("Liver disease is common. Massage eases bursitis.").newConcepts())
        .extracting(Concept::prefLabel)
        .containsExactly("bursitis");
  }

  @Test
  void aLexiconLineOfUnknownKindOrBroaderNamesItsPlace(@TempDir Path dir) throws IOException {
    Path cues = TestHome.path().resolve("ontology/cues");
    for (String f :
        List.of("relations.tsv", "qualifiers.tsv", "attribution.tsv", "faculties.tsv")) {
      Files.copy(cues.resolve(f), dir.resolve(f));
    }
    Path lexicon = dir.resolve("new-conditions.tsv");
    Files.writeString(lexicon, "# kind\tword\nhead\tdisease\tmodifier\nheads\tulcer\t-\n");
    assertThatThrownBy(() -> new Extractor(org.w3id.claimgraph.TestExtractor.VOCABULARY, dir))
        .hasMessageContaining("new-conditions.tsv:3:1")
        .hasMessageContaining("unknown kind \"heads\"");
    Files.writeString(lexicon, "suffix\titis\t-\tno-such-concept\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new Extractor(org.w3id.claimgraph.TestExtractor.VOCABULARY, dir))
        .hasMessageContaining("new-conditions.tsv")
        .hasMessageContaining("no-such-concept")
        .hasMessageContaining("not in the vocabulary");
    Files.writeString(lexicon, "generic\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new Extractor(org.w3id.claimgraph.TestExtractor.VOCABULARY, dir))
        .hasMessageContaining("new-conditions.tsv:1:1")
        .hasMessageContaining("a word is needed");
    Files.writeString(lexicon, "head\tulcer\tsometimes\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new Extractor(org.w3id.claimgraph.TestExtractor.VOCABULARY, dir))
        .hasMessageContaining("new-conditions.tsv:1:1")
        .hasMessageContaining("\"modifier\", \"noun\" or \"-\"");
  }
}
