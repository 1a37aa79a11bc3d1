package org.w3id.claimgraph.build;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.document.Document;
import org.w3id.claimgraph.grade.Grading;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.search.Documents;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.Generations;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The step after articles change: derive the conflicts and the grades of the whole graph, replace
 * both graphs, record that they reflect the store's generation, and bring the search entries of
 * every claim whose grade changed up to date. One write transaction, and a two-phase index batch.
 */
public final class Derivations {
  /** What a derivation found. */
  public record Result(int disputes, long pairs, int regraded) {}

  private Derivations() {}

  /**
   * Derives inside the caller's write transaction; the caller commits the returned index batch
   * after the store commits, or rolls it back.
   *
   * @param index null for no index (the caller rebuilds it)
   * @param pending receives the index batch to commit
   * @param touched the articles written since the last derivation, whose claims' search entries are
   *     always redone (their entries were removed with the articles'); null for all
   */
  public static Result run(
      DatasetGraph dsg,
      QueryLibrary queries,
      long generation,
      SearchIndex index,
      SearchIndex.Batch[] pending,
      Set<String> touched) {
    Map<String, String> before = summaries(dsg.getGraph(node(Ids.GRADES_GRAPH)));
    dsg.removeGraph(node(Ids.CONFLICTS_GRAPH));
    dsg.removeGraph(node(Ids.GRADES_GRAPH));
    Graph grades = dsg.getGraph(node(Ids.GRADES_GRAPH));
    Grading.Derived derived =
        Grading.derive(dsg, queries, dsg.getGraph(node(Ids.CONFLICTS_GRAPH)), grades);
    Generations.setDerived(dsg, generation);
    int regraded = 0;
    if (index != null) {
      Set<String> changed = new HashSet<>();
      forEachSummary(
          grades,
          (claim, summary) -> {
            if (touched == null
                || touched.contains(Ids.articleSlugOfClaim(claim))
                || !summary.equals(before.get(claim))) {
              changed.add(claim);
            }
          });
      regraded = changed.size();
      if (!changed.isEmpty()) {
        // The claims and grades just derived, rather than read back: made lazily, in the order
        // of the claims query, so the documents are never all in memory at once.
        Iterable<Document> docs =
            () ->
                derived.claims().stream()
                    .filter(c -> changed.contains(c.id()))
                    .map(c -> Documents.claim(withGrade(c, derived.grades())))
                    .iterator();
        pending[0] = index.updateClaims(changed, docs, generation);
      }
    }
    return new Result(derived.disputes(), derived.pairs(), regraded);
  }

  /**
   * Derives again in a write transaction of its own: the last step of a batched ingest, or after
   * one was stopped before it.
   *
   * @param touched the articles the ingest wrote; null when not known (every claim's search entry
   *     is redone)
   */
  public static Result catchUp(
      LocalStore store, QueryLibrary queries, SearchIndex index, java.util.Set<String> touched) {
    Result[] result = {null};
    SearchIndex.Batch[] pending = {null};
    try {
      store.write(
          dsg -> {
            long generation = Generations.next(dsg);
            Generations.set(dsg, generation);
            result[0] = run(dsg, queries, generation, index, pending, touched);
          });
    } catch (RuntimeException e) {
      if (pending[0] != null) {
        pending[0].rollback();
      }
      throw e;
    }
    if (pending[0] != null) {
      pending[0].commit();
    } else if (index != null) {
      // Nothing to re-index, but the index must record the new generation.
      index.updateClaims(List.of(), List.of(), Generations.current(store, queries)).commit();
    }
    return result[0];
  }

  private static Claim withGrade(Claim c, Map<String, Grade> grades) {
    Grade g = grades.get(c.id());
    return g == null ? c : c.withGrade(g);
  }

  /** Each graded claim's certainty, score and verdict: what the search index shows. */
  private static Map<String, String> summaries(Graph grades) {
    Map<String, String> out = new HashMap<>();
    forEachSummary(grades, out::put);
    return out;
  }

  private static void forEachSummary(
      Graph grades, java.util.function.BiConsumer<String, String> action) {
    grades
        .find(Node.ANY, CG.grade.asNode(), Node.ANY)
        .forEachRemaining(
            (Triple t) -> {
              Node g = t.getObject();
              action.accept(
                  t.getSubject().getURI(),
                  value(grades, g, CG.score.asNode())
                      + " "
                      + value(grades, g, CG.gradeCertainty.asNode())
                      + " "
                      + value(grades, g, CG.verdict.asNode()));
            });
  }

  private static String value(Graph g, Node s, Node p) {
    var it = g.find(s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject().toString() : "";
  }

  private static Node node(String iri) {
    return NodeFactory.createURI(iri);
  }
}
