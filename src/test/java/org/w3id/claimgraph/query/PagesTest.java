package org.w3id.claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.report.GradeText;
import org.w3id.claimgraph.report.Page;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.LocalStore;

/**
 * A page of claims or of grades, found from counts and the claims its counts reach, is the slice of
 * every claim ranked in one pass: at every offset, for pages of one claim, of a table, of more than
 * half of them, and of all.
 */
class PagesTest {
  static QueryLibrary queries;
  static LocalStore store;
  static SearchIndex index;

  @BeforeAll
  static void build() {
    queries = QueryLibrary.load(TestHome.workspace().queries());
    store = LocalStore.inMemory();
    index = SearchIndex.inMemory();
    new Builder(TestHome.workspace(), queries).build(store, index);
  }

  @AfterAll
  static void close() {
    index.close();
    store.close();
  }

  private static final int[] LIMITS = {1, 20, 64, 120, Integer.MAX_VALUE};

  @Test
  void aPageOfClaimsIsThatSliceOfEveryClaimInTheClaimsOrder() {
    List<String> order = Claims.order(store, queries, null);
    assertThat(order).hasSizeGreaterThan(150);
    int pages = 0;
    for (int limit : LIMITS) {
      for (int from = 0; from <= order.size(); from += 7) {
        int start = from;
        int end = (int) Math.min((long) from + limit, order.size());
        Claims.Ordered page =
            Claims.page(store, queries, null, total -> new Page(start, end, total));
        assertThat(page.page()).isEqualTo(new Page(start, end, order.size()));
        assertThat(page.ids()).as("%d–%d", start, end).isEqualTo(order.subList(start, end));
        pages++;
      }
    }
    assertThat(pages).isGreaterThan(100);
    // One article's claims: its own order.
    List<String> one = Claims.order(store, queries, "vascular-massage-therapy");
    Claims.Ordered page =
        Claims.page(store, queries, "vascular-massage-therapy", total -> new Page(3, 9, total));
    assertThat(page.ids()).isEqualTo(one.subList(3, 9));
  }

  @Test
  void aPageOfGradesIsThatSliceOfEveryGradeWeakestFirstWithTheCountsOfAll() {
    List<GradeText.Ranked> ranked = Claims.weakestFirst(store, queries, null);
    List<String> ids = ranked.stream().map(GradeText.Ranked::id).toList();
    Map<String, Integer> byCertainty = new TreeMap<>();
    Map<String, Integer> byVerdict = new TreeMap<>();
    for (GradeText.Ranked r : ranked) {
      byCertainty.merge(r.certainty(), 1, Integer::sum);
      byVerdict.merge(r.verdict(), 1, Integer::sum);
    }
    // Pages that start, end and lie inside runs of claims of one score.
    assertThat(Claims.all(store, queries).stream().map(c -> c.grade().score()).distinct().count())
        .isGreaterThan(3);
    assertThat(byCertainty).hasSizeGreaterThan(1);
    assertThat(byVerdict).hasSizeGreaterThan(2);
    int pages = 0;
    for (int limit : LIMITS) {
      for (int from = 0; from <= ids.size(); from += 7) {
        int start = from;
        int end = (int) Math.min((long) from + limit, ids.size());
        Claims.GradePage page =
            Claims.weakestPage(store, queries, null, total -> new Page(start, end, total));
        assertThat(page.page()).isEqualTo(new Page(start, end, ids.size()));
        assertThat(page.ids()).as("%d–%d", start, end).isEqualTo(ids.subList(start, end));
        assertThat(page.byCertainty()).isEqualTo(byCertainty);
        assertThat(page.byVerdict()).isEqualTo(byVerdict);
        pages++;
      }
    }
    assertThat(pages).isGreaterThan(100);
    // Every score's claims ranked a few at a time: the chunks' rows ranked together.
    List<org.apache.jena.graph.Node> scores =
        store.read(
            l ->
                Sparql.select(l, queries.get(Claims.GRADE_COUNTS).query(), Map.of()).stream()
                    .map(row -> row.get("score"))
                    .distinct()
                    .toList());
    for (int chunk : new int[] {1, 5, 64}) {
      List<String> inChunks = store.read(l -> Claims.ofScores(l, queries, scores, chunk));
      assertThat(inChunks).as("%d at a time", chunk).isEqualTo(ids);
    }
    List<GradeText.Ranked> one = Claims.weakestFirst(store, queries, "vascular-massage-therapy");
    Claims.GradePage page =
        Claims.weakestPage(
            store, queries, "vascular-massage-therapy", total -> new Page(2, 12, total));
    assertThat(page.ids())
        .isEqualTo(one.subList(2, 12).stream().map(GradeText.Ranked::id).toList());
  }
}
