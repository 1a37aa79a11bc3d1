package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * An incremental derivation checks against the shapes only the grades it changes: each with all its
 * triples and its lines, so the shapes see a whole grade, and nothing it leaves as stored.
 */
class ChangedPartTest {
  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static void grade(Graph g, String claim, String line, String score) {
    g.add(uri(claim), CG.grade.asNode(), uri(claim + "#grade"));
    g.add(uri(claim + "#grade"), RDF.type.asNode(), CG.Grade.asNode());
    g.add(uri(claim + "#grade"), CG.score.asNode(), NodeFactory.createLiteralString(score));
    g.add(uri(claim + "#grade"), CG.hasFactor.asNode(), uri(line));
    g.add(uri(line), RDF.type.asNode(), CG.FactorLine.asNode());
  }

  @Test
  void onlyWhatChangedIsCheckedWithTheWholeOfEachGradeAndItsLines() {
    String kept = Ids.CLAIM + "a/1";
    String changed = Ids.CLAIM + "a/2";
    String storedLine = Ids.LINE + "0000000000000001";
    String newLine = Ids.LINE + "0000000000000002";
    Graph stored = GraphFactory.createDefaultGraph();
    grade(stored, kept, storedLine, "1.0");
    grade(stored, changed, storedLine, "1.0");
    Set<Triple> old = new HashSet<>();
    stored.find().forEachRemaining(old::add);

    Graph now = GraphFactory.createDefaultGraph();
    grade(now, kept, storedLine, "1.0");
    grade(now, changed, storedLine, "0.0");
    now.add(uri(changed + "#grade"), CG.hasFactor.asNode(), uri(newLine));
    now.add(uri(newLine), RDF.type.asNode(), CG.FactorLine.asNode());

    Graph part = Incremental.changedPart(now, old, stored);
    assertThat(part.find(uri(kept), Node.ANY, Node.ANY).hasNext())
        .as("a grade that did not change is not checked again")
        .isFalse();
    assertThat(part.find(uri(kept + "#grade"), Node.ANY, Node.ANY).hasNext()).isFalse();
    assertThat(part.contains(uri(changed), CG.grade.asNode(), uri(changed + "#grade")))
        .as("a changed grade is checked whole, with the claim that links it")
        .isTrue();
    assertThat(part.find(uri(changed + "#grade"), Node.ANY, Node.ANY).toList()).hasSize(4);
    assertThat(part.contains(uri(storedLine), RDF.type.asNode(), CG.FactorLine.asNode()))
        .as("with the lines it links to, stored before or not")
        .isTrue();
    assertThat(part.contains(uri(newLine), RDF.type.asNode(), CG.FactorLine.asNode())).isTrue();

    // A triple removed alone brings its grade to be checked too.
    Graph fewer = GraphFactory.createDefaultGraph();
    grade(fewer, kept, storedLine, "1.0");
    grade(fewer, changed, storedLine, "1.0");
    fewer.delete(
        Triple.create(
            uri(kept + "#grade"), CG.score.asNode(), NodeFactory.createLiteralString("1.0")));
    assertThat(
            Incremental.changedPart(fewer, old, stored)
                .find(uri(kept + "#grade"), Node.ANY, Node.ANY)
                .toList())
        .hasSize(2);
  }
}
