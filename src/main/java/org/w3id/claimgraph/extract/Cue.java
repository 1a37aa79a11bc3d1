package org.w3id.claimgraph.extract;

/**
 * A found cue: what it says ({@code kind}, and {@code direction} for relations and qualifiers), the
 * lexicon pattern that matched, and its tokens {@code [from, to)}.
 */
record Cue(CueKind kind, CueDirection direction, String pattern, int from, int to) {
  boolean is(CueKind k) {
    return kind == k;
  }
}
