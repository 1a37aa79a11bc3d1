package org.w3id.claimgraph.extract;

import org.w3id.claimgraph.model.Concept;

/**
 * A concept of the vocabulary named in a sentence: tokens {@code [from, to)}, the article offsets
 * (UTF-16) they cover, and the label that matched.
 */
record Mention(Concept concept, int from, int to, int start, int end, String label) {
  boolean is(Concept.Kind kind) {
    return concept.kinds().contains(kind);
  }
}
