package org.w3id.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Tokens, part-of-speech tags and lemmas with OpenNLP's English models, and Porter stems. Lemmas
 * are looked up per (word, tag) and cached for the JVM: the statistical lemmatizer is by far the
 * slowest step, and a word with a given tag lemmatizes the same almost everywhere. Not thread-safe:
 * one per thread.
 */
final class Nlp {
  private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();
  private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

  /** Words cached at most: a file of random letters must not fill the heap with them. */
  private static final int CACHE_LIMIT = 200_000;

  private final TokenizerME tokenizer = new TokenizerME(NlpModels.tokens());
  private final POSTaggerME tagger = new POSTaggerME(NlpModels.pos());
  private final LemmatizerME lemmatizer = new LemmatizerME(NlpModels.lemmas());
  private final PorterStemmer stemmer = new PorterStemmer();

  /** The tokens of {@code text[from, to)}, with offsets into {@code text}. */
  List<Token> tokens(String text, int from, int to) {
    // The models know straight quotes only ("isn't", not "isn’t"); the swap keeps every offset.
    String part = straightQuotes(text.substring(from, to));
    Span[] spans = tokenizer.tokenizePos(part);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = spans[i].getCoveredText(part).toString();
    }
    String[] tags = tagger.tag(words);
    List<Token> out = new ArrayList<>(words.length + 4);
    for (int i = 0; i < words.length; i++) {
      int start = from + spans[i].getStart();
      int end = from + spans[i].getEnd();
      if (joiner(words, spans, i)) {
        continue;
      }
      add(out, text.substring(start, end), tags[i], start, end);
    }
    return out;
  }

  /** A hyphen or slash inside a word ("post-surgery", "headaches/migraines") is not a token. */
  private static boolean joiner(String[] words, Span[] spans, int i) {
    return (words[i].equals("-") || words[i].equals("/"))
        && i > 0
        && i + 1 < words.length
        && spans[i - 1].getEnd() == spans[i].getStart()
        && spans[i].getEnd() == spans[i + 1].getStart();
  }

  private void add(List<Token> out, String word, String tag, int start, int end) {
    String lower = normalize(word);
    if (lower.length() > 1 && (lower.indexOf('-') >= 0 || lower.indexOf('/') >= 0)) {
      // Split "deep-tissue", "headaches/migraines": vocabulary labels are separate words.
      int from = 0;
      for (int i = 0; i <= word.length(); i++) {
        if (i == word.length() || word.charAt(i) == '-' || word.charAt(i) == '/') {
          if (i > from) {
            String piece = word.substring(from, i);
            String pl = normalize(piece);
            out.add(
                new Token(piece, pl, lemma(pl, "NOUN"), stem(pl), tag, start + from, start + i));
          }
          from = i + 1;
        }
      }
      return;
    }
    String lemma = lemma(lower, tag);
    if (lemma.indexOf('+') > 0 && tag.indexOf('+') > 0) {
      String[] lemmas = lemma.split("\\+");
      String[] tags = tag.split("\\+");
      for (int k = 0; k < lemmas.length; k++) {
        String t = k < tags.length ? tags[k] : tags[tags.length - 1];
        out.add(new Token(word, lemmas[k], lemmas[k], stem(lemmas[k]), t, start, end));
      }
      return;
    }
    out.add(new Token(word, lower, lemma, stem(lower), tag, start, end));
  }

  /** The lemma of a lower-cased word with a tag, from the cache or the lemmatizer. */
  String lemma(String lower, String tag) {
    String key = lower + "\u0000" + tag;
    String cached = LEMMAS.get(key);
    if (cached != null) {
      return cached;
    }
    String lemma = lemmatizer.lemmatize(new String[] {lower}, new String[] {tag})[0];
    lemma =
        lemma == null || lemma.isEmpty() || lemma.equals("O")
            ? lower
            : lemma.toLowerCase(Locale.ROOT);
    if (LEMMAS.size() < CACHE_LIMIT) {
      LEMMAS.putIfAbsent(key, lemma);
    }
    return lemma;
  }

  /** The Porter stem of a lower-cased word, cached for the JVM. */
  String stem(String lower) {
    String cached = STEMS.get(lower);
    if (cached != null) {
      return cached;
    }
    stemmer.setCurrent(lower);
    stemmer.stem();
    String stem = stemmer.getCurrent();
    if (STEMS.size() < CACHE_LIMIT) {
      STEMS.putIfAbsent(lower, stem);
    }
    return stem;
  }

  static String straightQuotes(String s) {
    return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
  }

  static String normalize(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
  }
}
