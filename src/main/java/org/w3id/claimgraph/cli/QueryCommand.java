package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.w3id.claimgraph.query.NamedQuery;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.rdf.Terms;
import org.w3id.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "query",
    description = {
      "Run a query of the library (by name) or a SPARQL 1.1 file against the store. SELECT and ASK"
          + " results as a table, SPARQL 1.1 Query Results JSON or XML, CSV or TSV; CONSTRUCT and"
          + " DESCRIBE as Turtle, TriG, N-Quads or JSON-LD. With no NAME, list the library.",
      "The default graph is the union of the named graphs; the library's queries name their graphs.",
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph query",
      "  claimgraph query contraindications-by-condition",
      "  claimgraph query claims-of-article --param article=<https://w3id.org/claimgraph/id/article/vascular-massage-therapy>",
      "  claimgraph query claims-by-author --param 'authorName=\"Art Riggs\"' --format json",
      "  claimgraph query my-question.rq --format csv"
    })
final class QueryCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    xml,
    csv,
    tsv,
    turtle,
    trig,
    nquads,
    jsonld
  }

  @Mixin CommonOptions options;
  @Mixin EndpointOption endpoint;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME|FILE.rq",
      description = "A query of the library, or a .rq file.")
  String name;

  @Option(
      names = "--format",
      description =
          "table, json, xml, csv or tsv for SELECT/ASK (default table); turtle, trig, nquads or"
              + " jsonld for CONSTRUCT/DESCRIBE (default turtle).")
  Format format;

  @Option(
      names = "--param",
      paramLabel = "VAR=VALUE",
      description =
          "Bind a variable before running: VALUE is <IRI>, \"a string\", an integer, true or false."
              + " Repeatable.")
  Map<String, String> params = new LinkedHashMap<>();

  @Override
  public Integer call() {
    try (Session session = new Session(options, spec.commandLine().getErr()).endpoint(endpoint)) {
      PrintWriter out = spec.commandLine().getOut();
      if (name == null) {
        for (NamedQuery q : session.queries().all()) {
          out.printf("%-32s %s%n", q.name(), q.description());
        }
        out.flush();
        return 0;
      }
      Query query = resolve(session.queries()).query();
      Map<String, Node> inputs = inputs();
      checkVariables(query, inputs);
      checkProjection(query);
      Store store = session.store();
      try {
        if (query.isSelectType()) {
          RowSetRewindable rows = store.read(link -> Sparql.selectRows(link, query, inputs));
          out.print(results(ResultSet.adapt(rows), query));
        } else if (query.isAskType()) {
          boolean answer = store.read(link -> Sparql.ask(link, query, inputs));
          out.print(answer(answer));
        } else {
          Graph graph = store.read(link -> Sparql.graph(link, query, inputs));
          graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
          out.print(RDFWriter.source(graph).format(graphFormat()).asString());
        }
      } catch (org.apache.jena.query.QueryException e) {
        // The query is the user's: a failure while it runs is bad input, said in one line.
        throw new org.w3id.claimgraph.QueryException(
            "the query failed: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip(),
            e);
      }
      out.flush();
      return 0;
    }
  }

  private NamedQuery resolve(QueryLibrary library) {
    if (name.endsWith(".rq")) {
      Path file = Path.of(name);
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(spec.commandLine(), "no such query file: " + name);
      }
      return QueryLibrary.parse(file);
    }
    return library.get(name);
  }

  private Map<String, Node> inputs() {
    Map<String, Node> inputs = new LinkedHashMap<>();
    params.forEach(
        (var, value) -> inputs.put(var.replaceFirst("^[?$]", ""), parseValue(var, value)));
    return inputs;
  }

  /** A SELECT names each variable once: SPARQL 1.1 does not allow {@code SELECT ?x ?x}. */
  private void checkProjection(Query query) {
    if (!query.isSelectType() || query.isQueryResultStar()) {
      return;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (org.apache.jena.sparql.core.Var v : query.getProjectVars()) {
      if (!seen.add(v.getName())) {
        throw new org.w3id.claimgraph.QueryException(
            "the query selects ?" + v.getName() + " twice");
      }
    }
  }

  /** Every --param names a variable of the query; else the query's variables are listed. */
  private void checkVariables(Query query, Map<String, Node> inputs) {
    java.util.Set<String> vars = new java.util.TreeSet<>();
    Sparql.variables(query).forEach(v -> vars.add(v.getVarName()));
    for (String var : inputs.keySet()) {
      if (!vars.contains(var)) {
        throw new ParameterException(
            spec.commandLine(),
            "--param "
                + var
                + ": the query has no variable ?"
                + var
                + "; its variables: "
                + String.join(", ", vars.stream().map(v -> "?" + v).toList()));
      }
    }
  }

  private Node parseValue(String var, String value) {
    String v = value.strip();
    if (v.startsWith("<") && v.endsWith(">") && v.length() > 2) {
      String iri = v.substring(1, v.length() - 1);
      try {
        // Parsed, never pasted: a value that is not an IRI cannot change the query's shape.
        return NodeFactory.createURI(Terms.checkedIri(iri));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), "--param " + var + ": not an IRI (" + e.getMessage() + "): " + v);
      }
    }
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      return NodeFactory.createLiteralString(v.substring(1, v.length() - 1));
    }
    if (v.matches("[+-]?\\d+")) {
      return NodeFactory.createLiteralDT(v, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }
    if (v.equals("true") || v.equals("false")) {
      return NodeFactory.createLiteralDT(v, org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);
    }
    throw new ParameterException(
        spec.commandLine(),
        "--param "
            + var
            + ": write the value as <IRI>, \"a string\", an integer, true or false; got: "
            + value);
  }

  private String results(ResultSet rs, Query query) {
    Format f = format == null ? Format.table : format;
    return switch (f) {
      case table -> ResultSetFormatter.asText(rs, query);
      case json -> ResultSetMgr.asString(rs, ResultSetLang.RS_JSON);
      case xml -> ResultSetMgr.asString(rs, ResultSetLang.RS_XML);
      case csv -> ResultSetMgr.asString(rs, ResultSetLang.RS_CSV);
      case tsv -> ResultSetMgr.asString(rs, ResultSetLang.RS_TSV);
      default ->
          throw new ParameterException(
              spec.commandLine(),
              "--format "
                  + f
                  + " is for CONSTRUCT and DESCRIBE; a SELECT query takes "
                  + List.of("table", "json", "xml", "csv", "tsv"));
    };
  }

  private String answer(boolean answer) {
    Format f = format == null ? Format.table : format;
    return switch (f) {
      case table -> answer + "\n";
      case json -> ResultSetMgr.asString(answer, ResultSetLang.RS_JSON);
      case xml -> ResultSetMgr.asString(answer, ResultSetLang.RS_XML);
      case csv -> ResultSetMgr.asString(answer, ResultSetLang.RS_CSV);
      case tsv -> ResultSetMgr.asString(answer, ResultSetLang.RS_TSV);
      default ->
          throw new ParameterException(
              spec.commandLine(),
              "--format "
                  + f
                  + " is for CONSTRUCT and DESCRIBE; an ASK query takes table, json, xml, csv or tsv");
    };
  }

  private RDFFormat graphFormat() {
    Format f = format == null ? Format.turtle : format;
    return switch (f) {
      case turtle -> RDFFormat.TURTLE_PRETTY;
      case trig -> RDFFormat.TRIG_PRETTY;
      case nquads -> RDFFormat.NQUADS;
      case jsonld -> RDFFormat.JSONLD11_PRETTY;
      default ->
          throw new ParameterException(
              spec.commandLine(),
              "--format "
                  + f
                  + " is for SELECT and ASK; a CONSTRUCT or DESCRIBE query takes turtle, trig, nquads or jsonld");
    };
  }
}
