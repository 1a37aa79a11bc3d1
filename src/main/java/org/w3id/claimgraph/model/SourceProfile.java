package org.w3id.claimgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * What grading knows of an article as a source.
 *
 * @param kind the IRI of its kind of source
 * @param kindLabel the kind of source in words ("health blog")
 * @param commercial whether it has a commercial interest in what it writes about
 * @param commercialReason why, or why not, in words
 * @param commercialEvidence the words of the article that show it, or null
 * @param credentials its author's stated credentials
 * @param qualification the qualification the policy recognises in its author, in words, or null
 */
public record SourceProfile(
    String slug,
    String kind,
    String kindLabel,
    boolean commercial,
    String commercialReason,
    String commercialEvidence,
    List<String> credentials,
    String qualification) {
  public SourceProfile {
    Objects.requireNonNull(slug, "slug may not be null");
    Objects.requireNonNull(kind, "kind may not be null");
    Objects.requireNonNull(kindLabel, "kindLabel may not be null");
    Objects.requireNonNull(commercialReason, "commercialReason may not be null");
    credentials = List.copyOf(credentials);
  }

  /** The author's standing in words: the recognised qualification, then what the data states. */
  public String standing() {
    if (qualification == null && credentials.isEmpty()) {
      return "none stated";
    }
    List<String> parts = new java.util.ArrayList<>();
    if (qualification != null) {
      parts.add(qualification + " (a recognised qualification)");
    }
    parts.addAll(credentials);
    return String.join("; ", parts);
  }
}
