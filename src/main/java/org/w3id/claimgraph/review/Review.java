package org.w3id.claimgraph.review;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * A reviewer's adjudication of a claim or a conflict.
 *
 * @param id the review's IRI
 * @param target the IRI of the claim or conflict reviewed
 * @param verdict what the reviewer decided
 * @param grade for an override, the verdict that replaces the computed one (its IRI); else null
 * @param gradeLabel that verdict as written ("Inaccurate"); null when there is none or it is
 *     unknown
 * @param note the reviewer's reason; null when none was given
 * @param reviewer who reviewed, as named
 * @param created when
 * @param quote for a claim, its quote when it was reviewed; else null
 * @param digest for a claim, the SHA-256 of its article's text when it was reviewed; else null
 */
public record Review(
    String id,
    String target,
    Verdict verdict,
    String grade,
    String gradeLabel,
    String note,
    String reviewer,
    Instant created,
    String quote,
    String digest) {

  /** What a reviewer can decide. */
  public enum Verdict {
    CONFIRMED("confirmed", CG.Confirmed),
    DISMISSED("dismissed", CG.Dismissed),
    NEEDS_CONTEXT("needs-context", CG.NeedsContext),
    OVERRIDE("override", CG.Override);

    private final String code;
    private final Resource iri;

    Verdict(String code, Resource iri) {
      this.code = code;
      this.iri = iri;
    }

    /** As typed on the command line and written in the ontology's skos:notation. */
    public String code() {
      return code;
    }

    public Resource iri() {
      return iri;
    }

    /** The verdict typed as {@code code}, in any case. */
    public static Optional<Verdict> ofCode(String code) {
      String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      return Arrays.stream(values()).filter(v -> v.code.equals(c)).findFirst();
    }

    /** The verdict whose IRI is {@code iri}. */
    public static Optional<Verdict> ofIri(String iri) {
      return Arrays.stream(values()).filter(v -> v.iri.getURI().equals(iri)).findFirst();
    }

    /** "confirmed, dismissed, needs-context, override". */
    public static String codes() {
      return Arrays.stream(values()).map(Verdict::code).collect(Collectors.joining(", "));
    }
  }

  public Review {
    Objects.requireNonNull(id, "id may not be null");
    Objects.requireNonNull(target, "target may not be null");
    Objects.requireNonNull(verdict, "verdict may not be null");
    Objects.requireNonNull(reviewer, "reviewer may not be null");
    Objects.requireNonNull(created, "created may not be null");
    if ((verdict == Verdict.OVERRIDE) != (grade != null)) {
      throw new IllegalArgumentException("an override, and only an override, gives a verdict");
    }
  }

  /**
   * A new review, its IRI a hash of everything it says, so that recording or importing the same
   * review twice stores it once.
   */
  public static Review of(
      String target,
      Verdict verdict,
      String grade,
      String gradeLabel,
      String note,
      String reviewer,
      Instant created,
      String quote,
      String digest) {
    String key =
        String.join(
            "\n",
            target,
            verdict.code(),
            String.valueOf(grade),
            String.valueOf(note),
            reviewer,
            created.toString());
    return new Review(
        Ids.REVIEW + Ids.sha256Hex(key).substring(0, 16),
        target,
        verdict,
        grade,
        gradeLabel,
        note,
        reviewer,
        created,
        quote,
        digest);
  }

  /** The same review, applied to {@code iri}: a dispute its reviewed dispute became. */
  public Review about(String iri) {
    return new Review(id, iri, verdict, grade, gradeLabel, note, reviewer, created, quote, digest);
  }

  /** True when it reviews a claim, false when a conflict. */
  public boolean ofClaim() {
    return target.startsWith(Ids.CLAIM);
  }

  /** "dismissed by Dana Reyes on 2026-11-29: same study counted twice". */
  public String summary() {
    String what =
        verdict == Verdict.OVERRIDE
            ? "overridden to "
                + (gradeLabel == null ? grade.substring(grade.lastIndexOf('#') + 1) : gradeLabel)
            : verdict == Verdict.NEEDS_CONTEXT ? "marked as needing context" : verdict.code();
    return what
        + " by "
        + reviewer
        + " on "
        + created.toString().substring(0, 10)
        + (note == null ? "" : ": " + note);
  }
}
