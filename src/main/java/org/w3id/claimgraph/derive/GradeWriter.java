package org.w3id.claimgraph.derive;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.SourceProfile;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.CITO;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.OBO;
import org.w3id.claimgraph.vocab.PROV;

/**
 * Writes grades and source profiles as RDF, for the graph {@code graph/grades}:
 *
 * <pre>
 * claim cg:grade claim#grade .
 * claim#grade a cg:Grade ; cg:policy cg:defaultPolicy ; cg:score -3 ; cg:provisionalScore -1 ;
 *     cg:gradeCertainty cg:GradeVeryLow ; cg:sortLevel cg:SortC ; cg:cebmLevel cg:Cebm5 ;
 *     cg:medicalEvidenceLevel schema:EvidenceLevelC ; cg:verdict cg:Unsupported ;
 *     cg:hasFactor line:3f2a…, line:9c04… .
 * line:3f2a… a cg:FactorLine ; cg:step 1 ; cg:factor cg:NoSource ; cg:delta -1 ;
 *     cg:reason "…"@en ; cg:evidenceCode obo:ECO_0000034 .
 * line:9c04… a cg:FactorLine, obo:SEPIO_0000002 ; cg:factor cg:Contradiction ; … ;
 *     prov:wasDerivedFrom other-claim, another-claim .
 * claim obo:SEPIO_0000008 line:9c04… .   # has disputing evidence line
 * article cg:sourceProfile article#profile .
 * </pre>
 *
 * A line that rests on other claims is a SEPIO evidence line: supporting when it raises the score
 * (consensus), disputing when it lowers it (contradiction, inconsistency). A line is stored once
 * however many grades it explains: its IRI ({@code …/id/line/…}) is a hash of what it says (step,
 * factor, change to the score, reason, evidence code, and the quotes and claims it rests on), and
 * every grade with that line links to it. "An article's assertion with no source" is one line for
 * all the claims it explains; so is "disputed by these five claims" for every claim of the side
 * they dispute that they outweigh alike.
 */
public final class GradeWriter {
  private GradeWriter() {}

  /** The grades graph of {@code result}, in memory: its lines and every grade. */
  public static Graph write(Grader.Result result, Policy policy) {
    LineIris iris = new LineIris(policy);
    Graph g = lines(result, policy, iris);
    write(
        result,
        policy,
        iris,
        t -> {
          if (t != null) {
            g.add(t);
          }
        });
    return g;
  }

  /**
   * Writes the grades graph of {@code result}, but for its {@link #lines lines}, in pieces: the
   * source profiles, then the grades of at most {@code chunk} claims at a time, each piece a graph
   * of its own handed to {@code sink}, so that an archive's grades never have to be in memory as
   * one graph. Every subject's triples are in one piece.
   */
  public static void write(
      Grader.Result result, Policy policy, int chunk, java.util.function.Consumer<Graph> sink) {
    write(result, policy, new LineIris(policy), chunk, sink);
  }

  /**
   * As {@link #write(Grader.Result, Policy, int, java.util.function.Consumer)}, with the lines'
   * IRIs worked out by {@code iris}, as {@link #lines(Grader.Result, Policy, LineIris)} was given.
   */
  public static void write(
      Grader.Result result,
      Policy policy,
      LineIris iris,
      int chunk,
      java.util.function.Consumer<Graph> sink) {
    Graph[] piece = {GraphFactory.createDefaultGraph()};
    int[] count = {0};
    write(
        result,
        policy,
        iris,
        t -> {
          if (t == null) {
            if (++count[0] >= chunk) {
              sink.accept(piece[0]);
              piece[0] = GraphFactory.createDefaultGraph();
              count[0] = 0;
            }
          } else {
            piece[0].add(t);
          }
        });
    if (!piece[0].isEmpty()) {
      sink.accept(piece[0]);
    }
  }

  /** The lines of {@code result}'s grades, each once. */
  public static Graph lines(Grader.Result result, Policy policy) {
    return lines(result, policy, new LineIris(policy));
  }

