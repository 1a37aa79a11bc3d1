package org.w3id.claimgraph.rdf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.vocab.CG;

/** Reads the SKOS concept vocabulary into {@link Vocabulary} records. */
public final class VocabularyReader {
  private VocabularyReader() {}

  /**
   * Every resource typed {@code cg:Concept} in {@code model}; {@code source} names it in errors.
   */
  public static Vocabulary read(Model model, String source) {
    List<Concept> concepts = new ArrayList<>();
    List<Resource> subjects = model.listSubjectsWithProperty(RDF.type, CG.Concept).toList();
    subjects.sort((x, y) -> x.getURI().compareTo(y.getURI()));
    for (Resource r : subjects) {
      concepts.add(concept(r, source));
    }
    Vocabulary vocabulary = new Vocabulary(concepts);
    for (Concept c : concepts) {
      for (String b : c.broader()) {
        if (vocabulary.get(b).isEmpty()) {
          throw new InputException(
              source,
              -1,
              -1,
              "concept <" + c.iri() + "> has skos:broader <" + b + ">, which is not a concept");
        }
      }
    }
    return vocabulary;
  }

  private static Concept concept(Resource r, String source) {
    if (!r.isURIResource()) {
      throw new InputException(source, -1, -1, "a cg:Concept must have an IRI, not a blank node");
    }
    List<Statement> prefs = r.listProperties(SKOS.prefLabel).toList();
    if (prefs.size() != 1 || !prefs.get(0).getObject().isLiteral()) {
      throw new InputException(
          source,
          -1,
          -1,
          "concept <" + r.getURI() + "> needs exactly one skos:prefLabel; found " + prefs.size());
    }
    List<String> alts = new ArrayList<>();
    for (Statement s : r.listProperties(SKOS.altLabel).toList()) {
      alts.add(s.getObject().asLiteral().getLexicalForm());
    }
    alts.sort(null);
    Set<String> broader = new LinkedHashSet<>();
    for (Statement s : r.listProperties(SKOS.broader).toList()) {
      broader.add(s.getObject().asResource().getURI());
    }
    Set<Concept.Kind> kinds = EnumSet.noneOf(Concept.Kind.class);
    for (Statement s : r.listProperties(RDF.type).toList()) {
      RDFNode t = s.getObject();
      if (t.equals(CG.Intervention)) {
        kinds.add(Concept.Kind.INTERVENTION);
      } else if (t.equals(CG.Condition)) {
        kinds.add(Concept.Kind.CONDITION);
      } else if (t.equals(CG.Exposure)) {
        kinds.add(Concept.Kind.EXPOSURE);
      }
    }
    String pref = prefs.get(0).getObject().asLiteral().getLexicalForm();
    return new Concept(r.getURI(), pref, alts, broader, kinds);
  }
}
