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
import org.apache.jena.graph.NodeFactory;
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
 * sources on both sides), then the most claim pairs. {@link #list} gives every conflicting pair of
 * claims, ranked: most severe first; then the widest grade gap (a weak claim contradicted by a
 * strong one is the clearest case for a reader); then the most contested claim first; then
 * conflicts between articles before those inside one; then by article and offset, so the order is
 * stable.
 */
public final class Conflicts {
  private Conflicts() {}

  /** Every conflict between propositions, once, ranked. */
  public static List<Dispute> disputes(Store store, QueryLibrary queries) {
    List<Binding> rows =
        store.read(
            link -> Sparql.select(link, queries.get(QueryLibrary.CONFLICTS).query(), Map.of()));
    Map<String, List<String>> names = new HashMap<>();
    for (Binding b :
        store.read(
            link ->
                Sparql.select(
                    link, queries.get(QueryLibrary.CONFLICT_SOURCES).query(), Map.of()))) {
      names
          .computeIfAbsent(
              b.get("conflict").getURI() + " " + b.get("side").getLiteralLexicalForm(),
              k -> new ArrayList<>())
          .add(b.get("name").getLiteralLexicalForm());
    }
    Set<String> strongest = new LinkedHashSet<>();
    for (Binding row : rows) {
      strongest.add(row.get("strongestA").getURI());
      strongest.add(row.get("strongestB").getURI());
    }
    Map<String, Claim> claims =
        Claims.byIds(store, queries, strongest).stream()
            .collect(Collectors.toMap(Claim::id, Function.identity(), (x, y) -> x));
    List<Dispute> out = new ArrayList<>();
    for (Binding row : rows) {
      String id = row.get("conflict").getURI();
      out.add(
          new Dispute(
              id,
              Severity.fromCode(row.get("severity").getLiteralLexicalForm()),
              row.get("rule").getURI(),
              row.get("ruleLabel").getLiteralLexicalForm(),
              Boolean.parseBoolean(row.get("withinArticle").getLiteralLexicalForm()),
              side(row, "A", claims, names.getOrDefault(id + " A", List.of())),
              side(row, "B", claims, names.getOrDefault(id + " B", List.of()))));
    }
    return rankDisputes(out);
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

  /** Sorts disputes as described on this class. */
  public static List<Dispute> rankDisputes(List<Dispute> disputes) {
    List<Dispute> sorted = new ArrayList<>(disputes);
    sorted.sort(
        Comparator.comparingInt((Dispute d) -> -d.severity().rank())
            .thenComparingDouble(d -> -Math.abs(d.a().strength() - d.b().strength()))
            .thenComparingInt(d -> -(d.a().sources() + d.b().sources()))
            .thenComparingLong(d -> -d.pairs())
            .thenComparing(Dispute::withinArticle)
            .thenComparing(d -> d.a().strongest().article())
            .thenComparingInt(d -> d.a().strongest().span().start())
            .thenComparing(d -> d.b().strongest().article())
            .thenComparingInt(d -> d.b().strongest().span().start())
            .thenComparing(Dispute::rule));
    return sorted;
  }

  /** Every conflicting pair of claims, ranked. */
  public static List<Conflict> list(Store store, QueryLibrary queries) {
    List<Binding> rows =
        store.read(
            link ->
                Sparql.select(link, queries.get(QueryLibrary.CONFLICT_PAIRS).query(), Map.of()));
    return pairs(store, queries, rows);
  }

  /** The conflicting pairs of claims one article takes part in, ranked. */
  public static List<Conflict> ofArticle(Store store, QueryLibrary queries, String slug) {
    List<Binding> rows =
        store.read(
            link ->
                Sparql.select(
                    link,
                    queries.get(QueryLibrary.CONFLICT_PAIRS_OF_ARTICLE).query(),
                    Map.of("article", NodeFactory.createURI(Ids.article(slug)))));
    return pairs(store, queries, rows);
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
    Map<String, Integer> contested = new HashMap<>();
    for (Conflict c : conflicts) {
      contested.merge(key(c.a(), c.severity()), 1, Integer::sum);
      contested.merge(key(c.b(), c.severity()), 1, Integer::sum);
    }
    Comparator<Conflict> order =
        Comparator.comparingInt((Conflict c) -> -c.severity().rank())
            .thenComparingDouble(c -> -gap(c))
            .thenComparingInt(
                c ->
                    -Math.max(
                        contested.get(key(c.a(), c.severity())),
                        contested.get(key(c.b(), c.severity()))))
            .thenComparing(Conflict::withinArticle)
            .thenComparing(c -> c.a().article())
            .thenComparingInt(c -> c.a().span().start())
            .thenComparing(c -> c.a().id())
            .thenComparing(c -> c.b().article())
            .thenComparingInt(c -> c.b().span().start())
            .thenComparing(c -> c.b().id())
            .thenComparing(Conflict::rule);
    List<Conflict> sorted = new ArrayList<>(conflicts);
    sorted.sort(order);
    return sorted;
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

  private static String key(Claim claim, Severity severity) {
    return claim.id() + " " + severity;
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
        claims.get(b));
  }
}
