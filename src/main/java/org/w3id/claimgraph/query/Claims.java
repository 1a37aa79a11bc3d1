package org.w3id.claimgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.rdf.ClaimRows;
import org.w3id.claimgraph.report.Page;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.vocab.Ids;

/** Reads claims from a store with {@code queries/claims.rq}. */
public final class Claims {
  private Claims() {}

  /** Every claim with its grade, by article then offset. */
  public static List<Claim> all(Store store, QueryLibrary queries) {
    return run(store, queries, Map.of());
  }

  /** The claims of one article with their grades, by offset. */
  public static List<Claim> ofArticle(Store store, QueryLibrary queries, String slug) {
    return run(store, queries, Map.of("article", NodeFactory.createURI(Ids.article(slug))));
  }

  /**
   * Every claim, or one article's ({@code slug} not null), with its grade's steps but not the
   * quotes and claims each step rests on: what a table or CSV shows, cheap however many claims a
   * step rests on.
   */
  public static List<Claim> briefly(Store store, QueryLibrary queries, String slug) {
    Map<String, Node> inputs =
        slug == null ? Map.of() : Map.of("article", NodeFactory.createURI(Ids.article(slug)));
    NamedQuery q = queries.get(QueryLibrary.CLAIMS);
    return store.read(
        link -> {
          List<Claim> claims =
              Sparql.select(link, q.query(), inputs).stream().map(ClaimRows::claim).toList();
          return Grades.attach(
              claims,
              Grades.fromRows(Sparql.select(link, queries.get(Grades.SUMMARY).query(), inputs)));
        });
  }

  /** The query of every graded claim's score and verdict, weakest first. */
  public static final String GRADE_ORDER = "grade-order";

  /**
   * Every graded claim, or one article's, weakest first (score, article, position, IRI), with its
   * grade's certainty and verdict: what a page of grades ranks and counts.
   */
  public static List<org.w3id.claimgraph.report.GradeText.Ranked> weakestFirst(
      Store store, QueryLibrary queries, String slug) {
    Map<String, Node> inputs =
        slug == null ? Map.of() : Map.of("article", NodeFactory.createURI(Ids.article(slug)));
    return store.read(
        link ->
            Sparql.select(link, queries.get(GRADE_ORDER).query(), inputs).stream()
                .map(
                    row ->
                        new org.w3id.claimgraph.report.GradeText.Ranked(
                            row.get("claim").getURI(),
                            row.get("certainty").getLiteralLexicalForm(),
                            row.get("verdict").getLiteralLexicalForm()))
                .toList());
  }

  /** The query of how many graded claims there are of each score, certainty and verdict. */
  public static final String GRADE_COUNTS = "grade-counts";

  /** The query of the claims whose grade has a score. */
  public static final String CLAIMS_OF_SCORE = "claims-of-score";

  /**
   * A page of grades, weakest first: the IRIs of the claims it shows, and how many claims there are
   * of each GRADE certainty and of each verdict.
   */
  public record GradePage(
      Page page,
      List<String> ids,
      Map<String, Integer> byCertainty,
      Map<String, Integer> byVerdict) {}

  /**
   * The page {@code paging} picks (given how many graded claims there are) of every graded claim,
   * or of one article's ({@code slug}, null for all), weakest first as {@link #weakestFirst}, with
   * the counts of them all. Over every article the grades are counted by score, certainty and
   * verdict ({@link #GRADE_COUNTS}) and only the claims of the scores the page reaches are ranked
   * by article and position, so the first page of an archive reads the weakest grades' claims, not
   * every claim's position.
   */
  public static GradePage weakestPage(
      Store store, QueryLibrary queries, String slug, IntFunction<Page> paging) {
    if (slug != null) {
      List<org.w3id.claimgraph.report.GradeText.Ranked> ranked = weakestFirst(store, queries, slug);
      Map<String, Integer> byCertainty = new java.util.TreeMap<>();
      Map<String, Integer> byVerdict = new java.util.TreeMap<>();
      for (var r : ranked) {
        byCertainty.merge(r.certainty(), 1, Integer::sum);
        byVerdict.merge(r.verdict(), 1, Integer::sum);
      }
      Page page = paging.apply(ranked.size());
      return new GradePage(
          page,
          ranked.subList(page.from(), page.to()).stream()
              .map(org.w3id.claimgraph.report.GradeText.Ranked::id)
              .toList(),
          byCertainty,
          byVerdict);
    }
    return store.read(
        link -> {
          Map<String, Integer> byCertainty = new java.util.TreeMap<>();
          Map<String, Integer> byVerdict = new java.util.TreeMap<>();
          // The claims of each score, weakest first (the query's order).
          Map<Node, Long> byScore = new java.util.LinkedHashMap<>();
          long total = 0;
          for (Binding row : Sparql.select(link, queries.get(GRADE_COUNTS).query(), Map.of())) {
            int n = Integer.parseInt(row.get("claims").getLiteralLexicalForm());
            byCertainty.merge(row.get("certainty").getLiteralLexicalForm(), n, Integer::sum);
            byVerdict.merge(row.get("verdict").getLiteralLexicalForm(), n, Integer::sum);
            byScore.merge(row.get("score"), (long) n, Long::sum);
            total += n;
          }
          Page page = paging.apply(Math.toIntExact(total));
          Reach reach = reach(byScore, page);
          // Most of the claims (one pass over them all costs less than looking up each), or a
          // grade counted but not ranked (or the other way): rank them all.
          List<String> ranked =
              reach.items() * 2 <= total ? ofScores(link, queries, reach.keys()) : null;
          if (ranked == null || ranked.size() != reach.items()) {
            ranked = whole(ids(link, queries.get(GRADE_ORDER).query()), total);
            return new GradePage(page, slice(ranked, 0, page), byCertainty, byVerdict);
          }
          return new GradePage(page, slice(ranked, reach.before(), page), byCertainty, byVerdict);
        });
  }

