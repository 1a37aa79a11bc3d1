package org.w3id.claimgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.rdf.ClaimRows;
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

  /** The query of every claim's IRI in the claims query's order. */
  public static final String ORDER = "claim-order";

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
