package org.w3id.claimgraph.model;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The concept vocabulary: concepts by IRI and their broader/narrower hierarchy. */
public final class Vocabulary {
  private final Map<String, Concept> byIri;

  public Vocabulary(Collection<Concept> concepts) {
    Map<String, Concept> map = new LinkedHashMap<>();
    for (Concept c : concepts) {
      if (map.put(c.iri(), c) != null) {
        throw new IllegalArgumentException("concept defined twice: " + c.iri());
      }
    }
    this.byIri = Collections.unmodifiableMap(map);
  }

  public Collection<Concept> concepts() {
    return byIri.values();
  }

  public Optional<Concept> get(String iri) {
    return Optional.ofNullable(byIri.get(iri));
  }

  /** The concept itself and every concept above it in the hierarchy. */
  public Set<String> selfAndAncestors(String iri) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(iri);
    while (!todo.isEmpty()) {
      String next = todo.poll();
      if (seen.add(next)) {
        Concept c = byIri.get(next);
        if (c != null) {
          todo.addAll(c.broader());
        }
      }
    }
    return seen;
  }

  /** True when the two concepts are the same or one is broader than the other. */
  public boolean comparable(String a, String b) {
    return selfAndAncestors(a).contains(b) || selfAndAncestors(b).contains(a);
  }
}
