package org.w3id.claimgraph.derive;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;

/**
 * The grading policy, as read from {@code ontology/grading-policy.ttl}: the kinds of support and
 * their weights, the factors and when they apply, the bands that map a score to each scale, and the
 * verdict rules. A factor the policy leaves out is never applied.
 *
 * @param iri the policy's IRI
 * @param version its owl:versionInfo
 * @param citations patterns that show a traceable reference in a claim's sentence
 * @param designs the kinds of support a cited study can give, by the design its sentence names,
 *     strongest first
 * @param cited the support of a traceable reference whose design the sentence does not name
 * @param expert the support of a named expert or the author of a book
 * @param namedPerson the support of a named person with no stated credentials
 * @param none the support of an article's own, uncited assertion
 * @param bySourceKind the support an article's own assertions have by its kind of source (IRI)
 * @param bands the bands, highest minimum first; the last has no minimum
 * @param verdictRules the verdict rules, by priority
 */
public record Policy(
    String iri,
    String version,
    List<Pattern> citations,
    List<Support> designs,
    Support cited,
    Support expert,
    Support namedPerson,
    Support none,
    Map<String, Support> bySourceKind,
    Factor wording,
    Factor conflictOfInterest,
    Factor overstatement,
    Factor consensus,
    Factor contradiction,
    Factor inconsistency,
    List<Band> bands,
    List<VerdictRule> verdictRules) {

  /**
   * A kind of support: the base score of a claim.
   *
   * @param label what it is, in a sentence
   * @param shortLabel what it is, in a few words ("no source", "expert opinion")
   */
  public record Support(
      String iri,
      String code,
      String label,
      String shortLabel,
      double weight,
      String evidenceCode,
      List<Pattern> designs) {}

  /**
   * A factor and its settings; a setting the factor does not use is empty or zero. An empty set of
   * relations or certainties means all.
   */
  public record Factor(
      String iri,
      String code,
      String label,
      double weight,
      Set<Relation> relations,
      Set<Certainty> certainties,
      Set<String> sourceKinds,
      List<Pattern> cues,
      Double supportBelow,
      Severity minSeverity,
      Severity warningMinSeverity,
      int minIndependentSources) {

    public boolean appliesTo(Relation r) {
      return relations.isEmpty() || relations.contains(r);
    }

    /** Whether a conflict of {@code severity} counts, for a claim on its warning side or not. */
    public boolean counts(Severity severity, boolean warningSide) {
      Severity least = warningSide && warningMinSeverity != null ? warningMinSeverity : minSeverity;
      return least == null || severity.rank() >= least.rank();
    }
  }

  /** A concept of one of the scales: its IRI and how it is written ("Very low", "C", "5"). */
  public record Term(String iri, String label) {}

  /** A range of scores: from {@code minScore} (null: no minimum) up to the next band. */
  public record Band(
      String iri,
      Double minScore,
      Term certainty,
      Term sort,
      Term cebm,
      Term evidenceLevel,
      Term verdict) {}

  /**
   * A verdict that replaces the band's when the factor with code {@code factor} applied (and, when
   * given, a disputing claim in a conflict of at least {@code minSeverity} scores at least {@code
   * opposingMinScore} before disputes).
   */
  public record VerdictRule(
      String iri,
      int priority,
      String factor,
      Double opposingMinScore,
      Severity minSeverity,
      Term verdict) {}

  /** The band a score falls in. */
  public Band band(double score) {
    for (Band b : bands) {
      if (b.minScore() == null || score >= b.minScore()) {
        return b;
      }
    }
    throw new IllegalStateException("no band for " + score);
  }
}
