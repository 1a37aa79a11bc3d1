package org.w3id.claimgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations one article defines: "Complete decongestive therapy (CDT)" makes every later
 * "CDT" of the article a mention of what the words before the parentheses name. Found while the
 * article is annotated, in reading order, so an abbreviation means something only after its
 * definition. One per article; not thread-safe.
 */
final class Abbreviations {
  /** An abbreviation in parentheses: two to six capitals, perhaps with a plural "s". */
  private static final Pattern IN_PARENTHESES = Pattern.compile("\\(([A-Z]{2,6})s?\\)");

  /** The abbreviations the text puts in parentheses somewhere: only these can be defined. */
  private final Set<String> candidates = new HashSet<>();

  private final Map<String, Mention> defined = new HashMap<>();

  private Abbreviations() {}

  /** The article's candidates, found in one pass over its text. */
  static Abbreviations of(String text) {
    Abbreviations a = new Abbreviations();
    if (text.indexOf('(') >= 0) {
      Matcher m = IN_PARENTHESES.matcher(text);
      while (m.find()) {
        a.candidates.add(m.group(1));
      }
    }
    return a;
  }

  /** None: for a text (a title) that defines nothing and whose abbreviations mean nothing. */
  static Abbreviations none() {
    return new Abbreviations();
  }

  /** Whether a word of the text may be one of its abbreviations. */
  boolean mayBe(String word) {
    return candidates.contains(word) || candidates.contains(singular(word));
  }

  /**
   * The sentence's mentions with its abbreviations: a candidate in parentheses right after a
   * mention whose words it abbreviates is defined as that mention's concept; a defined one
   * elsewhere (not inside a mention) becomes a mention of it.
   */
  List<Mention> apply(List<Token> tokens, List<Mention> mentions) {
    if (candidates.isEmpty()) {
      return mentions;
    }
    List<Mention> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      String word = singular(tokens.get(i).text());
      if (!candidates.contains(word)) {
        continue;
      }
      Mention before = endingAt(mentions, i - 1);
      if (before != null
          && tokens.get(i - 1).text().equals("(")
          && initials(tokens, before, word)) {
        defined.putIfAbsent(word, before);
        continue;
      }
      Mention meant = defined.get(word);
      if (meant != null && !inside(mentions, i)) {
        if (out == null) {
          out = new java.util.ArrayList<>(mentions);
        }
        Token t = tokens.get(i);
        out.add(new Mention(meant.concept(), i, i + 1, t.start(), t.end(), meant.label()));
      }
    }
    if (out == null) {
      return mentions;
    }
    out.sort(java.util.Comparator.comparingInt(Mention::from));
    return out;
  }

  private static String singular(String word) {
    return word.length() > 2 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  private static Mention endingAt(List<Mention> mentions, int token) {
    for (Mention m : mentions) {
      if (m.to() == token) {
        return m;
      }
    }
    return null;
  }

  private static boolean inside(List<Mention> mentions, int token) {
    for (Mention m : mentions) {
      if (m.from() <= token && token < m.to()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the abbreviation's letters are the mention's: its first letter is the first word's, and
   * the rest come in order from the starts of the later words ("deep vein thrombosis", DVT) or from
   * within them ("lymphoedema", LE).
   */
  private static boolean initials(List<Token> tokens, Mention m, String abbreviation) {
    String letters = abbreviation.toLowerCase(Locale.ROOT);
    StringBuilder words = new StringBuilder();
    for (int i = m.from(); i < m.to(); i++) {
      words.append(tokens.get(i).lower()).append(' ');
    }
    String text = words.toString();
    if (text.isEmpty() || text.charAt(0) != letters.charAt(0)) {
      return false;
    }
    int at = 1;
    for (int k = 1; k < letters.length(); k++) {
      at = text.indexOf(letters.charAt(k), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }
}
