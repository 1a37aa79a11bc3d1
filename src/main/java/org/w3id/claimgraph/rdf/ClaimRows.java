package org.w3id.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.QueryException;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Span;
import org.w3id.claimgraph.vocab.Ids;

/** Turns a row of {@code queries/claims.rq} back into a {@link Claim}. */
public final class ClaimRows {
  private ClaimRows() {}

  /**
   * The order of the claims query ({@code ORDER BY ?article ?start ?end ?claim}), for claims read
   * in an unordered pass.
   */
  public static final java.util.Comparator<Claim> QUERY_ORDER =
      java.util.Comparator.comparing(Claim::article)
          .thenComparingInt((Claim c) -> c.span().start())
          .thenComparingInt(c -> c.span().end())
          .thenComparing(Claim::id);

  public static Claim claim(Binding row) {
    try {
      Node note = row.get("note");
      return new Claim(
          iri(row, "claim"),
          Ids.slugOf(iri(row, "article")),
          new ConceptRef(iri(row, "intervention"), text(row, "interventionLabel")),
          Relation.fromCode(text(row, "relation")),
          new ConceptRef(iri(row, "condition"), text(row, "conditionLabel")),
          Certainty.fromCode(text(row, "certainty")),
          org.w3id.claimgraph.rdf.Terms.bool(text(row, "negated")),
          org.w3id.claimgraph.rdf.Terms.bool(text(row, "conditional")),
          new AgentRef(iri(row, "agent"), text(row, "agentName")),
          new Span(
              Integer.parseInt(text(row, "start")),
              Integer.parseInt(text(row, "end")),
              text(row, "quote")),
          Curation.fromCode(text(row, "curation")),
          note == null ? null : note.getLiteralLexicalForm());
    } catch (RuntimeException e) {
      throw new QueryException(
          "a claim in the store is malformed: " + e.getMessage() + " in " + row, e);
    }
  }

  /**
   * "massage — not causes — thrombosis", as {@link Claim#summary()}, from a row with {@code
   * ?interventionLabel}, {@code ?relation} (its notation), {@code ?negated} and {@code
   * ?conditionLabel}: for claims read without the rest of a claim (orphaned, withdrawn).
   */
  public static String summary(Binding row) {
    return text(row, "interventionLabel")
        + " — "
        + (Terms.bool(text(row, "negated")) ? "not " : "")
        + org.w3id.claimgraph.model.Relation.fromCode(text(row, "relation")).label()
        + " — "
        + text(row, "conditionLabel");
  }

  private static String iri(Binding row, String var) {
    Node n = row.get(var);
    if (n == null || !n.isURI()) {
      throw new IllegalArgumentException("?" + var + " is not an IRI");
    }
    return n.getURI();
  }

  private static String text(Binding row, String var) {
    Node n = row.get(var);
    if (n == null || !n.isLiteral()) {
      throw new IllegalArgumentException("?" + var + " is not a literal");
    }
    return n.getLiteralLexicalForm();
  }
}
