package org.w3id.claimgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.rdf4j.query.parser.sparql.SPARQLParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.QueryException;
import org.w3id.claimgraph.TestHome;

class QueryLibraryTest {
  private static final QueryLibrary LIBRARY = QueryLibrary.load(TestHome.workspace().queries());

  static Stream<NamedQuery> queries() {
    return LIBRARY.all().stream();
  }

  @ParameterizedTest
  @MethodSource("queries")
  void eachQueryIsStandardSparql11AndParsesInAnotherEngineToo(NamedQuery q) throws IOException {
    // Jena parsed it in strict SPARQL 1.1 mode on load; RDF4J's parser is a second opinion.
    String text = Files.readString(q.file());
    new SPARQLParser().parseQuery(text, null);
  }

  @ParameterizedTest
  @MethodSource("queries")
  void eachQuerySaysWhatItAnswersAndDeclaresItsOwnPrefixes(NamedQuery q) throws IOException {
    assertThat(q.description()).as(q.name()).hasSizeGreaterThan(40);
    String text = Files.readString(q.file());
    for (String prefix : new String[] {"cg:", "schema:", "skos:", "oa:", "prov:", "rdfs:"}) {
      if (text.replaceAll("(?m)^(#|PREFIX).*$", "").contains(prefix)) {
        assertThat(text).as(q.name() + " uses " + prefix).contains("PREFIX " + prefix);
      }
    }
  }

  @Test
  void theLibraryHasTheQueriesTheIssueAsksFor() {
    assertThat(LIBRARY.all())
        .extracting(NamedQuery::name)
        .contains(
            "conflicts",
            "conflict-pairs",
            "conflict-rules",
            "conflicts-within-article",
            "claims-by-author",
            "contraindications-by-condition",
            "claims-of-article",
            "concept-hierarchy");
  }

  @Test
  void anUnknownNameListsTheAvailableOnes() {
    assertThatThrownBy(() -> LIBRARY.get("conflictz"))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("no query named \"conflictz\"")
        .hasMessageContaining("conflicts, conflicts-with-claim, conflicts-within-article");
  }

  @Test
  void aSyntaxErrorNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.rq");
    Files.writeString(file, "# broken\nSELECT ?x\nWHERE { ?x ?y }\n");
    assertThatThrownBy(() -> QueryLibrary.parse(file))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file + ":3:");
  }

  @Test
  void aLibraryWithBrokenFilesNamesTheFirstInNameOrder(@TempDir Path dir) throws IOException {
    // Parsed side by side, reported as if one after another.
    for (int i = 0; i < 40; i++) {
      Files.writeString(
          dir.resolve(String.format("q%02d.rq", i)), "SELECT ?x WHERE { ?x ?y ?z }\n");
    }
    for (int i : new int[] {7, 23, 31}) {
      Files.writeString(dir.resolve(String.format("q%02d.rq", i)), "SELECT ?x\nWHERE { ?x ?y }\n");
    }
    for (int run = 0; run < 5; run++) {
      assertThatThrownBy(() -> QueryLibrary.load(dir))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(dir.resolve("q07.rq") + ":2:");
    }
    Files.writeString(dir.resolve("q07.rq"), "ASK {}\n");
    Files.writeString(dir.resolve("q23.rq"), "ASK {}\n");
    Files.writeString(dir.resolve("q31.rq"), "ASK {}\n");
    assertThat(QueryLibrary.load(dir).get("q39").query().isSelectType()).isTrue();
  }

  @Test
  void arqOnlySyntaxIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("arq.rq");
    // LET is ARQ syntax, not SPARQL 1.1.
    Files.writeString(file, "SELECT ?x WHERE { LET (?x := 1) }\n");
    assertThatThrownBy(() -> QueryLibrary.parse(file)).isInstanceOf(InputException.class);
  }
}
