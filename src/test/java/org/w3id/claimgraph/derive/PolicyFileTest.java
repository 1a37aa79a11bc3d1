package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.Workspace;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.store.LocalStore;

/** The policy is data: editing the file changes the grades, and a broken file is named. */
class PolicyFileTest {
  @TempDir Path dir;

  private static Map<String, Claim> build(Workspace w) {
    QueryLibrary queries = QueryLibrary.load(w.queries());
    try (LocalStore store = LocalStore.inMemory()) {
      new Builder(w, queries).build(store);
      return Claims.all(store, queries).stream()
          .collect(Collectors.toMap(Claim::id, Function.identity()));
    }
  }

  private Workspace withPolicy(String from, String to) throws IOException {
    Workspace w = TestHome.copyTo(dir);
    Path policy = w.ontology().resolve("grading-policy.ttl");
    String text = Files.readString(policy, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(policy, text.replace(from, to), StandardCharsets.UTF_8);
    return w;
  }

  @Test
  void raisingTheWeightOfExpertOpinionRaisesTheExpertsGradesAndNothingElseTheyDoNotTouch()
      throws IOException {
    Map<String, Claim> before = build(TestHome.workspace());
    Workspace changed =
        withPolicy(
            "skos:altLabel \"expert opinion\"@en ;\n    cg:weight 0 ;",
            "skos:altLabel \"expert opinion\"@en ;\n    cg:weight 3 ;");
    Map<String, Claim> after = build(changed);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    int experts = 0;
    int untouched = 0;
    for (Claim b : before.values()) {
      Claim a = after.get(b.id());
      if (b.grade().has("expert-opinion")) {
        experts++;
        assertThat(a.grade().factors().get(0).delta())
            .as(b.span().quote())
            .isEqualTo(b.grade().factors().get(0).delta() + 3);
        // Stronger now, an expert's claim can only lose disputes it had and gain agreement.
        assertThat(a.grade().score())
            .as(b.span().quote())
            .isGreaterThanOrEqualTo(b.grade().score() + 3);
      } else if (!weighsOthers(b) && !weighsOthers(a)) {
        untouched++;
        assertThat(a.grade().score()).as(b.span().quote()).isEqualTo(b.grade().score());
      }
    }
    assertThat(experts).isGreaterThanOrEqualTo(4);
    assertThat(untouched).isGreaterThan(100);
    Claim riggs =
        after.values().stream()
            .filter(c -> c.attributedTo().name().equals("Art Riggs"))
            .findFirst()
            .orElseThrow();
    assertThat(riggs.grade().certainty()).isEqualTo("Moderate");
    assertThat(riggs.grade().sort()).isEqualTo("B");
  }

  /**
   * Whether a grade rests on other claims (agreement, disputes), which an expert's weight moves.
   */
  private static boolean weighsOthers(Claim c) {
    return c.grade().factors().stream().anyMatch(f -> !f.claims().isEmpty());
  }

  @Test
  void droppingAFactorFromThePolicyStopsIt() throws IOException {
    Workspace w =
        withPolicy(
            "cg:ConflictOfInterest,\n        cg:Overstatement, cg:Consensus,",
            "cg:ConflictOfInterest,\n        cg:Consensus,");
    List<Claim> overstated =
        build(w).values().stream()
            .filter(c -> c.span().quote().contains("clinically proven"))
            .toList();
    assertThat(overstated).isNotEmpty();
    assertThat(overstated).noneMatch(c -> c.grade().has("overstatement"));
  }

  @Test
  void aPatternThatIsNotARegularExpressionIsNamedWithItsFile() throws IOException {
    Workspace w = withPolicy("\"(?i)\\\\bmiracle\\\\b\"", "\"(?i)\\\\bmiracle(\"");
    QueryLibrary queries = QueryLibrary.load(w.queries());
    try (LocalStore store = LocalStore.inMemory()) {
      assertThatThrownBy(() -> new Builder(w, queries).build(store))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("grading-policy.ttl")
          .hasMessageContaining("cg:Overstatement")
          .hasMessageContaining("is not a regular expression");
    }
  }

  @Test
  void aWeightThatIsNotANumberIsNamed() throws IOException {
    Workspace w = withPolicy("cg:weight 4 ;", "cg:weight \"four\" ;");
    QueryLibrary queries = QueryLibrary.load(w.queries());
    try (LocalStore store = LocalStore.inMemory()) {
      assertThatThrownBy(() -> new Builder(w, queries).build(store))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("grading-policy.ttl")
          .hasMessageContaining("cg:CitesSystematicEvidence")
          .hasMessageContaining("must be a number");
    }
  }
}
