package org.w3id.claimgraph.rdf;

import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.OBO;

/** The RDF individuals that stand for the model's enums, both ways. */
public final class Terms {
  private static final Map<Relation, Resource> RELATIONS =
      Map.of(
          Relation.TREATS, CG.Treats,
          Relation.BENEFITS, CG.Benefits,
          Relation.PREVENTS, CG.Prevents,
          Relation.CAUSES, CG.Causes,
          Relation.CONTRAINDICATED_FOR, CG.ContraindicatedFor,
          Relation.CAUTION_WITH, CG.CautionWith,
          Relation.SAFE_FOR, CG.SafeFor);

  private static final Map<Certainty, Resource> CERTAINTIES =
      Map.of(
          Certainty.ASSERTED, CG.Asserted,
          Certainty.HEDGED, CG.Hedged,
          Certainty.STRONG, CG.Strong);

  private static final Map<Curation, Resource> CURATIONS =
      Map.of(Curation.CURATED, CG.Curated, Curation.EXTRACTED, CG.Extracted);

  private static final Map<Severity, Resource> SEVERITIES =
      Map.of(Severity.HIGH, CG.High, Severity.MEDIUM, CG.Medium, Severity.LOW, CG.Low);

  private Terms() {}

  public static Resource of(Relation r) {
    return RELATIONS.get(r);
  }

  public static Resource of(Certainty c) {
    return CERTAINTIES.get(c);
  }

  public static Resource of(Curation c) {
    return CURATIONS.get(c);
  }

  public static Resource of(Severity s) {
    return SEVERITIES.get(s);
  }

  /** The ECO evidence code of a curation status: manual or automatic assertion. */
  public static Resource evidenceCode(Curation c) {
    return c == Curation.CURATED ? OBO.ECO_0000218 : OBO.ECO_0000203;
  }

  /** The relation an IRI stands for, or null. */
  public static Relation relation(String iri) {
    return find(RELATIONS, iri);
  }

  /** The certainty an IRI stands for, or null. */
  public static Certainty certainty(String iri) {
    return find(CERTAINTIES, iri);
  }

  /** The curation status an IRI stands for, or null. */
  public static Curation curation(String iri) {
    return find(CURATIONS, iri);
  }

  /** The severity an IRI stands for, or null. */
  public static Severity severity(String iri) {
    return find(SEVERITIES, iri);
  }

  private static <E> E find(Map<E, Resource> map, String iri) {
    for (Map.Entry<E, Resource> e : map.entrySet()) {
      if (e.getValue().getURI().equals(iri)) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * {@code iri} when it is an absolute IRI by RFC 3987 (Jena's IRI parser) with none of the
   * characters an IRI reference may not hold ({@code <>"{}|^`\\}, spaces, controls); else an {@link
   * IllegalArgumentException} saying why. A value checked here cannot end an IRI early when a query
   * is written out, for this store or for a server.
   */
  public static String checkedIri(String iri) {
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0 || Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            "an IRI may not hold '"
                + (c <= 0x20 ? "\\u" + String.format("%04x", (int) c) : c)
                + "'");
      }
    }
    try {
      org.apache.jena.irix.IRIx parsed = org.apache.jena.irix.IRIx.create(iri);
      if (parsed.isRelative() || parsed.scheme() == null) {
        throw new IllegalArgumentException("a relative IRI");
      }
    } catch (org.apache.jena.irix.IRIException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return iri;
  }

  /**
   * A boolean as SPARQL results give it: the lexical space of {@code xsd:boolean} is {@code true},
   * {@code false}, {@code 1} and {@code 0}, and some servers (Virtuoso) answer with the digits.
   * Anything else is a {@link org.w3id.claimgraph.QueryException}.
   */
  public static boolean bool(String lexical) {
    String v = lexical == null ? "" : lexical.strip();
    return switch (v) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new org.w3id.claimgraph.QueryException("not a boolean: \"" + lexical + "\"");
    };
  }
}
