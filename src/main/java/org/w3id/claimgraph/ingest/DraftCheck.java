package org.w3id.claimgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.derive.Conflicts;
import org.w3id.claimgraph.derive.Grading;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.query.Grades;
import org.w3id.claimgraph.query.NamedQuery;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.rdf.ClaimRows;
import org.w3id.claimgraph.rdf.Terms;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Checks a draft against the graph: its claims are extracted as for ingest, nothing is stored, and
 * each claim is tested with {@code queries/conflicts-with-claim.rq}, which applies the conflict
 * rules and the concept hierarchy like the build does, so a draft's conflicts are those it would
 * have once ingested. The draft's claims are graded as if the draft were in the store.
 */
public final class DraftCheck {
  public static final String QUERY = "conflicts-with-claim";

  /** The draft's claims and the conflicts they raise, most severe first. */
  public record Result(String article, List<Claim> claims, List<Conflict> conflicts) {
    public boolean hasHigh() {
      return conflicts.stream().anyMatch(c -> c.severity() == Severity.HIGH);
    }
  }

  private DraftCheck() {}

  public static Result check(Path file, Preparer preparer, Store store, QueryLibrary queries) {
    String slug = "draft-" + Preparer.slug(file);
    Prepared draft = preparer.prepare(file, slug);
    NamedQuery q = queries.get(QUERY);
    List<Conflict> conflicts = new ArrayList<>();
    for (Claim claim : draft.claims()) {
      Map<String, Node> inputs = new LinkedHashMap<>();
      inputs.put("interventionGiven", NodeFactory.createURI(claim.intervention().iri()));
      inputs.put("conditionGiven", NodeFactory.createURI(claim.condition().iri()));
      inputs.put("relationGiven", Terms.of(claim.relation()).asNode());
      inputs.put("negatedGiven", bool(claim.negated()));
      inputs.put("conditionalGiven", bool(claim.conditional()));
      for (Binding row : store.read(link -> Sparql.select(link, q.query(), inputs))) {
        Claim other = ClaimRows.claim(row);
        boolean draftIsA = row.get("side").getLiteralLexicalForm().equals("A");
        Claim a = draftIsA ? claim : other;
        Claim b = draftIsA ? other : claim;
        String rule = row.get("rule").getURI();
        conflicts.add(
            new Conflict(
                Ids.conflict(rule, a.id(), b.id()),
                Severity.fromCode(row.get("severity").getLiteralLexicalForm()),
                rule,
                row.get("ruleLabel").getLiteralLexicalForm(),
                a,
                b));
      }
    }
    Map<String, Grade> grades = Grading.gradeWith(store, queries, slug, draft.graph()).grades();
    List<Conflict> graded = new ArrayList<>();
    for (Conflict c : conflicts) {
      graded.add(
          new Conflict(
              c.id(),
              c.severity(),
              c.rule(),
              c.ruleLabel(),
              c.a().withGrade(grades.get(c.a().id())),
              c.b().withGrade(grades.get(c.b().id()))));
    }
    return new Result(slug, Grades.attach(draft.claims(), grades), Conflicts.rank(graded));
  }

  private static Node bool(boolean b) {
    return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
  }
}
