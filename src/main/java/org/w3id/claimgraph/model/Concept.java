package org.w3id.claimgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A concept of the vocabulary: preferred label, the other phrasings that name it, its broader
 * concepts and what it can be in a claim.
 */
public record Concept(
    String iri, String prefLabel, List<String> altLabels, Set<String> broader, Set<Kind> kinds) {

  /** What a concept can be in a claim. */
  public enum Kind {
    INTERVENTION,
    CONDITION,
    EXPOSURE
  }

  public Concept {
    Objects.requireNonNull(iri, "iri may not be null");
    Objects.requireNonNull(prefLabel, "prefLabel may not be null");
    altLabels = List.copyOf(altLabels);
    broader = Set.copyOf(broader);
    kinds = Set.copyOf(kinds);
  }

  public ConceptRef ref() {
    return new ConceptRef(iri, prefLabel);
  }
}
