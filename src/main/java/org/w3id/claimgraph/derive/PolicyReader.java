package org.w3id.claimgraph.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.rdf.Terms;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Schema;

/**
 * Reads the grading policy from the ontology graph and the policy graph together (the scales'
 * labels are in the ontology, the weights and mappings in the policy). Anything the grader cannot
 * use — no policy, a kind of support it needs left out, a weight that is not a number, a pattern
 * that is not a regular expression, a band without a scale — is an error naming the source.
 */
public final class PolicyReader {
  /** The IRI of the policy the build applies. */
  public static final String DEFAULT_POLICY = CG.NS + "defaultPolicy";

  private final Model model;
  private final String source;

  private PolicyReader(Graph graph, String source) {
    this.model = ModelFactory.createModelForGraph(graph);
    this.source = source;
  }

  /**
   * @param graph the ontology and the policy
   * @param source the file or graph the policy came from, for messages
   */
  public static Policy read(Graph graph, String source) {
    return new PolicyReader(graph, source).read();
  }

  private Policy read() {
    Resource p = model.createResource(DEFAULT_POLICY);
    if (!model.contains(p, RDF.type, CG.GradingPolicy)) {
      throw error("defines no <" + DEFAULT_POLICY + "> a cg:GradingPolicy");
    }
    Set<Resource> levels = objects(p, CG.supportLevel);
    List<Policy.Support> designs = new ArrayList<>();
    for (Resource level : levels) {
      if (level.hasProperty(CG.citationPattern)) {
        designs.add(support(level));
      }
    }
    designs.sort(
        Comparator.comparingDouble((Policy.Support s) -> -s.weight())
            .thenComparing(Policy.Support::iri));
    Map<String, Policy.Support> bySourceKind = new HashMap<>();
    for (Resource entry : objects(p, CG.sourceKindSupport)) {
      Resource kind = required(entry, CG.appliesToSourceKind).asResource();
      bySourceKind.put(kind.getURI(), support(required(entry, CG.support).asResource()));
    }
    List<Policy.Factor> factors = new ArrayList<>();
    for (Resource f : objects(p, CG.factor)) {
      factors.add(factor(f));
    }
    factors.sort(Comparator.comparingInt(Policy.Factor::order).thenComparing(Policy.Factor::iri));
    checkOrder(factors);
    List<Policy.Qualification> qualifications = new ArrayList<>();
    for (Resource q : objects(p, CG.qualification)) {
      qualifications.add(
          new Policy.Qualification(
              q.getURI(),
              string(required(q, SKOS.notation)),
              string(required(q, SKOS.prefLabel)),
              patterns(q, CG.qualificationPattern)));
    }
    qualifications.sort(Comparator.comparing(Policy.Qualification::iri));
    List<Policy.Band> bands = new ArrayList<>();
    for (Resource b : objects(p, CG.band)) {
      bands.add(band(b));
    }
    bands.sort(
        Comparator.comparing(
            (Policy.Band b) -> b.minScore() == null ? Double.NEGATIVE_INFINITY : b.minScore(),
            Comparator.reverseOrder()));
    if (bands.isEmpty() || bands.get(bands.size() - 1).minScore() != null) {
      throw error("the policy needs a band without cg:minScore, for the lowest scores");
    }
    List<Policy.VerdictRule> rules = new ArrayList<>();
    for (Resource r : objects(p, CG.verdictRule)) {
      rules.add(verdictRule(r));
    }
    rules.sort(Comparator.comparingInt(Policy.VerdictRule::priority));
    return new Policy(
        p.getURI(),
        p.hasProperty(OWL.versionInfo) ? p.getProperty(OWL.versionInfo).getString() : "",
        patterns(p, CG.identifierPattern),
        patterns(p, CG.citationPattern),
        List.copyOf(designs),
        support(role(levels, CG.CitesUnspecifiedStudy)),
        support(role(levels, CG.ExpertOpinion)),
        support(role(levels, CG.UncredentialedPerson)),
        support(role(levels, CG.NoSource)),
        Map.copyOf(bySourceKind),
        List.copyOf(qualifications),
        List.copyOf(factors),
        List.copyOf(bands),
        List.copyOf(rules));
  }

