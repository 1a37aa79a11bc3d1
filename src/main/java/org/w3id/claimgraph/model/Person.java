package org.w3id.claimgraph.model;

import java.util.Objects;

/**
 * A person an article reports, with what the text says of them ("author of Orthopedic Massage",
 * "licensed massage therapist, LMT"); {@code description} may be null.
 *
 * @param reportedHolders true for the unnamed holders of a belief the article reports in order to
 *     reject it ("there is the thought that…", "a common myth"): one per article, whose claims
 *     contradict their own article, not the others
 */
public record Person(String iri, String name, String description, boolean reportedHolders) {
  public Person {
    Objects.requireNonNull(iri, "iri may not be null");
    Objects.requireNonNull(name, "name may not be null");
  }

  public Person(String iri, String name, String description) {
    this(iri, name, description, false);
  }

  public AgentRef ref() {
    return new AgentRef(iri, name);
  }
}
