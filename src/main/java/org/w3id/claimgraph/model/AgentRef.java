package org.w3id.claimgraph.model;

import java.util.Objects;

/** The person (or unnamed author) a claim is attributed to: IRI and name. */
public record AgentRef(String iri, String name) {
  public AgentRef {
    Objects.requireNonNull(iri, "iri may not be null");
    Objects.requireNonNull(name, "name may not be null");
  }
}
