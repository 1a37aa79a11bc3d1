package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.QueryException;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Reads the conflicts. {@link #disputes} gives each dispute once, with both sides counted and
 * graded, ranked: most severe first, then the most lopsided evidence (the widest gap between the
 * two sides' strengths, their best scores before disputes), then the widest reach (independent
 * sources on both sides), then the most claim pairs, then those between articles, then by IRI;
 * {@link #page} reads only the page of them that is shown. {@link #list} gives every conflicting
 * pair of claims, ranked: most severe first; then the widest grade gap (a weak claim contradicted
 * by a strong one is the clearest case for a reader); then the most contested claim first; then
 * conflicts between articles before those inside one; then by article and offset, so the order is
 * stable.
 */
public final class Conflicts {
  private Conflicts() {}

  /**
   * The order of disputes, on rows of the conflicts query or of its ranking query: most severe
   * first, then the most lopsided evidence, the widest reach, the most claim pairs, those between
   * articles, and by IRI.
   */
  private static final Comparator<Binding> RANKING =
      Comparator.comparingInt(
              (Binding r) -> -Severity.fromCode(r.get("severity").getLiteralLexicalForm()).rank())
          .thenComparingDouble(r -> -Math.abs(strength(r, "A") - strength(r, "B")))
          .thenComparingInt(r -> -(count(r, "sourcesA") + count(r, "sourcesB")))
          .thenComparingLong(r -> -Long.parseLong(r.get("pairs").getLiteralLexicalForm()))
          .thenComparing(
              r ->
                  org.w3id.claimgraph.rdf.Terms.bool(
                      r.get("withinArticle").getLiteralLexicalForm()))
          .thenComparing(r -> r.get("conflict").getURI());

  /** Every dispute, once, ranked. */
  public static List<Dispute> disputes(Store store, QueryLibrary queries) {
    return page(store, queries, 0, Integer.MAX_VALUE).page();
  }

  /**
   * The counts of every dispute, by what a reader is told first.
   *
   * @param pairs the claim pairs they stand for
   * @param excluded the disputes the caller's filter left out (dismissed by a reviewer)
   */
  public record Counts(
      int total, int high, int medium, int low, int within, long pairs, int excluded) {}

  /** A page of the ranked disputes, and the counts of them all. */
  public record Ranked(Counts counts, List<Dispute> page) {}

  /**
   * The disputes ranked as {@link #disputes} ranks them, but only {@code [from, to)} read in full:
   * the ranking and the counts come from the ranking query ({@code conflict-order}: seven values of
   * each dispute), and the conflicts query, the names and the best claims are read for the page
   * only, so the first page costs what the page holds, not the archive. Ties after severity,
   * evidence, reach and pairs go by the dispute's IRI.
   */
  public static Ranked page(Store store, QueryLibrary queries, int from, int to) {
    return page(store, queries, from, to, id -> true);
  }

  /**
   * As {@link #page(Store, QueryLibrary, int, int)}, of the disputes whose IRI {@code include}
   * accepts only (the counts too): those not dismissed by a reviewer, or the reviewed ones.
   */
  public static Ranked page(
      Store store,
      QueryLibrary queries,
      int from,
      int to,
      java.util.function.Predicate<String> include) {
    List<Binding> all =
        store.read(
            link ->
                Sparql.select(link, queries.get(QueryLibrary.CONFLICT_ORDER).query(), Map.of()));
    List<Binding> rows =
        all.stream().filter(r -> include.test(r.get("conflict").getURI())).toList();
    int high = 0;
    int medium = 0;
    int within = 0;
    long pairs = 0;
    for (Binding row : rows) {
      switch (Severity.fromCode(row.get("severity").getLiteralLexicalForm())) {
        case HIGH -> high++;
        case MEDIUM -> medium++;
        default -> {}
      }
      within +=
          org.w3id.claimgraph.rdf.Terms.bool(row.get("withinArticle").getLiteralLexicalForm())
              ? 1
              : 0;
      pairs += Long.parseLong(row.get("pairs").getLiteralLexicalForm());
    }
    Counts counts =
        new Counts(
            rows.size(),
            high,
            medium,
            rows.size() - high - medium,
            within,
            pairs,
            all.size() - rows.size());
    List<Binding> ranked = new ArrayList<>(rows);
    ranked.sort(RANKING);
    List<Node> ids =
        ranked.subList(Math.min(from, ranked.size()), Math.min(to, ranked.size())).stream()
            .map(r -> r.get("conflict"))
            .toList();
    if (ids.isEmpty()) {
      return new Ranked(counts, List.of());
    }
    // The shown disputes in full, from the conflicts query (bound to them unless all are shown), in
    // the ranking's order.
    Query full =
        ids.size() == all.size()
            ? queries.get(QueryLibrary.CONFLICTS).query()
            : Sparql.values(queries.get(QueryLibrary.CONFLICTS).query(), "conflict", ids);
    Map<Node, Binding> byId = new HashMap<>();
    for (Binding b : store.read(link -> Sparql.select(link, full, Map.of()))) {
      byId.put(b.get("conflict"), b);
    }
    List<Binding> shown = new ArrayList<>();
    for (Node id : ids) {
      Binding b = byId.get(id);
      if (b == null) {
        throw new QueryException("the conflicts query does not give the dispute <" + id + ">");
      }
      shown.add(b);
    }
    Map<String, List<String>> names = new HashMap<>();
    Set<String> strongest = new LinkedHashSet<>();
    for (Binding row : shown) {
      strongest.add(row.get("strongestA").getURI());
      strongest.add(row.get("strongestB").getURI());
    }
    if (!shown.isEmpty()) {
      // The names of the page's disputes' sources, in one query for the page.
      Query sources =
          Sparql.values(
              queries.get(QueryLibrary.CONFLICT_SOURCES).query(),
              "conflict",
              shown.stream().map(r -> r.get("conflict")).toList());
      for (Binding b : store.read(link -> Sparql.select(link, sources, Map.of()))) {
        names
            .computeIfAbsent(
                b.get("conflict").getURI() + " " + b.get("side").getLiteralLexicalForm(),
                k -> new ArrayList<>())
            .add(b.get("name").getLiteralLexicalForm());
      }
    }
    Map<String, Claim> claims =
        Claims.byIds(store, queries, strongest).stream()
            .collect(Collectors.toMap(Claim::id, Function.identity(), (x, y) -> x));
    List<Dispute> page = new ArrayList<>();
    for (Binding row : shown) {
      String id = row.get("conflict").getURI();
      page.add(
          new Dispute(
              id,
              Severity.fromCode(row.get("severity").getLiteralLexicalForm()),
              row.get("rule").getURI(),
              row.get("ruleLabel").getLiteralLexicalForm(),
              org.w3id.claimgraph.rdf.Terms.bool(row.get("withinArticle").getLiteralLexicalForm()),
              side(row, "A", claims, names.getOrDefault(id + " A", List.of())),
              side(row, "B", claims, names.getOrDefault(id + " B", List.of())),
              List.of(),
              Long.parseLong(row.get("pairs").getLiteralLexicalForm())));
    }
    return new Ranked(counts, page);
  }

  private static int count(Binding row, String var) {
    return Integer.parseInt(row.get(var).getLiteralLexicalForm());
  }

  private static double strength(Binding row, String side) {
    return Double.parseDouble(row.get("strength" + side).getLiteralLexicalForm());
  }

  private static Dispute.Side side(
      Binding row, String s, Map<String, Claim> claims, List<String> names) {
    Claim strongest = claims.get(row.get("strongest" + s).getURI());
    if (strongest == null) {
      throw new QueryException("a conflict names a claim that is not in the store: " + row);
    }
    List<String> ordered = new ArrayList<>(names);
    // The strongest claim's author first, then the others in the order the query gave.
    ordered.remove(strongest.attributedTo().name());
    ordered.add(0, strongest.attributedTo().name());
    return new Dispute.Side(
        List.of(Proposition.of(strongest)),
        Integer.parseInt(row.get("propositions" + s).getLiteralLexicalForm()),
        Integer.parseInt(row.get("claims" + s).getLiteralLexicalForm()),
        Integer.parseInt(row.get("sources" + s).getLiteralLexicalForm()),
        ordered,
        strongest,
        Double.parseDouble(row.get("strength" + s).getLiteralLexicalForm()));
  }

  /** Every conflicting pair of claims, ranked. */
  public static List<Conflict> list(Store store, QueryLibrary queries) {
    List<Binding> rows =
        store.read(
            link ->
                Sparql.select(link, queries.get(QueryLibrary.CONFLICT_PAIRS).query(), Map.of()));
    return pairs(store, queries, rows);
  }

  /**
   * A conflicting pair of claims as the pairs query gives it, before its claims are read: what
   * counting and ranking pairs needs.
   *
   * @param dispute the IRI of the dispute it is a pair of
   */
  public record Pair(
      String dispute,
      Severity severity,
      String rule,
      String ruleLabel,
      String claimA,
      String articleA,
      String claimB,
      String articleB) {
    /** True when both claims appear in the same article. */
    public boolean withinArticle() {
      return articleA.equals(articleB);
    }
  }

  /** A pair read in full, as the pairs query gives it. */
  public static Pair pair(Conflict c) {
    return new Pair(
        c.dispute(),
        c.severity(),
        c.rule(),
        c.ruleLabel(),
        c.a().id(),
        c.a().article(),
        c.b().id(),
        c.b().article());
  }

  /** The conflicting pairs of claims one article takes part in, unread and unranked. */
  public static List<Pair> pairsOfArticle(Store store, QueryLibrary queries, String slug) {
    List<Binding> rows =
        store.read(
            link ->
                Sparql.select(
                    link,
                    queries.get(QueryLibrary.CONFLICT_PAIRS_OF_ARTICLE).query(),
                    Map.of("article", NodeFactory.createURI(Ids.article(slug)))));
    List<Pair> pairs = new ArrayList<>(rows.size());
    for (Binding row : rows) {
      pairs.add(
          new Pair(
              row.get("conflict").getURI(),
              Severity.fromCode(row.get("severity").getLiteralLexicalForm()),
              row.get("rule").getURI(),
              row.get("ruleLabel").getLiteralLexicalForm(),
              row.get("claimA").getURI(),
              Ids.slugOf(row.get("articleA").getURI()),
              row.get("claimB").getURI(),
              Ids.slugOf(row.get("articleB").getURI())));
    }
    return pairs;
  }

  /**
   * The first {@code limit} of {@code pairs} in the order of {@link #rank(List)}, read in full. The
   * ranking needs each claim's score and position alone, looked up by IRI from the grades' and the
   * claims' indexes; only the claims of the pairs kept are read whole. So the cost is a few index
   * reads a claim however many pairs there are, and the page's claims in full.
   */
  public static List<Conflict> firstOf(
      Store store, QueryLibrary queries, List<Pair> pairs, int limit) {
    Set<String> ids = new LinkedHashSet<>();
    for (Pair p : pairs) {
      ids.add(p.claimA());
      ids.add(p.claimB());
    }
    Map<String, Claims.Position> at = new HashMap<>();
    Map<String, org.w3id.claimgraph.query.Grades.Score> scores =
        store.read(
            link -> {
              at.putAll(Claims.positions(link, queries, ids));
              return org.w3id.claimgraph.query.Grades.scores(link, queries, ids);
            });
    for (String id : ids) {
      if (!at.containsKey(id)) {
        throw new QueryException("a conflict names a claim that is not in the store: <" + id + ">");
      }
    }
    java.util.function.ToDoubleFunction<String> score =
        id -> {
          org.w3id.claimgraph.query.Grades.Score s = scores.get(id);
          return s == null ? Double.NaN : s.score();
        };
    List<Pair> ranked =
        rankBy(
            pairs,
            p -> {
              double gap =
                  Math.abs(score.applyAsDouble(p.claimA()) - score.applyAsDouble(p.claimB()));
              return new Key(
                  p.severity(),
                  Double.isNaN(gap) ? 0 : gap,
                  p.rule(),
                  p.claimA(),
                  at.get(p.claimA()).article(),
                  at.get(p.claimA()).start(),
                  p.claimB(),
                  at.get(p.claimB()).article(),
                  at.get(p.claimB()).start());
            });
    List<Pair> kept = ranked.subList(0, Math.min(limit, ranked.size()));
    Set<String> wanted = new LinkedHashSet<>();
    for (Pair p : kept) {
      wanted.add(p.claimA());
      wanted.add(p.claimB());
    }
    Map<String, Claim> claims =
        Claims.byIds(store, queries, wanted).stream()
            .collect(Collectors.toMap(Claim::id, Function.identity(), (x, y) -> x));
    List<Conflict> out = new ArrayList<>(kept.size());
    for (Pair p : kept) {
      Claim a = claims.get(p.claimA());
      Claim b = claims.get(p.claimB());
      if (a == null || b == null) {
        throw new QueryException("a conflict names a claim that is not in the store: " + p);
      }
      out.add(
          new Conflict(
              Ids.conflict(p.rule(), a.id(), b.id()),
              p.severity(),
              p.rule(),
              p.ruleLabel(),
              a,
              b,
              p.dispute()));
    }
    return out;
  }

  private static List<Conflict> pairs(Store store, QueryLibrary queries, List<Binding> rows) {
    Set<String> ids = new LinkedHashSet<>();
    for (Binding row : rows) {
      ids.add(row.get("claimA").getURI());
      ids.add(row.get("claimB").getURI());
    }
    Map<String, Claim> claims =
        Claims.byIds(store, queries, ids).stream()
            .collect(Collectors.toMap(Claim::id, Function.identity(), (x, y) -> x));
    List<Conflict> conflicts = new ArrayList<>();
    for (Binding row : rows) {
      conflicts.add(conflict(row, claims));
    }
    return rank(conflicts);
  }

  /** Sorts conflicting pairs as described on this class. */
  public static List<Conflict> rank(List<Conflict> conflicts) {
    return rank(conflicts, Conflicts::gap);
  }

  /**
   * Sorts conflicting pairs as described on this class, with the grade gap of each given by {@code
   * gap}: for claims whose scores are known but whose grades were not read.
   */
  public static List<Conflict> rank(
      List<Conflict> conflicts, java.util.function.ToDoubleFunction<Conflict> gap) {
    return rankBy(
        conflicts,
        c ->
            new Key(
                c.severity(),
                gap.applyAsDouble(c),
                c.rule(),
                c.a().id(),
                c.a().article(),
                c.a().span().start(),
                c.b().id(),
                c.b().article(),
                c.b().span().start()));
  }

  /**
   * What the ranking of a conflicting pair looks at: its severity, the gap between its claims'
   * scores, its rule, and each claim's IRI, article and offset.
   */
  record Key(
      Severity severity,
      double gap,
      String rule,
      String claimA,
      String articleA,
      int startA,
      String claimB,
      String articleB,
      int startB) {}

  /** Sorts {@code items} as described on this class, by what {@code key} says of each. */
  static <T> List<T> rankBy(List<T> items, Function<T, Key> key) {
    List<Key> keys = items.stream().map(key).toList();
    Map<String, Integer> contested = new HashMap<>();
    for (Key k : keys) {
      contested.merge(k.claimA() + " " + k.severity(), 1, Integer::sum);
      contested.merge(k.claimB() + " " + k.severity(), 1, Integer::sum);
    }
    Comparator<Key> order =
        Comparator.comparingInt((Key k) -> -k.severity().rank())
            .thenComparingDouble(k -> -k.gap())
            .thenComparingInt(
                k ->
                    -Math.max(
                        contested.get(k.claimA() + " " + k.severity()),
                        contested.get(k.claimB() + " " + k.severity())))
            .thenComparing(k -> k.articleA().equals(k.articleB()))
            .thenComparing(Key::articleA)
            .thenComparingInt(Key::startA)
            .thenComparing(Key::claimA)
            .thenComparing(Key::articleB)
            .thenComparingInt(Key::startB)
            .thenComparing(Key::claimB)
            .thenComparing(Key::rule);
    List<Integer> at = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      at.add(i);
    }
    at.sort(Comparator.comparing(keys::get, order));
    return at.stream().map(items::get).toList();
  }

  /** The difference between the two claims' scores; 0 when either is not graded. */
  public static double gap(Conflict c) {
    return gap(c.a(), c.b());
  }

  private static double gap(Claim a, Claim b) {
    if (a.grade() == null || b.grade() == null) {
      return 0;
    }
    return Math.abs(a.grade().score() - b.grade().score());
  }

  private static Conflict conflict(Binding row, Map<String, Claim> claims) {
    String a = row.get("claimA").getURI();
    String b = row.get("claimB").getURI();
    if (!claims.containsKey(a) || !claims.containsKey(b)) {
      throw new QueryException("a conflict names a claim that is not in the store: " + row);
    }
    String rule = row.get("rule").getURI();
    return new Conflict(
        Ids.conflict(rule, a, b),
        Severity.fromCode(row.get("severity").getLiteralLexicalForm()),
        rule,
        row.get("ruleLabel").getLiteralLexicalForm(),
        claims.get(a),
        claims.get(b),
        row.get("conflict").getURI());
  }
}
