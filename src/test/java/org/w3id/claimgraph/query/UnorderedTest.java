package org.w3id.claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.LocalStore;

class UnorderedTest {
  static boolean sorts(Query q) {
    return Algebra.compile(q).toString().contains("(order");
  }

  @Test
  void theClaimsAndGradesQueriesLoseTheirSortAndKeepTheirRows() {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    try (LocalStore store = LocalStore.inMemory();
        SearchIndex index = SearchIndex.inMemory()) {
      new Builder(TestHome.workspace(), queries).build(store, index);
      for (String name : List.of(QueryLibrary.CLAIMS, Grades.QUERY)) {
        Query q = queries.get(name).query();
        Query u = Sparql.unordered(q);
        assertThat(sorts(q)).as(name).isTrue();
        assertThat(sorts(u)).as(name).isFalse();
        assertThat(u.getProjectVars()).as(name).isEqualTo(q.getProjectVars());
        List<Binding> ordered = store.read(l -> Sparql.select(l, q, Map.of()));
        List<Binding> unordered = store.read(l -> Sparql.select(l, u, Map.of()));
        assertThat(new HashSet<>(unordered)).as(name).isEqualTo(new HashSet<>(ordered));
        assertThat(unordered).as(name).hasSameSizeAs(ordered);
      }
    }
  }

  @Test
  void claimsByIdsGivesWhatTheClaimsQueryGivesLookedUpInChunksAndInOnePass() {
    QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());
    try (LocalStore store = LocalStore.inMemory();
        SearchIndex index = SearchIndex.inMemory()) {
      new Builder(TestHome.workspace(), queries).build(store, index);
      List<org.w3id.claimgraph.model.Claim> all = Claims.all(store, queries);
      assertThat(all.size()).isGreaterThan(Claims.CHUNK);
      List<String> ids = all.stream().map(org.w3id.claimgraph.model.Claim::id).toList();
      // In reverse, to show the order is the query's: in one pass, and looked up a chunk at a
      // time.
      List<String> reversed = new java.util.ArrayList<>(ids);
      java.util.Collections.reverse(reversed);
      for (int lookedUp : new int[] {Claims.CHUNK, Integer.MAX_VALUE}) {
        List<org.w3id.claimgraph.model.Claim> read =
            store.read(l -> Claims.byIds(l, queries, reversed, lookedUp));
        assertThat(read).as("up to %d looked up", lookedUp).isEqualTo(all);
      }
      // A few: looked up by their IRIs.
      List<String> few = List.of(ids.get(40), ids.get(3), ids.get(17));
      assertThat(Claims.byIds(store, queries, few))
          .isEqualTo(List.of(all.get(3), all.get(17), all.get(40)));
      assertThat(all).allSatisfy(c -> assertThat(c.grade()).isNotNull());
      // The grades' summaries and scores of every claim, more than a chunk of them: each as one
      // claim's lookup gives it.
      Map<String, org.w3id.claimgraph.model.Grade> summaries =
          store.read(l -> Grades.summaries(l, queries, reversed));
      Map<String, Grades.Score> scores = store.read(l -> Grades.scores(l, queries, reversed));
      assertThat(summaries.keySet()).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(scores.keySet()).containsExactlyInAnyOrderElementsOf(ids);
      for (String id : ids) {
        org.w3id.claimgraph.model.Grade one = store.read(l -> Grades.summary(l, queries, id));
        assertThat(summaries.get(id)).as(id).isEqualTo(one);
        assertThat(scores.get(id))
            .as(id)
            .isEqualTo(new Grades.Score(one.score(), one.provisional()));
      }
    }
  }

  @Test
  void aQueryWhoseOrderChoosesItsRowsKeepsIt() {
    Query q = QueryFactory.create("SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 3");
    assertThat(Sparql.unordered(q)).isSameAs(q);
  }
}
