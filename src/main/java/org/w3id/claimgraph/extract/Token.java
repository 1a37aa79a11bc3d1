package org.w3id.claimgraph.extract;

/**
 * A word of a sentence: its text, lower-cased form (apostrophes made straight), lemma, Porter stem
 * (a second opinion where the statistical lemmatizer errs: "improves" gives "improv") and universal
 * part-of-speech tag, and its UTF-16 offsets in the article. A contraction the lemmatizer splits
 * ("isn't": be + not) becomes two tokens with the same offsets.
 */
record Token(String text, String lower, String lemma, String stem, String tag, int start, int end) {
  boolean is(String key) {
    return lower.equals(key) || lemma.equals(key) || stem.equals(key);
  }

  boolean isProperNoun() {
    return tag.equals("PROPN") && !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  boolean isPunctuation() {
    return tag.equals("PUNCT");
  }
}