  /**
   * The IRIs of lines under a policy, each worked out once: a line that explains a thousand grades
   * (the consensus of a thousand sources) is hashed once, not once for each grade and each pass.
   */
  public static final class LineIris {
    private final Map<String, String> factorIris;
    private final Map<Factor, String> iris = new HashMap<>();

    public LineIris(Policy policy) {
      this.factorIris = factorIris(policy);
    }

    String of(Factor f) {
      return iris.computeIfAbsent(f, k -> line(k, factorIris));
    }
  }

  /** As {@link #lines(Grader.Result, Policy)}, with the lines' IRIs worked out by {@code iris}. */
  public static Graph lines(Grader.Result result, Policy policy, LineIris iris) {
    Map<String, String> factorIris = iris.factorIris;
    Graph g = GraphFactory.createDefaultGraph();
    Set<String> seen = new HashSet<>();
    for (Grade grade : result.grades().values()) {
      for (Factor f : grade.factors()) {
        String iri = iris.of(f);
        if (!seen.add(iri)) {
          continue;
        }
        Node line = uri(iri);
        g.add(line, RDF.type.asNode(), CG.FactorLine.asNode());
        g.add(line, CG.step.asNode(), integer(f.step()));
        g.add(line, CG.factor.asNode(), uri(factorIris.get(f.code())));
        g.add(line, CG.delta.asNode(), decimal(f.delta()));
        g.add(line, CG.reason.asNode(), en(f.reason()));
        if (f.evidenceCode() != null) {
          g.add(line, CG.evidenceCode.asNode(), uri(f.evidenceCode()));
        }
        for (String q : f.quotes()) {
          g.add(line, CG.evidenceQuote.asNode(), en(q));
        }
        if (!f.claims().isEmpty()) {
          g.add(line, RDF.type.asNode(), OBO.SEPIO_0000002.asNode());
          for (String other : f.claims()) {
            g.add(line, PROV.wasDerivedFrom.asNode(), uri(other));
          }
        }
      }
    }
    return g;
  }

  /** Whether {@code node} is a factor line. */
  public static boolean isLine(Node node) {
    return node.isURI() && node.getURI().startsWith(Ids.LINE);
  }

  /**
   * The IRI of a line: a hash of all it says. Its quotes and claims are sets in the graph, so they
   * are hashed in order.
   */
  private static String line(Factor f, Map<String, String> factorIris) {
    StringBuilder key =
        new StringBuilder()
            .append(f.step())
            .append('\n')
            .append(factorIris.get(f.code()))
            .append('\n')
            .append(decimal(f.delta()).getLiteralLexicalForm())
            .append('\n')
            .append(f.reason())
            .append('\n')
            .append(f.evidenceCode());
    for (String q : new TreeSet<>(f.quotes())) {
      key.append("\nquote ").append(q);
    }
    for (String c : new TreeSet<>(f.claims())) {
      key.append("\nclaim ").append(c);
    }
    return Ids.LINE + Ids.sha256Hex(key.toString()).substring(0, 16);
  }

