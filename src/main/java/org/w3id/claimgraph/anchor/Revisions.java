package org.w3id.claimgraph.anchor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.PROV;
import org.w3id.claimgraph.vocab.Schema;

/**
 * An article ingested again with another text becomes a new revision of it. Each claim of the old
 * graph is re-anchored in the new text ({@link Anchoring}); where the new extraction makes the same
 * claim (same intervention, relation, condition and polarity) over the re-anchored span, the new
 * claim takes the old one's IRI, so its reviews and history stay with it. An old claim the new text
 * no longer makes is kept as a {@code cg:WithdrawnClaim} of the old revision, with its quote. The
 * old text becomes a {@code cg:ArticleRevision} (its SHA-256, its text, when it was replaced),
 * linked from the article by {@code prov:wasRevisionOf}; the revisions and withdrawn claims of
 * earlier ingests are carried along.
 */
public final class Revisions {
  private Revisions() {}

  /**
   * The new graph, with what it carries over from the old.
   *
   * @param carried claims of the old revision the new one makes too (their IRIs kept)
   * @param moved of those, how many had to be re-anchored (moved or edited)
   * @param withdrawn claims of the old revision the new one does not make
   */
  public record Result(Graph graph, int carried, int moved, int withdrawn) {}

  /** What identifies a claim's statement, whatever its span. */
  private record Statement(Node intervention, Node relation, Node condition, Node negated) {}

  private record Made(Node iri, Statement statement, Anchoring.Selector selector) {}

