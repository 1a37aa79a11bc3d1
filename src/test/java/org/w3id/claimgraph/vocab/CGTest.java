package org.w3id.claimgraph.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.rdf.RdfFiles;

class CGTest {
  /** The ontology, and the grading policy, which defines the kinds of support and the factors. */
  private final Model ontology =
      RdfFiles.readTurtle(TestHome.path().resolve("ontology/claimgraph.ttl"))
          .add(RdfFiles.readTurtle(TestHome.path().resolve("ontology/grading-policy.ttl")));

  @Test
  void everyConstantIsDefinedInTheOntologyFile() throws IllegalAccessException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Field f : CG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
        Resource r = (Resource) f.get(null);
        checked++;
        if (!ontology.contains(r, null, (org.apache.jena.rdf.model.RDFNode) null)) {
          missing.add(r.getURI());
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(missing).isEmpty();
  }

  @Test
  void constantsAreNamedLikeTheirLocalName() throws IllegalAccessException {
    for (Field f : CG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())
          && Resource.class.isAssignableFrom(f.getType())
          && !f.getName().equals("ONTOLOGY")) {
        Resource r = (Resource) f.get(null);
        assertThat(r.getURI()).isEqualTo(CG.NS + f.getName());
      }
    }
  }
}
