package org.w3id.claimgraph.extract;

/**
 * Converts UTF-16 indexes into a text to code point offsets in constant time: the identity when the
 * text has no surrogate pairs (nearly always), a table built once otherwise.
 */
final class CodePoints {
  private final int[] table;

  CodePoints(String text) {
    boolean bmp = true;
    for (int i = 0; i < text.length() && bmp; i++) {
      bmp = !Character.isSurrogate(text.charAt(i));
    }
    if (bmp) {
      table = null;
    } else {
      table = new int[text.length() + 1];
      int cp = 0;
      for (int i = 0; i < text.length(); i++) {
        table[i] = cp;
        if (!Character.isHighSurrogate(text.charAt(i))) {
          cp++;
        }
      }
      table[text.length()] = cp;
    }
  }

  /** The code point offset of UTF-16 index {@code i}. */
  int offset(int i) {
    return table == null ? i : table[i];
  }
}
