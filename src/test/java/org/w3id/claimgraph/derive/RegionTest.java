package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.search.Documents;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.Ids;

/**
 * What an incremental derivation reads of its region: the claims of its propositions, from the
 * search index as from the store ({@link Incremental#claimsAbout}), and the propositions whose
 * disputes it writes again ({@link Incremental#reach}).
 */
class RegionTest {
  private final QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());

  @Test
  void theClaimsOfARegionReadFromTheIndexAreThoseReadFromTheStore() {
    try (LocalStore store = LocalStore.inMemory();
        SearchIndex index = SearchIndex.inMemory()) {
      new Builder(TestHome.workspace(), queries).build(store, index);
      store.readDataset(
          dsg -> {
            var link = RDFLinkFactory.connect(dsg);
            var conflicts = dsg.getGraph(NodeFactory.createURI(Ids.CONFLICTS_GRAPH));
            List<Claim> all =
                Incremental.claimsAbout(
                        link, queries, conflicts, null, propositions(link), Set.of())
                    .claims();
            StoredGrades stored =
                new StoredGrades(
                    dsg.getGraph(NodeFactory.createURI(Ids.GRADES_GRAPH)), Grading.policy(dsg));
            assertThat(all).hasSizeGreaterThan(20);
            Set<String> some = new TreeSet<>();
            all.stream()
                .limit(all.size() / 2)
                .forEach(c -> some.add(org.w3id.claimgraph.model.Proposition.of(c).iri()));
            String changed = Ids.article(all.get(0).article());
            for (Set<String> articles : List.of(Set.<String>of(), Set.of(changed))) {
              for (Set<String> made : List.of(propositions(link), some)) {
                List<Claim> fromStore =
                    Incremental.claimsAbout(link, queries, conflicts, null, made, articles)
                        .claims();
                Incremental.Region region =
                    Incremental.claimsAbout(link, queries, conflicts, index, made, articles);
                List<Claim> fromIndex = region.claims();
                Map<String, Documents.Source> sources = region.sources();
                assertThat(fromIndex)
                    .as("the claims making %s, %s changed", made, articles)
                    .isEqualTo(fromStore)
                    .isNotEmpty();
                // Every article not changed says, as its entries keep it, what weighing asks.
                for (Claim c : fromIndex) {
                  if (!articles.contains(Ids.article(c.article()))) {
                    assertThat(sources).containsKey(c.article());
                    // And weighs it at the strength its stored grade gives it.
                    assertThat(region.strengths().get(c.id()))
                        .as("the strength of %s", c.id())
                        .isNotNull()
                        .isEqualTo(stored.pinned(c.id()));
                  }
                }
              }
            }
            return null;
          });
    }
  }

  private static Set<String> propositions(org.apache.jena.rdflink.RDFLink link) {
    Set<String> out = new TreeSet<>();
    link.queryRowSet(
        "SELECT DISTINCT ?p WHERE { GRAPH <"
            + Ids.CONFLICTS_GRAPH
            + "> { ?claim <https://w3id.org/claimgraph/ns#proposition> ?p } }",
        rows -> rows.forEachRemaining(row -> out.add(row.get("p").getURI())));
    return out;
  }

  @Test
  void theDisputesAChangeCanMoveAreThoseOfEveryPropositionJoinedToAMovedOneByConflicts() {
    Proposition a = MovedTest.proposition("massage", Relation.BENEFITS, "swelling");
    Proposition b = MovedTest.proposition("massage", Relation.CONTRAINDICATED_FOR, "swelling");
    Proposition c = MovedTest.proposition("cupping", Relation.BENEFITS, "swelling");
    Proposition d = MovedTest.proposition("cupping", Relation.CONTRAINDICATED_FOR, "bruise");
    Proposition e = MovedTest.proposition("heat", Relation.BENEFITS, "bruise");
    Proposition f = MovedTest.proposition("heat", Relation.CONTRAINDICATED_FOR, "bruise");
    ConflictRule rule = WeighedTest.BENEFITS_VS_CONTRAINDICATED;
    // a - b - c is one family of conflicts, e - f another; d conflicts with nothing.
    List<PropositionConflicts.Match> matches =
        List.of(
            new PropositionConflicts.Match(rule, a, b, Severity.HIGH),
            new PropositionConflicts.Match(rule, c, b, Severity.HIGH),
            new PropositionConflicts.Match(rule, e, f, Severity.HIGH));
    assertThat(Incremental.reach(matches, Set.of(c.iri())))
        .containsExactlyInAnyOrder(a.iri(), b.iri(), c.iri());
    assertThat(Incremental.reach(matches, Set.of(d.iri(), f.iri())))
        .containsExactlyInAnyOrder(d.iri(), e.iri(), f.iri());
    assertThat(Incremental.reach(matches, Set.of())).isEmpty();
  }
}
