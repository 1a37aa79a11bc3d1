package org.w3id.claimgraph.derive;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.claimgraph.store.Generations;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.PROV;
import org.w3id.claimgraph.vocab.Schema;

/**
 * What changed since the conflicts and grades were last derived, kept on the build record in the
 * same transaction as the change, so a derivation that never ran (an ingest killed before its last
 * step) still knows what to redo: the articles added or replaced, and of the versions they replaced
 * the conditions their claims were about, the claims themselves and the people they named.
 *
 * <pre>
 * build cg:pendingArticle article ; cg:pendingCondition concept ; cg:pendingClaim claim ;
 *     cg:pendingAgent person .
 * </pre>
 */
public final class Pending {
  /** What a derivation must redo. */
  public record Changes(
      Set<String> articles, Set<String> conditions, Set<String> claims, Set<String> agents) {
    public boolean isEmpty() {
      return articles.isEmpty();
    }
  }

  private Pending() {}

  /**
   * Records that the article {@code slug} is about to be added or replaced, and what its stored
   * version ({@code old}, empty for a new article) said; call in the write transaction that
   * replaces it.
   */
  public static void record(DatasetGraph dsg, String slug, Graph old) {
    Graph build = dsg.getGraph(node(Ids.BUILD_GRAPH));
    Node b = node(Generations.BUILD);
    build.add(b, CG.pendingArticle.asNode(), node(Ids.article(slug)));
    Facts f = facts(old);
    f.conditions.forEach(c -> build.add(b, CG.pendingCondition.asNode(), node(c)));
    f.claims.forEach(c -> build.add(b, CG.pendingClaim.asNode(), node(c)));
    f.agents.forEach(a -> build.add(b, CG.pendingAgent.asNode(), node(a)));
  }

  /**
   * The changes recorded since the last derivation, with what the current versions of the articles
   * say added: their claims' conditions and the people they name.
   */
  public static Changes read(DatasetGraph dsg) {
    Set<String> articles = new TreeSet<>();
    Set<String> conditions = new TreeSet<>();
    Set<String> claims = new TreeSet<>();
    Set<String> agents = new TreeSet<>();
    Node g = node(Ids.BUILD_GRAPH);
    if (dsg.containsGraph(g)) {
      Graph build = dsg.getGraph(g);
      Node b = node(Generations.BUILD);
      objects(build, b, CG.pendingArticle.asNode(), articles);
      objects(build, b, CG.pendingCondition.asNode(), conditions);
      objects(build, b, CG.pendingClaim.asNode(), claims);
      objects(build, b, CG.pendingAgent.asNode(), agents);
    }
    for (String article : articles) {
      Node ag = node(Ids.articleGraph(Ids.slugOf(article)));
      if (dsg.containsGraph(ag)) {
        Facts f = facts(dsg.getGraph(ag));
        conditions.addAll(f.conditions);
        agents.addAll(f.agents);
      }
    }
    return new Changes(articles, conditions, claims, agents);
  }

  /** Forgets the recorded changes: the derivation that read them has written its results. */
  public static void clear(DatasetGraph dsg) {
    Node g = node(Ids.BUILD_GRAPH);
    Node b = node(Generations.BUILD);
    for (Node p :
        new Node[] {
          CG.pendingArticle.asNode(),
          CG.pendingCondition.asNode(),
          CG.pendingClaim.asNode(),
          CG.pendingAgent.asNode()
        }) {
      dsg.deleteAny(g, b, p, Node.ANY);
    }
  }

  private record Facts(Set<String> conditions, Set<String> claims, Set<String> agents) {}

  private static Facts facts(Graph article) {
    Set<String> conditions = new TreeSet<>();
    Set<String> claims = new TreeSet<>();
    Set<String> agents = new TreeSet<>();
    article
        .find(Node.ANY, RDF.type.asNode(), CG.Claim.asNode())
        .forEachRemaining(
            t -> {
              Node claim = t.getSubject();
              claims.add(claim.getURI());
              article
                  .find(claim, CG.condition.asNode(), Node.ANY)
                  .forEachRemaining(c -> conditions.add(c.getObject().getURI()));
            });
    for (Node p : new Node[] {PROV.wasAttributedTo.asNode(), Schema.author.asNode()}) {
      article
          .find(Node.ANY, p, Node.ANY)
          .forEachRemaining(
              t -> {
                if (t.getObject().isURI()) {
                  agents.add(t.getObject().getURI());
                }
              });
    }
    article
        .find(Node.ANY, RDF.type.asNode(), Schema.Person.asNode())
        .forEachRemaining(
            t -> {
              if (t.getSubject().isURI()) {
                agents.add(t.getSubject().getURI());
              }
            });
    return new Facts(conditions, claims, agents);
  }

  private static void objects(Graph g, Node s, Node p, Set<String> out) {
    for (Triple t : g.find(s, p, Node.ANY).toList()) {
      out.add(t.getObject().getURI());
    }
  }

  private static Node node(String iri) {
    return NodeFactory.createURI(iri);
  }
}
