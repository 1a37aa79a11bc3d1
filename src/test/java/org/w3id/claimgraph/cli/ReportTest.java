package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;

/**
 * The audit reports, read as a person's browser reads them: pages rendered by headless Chromium,
 * checked in the DOM it builds, and photographed into target/screenshots. An article full of markup
 * shows that its text is shown as text: nothing in it runs or breaks the page.
 */
class ReportTest {
  static final Path SCREENSHOTS = TestHome.path().resolve("target/screenshots");

  /** Text an attacker, or just a careless page, could put in an article. */
  static final String HOSTILE =
      "Massage relieves back pain & stress <script>document.title='pwned'</script> says \"Dr.\""
          + " O'Neil.\n\n"
          + "<img src=x onerror=\"document.title='pwned'\"> Massage is contraindicated if you have"
          + " a fever.\n\n"
          + "</div></main><a href=\"javascript:alert(1)\">click</a> ]]> --> & &amp; &lt;\n";

  @TempDir static Path tmp;
  static Path store;
  static Path reports;

  @BeforeAll
  static void build() throws IOException {
    store = tmp.resolve("data");
    Path hostile = tmp.resolve("hostile-page.txt");
    Files.writeString(hostile, HOSTILE, StandardCharsets.UTF_8);
    Cli ingest =
        Cli.run(
            store,
            "ingest",
            hostile.toString(),
            "--title",
            "<b>Bold</b> & \"quoted\" <script>x()</script>",
            "--author",
            "Eve <eve@example.org>",
            "--url",
            "javascript:alert(1)");
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    reports = tmp.resolve("report");
    Cli report = Cli.run(store, "report", "--all", "--out", reports.toString());
    assertThat(report.exit()).as(report.err()).isZero();
  }

  @Test
  void allWritesAnOverviewAndAPagePerArticle() throws IOException {
    try (var files = Files.list(reports)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(
              "are-leg-massages-safe.html",
              "deep-tissue-massage-blood-clots.html",
              "hostile-page.html",
              "index.html",
              "massage-benefits-leg-pain.html",
              "therapeutic-massage-benefits.html",
              "vascular-massage-therapy.html");
    }
    String index = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
    Document d = Jsoup.parse(index);
    assertThat(d.select("svg path")).isNotEmpty();
    assertThat(d.select("svg text").eachText()).contains("Art Riggs", "Selina");
    assertThat(d.select("table a").eachAttr("href")).contains("vascular-massage-therapy.html");
  }

  @Test
  void theVascularReportInChromiumMarksTheDvtClaimVeryLowAndListsItsConflicts() throws Exception {
    Chromium chromium = Chromium.require();
    Path page = reports.resolve("vascular-massage-therapy.html");
    chromium.screenshot(page, SCREENSHOTS.resolve("vascular-massage-therapy.png"), 1200, 2400);
    chromium.screenshot(page, SCREENSHOTS.resolve("vascular-massage-therapy-phone.png"), 390, 1600);
    assertThat(Files.size(SCREENSHOTS.resolve("vascular-massage-therapy.png")))
        .isGreaterThan(20_000);
    Document dom = Jsoup.parse(chromium.dumpDom(page));
    Elements marks = dom.select("#text a.span");
    assertThat(marks).hasSizeGreaterThan(30);
    // The DVT claim is marked in place, and the mark is Very low.
    Elements dvtMarks =
        marks.stream()
            .filter(e -> e.text().contains("deep vein thrombosis"))
            .collect(java.util.stream.Collectors.toCollection(Elements::new));
    assertThat(dvtMarks).isNotEmpty().allMatch(e -> e.hasClass("g-very-low"));
    assertThat(dvtMarks.get(0).attr("title"))
        .contains("vascular massage — benefits — deep vein thrombosis: Very low");
    // Its card says Very low, and lists the textbook authors among its conflicts.
    Element card =
        dom.select("article.card").stream()
            .filter(
                e ->
                    e.selectFirst("h3")
                        .text()
                        .contains("vascular massage — benefits — deep vein thrombosis"))
            .findFirst()
            .orElseThrow();
    assertThat(card.hasClass("g-very-low")).isTrue();
    assertThat(card.selectFirst(".badge").text()).startsWith("Very low");
    assertThat(card.text()).contains("Art Riggs", "Whitney Lowe", "Ruth Warner");
    // The conflicts section shows both sides with their grades.
    Elements conflicts = dom.select("#conflicts .box");
    assertThat(conflicts).hasSizeGreaterThan(10);
    Element first = conflicts.first();
    assertThat(first.select(".pair > div")).hasSize(2);
    assertThat(first.text())
        .contains("HIGH", "Very low", "deep-tissue-massage-blood-clots", "Lacks context");
    assertThat(conflicts.eachText()).anyMatch(t -> t.startsWith("HIGH") && t.contains("Art Riggs"));
    // The suggested action the findings call for.
    assertThat(dom.select("#actions li").eachText())
        .anyMatch(
            t ->
                t.contains(
                        "deep vein thrombosis, which 4 people in 1 source give as a contraindication")
                    && t.contains("Art Riggs"));
  }

