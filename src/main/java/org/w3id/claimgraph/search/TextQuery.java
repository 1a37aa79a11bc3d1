package org.w3id.claimgraph.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.w3id.claimgraph.QueryException;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.Schema;

/**
 * {@code text:query}, the property function of Jena's text search, answered from claimgraph's own
 * index, so SPARQL can join a text match with graph patterns:
 *
 * <pre>
 *   ?claim text:query "clot*" .
 *   (?claim ?score ?snippet) text:query ("deep vein thrombosis" 20) .
 *   (?article ?score ?snippet ?start ?end) text:query (schema:text "DVT" 50) .
 * </pre>
 *
 * The object is the query (same language and synonyms as {@code claimgraph search}), optionally
 * preceded by {@code schema:text} to search sentences instead of claims, and followed by a limit
 * (default 10,000). The subject is the claim's IRI (for sentences, the article's), optionally in a
 * list with the score, the snippet and the start and end offsets.
 */
public final class TextQuery extends PropertyFunctionBase {
  /** The IRI jena-text uses, so existing text queries keep working. */
  public static final String IRI = "http://jena.apache.org/text#query";

  /** Where the execution context finds the searcher. */
  public static final Symbol SEARCHER = Symbol.create("https://w3id.org/claimgraph/ns#searcher");

  private static final int DEFAULT_LIMIT = 10_000;

  /** Makes {@code text:query} known to every query run in this JVM. */
  public static void register() {
    PropertyFunctionRegistry.get().put(IRI, TextQuery.class);
  }

  /** Lets queries run in {@code context} search with {@code searcher}. */
  public static void attach(Context context, Searcher searcher) {
    attach(context, () -> searcher);
  }

  /**
   * Lets queries run in {@code context} search with the searcher {@code opener} gives, opened when
   * the first {@code text:query} runs: a command whose queries never search pays nothing for it.
   * {@code opener} is called once for each search, so it should keep what it opens.
   */
  public static void attach(Context context, java.util.function.Supplier<Searcher> opener) {
    context.set(SEARCHER, opener);
  }

  @Override
  public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
    if (subject.isList() && (subject.getArgListSize() < 1 || subject.getArgListSize() > 5)) {
      throw new QueryBuildException(
          "text:query: the subject list is (?s ?score ?snippet ?start ?end), 1 to 5 terms");
    }
    if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 3)) {
      throw new QueryBuildException(
          "text:query: the object list is ([schema:text] \"query\" [limit])");
    }
  }

  @Override
  public QueryIterator exec(
      Binding binding,
      PropFuncArg subject,
      Node predicate,
      PropFuncArg object,
      ExecutionContext cxt) {
    java.util.function.Supplier<Searcher> opener = cxt.getContext().get(SEARCHER);
    Searcher searcher = opener == null ? null : opener.get();
    if (searcher == null) {
      throw new QueryExecException("text:query: no search index is attached to this dataset");
    }
    List<Node> args = resolve(object, binding);
    boolean sentences = false;
    if (!args.isEmpty() && args.get(0).isURI()) {
      sentences = args.get(0).getURI().equals(Schema.text.getURI());
      args = args.subList(1, args.size());
    }
    if (args.isEmpty() || !args.get(0).isLiteral()) {
      return QueryIterPlainWrapper.create(List.<Binding>of().iterator(), cxt);
    }
    int limit = args.size() > 1 && args.get(1).isLiteral() ? limit(args.get(1)) : DEFAULT_LIMIT;
    SearchRequest request =
        new SearchRequest(
            args.get(0).getLiteralLexicalForm(),
            limit,
            sentences ? SearchRequest.Kind.SENTENCE : SearchRequest.Kind.CLAIM,
            null,
            null,
            null,
            false);
    List<SearchHit> hits;
    try {
      hits = searcher.search(request);
    } catch (QueryException e) {
      // The search string is part of the query: a syntax error in it is the client's (an HTTP
      // endpoint answers 400), not the server's.
      throw new org.apache.jena.query.QueryParseException("text:query: " + e.getMessage(), -1, -1);
    }
    List<Node> terms = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
    List<Binding> out = new ArrayList<>();
    for (SearchHit hit : hits) {
      Binding b = bind(binding, terms, hit);
      if (b != null) {
        out.add(b);
      }
    }
    return QueryIterPlainWrapper.create(out.iterator(), cxt);
  }

  private static List<Node> resolve(PropFuncArg object, Binding binding) {
    List<Node> raw = object.isList() ? object.getArgList() : List.of(object.getArg());
    List<Node> out = new ArrayList<>();
    for (Node n : raw) {
      out.add(Var.isVar(n) && binding.contains(Var.alloc(n)) ? binding.get(Var.alloc(n)) : n);
    }
    return out;
  }

  private static int limit(Node n) {
    try {
      return Math.max(1, Integer.parseInt(n.getLiteralLexicalForm().strip()));
    } catch (NumberFormatException e) {
      throw new QueryExecException("text:query: the limit must be an integer; got: " + n);
    }
  }

  /** Extends {@code binding} with the hit, or null when a bound term disagrees with it. */
  private static Binding bind(Binding binding, List<Node> terms, SearchHit hit) {
    String subject = hit.isClaim() ? hit.id() : Ids.article(hit.article());
    Node[] values = {
      NodeFactory.createURI(subject),
      NodeFactory.createLiteralDT(Float.toString(hit.score()), XSDDatatype.XSDfloat),
      NodeFactory.createLiteralString(hit.snippet()),
      NodeFactory.createLiteralDT(Integer.toString(hit.start()), XSDDatatype.XSDinteger),
      NodeFactory.createLiteralDT(Integer.toString(hit.end()), XSDDatatype.XSDinteger)
    };
    BindingBuilder b = Binding.builder(binding);
    for (int i = 0; i < terms.size(); i++) {
      Node t = terms.get(i);
      if (Var.isVar(t)) {
        Var v = Var.alloc(t);
        if (binding.contains(v)) {
          if (!binding.get(v).equals(values[i])) {
            return null;
          }
        } else if (!b.contains(v)) {
          b.add(v, values[i]);
        }
      } else if (!t.equals(values[i])) {
        return null;
      }
    }
    return b.build();
  }
}
