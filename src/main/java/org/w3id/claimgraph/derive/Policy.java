package org.w3id.claimgraph.derive;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.vocab.CG;

/**
 * The grading policy, as read from {@code ontology/grading-policy.ttl}: the kinds of support and
 * their weights, the qualifications that make a source's word expert opinion, the factors in the
 * order the pipeline applies them, the bands that map a score to each scale, and the verdict rules.
 * A factor the policy leaves out is never applied.
 *
 * @param iri the policy's IRI
 * @param version its owl:versionInfo
 * @param identifiers patterns that find an identifier of a cited document in a claim's sentence
 * @param citations patterns of citation-shaped text with no identifier (groups "author", "year")
 * @param designs the kinds of support a cited study can give, by the design its sentence names,
 *     strongest first
 * @param cited the support of a checkable citation whose design the sentence does not name
 * @param expert the support of a qualified source
 * @param namedPerson the support of a named person with no recognised qualification
 * @param none the support of an article's own, uncited assertion
 * @param bySourceKind the support an article's own assertions have by its kind of source (IRI)
 * @param qualifications what makes a source qualified
 * @param factors the factors, in pipeline order
 * @param bands the bands, highest minimum first; the last has no minimum
 * @param verdictRules the verdict rules, by priority
 */
public record Policy(
    String iri,
    String version,
    List<Pattern> identifiers,
    List<Pattern> citations,
    List<Support> designs,
    Support cited,
    Support expert,
    Support namedPerson,
    Support none,
    Map<String, Support> bySourceKind,
    List<Qualification> qualifications,
    List<Factor> factors,
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

  /** A qualification, and the patterns that show it in what the data says of a source. */
  public record Qualification(String iri, String code, String label, List<Pattern> patterns) {}

  /**
   * A factor and its settings; a setting the factor does not use is empty or zero. An empty set of
   * relations or certainties means all.
   *
   * @param order its place in the pipeline
   * @param minScore the least score a factor's inputs need (consensus: the lender's score before
   *     consensus; precaution: the weight of the claim's support), or null
   */
  public record Factor(
      String iri,
      String code,
      String label,
      double weight,
      int order,
      Set<Relation> relations,
      Set<Certainty> certainties,
      Set<String> sourceKinds,
      List<Pattern> cues,
      Double supportBelow,
      Double minScore,
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
   * A verdict that replaces the band's when every condition it gives holds: the factor with code
   * {@code factor} applied; a disputing claim in a conflict of at least {@code minSeverity} scores
   * at least {@code opposingMinScore} before disputes; the claim asserts (does not deny) one of
   * {@code relations}; its score falls in {@code band}.
   *
   * @param factor a factor's code, or null
   * @param relations empty for any
   * @param band a band's IRI, or null
   */
  public record VerdictRule(
      String iri,
      int priority,
      String factor,
      Double opposingMinScore,
      Severity minSeverity,
      Set<Relation> relations,
      String band,
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

  /** The factor with this IRI, or null when the policy does not apply it. */
  public Factor factor(String iri) {
    for (Factor f : factors) {
      if (f.iri().equals(iri)) {
        return f;
      }
    }
    return null;
  }

  public Factor wording() {
    return factor(CG.Wording.getURI());
  }

  public Factor conflictOfInterest() {
    return factor(CG.ConflictOfInterest.getURI());
  }

  public Factor overstatement() {
    return factor(CG.Overstatement.getURI());
  }

  public Factor consensus() {
    return factor(CG.Consensus.getURI());
  }

  public Factor contradiction() {
    return factor(CG.Contradiction.getURI());
  }

  public Factor inconsistency() {
    return factor(CG.InternalInconsistency.getURI());
  }

  public Factor unverifiedCitation() {
    return factor(CG.UnverifiedCitation.getURI());
  }

  public Factor citationDoesNotSupport() {
    return factor(CG.CitationDoesNotSupport.getURI());
  }

  public Factor precaution() {
    return factor(CG.Precaution.getURI());
  }
}
