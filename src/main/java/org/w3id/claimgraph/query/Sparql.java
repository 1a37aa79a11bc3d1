package org.w3id.claimgraph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryScopeException;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.claimgraph.QueryException;

/**
 * Runs queries of the library with inputs bound by substitution (never by pasting text into the
 * query), and copies the results out so they outlive the transaction.
 */
public final class Sparql {
  private Sparql() {}

  /** The rows of a SELECT query, copied. */
  public static List<Binding> select(RDFLink link, Query query, Map<String, Node> inputs) {
    try (QueryExec exec = exec(link, query, inputs).build()) {
      return detach(exec.select());
    }
  }

  /**
   * Hands each row of a SELECT query to {@code each} as it comes, without keeping the rows: for
   * results too large to hold at once. The row is valid only during the call.
   */
  public static void forEach(
      RDFLink link, Query query, Map<String, Node> inputs, Consumer<Binding> each) {
    try (QueryExec exec = exec(link, query, inputs).build()) {
      exec.select().forEachRemaining(each);
    }
  }

  /**
   * The SELECT query without its ORDER BY, for a pass whose order does not matter: the rows come as
   * the store finds them, none held back for a sort. A query whose ORDER BY matters to which rows
   * it returns (LIMIT, OFFSET) or that groups is returned as it is.
   */
  public static Query unordered(Query query) {
    if (!query.isSelectType()
        || !query.hasOrderBy()
        || query.hasLimit()
        || query.hasOffset()
        || query.hasGroupBy()
        || query.hasAggregators()
        || query.hasHaving()
        || query.hasValues()) {
      return query;
    }
    // A cleared ORDER BY still compiles to an (empty) sort, so the query is built again without.
    Query q = new Query();
    q.setPrefixMapping(query.getPrefixMapping());
    q.setBase(query.getBase());
    q.setQuerySelectType();
    q.setQueryPattern(query.getQueryPattern());
    q.setDistinct(query.isDistinct());
    q.setReduced(query.isReduced());
    if (query.isQueryResultStar()) {
      q.setQueryResultStar(true);
    } else {
      query
          .getProject()
          .forEachVarExpr(
              (v, e) -> {
                if (e == null) {
                  q.addResultVar(v);
                } else {
                  q.addResultVar(v, e);
                }
              });
    }
    return q;
  }

  /** The rows of a SELECT query with their variables, copied. */
  public static RowSetRewindable selectRows(RDFLink link, Query query, Map<String, Node> inputs) {
    try (QueryExec exec = exec(link, query, inputs).build()) {
      RowSet rows = exec.select();
      List<Var> vars = rows.getResultVars();
      return RowSetStream.create(vars, detach(rows).iterator()).rewindable();
    }
  }

  /** The graph a CONSTRUCT or DESCRIBE query builds. */
  public static Graph graph(RDFLink link, Query query, Map<String, Node> inputs) {
    try (QueryExec exec = exec(link, query, inputs).build()) {
      return query.isDescribeType() ? exec.describe() : exec.construct();
    }
  }

  /** The answer of an ASK query. */
  public static boolean ask(RDFLink link, Query query, Map<String, Node> inputs) {
    try (QueryExec exec = exec(link, query, inputs).build()) {
      return exec.ask();
    }
  }

