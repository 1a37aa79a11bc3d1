package org.w3id.claimgraph.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What an ingest did: the articles added or replaced, those unchanged, the claims extracted, and
 * for each replaced article what its new revision carried over.
 */
public record IngestResult(
    List<String> written,
    List<String> unchanged,
    int claims,
    long conflicts,
    List<Revised> revised) {
  public IngestResult {
    revised = List.copyOf(revised);
  }

  /**
   * An article ingested again with another text.
   *
   * @param carried claims the new text makes again, their IRIs (and reviews) kept
   * @param moved of those, how many were found elsewhere or edited
   * @param withdrawn claims the new text no longer makes, kept as withdrawn
   */
  public record Revised(Path file, String slug, int carried, int moved, int withdrawn) {}
}
