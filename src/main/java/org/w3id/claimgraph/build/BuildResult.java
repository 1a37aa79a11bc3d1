package org.w3id.claimgraph.build;

import java.util.List;

/**
 * What a build loaded: articles, claims, triples in all, and conflicts derived; and the claims it
 * found elsewhere than their claims files say, or could not find (orphans), because a text changed.
 */
public record BuildResult(
    int articles, int claims, long triples, long conflicts, List<Builder.Reanchored> reanchored) {
  public BuildResult {
    reanchored = List.copyOf(reanchored);
  }

  /** How many claims were orphaned: not found in their article's text, kept aside. */
  public long orphaned() {
    return reanchored.stream()
        .filter(r -> r.status() == org.w3id.claimgraph.anchor.Anchoring.Status.ORPHANED)
        .count();
  }
}
