package org.w3id.claimgraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;

/**
 * Marks what a query matched in a field, with Lucene's Matches API reading offsets from the
 * postings: a phrase (a multi-word synonym such as "blood clot in your leg") is one match. The
 * field is a sentence or a quote, so the whole field is the snippet. The weight is the search's
 * own, so nothing is built per hit.
 */
public final class Snippets {
  static final String OPEN = "«";
  static final String CLOSE = "»";

  /** A field's text with marks, and the matches as UTF-16 ranges of the unmarked text. */
  public record Marked(String snippet, List<int[]> matches) {}

  private final IndexSearcher searcher;
  private final Weight weight;
  private final String field;

  /** Marks with the weight the search ran with, so the query is built once. */
  public Snippets(IndexSearcher searcher, Weight weight, String field) {
    this.searcher = searcher;
    this.weight = weight;
    this.field = field;
  }

  /** The marked text of document {@code docId}, whose field value is {@code text}. */
  public Marked mark(int docId, String text) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    List<int[]> found = new ArrayList<>();
    Matches matches = weight.matches(leaf, docId - leaf.docBase);
    if (matches != null) {
      MatchesIterator it = matches.getMatches(field);
      while (it != null && it.next()) {
        if (it.startOffset() >= 0 && it.endOffset() <= text.length()) {
          found.add(new int[] {it.startOffset(), it.endOffset()});
        }
      }
    }
    return format(text, merge(found));
  }

  /** Sorted, with overlapping matches joined. */
  private static List<int[]> merge(List<int[]> matches) {
    matches.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> -m[1]));
    List<int[]> out = new ArrayList<>();
    for (int[] m : matches) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && m[0] < last[1]) {
        last[1] = Math.max(last[1], m[1]);
      } else {
        out.add(new int[] {m[0], m[1]});
      }
    }
    return out;
  }

  private static Marked format(String text, List<int[]> matches) {
    StringBuilder sb = new StringBuilder();
    int pos = 0;
    for (int[] m : matches) {
      sb.append(text, pos, m[0]).append(OPEN).append(text, m[0], m[1]).append(CLOSE);
      pos = m[1];
    }
    sb.append(text, pos, text.length());
    return new Marked(sb.toString(), matches);
  }
}
