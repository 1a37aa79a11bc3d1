package org.w3id.claimgraph.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.anchor.Revisions;
import org.w3id.claimgraph.derive.Derivations;
import org.w3id.claimgraph.derive.Pending;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.Generations;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Retracts an ingested article: its claims leave grading and conflicts and stay in the store as
 * withdrawn claims, its text is kept, and what the retraction changes is derived again, as an
 * ingest derives what it changes.
 */
public final class Retraction {
  private Retraction() {}

  /**
   * Retracts the article {@code slug} for {@code reason} at {@code now}, and derives what that
   * changes; returns how many claims were withdrawn. Fails, storing nothing, for an article that is
   * not in the store, is the curated corpus's, or is already retracted.
   */
  public static int retract(
      LocalStore store,
      SearchIndex index,
      QueryLibrary queries,
      String slug,
      String reason,
      Instant now) {
    Node g = NodeFactory.createURI(Ids.articleGraph(slug));
    Node article = NodeFactory.createURI(Ids.article(slug));
    int withdrawn =
        store.calculateWrite(
            w -> {
              DatasetGraph dsg = w.dataset();
              if (!dsg.contains(g, article, Node.ANY, Node.ANY)) {
                throw new InputException(
                    slug, -1, -1, "no such article (`claimgraph query articles` lists them)");
              }
              if (dsg.contains(g, article, CG.origin.asNode(), CG.CorpusOrigin.asNode())) {
                throw new InputException(
                    slug,
                    -1,
                    -1,
                    "is an article of the curated corpus: remove or edit its files in corpus/");
              }
              if (dsg.contains(g, article, CG.articleStatus.asNode(), CG.Retracted.asNode())) {
                throw new InputException(slug, -1, -1, "is already retracted");
              }
              Graph current = GraphFactory.createDefaultGraph();
              dsg.getGraph(g).find().forEachRemaining(current::add);
              List<String> claims =
                  current
                      .find(Node.ANY, RDF.type.asNode(), CG.Claim.asNode())
                      .mapWith(t -> t.getSubject().getURI())
                      .toList();
              long generation = Generations.next(dsg);
              Graph retracted = Revisions.retract(slug, current, reason, now);
              Pending.record(dsg, queries, slug, current, retracted);
              dsg.removeGraph(g);
              dsg.addGraph(g, retracted);
              Generations.set(dsg, generation);
              // The withdrawn claims' entries go; the article's sentences stay, as its text does.
              w.stage(index.updateClaims(claims, List.of(), generation));
              return claims.size();
            });
    Derivations.catchUp(store, queries, index, Set.of(slug));
    return withdrawn;
  }
}