  /** The graph a CONSTRUCT query builds, run directly on a dataset inside its transaction. */
  public static Graph construct(DatasetGraph dataset, Query query) {
    try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
      return exec.construct();
    }
  }

  /**
   * Copies every row, resolving every value: rows from TDB2 look their values up lazily, which
   * fails once the transaction has ended.
   */
  private static List<Binding> detach(RowSet rows) {
    List<Binding> out = new ArrayList<>();
    rows.forEachRemaining(b -> out.add(BindingFactory.copy(b)));
    return out;
  }

  private static QueryExecBuilder exec(RDFLink link, Query query, Map<String, Node> inputs) {
    return link.newQuery().query(bind(query, inputs));
  }

  /**
   * {@code query} with each input put in place of its variable, and kept in the results of a SELECT
   * ({@code (<iri> AS ?article)}), the same for the embedded store and for a query sent over HTTP.
   * An ORDER BY on a variable that is now a constant orders nothing, and a bare constant there is
   * not SPARQL syntax: it is dropped.
   */
  public static Query bind(Query query, Map<String, Node> inputs) {
    if (inputs.isEmpty()) {
      return query;
    }
    Map<Var, Node> values = new java.util.LinkedHashMap<>();
    inputs.forEach((k, v) -> values.put(Var.alloc(k), v));
    Query bound;
    try {
      bound = QueryTransformOps.syntaxSubstitute(query, values);
    } catch (QueryScopeException e) {
      throw new QueryException(
          "cannot bind " + inputs.keySet() + " in this query: " + e.getMessage(), e);
    }
    if (bound.getOrderBy() != null) {
      bound.getOrderBy().removeIf(c -> c.getExpression().isConstant());
    }
    // A GROUP BY on a bound variable groups by a constant, and a constant named there and again in
    // the SELECT defines the name twice (not SPARQL, and refused by Virtuoso): grouping by it
    // changes nothing, so it goes.
    if (bound.hasGroupBy() && bound.getGroupBy().size() > 1) {
      for (Var v : values.keySet()) {
        if (bound.getGroupBy().hasExpr(v) && bound.getGroupBy().getExpr(v).isConstant()) {
          bound.getGroupBy().remove(v);
        }
      }
    }
    return bound;
  }

  /**
   * {@code query} restricted to rows where {@code variable} is one of {@code values}: a {@code
   * VALUES} block first in its WHERE clause, so that one query looks up many resources instead of
   * one query each. Jena runs it as an index lookup per value; over HTTP it is one round trip.
   */
  public static Query values(Query query, String variable, Collection<Node> values) {
    Var v = Var.alloc(variable);
    if (!variables(query).contains(v)) {
      throw new QueryException("the query has no variable ?" + variable + " to look up");
    }
    Query q = query.cloneQuery();
    ElementData data = new ElementData();
    data.add(v);
    for (Node n : new LinkedHashSet<>(values)) {
      data.add(BindingFactory.binding(v, n));
    }
    ElementGroup where = new ElementGroup();
    where.addElement(data);
    Element old = q.getQueryPattern();
    if (old instanceof ElementGroup group) {
      group.getElements().forEach(where::addElement);
    } else {
      where.addElement(old);
    }
    q.setQueryPattern(where);
    return q;
  }

  /**
   * Every variable of {@code query}: of its patterns, its subqueries (projected or not), its
   * filters and binds, and what it selects.
   */
  public static java.util.Set<Var> variables(Query query) {
    java.util.Set<Var> vars = new java.util.LinkedHashSet<>();
    org.apache.jena.sparql.algebra.Op op = org.apache.jena.sparql.algebra.Algebra.compile(query);
    vars.addAll(org.apache.jena.sparql.algebra.OpVars.mentionedVars(op));
    org.apache.jena.sparql.algebra.OpWalker.walk(
        op,
        new org.apache.jena.sparql.algebra.OpVisitorBase() {
          @Override
          public void visit(org.apache.jena.sparql.algebra.op.OpFilter filter) {
            filter.getExprs().forEach(e -> vars.addAll(e.getVarsMentioned()));
          }

          @Override
          public void visit(org.apache.jena.sparql.algebra.op.OpExtend extend) {
            vars.addAll(extend.getVarExprList().getVars());
            extend.getVarExprList().forEachExpr((v, e) -> vars.addAll(e.getVarsMentioned()));
          }
        });
    if (query.isSelectType()) {
      vars.addAll(query.getProjectVars());
    }
    return vars;
  }
}
