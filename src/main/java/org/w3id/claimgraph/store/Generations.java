package org.w3id.claimgraph.store;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The store's generation: one more at every write (build or ingest), recorded in the build graph.
 * The search index commits the generation it reflects, so after a crash between the store's commit
 * and the index's, the two disagree and the index is rebuilt from the store.
 */
public final class Generations {
  /** The resource of the build record. */
  public static final String BUILD = Ids.BASE + "build";

  /** The library query that reads the build record. */
  public static final String QUERY = "build-record";

  private Generations() {}

  /** The generation the next write gets; call inside the write transaction. */
  public static long next(DatasetGraph dsg) {
    Node g = NodeFactory.createURI(Ids.BUILD_GRAPH);
    long current = 0;
    if (dsg.containsGraph(g)) {
      var it = dsg.getGraph(g).find(NodeFactory.createURI(BUILD), CG.generation.asNode(), Node.ANY);
      if (it.hasNext()) {
        current = Long.parseLong(it.next().getObject().getLiteralLexicalForm());
      }
    }
    return current + 1;
  }

  /** The store's current generation, 0 when it has never been written. */
  public static long current(Store store, QueryLibrary queries) {
    return store.read(
        link -> {
          for (Binding row : Sparql.select(link, queries.get(QUERY).query(), Map.of())) {
            Node n = row.get("generation");
            if (n != null) {
              return Long.parseLong(n.getLiteralLexicalForm());
            }
          }
          return 0L;
        });
  }

  /**
   * Whether the conflicts and grades lag behind the articles: a batched ingest stopped before its
   * last step. A store built before this was recorded counts as current.
   */
  public static boolean derivedIsStale(Store store, QueryLibrary queries) {
    return store.read(
        link -> {
          for (Binding row : Sparql.select(link, queries.get(QUERY).query(), Map.of())) {
            Node g = row.get("generation");
            Node d = row.get("derivedGeneration");
            if (g != null && d != null) {
              return !g.getLiteralLexicalForm().equals(d.getLiteralLexicalForm());
            }
          }
          return false;
        });
  }

  /** Records {@code generation} as the store's, in the write transaction. */
  public static void set(DatasetGraph dsg, long generation) {
    Node g = NodeFactory.createURI(Ids.BUILD_GRAPH);
    Node build = NodeFactory.createURI(BUILD);
    dsg.deleteAny(g, build, CG.generation.asNode(), Node.ANY);
    dsg.add(g, build, CG.generation.asNode(), literal(generation));
  }

  /** Records that the conflicts and grades reflect {@code generation}, in the write transaction. */
  public static void setDerived(DatasetGraph dsg, long generation) {
    Node g = NodeFactory.createURI(Ids.BUILD_GRAPH);
    Node build = NodeFactory.createURI(BUILD);
    dsg.deleteAny(g, build, CG.derivedGeneration.asNode(), Node.ANY);
    dsg.add(g, build, CG.derivedGeneration.asNode(), literal(generation));
  }

  public static Node literal(long generation) {
    return NodeFactory.createLiteralDT(Long.toString(generation), XSDDatatype.XSDinteger);
  }
}
