package org.w3id.claimgraph.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.vocab.Ids;

/** Reads stored grades with {@code queries/grades.rq} and attaches them to claims. */
public final class Grades {
  public static final String QUERY = "grades";

  private Grades() {}

  /** The grades of every claim, by claim IRI. */
  public static Map<String, Grade> all(Store store, QueryLibrary queries) {
    return store.read(link -> read(link, queries, Map.of()));
  }

  /** The grades of one article's claims, by claim IRI. */
  public static Map<String, Grade> ofArticle(Store store, QueryLibrary queries, String slug) {
    return store.read(
        link -> read(link, queries, Map.of("article", NodeFactory.createURI(Ids.article(slug)))));
  }

  /** The claims, each with its grade where it has one. */
  public static List<Claim> attach(List<Claim> claims, Map<String, Grade> grades) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      Grade g = grades.get(c.id());
      out.add(g == null ? c : c.withGrade(g));
    }
    return out;
  }

  /** The query for one claim's grade without what its steps rest on. */
  public static final String SUMMARY = "grade-summary";

  /**
   * The grade of one claim, its steps without the quotes and claims they rest on, or null: cheap
   * however many claims a step rests on.
   */
  public static Grade summary(RDFLink link, QueryLibrary queries, String claim) {
    return fromRows(
            Sparql.select(
                link,
                queries.get(SUMMARY).query(),
                Map.of("claim", org.apache.jena.graph.NodeFactory.createURI(claim))))
        .get(claim);
  }

  /**
   * The grades, without what their steps rest on, of the claims with these IRIs, looked up {@link
   * Claims#CHUNK} at a time (their IRIs given as {@code VALUES}), so no request to a server grows
   * with the claims asked for; a claim without a grade is left out.
   */
  public static Map<String, Grade> summaries(
      RDFLink link, QueryLibrary queries, java.util.Collection<String> claims) {
    Map<String, Grade> out = new LinkedHashMap<>();
    for (List<Node> chunk : Claims.chunks(claims)) {
      out.putAll(
          fromRows(
              Sparql.select(
                  link, Sparql.values(queries.get(SUMMARY).query(), "claim", chunk), Map.of())));
    }
    return out;
  }

  /** The query of graded claims' scores alone. */
  public static final String SCORES = "grade-scores";

  /** A claim's score, and its score before disputes. */
  public record Score(double score, double provisional) {}

  /**
   * The scores of the claims with these IRIs, looked up {@link Claims#CHUNK} at a time, from the
   * grades graph alone: a few index reads a claim, however long its grade's explanation; a claim
   * without a grade is left out.
   */
  public static Map<String, Score> scores(
      RDFLink link, QueryLibrary queries, java.util.Collection<String> claims) {
    Map<String, Score> out = new java.util.HashMap<>();
    for (Binding row : Claims.lookUp(link, queries.get(SCORES).query(), claims)) {
      out.put(
          row.get("claim").getURI(),
          new Score(
              Double.parseDouble(row.get("score").getLiteralLexicalForm()),
              Double.parseDouble(row.get("provisional").getLiteralLexicalForm())));
    }
    return out;
  }

  public static Map<String, Grade> read(RDFLink link, QueryLibrary queries, Map<String, Node> in) {
    return fromRows(Sparql.select(link, queries.get(QUERY).query(), in));
  }

  /** Grades from rows of the grades query. */
  public static Map<String, Grade> fromRows(List<Binding> rows) {
    Map<String, Builder> builders = new LinkedHashMap<>();
    for (Binding row : rows) {
      String claim = row.get("claim").getURI();
      Builder b = builders.computeIfAbsent(claim, k -> new Builder(row));
      b.add(row);
    }
    Map<String, Grade> out = new LinkedHashMap<>();
    builders.forEach((claim, b) -> out.put(claim, b.build()));
    return out;
  }

  private static final class Builder {
    private final Binding head;
    // By step, and the quotes and claims of a line sorted as the query sorts them, whatever
    // order the rows come in.
    private final Map<Integer, Line> lines = new java.util.TreeMap<>();

    Builder(Binding head) {
      this.head = head;
    }

    void add(Binding row) {
      int step = Integer.parseInt(text(row, "step"));
      Line line = lines.computeIfAbsent(step, k -> new Line(row));
      if (row.get("quote") != null) {
        line.quotes.add(text(row, "quote"));
      }
      if (row.get("related") != null) {
        line.related.add(row.get("related").getURI());
      }
    }

    Grade build() {
      List<Factor> factors = new ArrayList<>();
      lines.forEach(
          (step, l) ->
              factors.add(
                  new Factor(
                      step,
                      text(l.row, "code"),
                      text(l.row, "label"),
                      number(l.row, "delta"),
                      text(l.row, "reason"),
                      l.row.get("evidenceCode") == null ? null : l.row.get("evidenceCode").getURI(),
                      new ArrayList<>(l.quotes),
                      new ArrayList<>(l.related))));
      return new Grade(
          number(head, "score"),
          number(head, "provisional"),
          text(head, "certainty"),
          text(head, "sort"),
          text(head, "cebm"),
          text(head, "evidenceLevel"),
          text(head, "verdict"),
          factors);
    }
  }

  private static final class Line {
    final Binding row;
    final Set<String> quotes = new java.util.TreeSet<>();
    final Set<String> related = new java.util.TreeSet<>();

    Line(Binding row) {
      this.row = row;
    }
  }

  private static String text(Binding row, String var) {
    return row.get(var).getLiteralLexicalForm();
  }

  private static double number(Binding row, String var) {
    return new BigDecimal(text(row, var)).doubleValue();
  }
}
