package org.w3id.claimgraph.anchor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.rdf.ClaimWriter;
import org.w3id.claimgraph.vocab.CG;

/**
 * Writes what re-anchoring found: on a moved or edited claim, {@code cg:anchoring cg:Moved} or
 * {@code cg:Edited} and {@code cg:anchorShift}; an orphaned claim as a {@code cg:OrphanedClaim}
 * (not a {@code cg:Claim}, so it takes no part in grading or conflicts) with its quote and offsets
 * as they were.
 */
public final class AnchorWriter {
  private AnchorWriter() {}

  /** The re-anchoring of the claims in {@code anchors}, by claim IRI, added to {@code g}. */
  public static void write(Map<String, Anchoring.Anchor> anchors, Graph g) {
    anchors.forEach(
        (iri, a) -> {
          if (a.status() == Anchoring.Status.ORPHANED || a.status() == Anchoring.Status.ANCHORED) {
            return;
          }
          Node c = NodeFactory.createURI(iri);
          g.add(
              c,
              CG.anchoring.asNode(),
              (a.status() == Anchoring.Status.MOVED ? CG.Moved : CG.Edited).asNode());
          g.add(
              c,
              CG.anchorShift.asNode(),
              NodeFactory.createLiteralDT(Integer.toString(a.shift()), XSDDatatype.XSDinteger));
          if (a.status() == Anchoring.Status.EDITED) {
            g.add(
                c,
                CG.keptShare.asNode(),
                NodeFactory.createLiteralDT(
                    BigDecimal.valueOf(a.kept()).setScale(3, RoundingMode.HALF_UP).toPlainString(),
                    XSDDatatype.XSDdecimal));
          }
        });
  }

  /**
   * An orphaned claim, added to {@code g}: everything a claim says, typed {@code cg:OrphanedClaim}
   * instead of {@code cg:Claim}, with its quote, offsets, prefix and suffix as they were ({@code
   * stated}).
   */
  public static void orphan(Claim claim, Anchoring.Selector stated, Graph g) {
    Graph one = GraphFactory.createDefaultGraph();
    // Written against its own old context, so that the prefix and suffix are those it had.
    String padded = stated.prefix() + stated.quote() + stated.suffix();
    int at = stated.prefix().codePointCount(0, stated.prefix().length());
    Claim shifted =
        new Claim(
            claim.id(),
            claim.article(),
            claim.intervention(),
            claim.relation(),
            claim.condition(),
            claim.certainty(),
            claim.negated(),
            claim.conditional(),
            claim.attributedTo(),
            new org.w3id.claimgraph.model.Span(
                at, at + (stated.end() - stated.start()), stated.quote()),
            claim.curation(),
            claim.note());
    ClaimWriter.write(shifted, new Article(claim.article(), padded), one);
    Node c = NodeFactory.createURI(claim.id());
    Node position = NodeFactory.createURI(claim.id() + "#position");
    for (Triple t : one.find().toList()) {
      if (t.getSubject().equals(c) && t.getPredicate().equals(RDF.type.asNode())) {
        g.add(c, RDF.type.asNode(), CG.OrphanedClaim.asNode());
      } else if (t.getSubject().equals(position)
          && (t.getPredicate().equals(OA.start.asNode())
              || t.getPredicate().equals(OA.end.asNode()))) {
        int value = t.getPredicate().equals(OA.start.asNode()) ? stated.start() : stated.end();
        g.add(
            position,
            t.getPredicate(),
            NodeFactory.createLiteralDT(
                Integer.toString(value), XSDDatatype.XSDnonNegativeInteger));
      } else {
        g.add(t);
      }
    }
    g.add(c, CG.anchoring.asNode(), CG.Orphaned.asNode());
  }
}
