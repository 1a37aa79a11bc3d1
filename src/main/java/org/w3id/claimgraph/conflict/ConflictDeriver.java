package org.w3id.claimgraph.conflict;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.vocab.CG;

/**
 * Derives the conflicts graph by running {@code queries/derive-conflicts.rq}, which is generic over
 * the conflict rules in the ontology: the rules are data, the query applies them.
 */
public final class ConflictDeriver {
  private ConflictDeriver() {}

  /** The conflicts among all claims of {@code dataset}; call inside a transaction. */
  public static Graph derive(DatasetGraph dataset, QueryLibrary queries) {
    return Sparql.construct(dataset, queries.get(QueryLibrary.DERIVE_CONFLICTS).query());
  }

  /** The number of conflicts in a derived graph. */
  public static int count(Graph conflicts) {
    return conflicts.find(Node.ANY, RDF.type.asNode(), CG.Conflict.asNode()).toList().size();
  }
}
