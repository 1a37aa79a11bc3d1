package org.w3id.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cue's words: each element is a set of alternatives ("doctor|physician"), optional when it ends
 * in "?", or "*", a gap of up to three words. Elements match a token's lower-cased form or lemma;
 * "benefit/VERB" also requires the token's universal part-of-speech tag.
 */
final class CuePattern {
  static final int MAX_GAP = 3;

  private record Element(
      Set<String> words, Set<String> stems, String tag, boolean optional, boolean gap) {}

  private static final ThreadLocal<org.tartarus.snowball.ext.PorterStemmer> STEMMER =
      ThreadLocal.withInitial(org.tartarus.snowball.ext.PorterStemmer::new);

  private static Set<String> stems(Set<String> words) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      org.tartarus.snowball.ext.PorterStemmer s = STEMMER.get();
      s.setCurrent(w);
      s.stem();
      out.add(s.getCurrent());
    }
    return Set.copyOf(out);
  }

  private final String text;
  private final List<Element> elements;
  private final int weight;

  private CuePattern(String text, List<Element> elements) {
    this.text = text;
    this.elements = elements;
    this.weight = (int) elements.stream().filter(e -> !e.gap()).count();
  }

  /** Parses a pattern; an empty one, or one of only gaps, is an error. */
  static CuePattern parse(String pattern) {
    List<Element> elements = new ArrayList<>();
    for (String part : pattern.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (part.equals("*")) {
        elements.add(new Element(Set.of(), Set.of(), null, false, true));
      } else {
        boolean optional = part.endsWith("?") && part.length() > 1;
        String words = optional ? part.substring(0, part.length() - 1) : part;
        String tag = null;
        int slash = words.lastIndexOf('/');
        if (slash > 0 && slash < words.length() - 1) {
          tag = words.substring(slash + 1).toUpperCase(Locale.ROOT);
          words = words.substring(0, slash);
        }
        Set<String> alternatives = Set.of(words.split("\\|"));
        elements.add(new Element(alternatives, stems(alternatives), tag, optional, false));
      }
    }
    if (elements.stream().allMatch(Element::gap)) {
      throw new IllegalArgumentException("a cue needs at least one word; got: \"" + pattern + "\"");
    }
    return new CuePattern(pattern, elements);
  }

  /**
   * The words one of which a token must have (as form, lemma or stem) for the pattern to start on
   * it, or null when its first word is optional.
   */
  Set<String> firstWords() {
    Element first = elements.get(0);
    if (first.optional() || first.gap()) {
      return null;
    }
    java.util.Set<String> out = new java.util.HashSet<>(first.words());
    out.addAll(first.stems());
    return out;
  }

  /** How many words the pattern names: longer cues are tried first. */
  int weight() {
    return weight;
  }

  String text() {
    return text;
  }

  /** The end (exclusive) of a match starting at token {@code from}, or -1. */
  int match(List<Token> tokens, int from) {
    return match(tokens, from, 0);
  }

  private int match(List<Token> tokens, int i, int e) {
    if (e == elements.size()) {
      return i;
    }
    Element el = elements.get(e);
    if (el.gap()) {
      for (int skip = 0; skip <= MAX_GAP && i + skip <= tokens.size(); skip++) {
        int end = match(tokens, i + skip, e + 1);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    if (i < tokens.size()) {
      Token t = tokens.get(i);
      boolean word =
          el.words().contains(t.lower())
              || el.words().contains(t.lemma())
              || el.stems().contains(t.stem());
      if (word && (el.tag() == null || el.tag().equals(t.tag()))) {
        int end = match(tokens, i + 1, e + 1);
        if (end >= 0) {
          return end;
        }
      }
    }
    return el.optional() ? match(tokens, i, e + 1) : -1;
  }
}