  private Resource role(Set<Resource> levels, Resource role) {
    if (!levels.contains(role)) {
      throw error("the policy must list <" + role.getURI() + "> among its cg:supportLevel");
    }
    return model.createResource(role.getURI());
  }

  private Policy.Support support(Resource r) {
    return new Policy.Support(
        r.getURI(),
        string(required(r, SKOS.notation)),
        string(required(r, SKOS.prefLabel)),
        string(
            r.hasProperty(SKOS.altLabel)
                ? required(r, SKOS.altLabel)
                : required(r, SKOS.prefLabel)),
        number(r, CG.weight),
        r.hasProperty(CG.evidenceCode)
            ? r.getPropertyResourceValue(CG.evidenceCode).getURI()
            : null,
        patterns(r, CG.citationPattern));
  }

  /** The factors that weigh disputes read the scores the others leave: they must come last. */
  private void checkOrder(List<Policy.Factor> factors) {
    Set<String> late =
        Set.of(
            CG.Contradiction.getURI(), CG.InternalInconsistency.getURI(), CG.Precaution.getURI());
    boolean seenLate = false;
    for (Policy.Factor f : factors) {
      if (late.contains(f.iri())) {
        seenLate = true;
      } else if (seenLate) {
        throw error(
            model.createResource(f.iri()),
            "cg:order puts it after a factor that weighs disputes; those must come last");
      }
    }
  }

  private Policy.Factor factor(Resource f) {
    if (!f.isURIResource()) {
      throw error(f, "a factor must be an IRI");
    }
    Set<Relation> relations = relations(f);
    Set<Certainty> certainties = EnumSet.noneOf(Certainty.class);
    for (Resource c : objects(f, CG.appliesToCertainty)) {
      Certainty cert = Terms.certainty(c.getURI());
      if (cert == null) {
        throw error(f, "cg:appliesToCertainty <" + c.getURI() + "> is not a certainty");
      }
      certainties.add(cert);
    }
    Set<String> kinds = new TreeSet<>();
    objects(f, CG.appliesToSourceKind).forEach(k -> kinds.add(k.getURI()));
    return new Policy.Factor(
        f.getURI(),
        string(required(f, SKOS.notation)),
        string(required(f, SKOS.prefLabel)),
        number(f, CG.weight),
        f.hasProperty(CG.order) ? (int) number(f, CG.order) : Integer.MAX_VALUE,
        relations,
        certainties,
        kinds,
        patterns(f, CG.cuePattern),
        f.hasProperty(CG.supportBelow) ? number(f, CG.supportBelow) : null,
        f.hasProperty(CG.minScore) ? number(f, CG.minScore) : null,
        f.hasProperty(CG.minSeverity)
            ? severity(f, f.getPropertyResourceValue(CG.minSeverity))
            : null,
        f.hasProperty(CG.warningMinSeverity)
            ? severity(f, f.getPropertyResourceValue(CG.warningMinSeverity))
            : null,
        f.hasProperty(CG.minIndependentSources) ? (int) number(f, CG.minIndependentSources) : 0);
  }

  private Set<Relation> relations(Resource f) {
    Set<Relation> relations = EnumSet.noneOf(Relation.class);
    for (Resource r : objects(f, CG.appliesToRelation)) {
      Relation rel = Terms.relation(r.getURI());
      if (rel == null) {
        throw error(f, "cg:appliesToRelation <" + r.getURI() + "> is not a relation");
      }
      relations.add(rel);
    }
    return relations;
  }

