package org.w3id.claimgraph.derive;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the policy's qualifications in what the data says of a source: its name, title, job,
 * stated credentials, books and description.
 */
final class Qualifications {
  private final List<Policy.Qualification> known;

  Qualifications(List<Policy.Qualification> known) {
    this.known = known;
  }

  /** A qualification found, and the words that show it. */
  record Found(Policy.Qualification qualification, String evidence) {}

  private final java.util.Map<String, java.util.Optional<Found>> byAgent =
      new java.util.HashMap<>();

  /**
   * The first qualification what the data says of {@code agent} shows, or null; found once per
   * agent, as every claim attributed to it asks again.
   */
  Found of(GradingInput.AgentFacts agent) {
    if (agent == null) {
      return null;
    }
    return byAgent
        .computeIfAbsent(agent.iri(), k -> java.util.Optional.ofNullable(find(texts(agent))))
        .orElse(null);
  }

  /** The first qualification any of the texts shows, or null. */
  Found find(List<String> texts) {
    for (Policy.Qualification q : known) {
      for (String t : texts) {
        if (t == null) {
          continue;
        }
        for (Pattern p : q.patterns()) {
          Matcher m = p.matcher(t);
          if (m.find()) {
            return new Found(q, t);
          }
        }
      }
    }
    return null;
  }

  /** What the data says of an agent that can show a qualification: its name and credentials. */
  static List<String> texts(GradingInput.AgentFacts agent) {
    List<String> out = new java.util.ArrayList<>();
    if (agent == null) {
      return out;
    }
    if (!agent.unnamed()) {
      out.add(agent.name());
    }
    agent.credentials().forEach(c -> out.add(c.text()));
    return out;
  }
}
