package org.w3id.claimgraph.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The text of a Markdown article, from commonmark's syntax tree: one line per block (paragraph,
 * heading, list item as "• item"), inline text joined, raw HTML and code left out. The tree is
 * walked with a stack of its own, so nesting however deep ("&gt; &gt; &gt; …" thousands of times)
 * costs time in proportion to the text and no call stack.
 */
final class MarkdownText {
  private MarkdownText() {}

  record Page(String text, String title) {}

  static Page read(String markdown) {
    Document doc = (Document) Parser.builder().build().parse(markdown);
    StringBuilder out = new StringBuilder();
    String title = null;
    // Each entry is a node to enter, or (exit) a block to end with a line break.
    Deque<Object[]> todo = new ArrayDeque<>();
    todo.push(new Object[] {doc, Boolean.FALSE});
    while (!todo.isEmpty()) {
      Object[] entry = todo.pop();
      Node node = (Node) entry[0];
      if ((Boolean) entry[1]) {
        HtmlText.newline(out);
        continue;
      }
      if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof Code) {
        continue;
      }
      if (node instanceof Text t) {
        out.append(t.getLiteral());
        continue;
      }
      if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        out.append(' ');
        continue;
      }
      if (node instanceof Block && !(node instanceof Document)) {
        // An item's first paragraph goes on the item's line, after its bullet.
        boolean itemText = node.getParent() instanceof ListItem && node.getPrevious() == null;
        if (!itemText) {
          HtmlText.newline(out);
        }
        todo.push(new Object[] {node, Boolean.TRUE});
      }
      if (node instanceof ListItem) {
        out.append("• ");
      }
      if (title == null && node instanceof Heading h) {
        title = plain(h);
      }
      Deque<Node> children = new ArrayDeque<>();
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        children.push(c);
      }
      while (!children.isEmpty()) {
        todo.push(new Object[] {children.pop(), Boolean.FALSE});
      }
    }
    String text =
        out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
    return new Page(text, title == null || title.isBlank() ? null : title.strip());
  }

  /** The text of a heading: its text nodes, joined (headings hold inline nodes only). */
  private static String plain(Heading h) {
    StringBuilder sb = new StringBuilder();
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(h);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (n instanceof Text t) {
        sb.append(t.getLiteral());
      }
      Deque<Node> children = new ArrayDeque<>();
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        children.push(c);
      }
      while (!children.isEmpty()) {
        todo.push(children.pop());
      }
    }
    return sb.toString();
  }
}
