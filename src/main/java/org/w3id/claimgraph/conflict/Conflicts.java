package org.w3id.claimgraph.conflict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.QueryException;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.store.Store;

/**
 * Reads the derived conflicts with {@code queries/conflicts.rq} and ranks them: most severe first;
 * then the widest grade gap first (a weak claim contradicted by a strong one is the clearest case
 * for a reader); then the most contested claim first (the claim with the most conflicts of that
 * severity, since a claim contradicted by many sources matters most); then conflicts between
 * articles before conflicts inside one; then by article and offset, so the order is stable.
 */
public final class Conflicts {
  private Conflicts() {}

  public static List<Conflict> list(Store store, QueryLibrary queries) {
    Map<String, Claim> claims =
        Claims.all(store, queries).stream()
            .collect(Collectors.toMap(Claim::id, Function.identity(), (x, y) -> x));
    List<Binding> rows =
        store.read(
            link -> Sparql.select(link, queries.get(QueryLibrary.CONFLICTS).query(), Map.of()));
    List<Conflict> conflicts = new ArrayList<>();
    for (Binding row : rows) {
      conflicts.add(conflict(row, claims));
    }
    return rank(conflicts);
  }

  /** Sorts conflicts in the order described on this class. */
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
    if (c.a().grade() == null || c.b().grade() == null) {
      return 0;
    }
    return Math.abs(c.a().grade().score() - c.b().grade().score());
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
    return new Conflict(
        row.get("conflict").getURI(),
        Severity.fromCode(row.get("severity").getLiteralLexicalForm()),
        row.get("rule").getURI(),
        row.get("ruleLabel").getLiteralLexicalForm(),
        claims.get(a),
        claims.get(b));
  }
}