  /** Every triple to {@code out}, and a null after each claim's grade. */
  private static void write(
      Grader.Result result, Policy policy, LineIris iris, java.util.function.Consumer<Triple> out) {
    Sink g = (s, p, o) -> out.accept(Triple.create(s, p, o));
    Map<String, String> termIris = termIris(policy);
    Map<String, String> qualificationIris = new HashMap<>();
    policy.qualifications().forEach(q -> qualificationIris.put(q.label(), q.iri()));
    Node policyNode = uri(policy.iri());
    for (SourceProfile p : result.profiles().values()) {
      Node article = uri(Ids.article(p.slug()));
      Node profile = uri(Ids.article(p.slug()) + "#profile");
      g.add(article, CG.sourceProfile.asNode(), profile);
      g.add(profile, RDF.type.asNode(), CG.SourceProfile.asNode());
      g.add(profile, CG.sourceKind.asNode(), uri(p.kind()));
      g.add(profile, CG.commercialInterest.asNode(), bool(p.commercial()));
      g.add(profile, CG.reason.asNode(), en(p.commercialReason()));
      if (p.commercialEvidence() != null) {
        g.add(profile, CG.commercialInterestEvidence.asNode(), en(p.commercialEvidence()));
      }
      for (String c : p.credentials()) {
        g.add(profile, CG.authorCredential.asNode(), en(c));
      }
      String q = qualificationIris.get(p.qualification());
      if (q != null) {
        g.add(profile, CG.qualification.asNode(), uri(q));
      }
    }
    result
        .grades()
        .forEach(
            (claimIri, grade) -> {
              Node claim = uri(claimIri);
              Node node = uri(claimIri + "#grade");
              Policy.Band band = policy.band(grade.score());
              g.add(claim, CG.grade.asNode(), node);
              String cited = result.citations().get(claimIri);
              if (cited != null) {
                g.add(claim, CITO.cites.asNode(), uri(cited));
              }
              g.add(node, RDF.type.asNode(), CG.Grade.asNode());
              g.add(node, CG.policy.asNode(), policyNode);
              g.add(node, CG.score.asNode(), decimal(grade.score()));
              g.add(node, CG.provisionalScore.asNode(), decimal(grade.provisional()));
              g.add(node, CG.gradeCertainty.asNode(), uri(band.certainty().iri()));
              g.add(node, CG.sortLevel.asNode(), uri(band.sort().iri()));
              g.add(node, CG.cebmLevel.asNode(), uri(band.cebm().iri()));
              g.add(node, CG.medicalEvidenceLevel.asNode(), uri(band.evidenceLevel().iri()));
              g.add(node, CG.verdict.asNode(), uri(termIris.get(grade.verdict())));
              for (Factor f : grade.factors()) {
                Node line = uri(iris.of(f));
                g.add(node, CG.hasFactor.asNode(), line);
                if (!f.claims().isEmpty()) {
                  g.add(
                      claim,
                      (disputing(f, policy) ? OBO.SEPIO_0000008 : OBO.SEPIO_0000007).asNode(),
                      line);
                }
              }
              out.accept(null);
            });
  }

  /**
   * Whether a line rests on claims that dispute its claim: one that lowers the score, or the
   * precaution line, which lists the dissent it set aside.
   */
  private static boolean disputing(Factor f, Policy policy) {
    Policy.Factor precaution = policy.precaution();
    return f.delta() < 0 || (precaution != null && precaution.code().equals(f.code()));
  }

  private interface Sink {
    void add(Node s, Node p, Node o);
  }

  private static Map<String, String> factorIris(Policy policy) {
    Map<String, String> out = new HashMap<>();
    policy.designs().forEach(s -> out.put(s.code(), s.iri()));
    for (Policy.Support s :
        new Policy.Support[] {
          policy.cited(), policy.expert(), policy.namedPerson(), policy.none()
        }) {
      out.put(s.code(), s.iri());
    }
    policy.bySourceKind().values().forEach(s -> out.put(s.code(), s.iri()));
    policy.factors().forEach(f -> out.put(f.code(), f.iri()));
    return out;
  }

  /** Verdict IRIs by label, from the bands and the verdict rules. */
  private static Map<String, String> termIris(Policy policy) {
    Map<String, String> out = new HashMap<>();
    policy.bands().forEach(b -> out.put(b.verdict().label(), b.verdict().iri()));
    policy.verdictRules().forEach(r -> out.put(r.verdict().label(), r.verdict().iri()));
    return out;
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node en(String s) {
    return NodeFactory.createLiteralLang(s, "en");
  }

  private static Node bool(boolean b) {
    return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
  }

  private static Node integer(int i) {
    return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
  }

  static Node decimal(double d) {
    BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    if (b.scale() < 1) {
      b = b.setScale(1);
    }
    return NodeFactory.createLiteralDT(b.toPlainString(), XSDDatatype.XSDdecimal);
  }
}
