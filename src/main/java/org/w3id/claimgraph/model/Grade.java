package org.w3id.claimgraph.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The grade of a claim under the grading policy: its score, where the score falls on each scale,
 * and the factors that produced it.
 *
 * @param score the sum of the factors' deltas
 * @param provisional the score before contradiction and inconsistency are counted
 * @param certainty GRADE certainty, as written ("Very low")
 * @param sort SORT strength ("C")
 * @param cebm Oxford CEBM level ("5")
 * @param evidenceLevel schema.org MedicalEvidenceLevel's local name ("EvidenceLevelC")
 * @param verdict the verdict, as written ("Unsupported")
 * @param factors the derivation, in order; never empty
 */
public record Grade(
    double score,
    double provisional,
    String certainty,
    String sort,
    String cebm,
    String evidenceLevel,
    String verdict,
    List<Factor> factors) {
  public Grade {
    Objects.requireNonNull(certainty, "certainty may not be null");
    Objects.requireNonNull(sort, "sort may not be null");
    Objects.requireNonNull(cebm, "cebm may not be null");
    Objects.requireNonNull(evidenceLevel, "evidenceLevel may not be null");
    Objects.requireNonNull(verdict, "verdict may not be null");
    factors = List.copyOf(factors);
    if (factors.isEmpty()) {
      throw new IllegalArgumentException("a grade needs at least one factor");
    }
  }

  /** The factor with {@code code}, if it applied. */
  public boolean has(String code) {
    return factors.stream().anyMatch(f -> f.code().equals(code));
  }

  /** "−3", "0", "+1.5": a score or delta as a person reads it. */
  public static String signed(double value) {
    String n =
        new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros().toPlainString();
    if (value == 0) {
      return "0";
    }
    return (value < 0 ? "\u2212" : "+") + n;
  }

  /** The code of a scale's label: "Very low" is "very_low", "Lacks context" "lacks_context". */
  public static String code(String label) {
    return label.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  /** "Very low (−3)". */
  public String summary() {
    return certainty + " (" + signed(score) + ")";
  }
}
