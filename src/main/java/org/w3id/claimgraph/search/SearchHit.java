package org.w3id.claimgraph.search;

import java.util.List;

/**
 * One hit: the document (sentence or claim) with its article and offsets, its score, the snippet
 * with the matched words marked «so», and the matches as article offsets. Claim hits also carry the
 * claim's relation, concepts, attribution and qualifiers; for sentences those are null.
 *
 * @param matches each match as {@code [start, end)} code point offsets into the article
 */
public record SearchHit(
    String type,
    String id,
    String article,
    int start,
    int end,
    float score,
    String text,
    String snippet,
    List<int[]> matches,
    String relation,
    String intervention,
    String condition,
    String author,
    String certainty,
    String curation,
    String grade,
    Double gradeScore,
    String verdict) {
  public SearchHit {
    matches = List.copyOf(matches);
  }

  public boolean isClaim() {
    return Documents.CLAIM.equals(type);
  }
}
