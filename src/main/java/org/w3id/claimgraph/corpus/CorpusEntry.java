package org.w3id.claimgraph.corpus;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of the curated corpus: its text file {@code SLUG.txt}, its metadata {@code
 * SLUG.meta.ttl} and, if present, its curated claims {@code SLUG.claims.ttl}.
 */
public record CorpusEntry(String slug, Path text, Path metadata, Optional<Path> claims) {
  public CorpusEntry {
    Objects.requireNonNull(slug, "slug may not be null");
    Objects.requireNonNull(text, "text may not be null");
    Objects.requireNonNull(metadata, "metadata may not be null");
    Objects.requireNonNull(claims, "claims may not be null");
  }
}