  /**
   * The IRIs of the graded claims whose scores are {@code scores}, weakest first as {@link
   * #GRADE_ORDER} ranks them (score, article, position, IRI), ranked {@link #CHUNK} at a time.
   */
  private static List<String> ofScores(RDFLink link, QueryLibrary queries, List<Node> scores) {
    return ofScores(link, queries, scores, CHUNK);
  }

  /** As {@link #ofScores(RDFLink, QueryLibrary, List)}, ranked {@code chunk} at a time. */
  static List<String> ofScores(RDFLink link, QueryLibrary queries, List<Node> scores, int chunk) {
    List<Node> claims =
        Sparql.select(
                link,
                Sparql.values(queries.get(CLAIMS_OF_SCORE).query(), "score", scores),
                Map.of())
            .stream()
            .map(row -> row.get("claim"))
            .toList();
    List<Binding> rows = new ArrayList<>();
    Query order = queries.get(GRADE_ORDER).query();
    for (int from = 0; from < claims.size(); from += chunk) {
      List<Node> part = claims.subList(from, Math.min(claims.size(), from + chunk));
      rows.addAll(Sparql.select(link, Sparql.values(order, "claim", part), Map.of()));
    }
    rows.sort(WEAKEST_FIRST);
    return rows.stream().map(row -> row.get("claim").getURI()).toList();
  }

  /** The order of {@link #GRADE_ORDER}: {@code ORDER BY ?score ?article ?start ?claim}. */
  private static final java.util.Comparator<Binding> WEAKEST_FIRST =
      java.util.Comparator.comparing(
              (Binding b) -> new java.math.BigDecimal(b.get("score").getLiteralLexicalForm()))
          .thenComparing(b -> b.get("article").getURI())
          .thenComparingLong(b -> Long.parseLong(b.get("start").getLiteralLexicalForm()))
          .thenComparing(b -> b.get("claim").getURI());

  /** The query of every claim's IRI in the claims query's order. */
  public static final String ORDER = "claim-order";

  /** The query of how many claims each article has, by article. */
  public static final String COUNTS = "claim-counts";

  /** Up to this many articles' claims are ordered by their articles; more, in one pass over all. */
  static final int ARTICLES_ORDERED = 128;

  /** The IRIs of the claims a page shows, and the page. */
  public record Ordered(Page page, List<String> ids) {}

  /**
   * The page {@code paging} picks (given how many claims there are) of every claim, or of one
   * article's ({@code slug}, null for all), in the claims query's order. Over every article the
   * claims are counted by article ({@link #COUNTS}) and only the articles the page reaches are
   * ordered, so the first page of an archive reads its first articles' positions, not every
   * claim's.
   */
  public static Ordered page(
      Store store, QueryLibrary queries, String slug, IntFunction<Page> paging) {
    if (slug != null) {
      List<String> order = order(store, queries, slug);
      Page page = paging.apply(order.size());
      return new Ordered(page, order.subList(page.from(), page.to()));
    }
    return store.read(
        link -> {
          Map<Node, Long> byArticle = new java.util.LinkedHashMap<>();
          long total = 0;
          for (Binding row : Sparql.select(link, queries.get(COUNTS).query(), Map.of())) {
            long n = Long.parseLong(row.get("claims").getLiteralLexicalForm());
            // An article's claims are in its graph; a claim in any other graph is found when the
            // claims the page reaches are ordered, and they are all ordered then.
            String graph = row.get("graph").getURI();
            String of = Ids.slugOf(graph);
            byArticle.put(
                NodeFactory.createURI(
                    Ids.isSlug(of) && graph.equals(Ids.articleGraph(of)) ? Ids.article(of) : graph),
                n);
            total += n;
          }
          Page page = paging.apply(Math.toIntExact(total));
          Reach reach = reach(byArticle, page);
          List<String> order =
              reach.keys().size() <= ARTICLES_ORDERED
                  ? ids(link, Sparql.values(queries.get(ORDER).query(), "article", reach.keys()))
                  : null;
          // Many articles, or a claim counted but not ordered (or the other way): order them all.
          if (order == null || order.size() != reach.items()) {
            return new Ordered(
                page, slice(whole(ids(link, queries.get(ORDER).query()), total), 0, page));
          }
          return new Ordered(page, slice(order, reach.before(), page));
        });
  }

