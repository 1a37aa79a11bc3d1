package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.serve.EndpointServer;
import org.w3id.claimgraph.store.LocalStore;

/** The reading commands give the same output from a SPARQL endpoint as from the local store. */
class EndpointCliTest {
  @TempDir Path tmp;

  @Test
  void conflictsClaimsReportAndGradeAreTheSameOverAnEndpoint() {
    Path store = tmp.resolve("data");
    Cli conflicts = Cli.run(store, "conflicts", "--format", "json");
    assertThat(conflicts.exit()).isZero();
    Cli claims =
        Cli.run(store, "claims", "--article", "vascular-massage-therapy", "--format", "csv");
    Cli report = Cli.run(store, "report", "--article", "deep-tissue-massage-blood-clots");
    Cli grade = Cli.run(store, "grade", "--explain", "clinically proven bone density");
    try (LocalStore local = LocalStore.open(store);
        EndpointServer server =
            EndpointServer.start(local.datasetGraph(), "127.0.0.1", 0, 30, "<p>test</p>")) {
      String url = server.queryUrl("127.0.0.1");
      Cli remote = Cli.run(null, "conflicts", "--format", "json", "--endpoint", url);
      assertThat(remote.exit()).as(remote.err()).isZero();
      assertThat(remote.out()).isEqualTo(conflicts.out());
      assertThat(
              Cli.run(
                      null,
                      "claims",
                      "--article",
                      "vascular-massage-therapy",
                      "--format",
                      "csv",
                      "--endpoint",
                      url)
                  .out())
          .isEqualTo(claims.out());
      assertThat(
              Cli.run(
                      null,
                      "report",
                      "--article",
                      "deep-tissue-massage-blood-clots",
                      "--endpoint",
                      url)
                  .out())
          .isEqualTo(report.out());
      assertThat(
              Cli.run(
                      null,
                      "grade",
                      "--explain",
                      "clinically proven bone density",
                      "--endpoint",
                      url)
                  .out())
          .isEqualTo(grade.out());
    }
  }

  @Test
  void anEndpointThatIsNotAUrlIsBadInput() {
    Cli cli = Cli.run(null, "conflicts", "--endpoint", "not a url");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--endpoint").contains("not a URL");
  }

  @Test
  void anEndpointThatDoesNotAnswerIsAOneLineError() {
    Cli cli = Cli.run(null, "conflicts", "--endpoint", "http://127.0.0.1:9/sparql");
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(cli.err().strip().lines().count()).isEqualTo(1);
    assertThat(cli.err())
        .contains("cannot reach the SPARQL endpoint at 127.0.0.1:9")
        .contains("connection refused")
        .doesNotContain("query=")
        .doesNotContain("internal error");
  }

  @Test
  void anEndpointOnAnUnknownHostIsAOneLineErrorNamingIt() {
    Cli cli = Cli.run(null, "claims", "--endpoint", "http://no-such-host.invalid/sparql");
    assertThat(cli.exit()).isEqualTo(1);
    assertThat(cli.err().strip().lines().count()).isEqualTo(1);
    assertThat(cli.err())
        .contains("cannot reach the SPARQL endpoint at no-such-host.invalid")
        .contains("unknown host")
        .doesNotContain("query=");
  }
}
