package org.w3id.claimgraph.model;

import java.util.Objects;

/**
 * A person an article reports, with what the text says of them ("author of Orthopedic Massage",
 * "licensed massage therapist, LMT"); {@code description} may be null.
 */
public record Person(String iri, String name, String description) {
  public Person {
    Objects.requireNonNull(iri, "iri may not be null");
    Objects.requireNonNull(name, "name may not be null");
  }

  public AgentRef ref() {
    return new AgentRef(iri, name);
  }
}
