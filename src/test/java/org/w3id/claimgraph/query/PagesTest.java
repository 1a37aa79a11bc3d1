package org.w3id.claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.BuiltCorpus;
import org.w3id.claimgraph.QueryException;
import org.w3id.claimgraph.report.GradeText;
import org.w3id.claimgraph.report.Page;
import org.w3id.claimgraph.store.LocalStore;

/**
 * A page of claims or of grades, found from counts and the claims its counts reach, is the slice of
 * every claim ranked in one pass: at every offset, for pages of one claim, of a table, of more than
 * half of them, and of all.
 */
class PagesTest {
  static BuiltCorpus corpus;
  static QueryLibrary queries;
  static LocalStore store;

  @BeforeAll
  static void build() {
    corpus = new BuiltCorpus();
    queries = corpus.queries;
    store = corpus.store;
  }

  @AfterAll
  static void close() {
    corpus.close();
  }

  /**
   * Checks {@code page} on every page of {@code total} items, by [from, to): every seventh offset,
   * past the end included, with pages of 1, 20, 64 and 120 items and of all; returns how many.
   */
  private static int everyPage(int total, BiConsumer<Integer, Integer> page) {
    int pages = 0;
    for (int limit : new int[] {1, 20, 64, 120, Integer.MAX_VALUE}) {
      for (int from = 0; from <= total + 7; from += 7) {
        int start = Math.min(from, total);
        page.accept(start, (int) Math.min((long) start + limit, total));
        pages++;
      }
    }
    return pages;
  }

  @Test
  void aPageOfClaimsIsThatSliceOfEveryClaimInTheClaimsOrder() {
    List<String> order = Claims.order(store, queries, null);
    assertThat(order).hasSizeGreaterThan(150);
    int pages =
        everyPage(
            order.size(),
            (from, to) -> {
              Claims.Ordered page =
                  Claims.page(store, queries, null, total -> new Page(from, to, total));
              assertThat(page.page()).isEqualTo(new Page(from, to, order.size()));
              assertThat(page.ids()).as("%d–%d", from, to).isEqualTo(order.subList(from, to));
            });
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
    int pages =
        everyPage(
            ids.size(),
            (from, to) -> {
              Claims.GradePage page =
                  Claims.weakestPage(store, queries, null, total -> new Page(from, to, total));
              assertThat(page.page()).isEqualTo(new Page(from, to, ids.size()));
              assertThat(page.ids()).as("%d–%d", from, to).isEqualTo(ids.subList(from, to));
              assertThat(page.byCertainty()).isEqualTo(byCertainty);
              assertThat(page.byVerdict()).isEqualTo(byVerdict);
            });
    assertThat(pages).isGreaterThan(100);
    // Every score's claims ranked a few at a time: the chunks' rows ranked together.
    List<Node> scores =
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

  @Test
  void aClaimCountedButWithoutAPositionIsAnErrorNotAWrongPage() {
    try (BuiltCorpus broken = new BuiltCorpus()) {
      // One claim's position selector loses its start: it is counted, but cannot be ordered.
      Node start = NodeFactory.createURI("http://www.w3.org/ns/oa#start");
      broken.store.calculateWrite(
          w -> {
            Quad q = w.dataset().find(Node.ANY, Node.ANY, start, Node.ANY).next();
            w.dataset().delete(q);
            return null;
          });
      assertThat(
              catchThrowable(
                  () -> Claims.page(broken.store, broken.queries, null, total -> Page.all(total))))
          .isInstanceOf(QueryException.class)
          .hasMessageContaining("claims but ranks")
          .hasMessageContaining("a claim without a position");
    }
  }
}
