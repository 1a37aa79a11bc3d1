package org.w3id.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Sentence;

/**
 * Splits an article into sentences with OpenNLP's sentence detector. Web text puts headings, list
 * items and table rows on lines of their own without final punctuation, so each line is split on
 * its own; a list marker ("•", "-", "1.") at the start of a line is left out of the sentence.
 * Offsets are code points into the article. Not thread-safe: one splitter per thread.
 */
public final class SentenceSplitter {
  private static final Pattern LIST_MARKER =
      Pattern.compile("^\\s*(?:[•·▪◦‣∙*\\-–—]|\\d{1,2}[.)])\\s+");

  private final SentenceDetectorME detector = new SentenceDetectorME(NlpModels.sentences());

  /** The sentences of the article, in order. */
  public List<Sentence> split(Article article) {
    String text = article.text();
    CodePoints cp = new CodePoints(text);
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      splitLine(article, cp, lineStart, lineEnd, out);
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }

  private void splitLine(Article article, CodePoints cp, int from, int to, List<Sentence> out) {
    String text = article.text();
    String line = text.substring(from, to);
    if (line.isBlank()) {
      return;
    }
    int skip = 0;
    Matcher m = LIST_MARKER.matcher(line);
    if (m.find()) {
      skip = m.end();
    }
    String body = line.substring(skip);
    for (Span span : detector.sentPosDetect(body)) {
      int s = from + skip + span.getStart();
      int e = from + skip + span.getEnd();
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Sentence(article.slug(), cp.offset(s), cp.offset(e), text.substring(s, e)));
      }
    }
  }
}
