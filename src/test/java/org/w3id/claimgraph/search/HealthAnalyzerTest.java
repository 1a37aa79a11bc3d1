package org.w3id.claimgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Vocabulary;

class HealthAnalyzerTest {
  static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void stemsFoldsCaseAndAccentsAndDropsPossessives() throws IOException {
    assertThat(tokens(new HealthAnalyzer(), "Blood Clots in the patient's LEGS, café"))
        .containsExactly("blood", "clot", "in", "the", "patient", "leg", "cafe");
  }

  @Test
  void multiWordSynonymsComeFromTheVocabulary() throws IOException {
    Vocabulary v =
        new Vocabulary(
            List.of(
                new Concept(
                    "c:dvt",
                    "deep vein thrombosis",
                    List.of("DVT", "blood clot in your leg"),
                    Set.of(),
                    Set.of())));
    Analyzer query = new HealthAnalyzer(VocabularySynonyms.build(v, false));
    assertThat(tokens(query, "DVT"))
        .contains("dvt", "deep", "vein", "thrombosi", "blood", "clot", "in", "your", "leg");
    assertThat(tokens(query, "unrelated words")).containsExactly("unrel", "word");
  }
}
