package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.TestHome;

/**
 * The development set of real pages beside the repository ({@code ../shared/devset}, third-party
 * text that is not copied here): `eval --gold` must not fall below the figures the README reports,
 * less a small margin, so that a rule that helps one case and hurts real text fails the build.
 * Where the set is absent the test is skipped with a message; on CI it is there.
 */
class DevsetTest {
  static final Path DEVSET = TestHome.path().resolve("../shared/devset").normalize();

  /**
   * The development set's articles: required on CI; elsewhere, without them, the calling test is
   * skipped with a message.
   */
  static Path articles() {
    boolean present = Files.isDirectory(DEVSET.resolve("articles"));
    if (System.getenv("CI") != null) {
      assertThat(present).as("CI has the development set at " + DEVSET).isTrue();
    }
    assumeTrue(present, "no development set at " + DEVSET + "; skipped");
    return DEVSET.resolve("articles");
  }

  /** The store at {@code data}: the corpus with the development set's articles ingested. */
  static Path ingested(Path data) {
    Cli ingest = Cli.run(data, "ingest", articles().toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    return data;
  }

  @Test
  void realPagesKeepTheirFigures() {
    articles();
    Cli cli = Cli.run(null, "eval", "--gold", DEVSET.toString());
    assertThat(cli.exit()).isZero();
    // articles, annotated, extracted, matched, precision, recall, F1
    double[] all = row(cli.out(), "all", 7);
    double[] reporting = row(cli.out(), "reporting \\(even\\)", 7);
    assertThat(all[4]).as("precision").isGreaterThanOrEqualTo(0.83);
    assertThat(all[5]).as("recall").isGreaterThanOrEqualTo(0.75);
    assertThat(all[6]).as("F1").isGreaterThanOrEqualTo(0.79);
    assertThat(reporting[4]).as("precision of the reporting half").isGreaterThanOrEqualTo(0.80);
    assertThat(reporting[5]).as("recall of the reporting half").isGreaterThanOrEqualTo(0.75);
    assertThat(reporting[6]).as("F1 of the reporting half").isGreaterThanOrEqualTo(0.77);
    // conflicts: annotated conflicts found in the whole set (13 of 18 is 0.72), and the share of
    // findings annotated; both at least 0.70
    Matcher m =
        Pattern.compile("(?m)^all +(\\d+) +(\\d+) +\\d\\.\\d\\d +(\\d+) +(\\d+) +[-\\d.]+$")
            .matcher(cli.out());
    assertThat(m.find()).as(cli.out()).isTrue();
    assertThat(Integer.parseInt(m.group(2))).as("conflicts found").isGreaterThanOrEqualTo(13);
    assertThat((double) Integer.parseInt(m.group(4)) / Integer.parseInt(m.group(3)))
        .as("conflict precision")
        .isGreaterThanOrEqualTo(0.70);
  }

  /** The numbers of the first claims row named {@code name}. */
  private static double[] row(String out, String name, int count) {
    Matcher m = Pattern.compile("(?m)^" + name + " +([\\d. ]+)$").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    String[] cells = m.group(1).trim().split(" +");
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = Double.parseDouble(cells[i]);
    }
    return v;
  }
}