  /**
   * @param old the article's graph as the store holds it
   * @param fresh the graph of the article as just extracted from its new text
   * @param now when the new revision replaces the old
   */
  public static Result carry(String slug, Graph old, Graph fresh, Instant now) {
    Node article = NodeFactory.createURI(Ids.article(slug));
    String oldText = literal(old, article, Schema.text.asNode());
    String newText = literal(fresh, article, Schema.text.asNode());
    String oldDigest = literal(old, article, Schema.sha256.asNode());
    if (oldText == null || newText == null || oldDigest == null) {
      return new Result(fresh, 0, 0, 0);
    }
    if (oldText.equals(newText)) {
      // The same text again (other metadata, or after a retraction): no new revision, the
      // history kept, what it withdrew made again.
      Graph g = GraphFactory.createDefaultGraph();
      fresh.find().forEachRemaining(g::add);
      keepHistory(old, g);
      return new Result(g, 0, 0, 0);
    }
    Node revision =
        NodeFactory.createURI(Ids.article(slug) + "/revision/" + oldDigest.substring(0, 16));
    List<Made> before = claims(old);
    List<Made> after = claims(fresh);
    Anchoring anchoring = new Anchoring(oldText, newText);
    Map<Node, Node> rename = new HashMap<>();
    Map<String, Anchoring.Anchor> anchors = new HashMap<>();
    Set<Node> taken = new HashSet<>();
    List<Made> withdrawn = new ArrayList<>();
    for (Made m : before) {
      Anchoring.Anchor a = anchoring.anchor(m.selector());
      Made match = null;
      int best = 0;
      if (a.span() != null) {
        for (Made n : after) {
          int overlap =
              Math.min(a.span().end(), n.selector().end())
                  - Math.max(a.span().start(), n.selector().start());
          if (n.statement().equals(m.statement()) && !taken.contains(n.iri()) && overlap > best) {
            best = overlap;
            match = n;
          }
        }
      }
      if (match == null) {
        withdrawn.add(m);
        continue;
      }
      taken.add(match.iri());
      rename.put(match.iri(), m.iri());
      if (a.status() != Anchoring.Status.ANCHORED) {
        anchors.put(m.iri().getURI(), a);
      }
    }
    Graph g = GraphFactory.createDefaultGraph();
    for (Triple t : fresh.find().toList()) {
      g.add(renamed(t.getSubject(), rename), t.getPredicate(), renamed(t.getObject(), rename));
    }
    AnchorWriter.write(anchors, g);
    // The old text as a revision of the article, and what it was a revision of in turn.
    g.add(article, PROV.wasRevisionOf.asNode(), revision);
    g.add(revision, RDF.type.asNode(), CG.ArticleRevision.asNode());
    g.add(revision, RDF.type.asNode(), PROV.Entity.asNode());
    g.add(revision, Schema.sha256.asNode(), NodeFactory.createLiteralString(oldDigest));
    g.add(revision, Schema.text.asNode(), NodeFactory.createLiteralString(oldText));
    g.add(
        revision,
        PROV.invalidatedAtTime.asNode(),
        NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime));
    old.find(article, PROV.wasRevisionOf.asNode(), Node.ANY)
        .forEachRemaining(t -> g.add(revision, PROV.wasRevisionOf.asNode(), t.getObject()));
    keepHistory(old, g);
    // The claims the new text no longer makes, as they were in the old one.
    Map<Node, List<Triple>> byClaim = byResource(old);
    Node when = NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime);
    for (Made m : withdrawn) {
      withdraw(byClaim, m.iri(), revision, when, g);
    }
    return new Result(g, rename.size(), anchors.size(), withdrawn.size());
  }

  /** Earlier revisions and their withdrawn claims, from {@code old} into {@code g}. */
  private static void keepHistory(Graph old, Graph g) {
    Set<Node> history = new HashSet<>();
    old.find(Node.ANY, RDF.type.asNode(), CG.ArticleRevision.asNode())
        .forEachRemaining(t -> history.add(t.getSubject()));
    old.find(Node.ANY, RDF.type.asNode(), CG.WithdrawnClaim.asNode())
        .forEachRemaining(t -> history.add(t.getSubject()));
    // A claim withdrawn earlier that the new text makes again is a claim, not history.
    Set<Node> current = new HashSet<>();
    g.find(Node.ANY, RDF.type.asNode(), CG.Claim.asNode())
        .forEachRemaining(t -> current.add(t.getSubject()));
    history.removeAll(current);
    for (Triple t : old.find().toList()) {
      if (history.contains(base(t.getSubject()))) {
        g.add(t);
      }
    }
  }

  /**
   * Claim {@code c} of {@code from} added to {@code g} as a {@code cg:WithdrawnClaim} of {@code
   * revision}: what it said and its quote and offsets in that revision's text, without what
   * re-anchoring said of it.
   */
  private static void withdraw(
      Map<Node, List<Triple>> from, Node c, Node revision, Node when, Graph g) {
    for (Triple t : from.getOrDefault(c, List.of())) {
      Node p = t.getPredicate();
      if (t.getSubject().equals(c) && p.equals(RDF.type.asNode())) {
        g.add(c, RDF.type.asNode(), CG.WithdrawnClaim.asNode());
      } else if (t.getSubject().getURI().endsWith("#span") && p.equals(OA.hasSource.asNode())) {
        g.add(t.getSubject(), p, revision);
      } else if (!p.equals(CG.anchoring.asNode())
          && !p.equals(CG.anchorShift.asNode())
          && !p.equals(CG.keptShare.asNode())) {
        g.add(t);
      }
    }
    g.add(c, CG.withdrawnIn.asNode(), revision);
    g.add(c, PROV.invalidatedAtTime.asNode(), when);
  }

  /**
   * The graph of a retracted article: the article marked {@code cg:Retracted} with the reason and
   * when; its text kept; every claim kept as a {@code cg:WithdrawnClaim} of the retracted text, so
   * that it leaves grading and conflicts and stays queryable.
   */
  public static Graph retract(String slug, Graph current, String reason, Instant now) {
    Node article = NodeFactory.createURI(Ids.article(slug));
    String digest = literal(current, article, Schema.sha256.asNode());
    Node revision =
        NodeFactory.createURI(
            Ids.article(slug)
                + "/revision/"
                + (digest == null ? "retracted" : digest.substring(0, 16)));
    Node when = NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime);
    Set<Node> claims = new HashSet<>();
    current
        .find(Node.ANY, RDF.type.asNode(), CG.Claim.asNode())
        .forEachRemaining(t -> claims.add(t.getSubject()));
    Graph g = GraphFactory.createDefaultGraph();
    for (Triple t : current.find().toList()) {
      if (!claims.contains(base(t.getSubject()))) {
        g.add(t);
      }
    }
    Map<Node, List<Triple>> byClaim = byResource(current);
    for (Node c : claims) {
      withdraw(byClaim, c, revision, when, g);
    }
    g.add(revision, RDF.type.asNode(), CG.ArticleRevision.asNode());
    g.add(revision, RDF.type.asNode(), PROV.Entity.asNode());
    if (digest != null) {
      g.add(revision, Schema.sha256.asNode(), NodeFactory.createLiteralString(digest));
    }
    g.add(revision, PROV.invalidatedAtTime.asNode(), when);
    g.add(article, CG.articleStatus.asNode(), CG.Retracted.asNode());
    g.add(article, CG.retractionReason.asNode(), NodeFactory.createLiteralString(reason));
    g.add(article, PROV.invalidatedAtTime.asNode(), when);
    return g;
  }

  /** The triples of {@code g} by the resource their subject is or is a fragment of. */
  private static Map<Node, List<Triple>> byResource(Graph g) {
    Map<Node, List<Triple>> out = new HashMap<>();
    g.find()
        .forEachRemaining(
            t -> out.computeIfAbsent(base(t.getSubject()), k -> new ArrayList<>()).add(t));
    return out;
  }

  /** The claims of a graph, each with what it states and its selector. */
  private static List<Made> claims(Graph g) {
    List<Made> out = new ArrayList<>();
    for (Triple t : g.find(Node.ANY, RDF.type.asNode(), CG.Claim.asNode()).toList()) {
      Node c = t.getSubject();
      Node quote = NodeFactory.createURI(c.getURI() + "#quote");
      Node position = NodeFactory.createURI(c.getURI() + "#position");
      String exact = literal(g, quote, OA.exact.asNode());
      String start = literal(g, position, OA.start.asNode());
      String end = literal(g, position, OA.end.asNode());
      if (exact == null || start == null || end == null) {
        continue;
      }
      out.add(
          new Made(
              c,
              new Statement(
                  object(g, c, CG.intervention.asNode()),
                  object(g, c, CG.relation.asNode()),
                  object(g, c, CG.condition.asNode()),
                  object(g, c, CG.negated.asNode())),
              new Anchoring.Selector(
                  Integer.parseInt(start),
                  Integer.parseInt(end),
                  exact,
                  literal(g, quote, OA.prefix.asNode()),
                  literal(g, quote, OA.suffix.asNode()))));
    }
    out.sort((x, y) -> Integer.compare(x.selector().start(), y.selector().start()));
    return out;
  }

  /** The resource a fragment IRI belongs to ({@code claim#span} → {@code claim}). */
  private static Node base(Node n) {
    if (!n.isURI() || !n.getURI().contains("#")) {
      return n;
    }
    return NodeFactory.createURI(n.getURI().substring(0, n.getURI().indexOf('#')));
  }

  private static Node renamed(Node n, Map<Node, Node> rename) {
    if (!n.isURI()) {
      return n;
    }
    Node b = base(n);
    Node to = rename.get(b);
    if (to == null) {
      return n;
    }
    return n.equals(b)
        ? to
        : NodeFactory.createURI(to.getURI() + n.getURI().substring(b.getURI().length()));
  }

  private static Node object(Graph g, Node s, Node p) {
    var it = g.find(s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }

  private static String literal(Graph g, Node s, Node p) {
    Node o = object(g, s, p);
    return o == null || !o.isLiteral() ? null : o.getLiteralLexicalForm();
  }
}
