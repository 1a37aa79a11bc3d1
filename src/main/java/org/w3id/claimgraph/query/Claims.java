package org.w3id.claimgraph.query;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
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

  /** The claims with these IRIs, with their grades, in the order of the claims query. */
  public static List<Claim> byIds(
      Store store, QueryLibrary queries, java.util.Collection<String> ids) {
    return store.read(link -> byIds(link, queries, ids));
  }

  /** The same, on a link the caller holds (inside its transaction). */
  public static List<Claim> byIds(
      RDFLink link, QueryLibrary queries, java.util.Collection<String> ids) {
    List<Node> nodes = ids.stream().distinct().map(NodeFactory::createURI).toList();
    if (nodes.isEmpty()) {
      return List.of();
    }
    List<Claim> claims =
        Sparql.selectEach(link, queries.get(QueryLibrary.CLAIMS).query(), "claim", nodes).stream()
            .map(ClaimRows::claim)
            .toList();
    Map<String, Grade> grades =
        Grades.fromRows(Sparql.selectEach(link, queries.get(Grades.QUERY).query(), "claim", nodes));
    return Grades.attach(claims, grades);
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
