package org.w3id.claimgraph.build;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Claim;

/** Checks that every claim's quote is the article's text at the claim's offsets. */
final class SpanCheck {
  private SpanCheck() {}

  static void check(List<Claim> claims, Article article, Path source) {
    int length = article.length();
    Set<String> ids = new HashSet<>();
    for (Claim c : claims) {
      if (!ids.add(c.id())) {
        throw new InputException(source, "claim <" + c.id() + "> is defined twice");
      }
      int start = c.span().start();
      int end = c.span().end();
      if (end > length) {
        throw new InputException(
            source,
            "claim <"
                + c.id()
                + ">: end offset "
                + end
                + " is past the end of the text ("
                + length
                + " code points)");
      }
      String actual = article.slice(start, end);
      if (!actual.equals(c.span().quote())) {
        throw new InputException(
            source,
            "claim <"
                + c.id()
                + ">: the quote does not match the text at ["
                + start
                + ", "
                + end
                + "): quote \""
                + c.span().quote()
                + "\", text \""
                + actual
                + "\"");
      }
    }
  }
}
