package org.w3id.claimgraph.derive;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.rdf.Terms;
import org.w3id.claimgraph.vocab.CG;

/**
 * Writes the conflicts graph: every claim's proposition, each proposition once, and each conflict
 * between two propositions with, for each side, how many claims and sources make it, who, and its
 * best-graded claim.
 *
 * <pre>
 * claim cg:proposition proposition/9c0e… .
 * proposition/9c0e… a cg:Proposition ; cg:intervention … ; cg:relation … ; cg:negated false ;
 *     cg:condition … ; cg:conditional false ; cg:claimCount 2 .
 * conflict/3fa1… a cg:Conflict ; cg:rule … ; cg:severity cg:High ; cg:withinArticle false ;
 *     cg:propositionA … ; cg:propositionCountA 1 ; cg:claimCountA 2 ; cg:sourceCountA 1 ;
 *     cg:strongestA claim ; cg:sourceA agent … ; (the same for B) cg:pairCount 6 ;
 *     cg:matchedPair conflict/3fa1…/pair/…
 * conflict/3fa1…/pair/… a cg:PropositionPair ; cg:propositionA … ; cg:propositionB … ;
 *     cg:rule … ; cg:severity cg:High ; cg:pairCount 2 .
 * </pre>
 */
public final class ConflictWriter {
  private ConflictWriter() {}

  /** What a matched pair's IRI adds to its dispute's. */
  private static final String PAIR = "/pair/";

  /** Whether {@code node} is a matched pair of a dispute (a node this writer names so). */
  public static boolean isPair(Node node) {
    return node.isURI() && node.getURI().contains(PAIR);
  }

  /** The conflicts graph, in memory. */
  public static Graph write(List<Claim> claims, List<Dispute> disputes) {
    Graph g = GraphFactory.createDefaultGraph();
    write(claims, disputes, g);
    return g;
  }

  /** Adds the conflicts graph to {@code g}, a triple at a time. */
  public static void write(List<Claim> claims, List<Dispute> disputes, Graph g) {
    write(claims, disputes, g::add);
  }

  /**
   * Hands the conflicts graph to {@code out} a triple at a time, the triples of each subject one
   * after the other.
   */
  public static void write(
      List<Claim> claims, List<Dispute> disputes, java.util.function.Consumer<Triple> out) {
    Sink g = (s, p, o) -> out.accept(Triple.create(s, p, o));
    java.util.Map<Proposition, Integer> counts = new java.util.HashMap<>();
    for (Claim c : claims) {
      Proposition p = Proposition.of(c);
      g.add(uri(c.id()), CG.proposition.asNode(), uri(p.iri()));
      counts.merge(p, 1, Integer::sum);
    }
    counts.forEach(
        (p, n) -> {
          Node s = uri(p.iri());
          g.add(s, RDF.type.asNode(), CG.Proposition.asNode());
          g.add(s, CG.intervention.asNode(), uri(p.intervention().iri()));
          g.add(s, CG.relation.asNode(), Terms.of(p.relation()).asNode());
          g.add(s, CG.negated.asNode(), bool(p.negated()));
          g.add(s, CG.condition.asNode(), uri(p.condition().iri()));
          g.add(s, CG.conditional.asNode(), bool(p.conditional()));
          g.add(s, CG.claimCount.asNode(), integer(n));
        });
    for (Dispute d : disputes) {
      Node c = uri(d.id());
      g.add(c, RDF.type.asNode(), CG.Conflict.asNode());
      g.add(c, CG.rule.asNode(), uri(d.rule()));
      g.add(c, CG.severity.asNode(), Terms.of(d.severity()).asNode());
      g.add(c, CG.withinArticle.asNode(), bool(d.withinArticle()));
      side(g, c, d.a(), true);
      side(g, c, d.b(), false);
      g.add(c, CG.pairCount.asNode(), integer(d.pairs()));
      // Every triple of the dispute before those of its pairs: a reader of the stream (the
      // rewriter of the conflicts graph) takes a subject's triples as one run, and a dispute split
      // around its pairs would lose the triples of one run to the other.
      java.util.List<Node> pairs = new java.util.ArrayList<>(d.matched().size());
      for (Dispute.Matched m : d.matched()) {
        Node pair =
            uri(
                d.id()
                    + PAIR
                    + org.w3id.claimgraph.vocab.Ids.sha256Hex(m.a() + " " + m.b())
                        .substring(0, 12));
        g.add(c, CG.matchedPair.asNode(), pair);
        pairs.add(pair);
      }
      for (int i = 0; i < pairs.size(); i++) {
        Dispute.Matched m = d.matched().get(i);
        Node pair = pairs.get(i);
        g.add(pair, RDF.type.asNode(), CG.PropositionPair.asNode());
        g.add(pair, CG.propositionA.asNode(), uri(m.a()));
        g.add(pair, CG.propositionB.asNode(), uri(m.b()));
        g.add(pair, CG.rule.asNode(), uri(m.rule()));
        g.add(pair, CG.severity.asNode(), Terms.of(m.severity()).asNode());
        g.add(pair, CG.pairCount.asNode(), integer(m.pairs()));
      }
    }
  }

  /**
   * How many disputes a conflicts graph holds, and the claim pairs they stand for: those of their
   * matched propositions ({@code cg:pairCount}), not every claim of one side against every claim of
   * the other.
   */
  public record Totals(int disputes, long pairs) {}

  /** The {@link Totals} of the conflicts graph {@code conflicts}, as stored. */
  public static Totals totals(Graph conflicts) {
    int disputes = 0;
    long pairs = 0;
    for (Triple t : conflicts.find(Node.ANY, RDF.type.asNode(), CG.Conflict.asNode()).toList()) {
      disputes++;
      var n = conflicts.find(t.getSubject(), CG.pairCount.asNode(), Node.ANY);
      if (n.hasNext()) {
        pairs += Long.parseLong(n.next().getObject().getLiteralLexicalForm());
      }
    }
    return new Totals(disputes, pairs);
  }

  private interface Sink {
    void add(Node s, Node p, Node o);
  }

  private static void side(Sink g, Node conflict, Dispute.Side side, boolean a) {
    Set<String> propositions = new HashSet<>();
    for (Proposition p : side.propositions()) {
      g.add(conflict, (a ? CG.propositionA : CG.propositionB).asNode(), uri(p.iri()));
      propositions.add(p.iri());
    }
    g.add(
        conflict,
        (a ? CG.propositionCountA : CG.propositionCountB).asNode(),
        integer(propositions.size()));
    g.add(conflict, (a ? CG.claimCountA : CG.claimCountB).asNode(), integer(side.claims()));
    g.add(conflict, (a ? CG.sourceCountA : CG.sourceCountB).asNode(), integer(side.sources()));
    g.add(conflict, (a ? CG.strongestA : CG.strongestB).asNode(), uri(side.strongest().id()));
    g.add(
        conflict, (a ? CG.strengthA : CG.strengthB).asNode(), GradeWriter.decimal(side.strength()));
    Set<String> seen = new HashSet<>();
    for (String name : side.sourceNames()) {
      if (seen.add(name)) {
        g.add(
            conflict,
            (a ? CG.sourceNameA : CG.sourceNameB).asNode(),
            NodeFactory.createLiteralString(name));
      }
    }
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node bool(boolean b) {
    return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }
}
