package org.w3id.claimgraph.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void claimIrisAreDeterministicAndDependOnWhatMakesTheClaim() {
    String a = Ids.claim("x", 1, 5, Ids.concept("massage"), "treats", Ids.concept("pain"), false);
    assertThat(a)
        .isEqualTo(
            Ids.claim("x", 1, 5, Ids.concept("massage"), "treats", Ids.concept("pain"), false));
    assertThat(a).matches("https://w3id\\.org/claimgraph/id/claim/x/[0-9a-f]{12}");
    assertThat(a)
        .isNotEqualTo(
            Ids.claim("x", 1, 5, Ids.concept("massage"), "treats", Ids.concept("pain"), true));
    assertThat(a)
        .isNotEqualTo(
            Ids.claim("x", 1, 6, Ids.concept("massage"), "treats", Ids.concept("pain"), false));
    assertThat(a)
        .isNotEqualTo(
            Ids.claim("x", 1, 5, Ids.concept("massage"), "causes", Ids.concept("pain"), false));
  }

  @Test
  void slugsAreCheckedAndNamedInTheMessage() {
    assertThat(Ids.isSlug("deep-vein-thrombosis")).isTrue();
    assertThat(Ids.isSlug("Deep")).isFalse();
    assertThat(Ids.isSlug("a--b")).isFalse();
    assertThatThrownBy(() -> Ids.article("../etc")).hasMessageContaining("\"../etc\"");
  }

  @Test
  void articleSlugOfAClaimIri() {
    assertThat(Ids.articleSlugOfClaim(Ids.CLAIM + "vascular-massage-therapy/0123456789ab"))
        .isEqualTo("vascular-massage-therapy");
  }
}
