package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.serve.EndpointServer;
import org.w3id.claimgraph.store.LocalStore;

/**
 * No {@code --param} value changes a query's shape, in the embedded store or over {@code
 * --endpoint}: values that try to close the IRI or the string and add patterns are refused or bound
 * as plain values, and random values end in an answer or a one-line error, never an internal error.
 * A parameter naming no variable of the query is refused with the query's variables.
 */
class ParamInjectionTest {
  @TempDir static Path tmp;
  static Path store;

  @BeforeAll
  static void build() {
    store = tmp.resolve("data");
    assertThat(Cli.run(store, "build").exit()).isZero();
  }

  private static final String ARTICLE = "https://w3id.org/claimgraph/id/article/";

  /** Values that, pasted into the query text, would return every claim of every article. */
  static List<String> attacks() {
    return List.of(
        "article=<" + ARTICLE + "x> AS ?y) {} } UNION { GRAPH ?g { ?claim ?p ?o } } #>",
        "article=<"
            + ARTICLE
            + "x>} UNION {GRAPH ?g {?claim a <https://w3id.org/claimgraph/ns#Claim>}} #>",
        "article=<" + ARTICLE + "x\\u003E . ?claim ?p ?o #>",
        "article=<" + ARTICLE + "x\"> . ?s ?p ?o >",
        "article=\"x\" ) } UNION { ?claim ?p ?o } #\"",
        "article=\"\\\" } UNION { ?s ?p ?o } #\"");
  }

  @Test
  void noValueChangesTheQueryLocallyOrOverAnEndpoint() {
    for (String attack : attacks()) {
      check(attack, "--store", store.toString());
    }
    // The command closes the store it opens, so the server gets the store once they are done.
    try (LocalStore local = LocalStore.open(store);
        EndpointServer server =
            EndpointServer.start(local.datasetGraph(), "127.0.0.1", 0, 30, "<p>test</p>")) {
      String url = server.queryUrl("127.0.0.1");
      for (String attack : attacks()) {
        check(attack, "--endpoint", url);
      }
    }
  }

  private static void check(String attack, String option, String where) {
    Cli r =
        Cli.run(
            null,
            "query",
            "claims-of-article",
            "--format",
            "csv",
            "--param",
            attack,
            option,
            where);
    if (r.exit() == 0) {
      // Bound as a value: no article has it, so no rows (the header only).
      assertThat(r.out().lines().count()).as(attack + " " + option).isEqualTo(1);
    } else {
      assertThat(r.exit()).as(attack + " " + option + " " + r.err()).isEqualTo(2);
      assertThat(r.err())
          .startsWith("claimgraph: --param article: ")
          .doesNotContain("internal error");
    }
  }

  @Test
  void randomValuesGiveAnAnswerOrOneLineNeverAnInternalError() {
    Random random = new Random(16);
    String alphabet = "<>\"'{}()?#.;:/\\ aA1_-é\u0000\n\t*|^`";
    for (int i = 0; i < 300; i++) {
      StringBuilder v = new StringBuilder();
      int n = random.nextInt(30);
      for (int k = 0; k < n; k++) {
        v.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String value =
          switch (i % 3) {
            case 0 -> "<" + ARTICLE + v + ">";
            case 1 -> "\"" + v + "\"";
            default -> v.toString();
          };
      Cli r =
          Cli.run(
              store,
              "query",
              "claims-of-article",
              "--format",
              "csv",
              "--param",
              "article=" + value);
      assertThat(r.exit()).as(value).isIn(0, 2);
      assertThat(r.err()).as(value).doesNotContain("internal error").doesNotContain("\tat ");
      if (r.exit() == 0) {
        assertThat(r.out().lines().count()).as(value).isEqualTo(1);
      }
    }
  }

  @Test
  void aParameterTheQueryDoesNotHaveIsRefusedWithItsVariables() {
    Cli r = Cli.run(store, "query", "claims-of-article", "--param", "artcle=<" + ARTICLE + "x>");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "claimgraph: --param artcle: the query has no variable ?artcle; its variables: ")
        .contains("?article")
        .contains("see `claimgraph query --help`");
  }
}