  /**
   * The runs of a ranking that a page reaches (runs given in order, each with how many items it
   * holds): their keys, how many items come before the first of them, and how many they hold.
   */
  private record Reach(List<Node> keys, long before, long items) {}

  private static Reach reach(Map<Node, Long> runs, Page page) {
    List<Node> keys = new ArrayList<>();
    long before = 0;
    long seen = 0;
    long items = 0;
    for (Map.Entry<Node, Long> run : runs.entrySet()) {
      long n = run.getValue();
      if (seen + n > page.from() && seen < page.to()) {
        if (keys.isEmpty()) {
          before = seen;
        }
        keys.add(run.getKey());
        items += n;
      }
      seen += n;
    }
    return new Reach(keys, before, items);
  }

  /**
   * The items of {@code page} in {@code ranked}, whose first item is item {@code before} of all.
   */
  private static List<String> slice(List<String> ranked, long before, Page page) {
    if (page.from() == page.to()) {
      return List.of();
    }
    int from = Math.toIntExact(page.from() - before);
    return ranked.subList(from, from + page.to() - page.from());
  }

  /** {@code ranked}, every claim ranked, which must be as many as were counted. */
  private static List<String> whole(List<String> ranked, long counted) {
    if (ranked.size() != counted) {
      throw new org.w3id.claimgraph.QueryException(
          "the store counts "
              + counted
              + " claims but ranks "
              + ranked.size()
              + ": a claim without a position or a grade");
    }
    return ranked;
  }

  private static List<String> ids(RDFLink link, Query order) {
    return Sparql.select(link, order, Map.of()).stream()
        .map(row -> row.get("claim").getURI())
        .toList();
  }

  /**
   * Every claim's IRI, or one article's ({@code slug}, null for all), in the claims query's order:
   * what a page needs to count the claims and pick those it shows, without reading them.
   */
  public static List<String> order(Store store, QueryLibrary queries, String slug) {
    Map<String, Node> inputs =
        slug == null ? Map.of() : Map.of("article", NodeFactory.createURI(Ids.article(slug)));
    return store.read(
        link ->
            Sparql.select(link, queries.get(ORDER).query(), inputs).stream()
                .map(row -> row.get("claim").getURI())
                .toList());
  }

  /**
   * The claims with these IRIs, in the order given, with the steps of their grades but not what
   * each step rests on ({@link #briefly}): each read from the store's indexes by its IRI.
   */
  public static List<Claim> brieflyByIds(Store store, QueryLibrary queries, List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Node> nodes = ids.stream().map(NodeFactory::createURI).toList();
    Query claimsQuery = Sparql.values(queries.get(QueryLibrary.CLAIMS).query(), "claim", nodes);
    Query summary = Sparql.values(queries.get(Grades.SUMMARY).query(), "claim", nodes);
    return store.read(
        link -> {
          Map<String, Claim> byId = new HashMap<>();
          Sparql.select(link, claimsQuery, Map.of()).stream()
              .map(ClaimRows::claim)
              .forEach(c -> byId.putIfAbsent(c.id(), c));
          Map<String, Grade> grades = Grades.fromRows(Sparql.select(link, summary, Map.of()));
          List<Claim> claims =
              ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
          return Grades.attach(claims, grades);
        });
  }

  /** The claims with these IRIs, with their grades, in the order of the claims query. */
  public static List<Claim> byIds(
      Store store, QueryLibrary queries, java.util.Collection<String> ids) {
    return store.read(link -> byIds(link, queries, ids));
  }

  /**
   * The same, on a link the caller holds (inside its transaction). Up to {@link #LOOKED_UP} claims
   * are looked up by their IRIs, given to the claims and grades queries as {@code VALUES} {@link
   * #CHUNK} at a time, so the store answers from its indexes and a server in two round trips per
   * chunk; more are read in one pass over the two queries, keeping the rows of the claims asked
   * for, so the cost is one pass whatever their number.
   */
  public static List<Claim> byIds(
      RDFLink link, QueryLibrary queries, java.util.Collection<String> ids) {
    return byIds(link, queries, ids, LOOKED_UP);
  }