  @Test
  void markupInAnArticleIsShownAsTextAndNothingRuns() throws Exception {
    Path page = reports.resolve("hostile-page.html");
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
    Document parsed = Jsoup.parse(html);
    // The text, as a browser shows it, is the article exactly.
    assertThat(parsed.selectFirst("#text .text").wholeText()).isEqualTo(HOSTILE);
    assertThat(parsed.title()).contains("<b>Bold</b> & \"quoted\" <script>x()</script>");
    assertThat(parsed.select("a[href^=javascript]")).isEmpty();
    assertThat(parsed.selectFirst("header").text()).contains("javascript:alert(1)");
    Chromium chromium = Chromium.require();
    Document dom = Jsoup.parse(chromium.dumpDom(page));
    assertThat(dom.title()).doesNotContain("pwned");
    assertThat(dom.select("script, img, iframe, object, embed")).isEmpty();
    assertThat(dom.getAllElements().stream().flatMap(e -> e.attributes().asList().stream()))
        .noneMatch(a -> a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"));
    assertThat(dom.selectFirst("#text .text").wholeText()).isEqualTo(HOSTILE);
    assertThat(dom.select("#text a.span")).isNotEmpty();
    assertThat(dom.select("footer")).hasSize(1);
    chromium.screenshot(page, SCREENSHOTS.resolve("hostile-page.png"), 1000, 1200);
  }

  @Test
  void oneArticleAsMarkdownHasTheSameContent() {
    Cli cli = Cli.run(store, "report", "--article", "vascular-massage-therapy", "--format", "md");
    assertThat(cli.exit()).isZero();
    assertThat(cli.out())
        .startsWith("# Audit: Vascular Massage Therapy")
        .contains("## Source profile")
        .contains("## Suggested actions")
        .contains("deep vein thrombosis, which 4 people in 1 source give as a contraindication")
        .as("what Whitney Lowe said, not a broader harm the hierarchy reaches")
        .contains("which 1 source says massage can cause embolism (Whitney Lowe)")
        .contains("## Conflicts")
        .contains("Very low (−3), Unsupported")
        .contains("## The article, with its claims marked");
    List<String> notes = cli.out().lines().filter(l -> l.startsWith("[^")).toList();
    assertThat(notes).isNotEmpty();
  }

  @Test
  void anUnknownArticleIsNamed() {
    Cli cli = Cli.run(store, "report", "--article", "no-such-article");
    assertThat(cli.exit()).isNotZero();
    assertThat(cli.err()).contains("no article \"no-such-article\"");
  }

  @Test
  void aPageShowsTheStrongestConflictsAskedForAndCountsThemAll() {
    Cli all = Cli.run(store, "report", "--article", "vascular-massage-therapy", "--format", "md");
    Cli one =
        Cli.run(
            store,
            "report",
            "--article",
            "vascular-massage-therapy",
            "--format",
            "md",
            "--conflicts",
            "1");
    assertThat(one.exit()).as(one.err()).isZero();
    String pairs =
        all.out()
            .lines()
            .filter(l -> l.startsWith("- Conflicting claim pairs: "))
            .findFirst()
            .get();
    int total = Integer.parseInt(pairs.replaceAll("\\D*(\\d+).*", "$1"));
    assertThat(total).isGreaterThan(1);
    assertThat(all.out()).doesNotContain("--conflicts all");
    // The same counts; one pair in full, the first of the whole page's.
    assertThat(one.out())
        .contains(pairs)
        .contains("The 1 strongest of " + total + " conflicting claim pairs are shown");
    String shown = conflicts(one.out());
    assertThat(shown).contains("### 1. ").doesNotContain("### 2. ");
    String first = conflicts(all.out()).substring(conflicts(all.out()).indexOf("### 1. "));
    first = first.substring(0, first.indexOf("### 2. "));
    assertThat(shown).contains(first.strip());

    for (String bad : List.of("0", "-3", "some")) {
      Cli refused =
          Cli.run(store, "report", "--article", "vascular-massage-therapy", "--conflicts", bad);
      assertThat(refused.exit()).as(bad).isEqualTo(2);
      assertThat(refused.err()).contains("--conflicts takes a number of at least 1 or all");
    }
  }

  /** The Markdown report's conflicts section. */
  private static String conflicts(String report) {
    int from = report.indexOf("## Conflicts");
    return report.substring(from, report.indexOf("## Grades, factor by factor", from));
  }
}
