package org.w3id.claimgraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** What goes into Markdown as text reads back as that text and nothing else. */
class MarkdownTest {
  private static final Parser PARSER = Parser.builder().build();

  /** The nodes of a parsed document other than the document, its paragraph and its text. */
  private static List<String> markup(String markdown) {
    List<String> found = new ArrayList<>();
    Node doc = PARSER.parse(markdown);
    doc.accept(
        new AbstractVisitor() {
          @Override
          protected void visitChildren(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
              if (!(n instanceof Paragraph) && !(n instanceof Text)) {
                found.add(n.getClass().getSimpleName());
              }
              visitChildren(n);
            }
          }
        });
    return found;
  }

  private static String plain(String markdown) {
    StringBuilder sb = new StringBuilder();
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Text text) {
                sb.append(text.getLiteral());
              }
            });
    return sb.toString();
  }

  @Test
  void htmlLinksAndEmphasisInTextStayText() {
    String s = "<script>alert(1)</script> *x* _y_ [l](javascript:alert(1)) ![i](http://x) `c` # h";
    String md = Markdown.text(s);
    assertThat(markup(md)).isEmpty();
    assertThat(plain(md)).isEqualTo(s);
    assertThat(HtmlRenderer.builder().build().render(PARSER.parse(md))).doesNotContain("<script");
  }

  @Test
  void aLineThatLooksLikeABlockStaysText() {
    for (String s :
        List.of("1. one", "- dash", "+ plus", "# heading", "> quote", "    code", "***")) {
      String md = Markdown.lines(s);
      assertThat(markup(md)).as(s).isEmpty();
      assertThat(plain(md)).as(s).isEqualTo(s);
    }
  }

  @Test
  void aPipeIsEscapedSoItDoesNotSplitATableCell() {
    assertThat(Markdown.text("x | y")).isEqualTo("x \\| y");
    assertThat(plain(Markdown.text("x | y"))).isEqualTo("x | y");
  }

  @Test
  void onlyWebUrlsBecomeLinks() {
    assertThat(Markdown.link("site", "https://example.org/a?b=c"))
        .isEqualTo("[site](https://example.org/a?b=c)");
    for (String url :
        List.of(
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,<b>",
            "vbscript:x",
            "file:///etc/passwd",
            "//evil.example",
            "not a url")) {
      String md = Markdown.link("site", url);
      assertThat(markup(md)).as(url).isEmpty();
      assertThat(HtmlRenderer.builder().build().render(PARSER.parse(md)))
          .as(url)
          .doesNotContain("<a ");
    }
  }

  @Test
  void randomTextReadsBackAsItselfAndNothingElse() {
    Random random = new Random(42);
    String alphabet = "ab <>&*_`[]()!#+-=|~\\\"'.:;/1é\u00a0";
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(25);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString().replaceAll("\\s+", " ").strip();
      if (s.isEmpty()) {
        continue;
      }
      String md = Markdown.text(s);
      assertThat(markup(md)).as(s + " -> " + md).isEmpty();
      assertThat(plain(md)).as(s + " -> " + md).isEqualTo(s);
    }
  }
}
