package org.w3id.claimgraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights the matched words of each hit with Lucene's unified highlighter, reading offsets from
 * the postings. A sentence or quote is short, so the whole field is the passage.
 */
final class Snippets extends UnifiedHighlighter {
  static final String OPEN = "«";
  static final String CLOSE = "»";

  /** A field's text with marks, and the matches as UTF-16 ranges of the unmarked text. */
  record Marked(String snippet, List<int[]> matches) {}

  Snippets(IndexSearcher searcher) {
    super(
        UnifiedHighlighter.builder(searcher, SearchIndex.indexAnalyzer())
            .withBreakIterator(WholeBreakIterator::new)
            .withFormatter(new Formatter())
            .withMaxLength(100_000)
            .withHighlightPhrasesStrictly(true));
  }

  /** The highlighted {@code field} of each doc, in the order of {@code docIds}; null when none. */
  Marked[] mark(String field, Query query, int[] docIds) throws IOException {
    int[] maxPassages = {1};
    Map<String, Object[]> found =
        highlightFieldsAsObjects(new String[] {field}, query, docIds, maxPassages);
    Object[] objects = found.get(field);
    Marked[] out = new Marked[docIds.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = objects[i] instanceof Marked m ? m : null;
    }
    return out;
  }

  private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder sb = new StringBuilder();
      List<int[]> matches = new ArrayList<>();
      int pos = 0;
      for (Passage p : passages) {
        int[] starts = p.getMatchStarts();
        int[] ends = p.getMatchEnds();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int s = starts[i];
          int e = ends[i];
          if (s < pos) {
            continue; // overlaps the previous match
          }
          sb.append(content, pos, s).append(OPEN).append(content, s, e).append(CLOSE);
          matches.add(new int[] {s, e});
          pos = e;
        }
      }
      sb.append(content.substring(Math.min(pos, content.length())));
      return new Marked(sb.toString(), matches);
    }
  }
}
