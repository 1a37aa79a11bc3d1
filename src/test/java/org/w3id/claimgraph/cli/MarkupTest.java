package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown output never carries live markup from an article: no HTML, no script links. */
class MarkupTest {
  @TempDir Path dir;

  private static String html(String markdown) {
    return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
  }

  @Test
  void aDraftsQuotesAndNamesAreTextInCheckMarkdown() throws IOException {
    Path draft = dir.resolve("draft.txt");
    Files.writeString(
        draft,
        "# title: <script>alert(1)</script>\n# author: <img src=x onerror=alert(2)>\n\n"
            + "Massage cures deep vein thrombosis <script>alert(3)</script> in a week.\n",
        StandardCharsets.UTF_8);
    Cli r = Cli.run(dir.resolve("data"), "check", draft.toString(), "--format", "md");
    assertThat(r.exit()).as(r.err()).isIn(0, 3);
    assertThat(r.out()).contains("alert(3)");
    assertThat(html(r.out())).doesNotContain("<script").doesNotContain("<img");
  }

  @Test
  void aJavascriptUrlIsNotALinkInTheReport() throws IOException {
    Path article = dir.resolve("bad-link.txt");
    Files.writeString(
        article,
        "# title: A page\n\nMassage is contraindicated for deep vein thrombosis.\n",
        StandardCharsets.UTF_8);
    Path store = dir.resolve("data");
    Cli in = Cli.run(store, "ingest", article.toString(), "--url", "javascript:alert(1)");
    if (in.exit() != 0) {
      // Refused at the door is as good: the URL never reaches a report.
      assertThat(in.exit()).isEqualTo(2);
      return;
    }
    Cli md = Cli.run(store, "report", "--article", "bad-link", "--format", "md");
    assertThat(md.exit()).as(md.err()).isZero();
    assertThat(html(md.out())).doesNotContain("href=\"javascript").doesNotContain("<script");
    Cli page = Cli.run(store, "report", "--article", "bad-link");
    assertThat(page.out()).doesNotContain("href=\"javascript");
  }
}
