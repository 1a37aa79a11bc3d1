package org.w3id.claimgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.model.SourceProfile;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.vocab.Ids;

/** Reads the articles' source profiles with {@code queries/source-profiles.rq}. */
public final class SourceProfiles {
  public static final String QUERY = "source-profiles";

  private SourceProfiles() {}

  /** Every article's profile, by slug. */
  public static Map<String, SourceProfile> all(Store store, QueryLibrary queries) {
    return read(store, queries, Map.of());
  }

  /** One article's profile, or null. */
  public static SourceProfile of(Store store, QueryLibrary queries, String slug) {
    return read(store, queries, Map.of("article", NodeFactory.createURI(Ids.article(slug))))
        .get(slug);
  }

  private static Map<String, SourceProfile> read(
      Store store, QueryLibrary queries, Map<String, Node> inputs) {
    List<Binding> rows =
        store.read(link -> Sparql.select(link, queries.get(QUERY).query(), inputs));
    Map<String, Binding> heads = new LinkedHashMap<>();
    Map<String, List<String>> credentials = new LinkedHashMap<>();
    for (Binding row : rows) {
      String slug = Ids.slugOf(row.get("article").getURI());
      heads.putIfAbsent(slug, row);
      List<String> list = credentials.computeIfAbsent(slug, k -> new ArrayList<>());
      Node c = row.get("credential");
      if (c != null && !list.contains(c.getLiteralLexicalForm())) {
        list.add(c.getLiteralLexicalForm());
      }
    }
    Map<String, SourceProfile> out = new LinkedHashMap<>();
    heads.forEach(
        (slug, row) ->
            out.put(
                slug,
                new SourceProfile(
                    slug,
                    row.get("kind").getURI(),
                    row.get("kindLabel").getLiteralLexicalForm(),
                    org.w3id.claimgraph.rdf.Terms.bool(
                        row.get("commercial").getLiteralLexicalForm()),
                    row.get("reason").getLiteralLexicalForm(),
                    row.get("evidence") == null
                        ? null
                        : row.get("evidence").getLiteralLexicalForm(),
                    credentials.get(slug),
                    row.get("qualification") == null
                        ? null
                        : row.get("qualification").getLiteralLexicalForm())));
    return out;
  }
}