  private Policy.Band band(Resource b) {
    return new Policy.Band(
        b.getURI(),
        b.hasProperty(CG.minScore) ? number(b, CG.minScore) : null,
        term(b, CG.gradeCertainty, SKOS.prefLabel),
        term(b, CG.sortLevel, SKOS.notation),
        term(b, CG.cebmLevel, SKOS.notation),
        evidenceLevel(required(b, CG.medicalEvidenceLevel).asResource()),
        term(b, CG.verdict, SKOS.prefLabel));
  }

  private Policy.VerdictRule verdictRule(Resource r) {
    if (!r.hasProperty(CG.factor) && !r.hasProperty(CG.band)) {
      throw error(r, "a verdict rule needs cg:factor or cg:band");
    }
    return new Policy.VerdictRule(
        r.getURI(),
        (int) number(r, CG.priority),
        r.hasProperty(CG.factor)
            ? string(required(required(r, CG.factor).asResource(), SKOS.notation))
            : null,
        r.hasProperty(CG.opposingMinScore) ? number(r, CG.opposingMinScore) : null,
        r.hasProperty(CG.minSeverity)
            ? severity(r, r.getPropertyResourceValue(CG.minSeverity))
            : null,
        relations(r),
        r.hasProperty(CG.band) ? r.getPropertyResourceValue(CG.band).getURI() : null,
        term(r, CG.verdict, SKOS.prefLabel));
  }

  private Severity severity(Resource owner, Resource s) {
    Severity severity = Terms.severity(s.getURI());
    if (severity == null) {
      throw error(owner, "cg:minSeverity <" + s.getURI() + "> is not a severity");
    }
    return severity;
  }

  private Policy.Term term(Resource owner, Property p, Property label) {
    RDFNode n = required(owner, p);
    if (!n.isURIResource()) {
      throw error(owner, model.shortForm(p.getURI()) + " must be an IRI");
    }
    Resource concept = n.asResource();
    return new Policy.Term(concept.getURI(), string(required(concept, label)));
  }

  private Policy.Term evidenceLevel(Resource r) {
    if (!r.isURIResource() || !r.getURI().startsWith(Schema.NS)) {
      throw error("<" + r + "> is not a schema.org MedicalEvidenceLevel");
    }
    return new Policy.Term(r.getURI(), r.getURI().substring(Schema.NS.length()));
  }

  private RDFNode required(Resource r, Property p) {
    Statement s = r.getProperty(p);
    if (s == null) {
      throw error(r, "needs " + model.shortForm(p.getURI()));
    }
    return s.getObject();
  }

  private double number(Resource r, Property p) {
    RDFNode n = required(r, p);
    if (!n.isLiteral()) {
      throw error(r, model.shortForm(p.getURI()) + " must be a number");
    }
    Literal l = n.asLiteral();
    try {
      return new BigDecimal(l.getLexicalForm()).doubleValue();
    } catch (NumberFormatException e) {
      throw error(
          r, model.shortForm(p.getURI()) + " must be a number; got \"" + l.getLexicalForm() + "\"");
    }
  }

  private static String string(RDFNode n) {
    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  private List<Pattern> patterns(Resource r, Property p) {
    List<String> sources = new ArrayList<>();
    r.listProperties(p).forEachRemaining(s -> sources.add(string(s.getObject())));
    sources.sort(null);
    List<Pattern> out = new ArrayList<>();
    for (String regex : sources) {
      try {
        out.add(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw error(
            r,
            model.shortForm(p.getURI())
                + " \""
                + regex
                + "\" is not a regular expression: "
                + e.getDescription());
      }
    }
    return List.copyOf(out);
  }

  private static Set<Resource> objects(Resource r, Property p) {
    Set<Resource> out = new HashSet<>();
    r.listProperties(p)
        .forEachRemaining(
            s -> {
              if (s.getObject().isResource()) {
                out.add(s.getObject().asResource());
              }
            });
    return out;
  }

  private InputException error(String message) {
    return new InputException(source, -1, -1, message);
  }

  private InputException error(Resource r, String message) {
    String name = r.isURIResource() ? model.shortForm(r.getURI()) : "a blank node";
    return new InputException(source, -1, -1, name + ": " + message);
  }
}
