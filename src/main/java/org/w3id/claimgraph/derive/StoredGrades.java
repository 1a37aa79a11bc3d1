package org.w3id.claimgraph.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.CITO;
import org.w3id.claimgraph.vocab.PROV;

/**
 * Reads back from the grades graph what {@link GradeWriter} wrote of a claim's grade: the lines
 * that rest on the claim alone ({@link Grader.Kept}), so an incremental derivation can weigh a
 * claim's agreement and disputes again without reading its article's text. A line is read once
 * however many grades link to it.
 */
final class StoredGrades {
  private final Graph grades;
  private final Map<String, String[]> factors = new HashMap<>();
  private final Set<String> citationSupport = new HashSet<>();
  private final Set<String> citationChecks = new HashSet<>();
  private final Map<Node, Factor> lines = new HashMap<>();
  private final Map<Node, String> factorOfLine = new HashMap<>();
  private final Map<String, List<Node>> linesOfClaim = new HashMap<>();

  StoredGrades(Graph grades, Policy policy) {
    this.grades = grades;
    List<Policy.Support> supports = new ArrayList<>(policy.designs());
    supports.addAll(List.of(policy.cited(), policy.expert(), policy.namedPerson(), policy.none()));
    supports.addAll(policy.bySourceKind().values());
    for (Policy.Support s : supports) {
      factors.put(s.iri(), new String[] {s.code(), s.label()});
    }
    policy.factors().forEach(f -> factors.put(f.iri(), new String[] {f.code(), f.label()}));
    // The support a citation lends before it is resolved: the designs, and a citation's own.
    policy.designs().forEach(s -> citationSupport.add(s.iri()));
    citationSupport.add(policy.cited().iri());
    for (Policy.Factor f :
        new Policy.Factor[] {policy.unverifiedCitation(), policy.citationDoesNotSupport()}) {
      if (f != null) {
        citationChecks.add(f.iri());
      }
    }
  }

  /**
   * The stored grade of {@code claim} as far as it rests on the claim alone, or null where it has
   * none, or where its sentence cites something: what a citation resolves to can change with any
   * article, so such a claim is graded again in full.
   */
  Grader.Kept kept(String claim) {
    Node c = NodeFactory.createURI(claim);
    Node grade = NodeFactory.createURI(claim + "#grade");
    if (!grades.contains(c, CG.grade.asNode(), grade)
        || grades.find(c, CITO.cites.asNode(), Node.ANY).hasNext()) {
      return null;
    }
    List<Factor> own = new ArrayList<>();
    String support = null;
    int first = Integer.MAX_VALUE;
    for (Node line : linesOf(claim, grade)) {
      String factor = factorOf(line);
      if (factor == null || citationChecks.contains(factor)) {
        return null;
      }
      if (!Grader.WEIGHING_OTHERS.contains(factor)) {
        Factor f = lines.computeIfAbsent(line, l -> read(l, factor));
        own.add(f);
        if (f.step() < first) {
          first = f.step();
          support = factor;
        }
      }
    }
    if (own.isEmpty() || citationSupport.contains(support)) {
      return null;
    }
    own.sort(Comparator.comparingInt(Factor::step));
    return new Grader.Kept(own);
  }

  /**
   * The stored strength of {@code claim}, at which a claim not graded again is weighed: its scores
   * before disputes and after, and before agreement (the score before disputes less what its
   * consensus line gave); null where it has no stored grade.
   */
  Grader.Pinned pinned(String claim) {
    Node grade = NodeFactory.createURI(claim + "#grade");
    Node score = one(grade, CG.score.asNode());
    Node provisional = one(grade, CG.provisionalScore.asNode());
    if (score == null || provisional == null) {
      return null;
    }
    double before = number(provisional);
    double consensus = 0;
    for (Node line : linesOf(claim, grade)) {
      String factor = factorOf(line);
      if (CG.Consensus.getURI().equals(factor)) {
        consensus += lines.computeIfAbsent(line, l -> read(l, factor)).delta();
      }
    }
    return new Grader.Pinned(before, before - consensus, number(score));
  }

  private static double number(Node literal) {
    return new BigDecimal(literal.getLiteralLexicalForm()).doubleValue();
  }

  /** The lines the stored grade {@code grade} of {@code claim} links to, read once a claim. */
  private List<Node> linesOf(String claim, Node grade) {
    return linesOfClaim.computeIfAbsent(
        claim,
        c ->
            grades
                .find(grade, CG.hasFactor.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .toList());
  }

  /** The factor of a stored line (null where it names none), read once a line. */
  private String factorOf(Node line) {
    return factorOfLine.computeIfAbsent(
        line,
        l -> {
          var it = grades.find(l, CG.factor.asNode(), Node.ANY);
          return it.hasNext() ? it.next().getObject().getURI() : null;
        });
  }

  private Factor read(Node line, String factor) {
    String[] named = factors.get(factor);
    if (named == null) {
      throw new IllegalStateException(
          "the stored line <" + line + "> names no factor of the policy");
    }
    TreeSet<String> quotes = new TreeSet<>();
    grades
        .find(line, CG.evidenceQuote.asNode(), Node.ANY)
        .forEachRemaining(t -> quotes.add(t.getObject().getLiteralLexicalForm()));
    TreeSet<String> claims = new TreeSet<>();
    grades
        .find(line, PROV.wasDerivedFrom.asNode(), Node.ANY)
        .forEachRemaining(t -> claims.add(t.getObject().getURI()));
    Node evidence = one(line, CG.evidenceCode.asNode());
    return new Factor(
        Integer.parseInt(one(line, CG.step.asNode()).getLiteralLexicalForm()),
        named[0],
        named[1],
        new BigDecimal(one(line, CG.delta.asNode()).getLiteralLexicalForm()).doubleValue(),
        one(line, CG.reason.asNode()).getLiteralLexicalForm(),
        evidence == null ? null : evidence.getURI(),
        List.copyOf(quotes),
        List.copyOf(claims));
  }

  private Node one(Node s, Node p) {
    var it = grades.find(s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }
}
