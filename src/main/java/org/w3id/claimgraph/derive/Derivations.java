package org.w3id.claimgraph.derive;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.document.Document;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.search.Documents;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.Generations;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The step after articles change: bring the concepts graph to the unreviewed concepts the articles
 * name ({@link org.w3id.claimgraph.rdf.UnreviewedConcepts}), derive the conflicts and the grades
 * (of what the change can affect, see {@link Incremental}, or of the whole graph), bring both
 * graphs to them, record that they reflect the store's generation, and bring the search entries of
 * every claim whose grade changed up to date. One write transaction, with the index changes staged
 * on it ({@link LocalStore#calculateWrite}).
 */
public final class Derivations {
  /**
   * What a derivation found.
   *
   * @param regraded claims whose grade changed (new claims included)
   * @param reindexed claims whose search entries were redone
   */
  public record Result(int disputes, long pairs, int regraded, int reindexed) {}

  private Derivations() {}

  /**
   * Derives inside the caller's write transaction, staging the index changes on it.
   *
   * @param index null for no index (the caller rebuilds it)
   * @param touched the articles written since the last derivation, whose claims' search entries are
   *     always redone (their entries were removed with the articles'); null for all
   */
  public static Result run(
      LocalStore.Writing w,
      QueryLibrary queries,
      long generation,
      SearchIndex index,
      Set<String> touched,
      boolean all) {
    DatasetGraph dsg = w.dataset();
    org.w3id.claimgraph.rdf.UnreviewedConcepts.sync(dsg);
    Graph grades = dsg.getGraph(node(Ids.GRADES_GRAPH));
    Graph conflicts = dsg.getGraph(node(Ids.CONFLICTS_GRAPH));
    Pending.Changes changes = Pending.read(dsg);
    Grading.Derived derived =
        all || changes.isEmpty()
            ? Grading.derive(dsg, queries, conflicts, grades)
            : Incremental.derive(
                dsg,
                queries,
                changes,
                conflicts,
                grades,
                // The index as the last write left it, when it reflects the store.
                index != null && index.generation() == generation - 1 ? index : null);
    Pending.clear(dsg);
    Generations.setDerived(dsg, generation);
    Set<String> changed = new HashSet<>(derived.regraded());
    if (touched == null) {
      changed.addAll(derived.grades().keySet());
    } else {
      for (Claim c : derived.claims()) {
        if (touched.contains(c.article())) {
          changed.add(c.id());
        }
      }
    }
    if (index != null && !changed.isEmpty()) {
      // The claims and grades just derived, rather than read back: made lazily, in the order of
      // the claims query, so the documents are never all in memory at once.
      Iterable<Document> docs =
          () ->
              derived.claims().stream()
                  .filter(c -> changed.contains(c.id()))
                  .map(
                      c ->
                          Documents.claim(
                              withGrade(c, derived.grades()),
                              source(derived.articles().get(c.article()))))
                  .iterator();
      w.stage(index.updateClaims(changed, docs, generation));
    } else if (index != null) {
      // Nothing to re-index, but the index must record the new generation.
      w.stage(index.updateClaims(List.of(), List.of(), generation));
    }
    int reindexed = index == null ? 0 : changed.size();
    return new Result(derived.disputes(), derived.pairs(), derived.regraded().size(), reindexed);
  }

  /** An article as a source, as its claims' search entries keep it; null when not known. */
  private static Documents.Source source(GradingInput.ArticleFacts facts) {
    return facts == null || facts.kind() == null || facts.author() == null
        ? null
        : new Documents.Source(facts.kind(), facts.publisher(), facts.author());
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
    return catchUp(store, queries, index, touched, false);
  }

  /**
   * Derives again in a write transaction of its own: only what the articles added or replaced since
   * the last derivation can change, or, with {@code all}, the whole graph.
   */
  public static Result catchUp(
      LocalStore store,
      QueryLibrary queries,
      SearchIndex index,
      java.util.Set<String> touched,
      boolean all) {
    return store.calculateWrite(
        w -> {
          long generation = Generations.next(w.dataset());
          Generations.set(w.dataset(), generation);
          return run(w, queries, generation, index, touched, all);
        });
  }

  private static Claim withGrade(Claim c, Map<String, Grade> grades) {
    Grade g = grades.get(c.id());
    return g == null ? c : c.withGrade(g);
  }

  private static Node node(String iri) {
    return NodeFactory.createURI(iri);
  }
}
