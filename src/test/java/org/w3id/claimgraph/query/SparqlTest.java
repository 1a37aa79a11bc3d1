package org.w3id.claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.QueryException;
import org.w3id.claimgraph.TestHome;

/** Binding inputs and looking many resources up in one query give standard SPARQL. */
class SparqlTest {
  static final QueryLibrary QUERIES = QueryLibrary.load(TestHome.workspace().queries());

  @Test
  void aBoundGroupedQueryIsStillSparqlWhenWrittenOut() {
    Query bound =
        Sparql.bind(
            QUERIES.get("claims-by-author").query(),
            Map.of("authorName", NodeFactory.createLiteralString("Art Riggs")));
    // written out and read back by a strict SPARQL 1.1 parser: no name defined twice
    Query again = QueryFactory.create(bound.toString(), Syntax.syntaxSPARQL_11);
    assertThat(again.getGroupBy().getVars()).doesNotContain(Var.alloc("authorName"));
    assertThat(again.getProjectVars()).contains(Var.alloc("authorName"));
  }

  @Test
  void everyQueryOfTheLibraryBoundWithItsInputsIsStillSparqlWhenWrittenOut() {
    for (NamedQuery q : QUERIES.all()) {
      Query bound = Sparql.bind(q.query(), QueryInputs.of(q.name()));
      assertThat(QueryFactory.create(bound.toString(), Syntax.syntaxSPARQL_11))
          .as(q.name())
          .isNotNull();
    }
  }

  @Test
  void valuesPutTheLookedUpResourcesFirstInTheWhereClause() {
    Query q = QueryFactory.create("SELECT ?s ?o { ?s <urn:p> ?o } ORDER BY ?s");
    Query v =
        Sparql.values(
            q, "s", List.of(NodeFactory.createURI("urn:a"), NodeFactory.createURI("urn:b")));
    String text = v.toString().replaceAll("\\s+", " ");
    assertThat(text).contains("WHERE { VALUES ?s { <urn:a> <urn:b> } ?s <urn:p> ?o }");
    assertThat(q.toString()).doesNotContain("VALUES");
    assertThatThrownBy(() -> Sparql.values(q, "nosuch", List.of(NodeFactory.createURI("urn:a"))))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("?nosuch");
  }

  @Test
  void theVariablesOfAQueryIncludeThoseOfItsSubqueriesAndFilters() {
    Query q =
        QueryFactory.create(
            "SELECT ?a { { SELECT DISTINCT ?b { ?given <urn:p>* ?b } } ?a <urn:q> ?b"
                + " FILTER(?f) BIND(?x AS ?y) }");
    assertThat(Sparql.variables(q))
        .extracting(Var::getVarName)
        .contains("a", "b", "given", "f", "x", "y");
  }
}