  /** The same, looking up to {@code lookedUp} claims by their IRIs. */
  static List<Claim> byIds(
      RDFLink link, QueryLibrary queries, java.util.Collection<String> ids, int lookedUp) {
    Set<String> wanted = new LinkedHashSet<>(ids);
    if (wanted.isEmpty()) {
      return List.of();
    }
    Query claimsQuery = queries.get(QueryLibrary.CLAIMS).query();
    Query gradesQuery = queries.get(Grades.QUERY).query();
    List<Claim> claims = new ArrayList<>();
    Map<String, Grade> grades = new HashMap<>();
    if (wanted.size() <= lookedUp) {
      for (List<Node> nodes : chunks(wanted)) {
        Sparql.select(link, Sparql.values(claimsQuery, "claim", nodes), Map.of()).stream()
            .map(ClaimRows::claim)
            .forEach(claims::add);
        grades.putAll(
            Grades.fromRows(
                Sparql.select(link, Sparql.values(gradesQuery, "claim", nodes), Map.of())));
      }
    } else {
      // Unordered passes (no sort of the whole store's rows); the order is restored below.
      Sparql.forEach(
          link,
          Sparql.unordered(claimsQuery),
          Map.of(),
          row -> {
            if (wanted.contains(row.get("claim").getURI())) {
              claims.add(ClaimRows.claim(row));
            }
          });
      List<Binding> rows = new ArrayList<>();
      Sparql.forEach(
          link,
          Sparql.unordered(gradesQuery),
          Map.of(),
          row -> {
            if (wanted.contains(row.get("claim").getURI())) {
              rows.add(BindingFactory.copy(row));
            }
          });
      grades = Grades.fromRows(rows);
    }
    claims.sort(ClaimRows.QUERY_ORDER);
    return Grades.attach(claims, grades);
  }

  /** Where a claim is: its article's slug and its offset, as the claims query orders them. */
  public record Position(String article, int start) {}

  /**
   * The positions of the claims with these IRIs, looked up {@link #CHUNK} at a time from the index
   * of their selectors (the claim-order query), without the rest of what they say; a claim not in
   * the store is left out.
   */
  public static Map<String, Position> positions(
      RDFLink link, QueryLibrary queries, java.util.Collection<String> ids) {
    Map<String, Position> out = new HashMap<>();
    for (Binding row : lookUp(link, queries.get(ORDER).query(), ids)) {
      out.put(
          row.get("claim").getURI(),
          new Position(
              Ids.slugOf(row.get("article").getURI()),
              Integer.parseInt(row.get("start").getLiteralLexicalForm())));
    }
    return out;
  }

  /**
   * The rows {@code query} gives for the claims with these IRIs, in no order: {@code ?claim} bound
   * by {@code VALUES}, {@link #CHUNK} claims a query, so a store answers from its indexes and a
   * server gets requests of a size it takes.
   */
  public static List<Binding> lookUp(RDFLink link, Query query, java.util.Collection<String> ids) {
    return lookUp(link, query, "claim", ids);
  }

  /**
   * As {@link #lookUp(RDFLink, Query, java.util.Collection)}, with the IRIs bound to {@code
   * variable}.
   */
  public static List<Binding> lookUp(
      RDFLink link, Query query, String variable, java.util.Collection<String> iris) {
    List<Binding> rows = new ArrayList<>();
    for (List<Node> chunk : chunks(iris)) {
      rows.addAll(
          Sparql.select(link, Sparql.unordered(Sparql.values(query, variable, chunk)), Map.of()));
    }
    return rows;
  }

  /**
   * Up to this many claims are looked up by their IRIs; more, in one pass over every claim. A
   * lookup costs a few index reads per claim, a pass a little less per claim of the whole store, so
   * lookups win until the claims asked for are a large part of an archive.
   */
  static final int LOOKED_UP = 4096;

  /** The claims looked up by one query: a request short enough for any server. */
  static final int CHUNK = 128;

  /** The IRIs {@code iris} names, each once and in order, {@link #CHUNK} to a list. */
  static List<List<Node>> chunks(java.util.Collection<String> iris) {
    List<Node> all = new LinkedHashSet<>(iris).stream().map(NodeFactory::createURI).toList();
    List<List<Node>> out = new java.util.ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      out.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
    return out;
  }

  private static List<Claim> run(Store store, QueryLibrary queries, Map<String, Node> inputs) {
    NamedQuery q = queries.get(QueryLibrary.CLAIMS);
    return store.read(
        link -> {
          List<Claim> claims =
              Sparql.select(link, q.query(), inputs).stream().map(ClaimRows::claim).toList();
          return Grades.attach(claims, Grades.read(link, queries, inputs));
        });
  }
}
