package org.w3id.claimgraph.derive;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.claimgraph.query.QueryLibrary;
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
 * <p>For each person an added, replaced or removed version names, what the archive stated of them
 * before the first such change ({@code cg:pendingAgentFacts}, the person's IRI and a digest of
 * their facts as a grading reads them): a derivation grades their claims elsewhere again only where
 * that changed.
 *
 * <pre>
 * build cg:pendingArticle article ; cg:pendingCondition concept ; cg:pendingClaim claim ;
 *     cg:pendingAgent person ; cg:pendingAgentFacts "person-IRI digest" .
 * </pre>
 */
public final class Pending {
  /** What a derivation must redo. */
  public record Changes(
      Set<String> articles,
      Set<String> conditions,
      Set<String> claims,
      Set<String> agents,
      Map<String, String> agentFacts) {
    public boolean isEmpty() {
      return articles.isEmpty();
    }
  }

  private Pending() {}

  /**
   * Records that the article {@code slug} is about to be added, replaced or retracted, what its
   * stored version ({@code old}, empty for a new article) said, and what the archive states of the
   * people either version names ({@code fresh}, the version to be stored) where no earlier change
   * since the last derivation recorded it; call in the write transaction that replaces it, before
   * it does.
   */
  public static void record(
      DatasetGraph dsg, QueryLibrary queries, String slug, Graph old, Graph fresh) {
    Graph build = dsg.getGraph(node(Ids.BUILD_GRAPH));
    Node b = node(Generations.BUILD);
    build.add(b, CG.pendingArticle.asNode(), node(Ids.article(slug)));
    Facts f = facts(old);
    f.conditions.forEach(c -> build.add(b, CG.pendingCondition.asNode(), node(c)));
    f.claims.forEach(c -> build.add(b, CG.pendingClaim.asNode(), node(c)));
    f.agents.forEach(a -> build.add(b, CG.pendingAgent.asNode(), node(a)));
    Set<String> named = new TreeSet<>(f.agents);
    named.addAll(facts(fresh).agents);
    named.removeAll(agentFacts(build).keySet());
    if (named.isEmpty()) {
      return;
    }
    Map<String, GradingInput.AgentFacts> now;
    try (RDFLink link = RDFLinkFactory.connect(dsg)) {
      now = GradingInputReader.agentFacts(link, queries, named);
    }
    for (String agent : named) {
      build.add(
          b,
          CG.pendingAgentFacts.asNode(),
          NodeFactory.createLiteralString(agent + " " + digest(now.get(agent))));
    }
  }

  /**
   * A digest of what the archive states of a person ({@code facts}, null where it states nothing):
   * equal digests, equal facts.
   */
  static String digest(GradingInput.AgentFacts facts) {
    return Ids.sha256Hex(facts == null ? "" : facts.toString());
  }

  private static Map<String, String> agentFacts(Graph build) {
    Map<String, String> out = new TreeMap<>();
    for (Triple t :
        build.find(node(Generations.BUILD), CG.pendingAgentFacts.asNode(), Node.ANY).toList()) {
      String value = t.getObject().getLiteralLexicalForm();
      int space = value.lastIndexOf(' ');
      out.put(value.substring(0, space), value.substring(space + 1));
    }
    return out;
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
    Map<String, String> agentFacts = Map.of();
    Node g = node(Ids.BUILD_GRAPH);
    if (dsg.containsGraph(g)) {
      Graph build = dsg.getGraph(g);
      Node b = node(Generations.BUILD);
      objects(build, b, CG.pendingArticle.asNode(), articles);
      objects(build, b, CG.pendingCondition.asNode(), conditions);
      objects(build, b, CG.pendingClaim.asNode(), claims);
      objects(build, b, CG.pendingAgent.asNode(), agents);
      agentFacts = agentFacts(build);
    }
    for (String article : articles) {
      Node ag = node(Ids.articleGraph(Ids.slugOf(article)));
      if (dsg.containsGraph(ag)) {
        Facts f = facts(dsg.getGraph(ag));
        conditions.addAll(f.conditions);
        agents.addAll(f.agents);
      }
    }
    return new Changes(articles, conditions, claims, agents, agentFacts);
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
          CG.pendingAgent.asNode(),
          CG.pendingAgentFacts.asNode()
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
