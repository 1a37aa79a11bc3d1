package org.w3id.claimgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.QueryException;

class TermsTest {
  @Test
  void aBooleanIsReadInEveryLexicalFormXsdAllows() {
    assertThat(Terms.bool("true")).isTrue();
    assertThat(Terms.bool("1")).isTrue();
    assertThat(Terms.bool("false")).isFalse();
    assertThat(Terms.bool("0")).isFalse();
    assertThatThrownBy(() -> Terms.bool("yes")).isInstanceOf(QueryException.class);
    assertThatThrownBy(() -> Terms.bool(null)).isInstanceOf(QueryException.class);
  }

  @Test
  void onlyAnAbsoluteIriWithoutDelimitersPasses() {
    assertThat(Terms.checkedIri("https://w3id.org/claimgraph/id/article/x"))
        .isEqualTo("https://w3id.org/claimgraph/id/article/x");
    // a fragment is part of an IRI (the vocabulary's terms have one), and so are a query and URNs
    for (String good :
        new String[] {
          "https://w3id.org/claimgraph/ns#Benefits", "http://a.example/x?y=1", "urn:isbn:0451450523"
        }) {
      assertThat(Terms.checkedIri(good)).isEqualTo(good);
    }
    for (String bad :
        new String[] {
          "https://a.example/x> . ?s ?p ?o",
          "https://a.example/x y",
          "https://a.example/\"x",
          "https://a.example/{x}",
          "relative/path",
          "#fragment-only",
          "",
          "https://a.example/x\u0000"
        }) {
      assertThatThrownBy(() -> Terms.checkedIri(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
