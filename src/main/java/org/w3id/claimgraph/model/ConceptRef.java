package org.w3id.claimgraph.model;

import java.util.Objects;

/** A concept of the vocabulary as a claim refers to it: its IRI and preferred label. */
public record ConceptRef(String iri, String label) {
  public ConceptRef {
    Objects.requireNonNull(iri, "iri may not be null");
    Objects.requireNonNull(label, "label may not be null");
  }
}
