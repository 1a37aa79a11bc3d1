package org.w3id.claimgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of a grade's derivation: a factor (or the claim's kind of support), what it adds to the
 * score, and why.
 *
 * @param step the position in the derivation, from 1
 * @param code the factor's code ("unsupported", "consensus", "contradicted"…)
 * @param label the factor in words
 * @param delta what the factor adds to the score (the base score for the kind of support)
 * @param reason why it applies, in words a person can read
 * @param evidenceCode the ECO class of the support, or null for a factor that is not support
 * @param quotes the words of the text the factor rests on, most telling first
 * @param claims the IRIs of the other claims the factor rests on (agreeing or disputing)
 */
public record Factor(
    int step,
    String code,
    String label,
    double delta,
    String reason,
    String evidenceCode,
    List<String> quotes,
    List<String> claims) {
  public Factor {
    Objects.requireNonNull(code, "code may not be null");
    Objects.requireNonNull(label, "label may not be null");
    Objects.requireNonNull(reason, "reason may not be null");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a factor needs a reason: " + code);
    }
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
  }
}
