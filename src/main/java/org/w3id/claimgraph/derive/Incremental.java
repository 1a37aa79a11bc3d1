package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.SourceProfile;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.rdf.ClaimRows;
import org.w3id.claimgraph.rdf.Terms;
import org.w3id.claimgraph.search.Documents;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.validate.ShapeValidator;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Derives again only what added or replaced articles can change. Grades and conflicts interact only
 * between claims whose conditions are related in the concept hierarchy: agreement and every
 * conflict rule need the same condition, or one broader than the other. The hierarchy falls into
 * families (concepts joined by broader links, either way, and by consequences); a claim's grade
 * depends on the claims of its condition's family, on its own article, on what the archive says of
 * the person it is attributed to, and on the documents its citation resolves to. So a change is
 * derived again family by family:
 *
 * <ul>
 *   <li>the families of the conditions the changed articles' claims are about, before and after;
 *   <li>the families of the claims of every person those articles name (what is said of them may
 *       have changed), and those people's articles' source profiles;
 *   <li>the families of the claims that cite something, as a citation may now resolve to a new
 *       article.
 * </ul>
 *
 * The claims of those families are read, and graded with the same grader as a full derivation. A
 * claim is graded in full where its article, its people or its citation may have changed; those
 * claims' propositions (and those the replaced versions made) are the changed ones. A claim whose
 * proposition agrees with a changed one, or conflicts with one that does, is graded only in what
 * other claims lend or take from it (agreement, disputes), the rest of its stored grade kept
 * ({@link StoredGrades}), so its article's text is not read. Every other claim of the families is
 * weighed at its stored strength ({@link Grader.Pinned}) and keeps its grade: what agrees with it,
 * what opposes it and how strong that is are as they were. The disputes are grouped over all the
 * families' conflicts, as a full derivation groups them. The grades, source profiles, propositions
 * and conflicts of the region are brought to the result, writing only the triples that differ.
 * Claims, grades and conflicts of other families are neither read nor written. When the families
 * hold more than half of the archive's claims, the whole graph is derived in one pass instead,
 * which then costs less. A full derivation ({@code claimgraph derive --all}) gives the same graphs;
 * a test holds the two equal after random sequences of changes.
 */
final class Incremental {
  static final String AGENT_REACH = "agent-reach";
  static final String CITING_CLAIMS = "citing-claims";

  private Incremental() {}

  static Grading.Derived derive(
      DatasetGraph dataset,
      QueryLibrary queries,
      Pending.Changes changes,
      Graph conflicts,
      Graph grades,
      SearchIndex index) {
    Policy policy = Grading.policy(dataset);
    RDFLink link = RDFLinkFactory.connect(dataset);
    Map<String, Set<String>> broader = GradingInputReader.hierarchy(link, queries);
    Map<String, Set<String>> consequences = GradingInputReader.consequences(link, queries);

    Set<String> seeds = new TreeSet<>(changes.conditions());
    Set<String> profiled = new TreeSet<>();
    for (String article : changes.articles()) {
      profiled.add(Ids.slugOf(article));
    }
    for (String agent : changes.agents()) {
      for (Binding row :
          Sparql.select(
              link,
              queries.get(AGENT_REACH).query(),
              Map.of("agent", NodeFactory.createURI(agent)))) {
        if (row.get("condition") != null) {
          seeds.add(row.get("condition").getURI());
        }
        if (row.get("article") != null) {
          profiled.add(Ids.slugOf(row.get("article").getURI()));
        }
      }
    }
    for (Binding row : Sparql.select(link, queries.get(CITING_CLAIMS).query(), Map.of())) {
      seeds.add(row.get("condition").getURI());
    }
    Set<String> concepts = families(seeds, broader, consequences);
    if (aboveShare(conflicts, concepts, largestShare())) {
      // Most of the archive: one pass over all of it costs less than reading it region by region.
      return Grading.derive(dataset, queries, conflicts, grades);
    }

    // Claims whose article, people and citation are as they were keep the lines of their stored
    // grades that rest on them alone: only their agreement and disputes are weighed again, and
    // their articles' texts are not read. The rest are graded in full.
    Region found = claimsAbout(link, queries, conflicts, index, concepts, changes.articles());
    List<Claim> claims = found.claims();
    Set<String> read = new TreeSet<>(existing(dataset, profiled));
    for (Claim c : claims) {
      if (changes.agents().contains(c.attributedTo().iri())) {
        read.add(c.article());
      }
    }
    StoredGrades stored = new StoredGrades(grades, policy);
    Map<String, Grader.Kept> kept = new HashMap<>();
    Set<String> inFull = new HashSet<>();
    for (Claim c : claims) {
      Grader.Kept k = read.contains(c.article()) ? null : stored.kept(c.id());
      if (k == null) {
        read.add(c.article());
        inFull.add(c.id());
      } else {
        kept.put(c.id(), k);
      }
    }
    // Of those, only the claims whose grades the change can move are graded again: those of the
    // propositions the claims graded in full make or made, those agreeing with one of them, and
    // those conflicting with one of those. The others are weighed at their stored strength.
    Map<String, Proposition> changed = new HashMap<>(removed(conflicts, changes.claims()));
    Map<String, Proposition> region = new HashMap<>();
    for (Claim c : claims) {
      Proposition p = Proposition.of(c);
      region.putIfAbsent(p.iri(), p);
      if (!kept.containsKey(c.id())) {
        changed.putIfAbsent(p.iri(), p);
      }
    }
    GradingInput input =
        GradingInputReader.readRegion(link, queries, policy, claims, read, found.sources());
    PropositionConflicts hierarchy =
        new PropositionConflicts(
            input.broader(), input.risk(), input.consequences(), input.interchangeable());
    Set<String> moved = moved(region.values(), changed.values(), hierarchy, input.rules());
    Map<String, Grader.Pinned> pinned = new HashMap<>();
    for (Claim c : claims) {
      if (kept.containsKey(c.id()) && !moved.contains(Proposition.of(c).iri())) {
        // At the strength its search entry keeps, which is its stored grade's.
        Grader.Pinned p = found.strengths().get(c.id());
        if (p == null) {
          p = stored.pinned(c.id());
        }
        if (p == null) {
          throw new IllegalStateException("the claim <" + c.id() + "> has lines but no score");
        }
        pinned.put(c.id(), p);
        kept.remove(c.id());
      }
    }
    Grader.Result full = Grader.grade(input, policy, pinned, kept, true);
    // The source profiles of the articles read; the others' are as stored.
    Map<String, SourceProfile> profiles = new LinkedHashMap<>();
    full.profiles()
        .forEach(
            (slug, p) -> {
              if (read.contains(slug)) {
                profiles.put(slug, p);
              }
            });
    Grader.Result result =
        new Grader.Result(
            full.grades(), profiles, full.disputes(), full.citations(), full.matches());

    // The grades, and the source profiles, of the region: old triples against new.
    Graph newGrades = GradeWriter.write(result, policy);
    Set<Triple> oldGrades = new HashSet<>();
    Set<String> claimIris = new TreeSet<>(changes.claims());
    claimIris.addAll(full.grades().keySet());
    // A line belongs to no one grade: it is kept while any grade links to it.
    Set<Node> linesBefore = new HashSet<>();
    for (String claim : claimIris) {
      Node s = uri(claim);
      Node grade = uri(claim + "#grade");
      grades
          .find(grade, CG.hasFactor.asNode(), Node.ANY)
          .forEachRemaining(
              t -> {
                if (GradeWriter.isLine(t.getObject())) {
                  linesBefore.add(t.getObject());
                } else {
                  grades.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(oldGrades::add);
                }
              });
      grades.find(grade, Node.ANY, Node.ANY).forEachRemaining(oldGrades::add);
      grades.find(s, Node.ANY, Node.ANY).forEachRemaining(oldGrades::add);
    }
    for (String slug : read) {
      Node article = uri(Ids.article(slug));
      grades.find(article, Node.ANY, Node.ANY).forEachRemaining(oldGrades::add);
      grades
          .find(uri(Ids.article(slug) + "#profile"), Node.ANY, Node.ANY)
          .forEachRemaining(oldGrades::add);
    }
    // What changes is checked against the shapes; what is kept was checked when it was written.
    Grading.check(
        new ShapeValidator(dataset.getGraph(uri(Ids.ontologyGraph("shapes")))),
        Grading.policyGraph(dataset),
        changedPart(newGrades, oldGrades, grades));
    // Lines already stored are left as they are: a line's IRI is a hash of all it says.
    Set<Node> linesNow = new HashSet<>();
    for (Node line :
        newGrades
            .find(Node.ANY, RDF.type.asNode(), CG.FactorLine.asNode())
            .mapWith(Triple::getSubject)
            .toList()) {
      linesNow.add(line);
      if (grades.contains(line, RDF.type.asNode(), CG.FactorLine.asNode())) {
        newGrades.find(line, Node.ANY, Node.ANY).toList().forEach(newGrades::delete);
      }
    }
    Set<String> regraded = new HashSet<>();
    long written = apply(grades, oldGrades, newGrades, regraded, full.grades().keySet());
    for (Node line : linesBefore) {
      if (!linesNow.contains(line)
          && !grades.find(Node.ANY, CG.hasFactor.asNode(), line).hasNext()) {
        List<Triple> triples = grades.find(line, Node.ANY, Node.ANY).toList();
        triples.forEach(grades::delete);
        written += triples.size();
      }
    }

    // The propositions and conflicts the change can move: the propositions of the claims graded in
    // full and of the claims gone, the changed propositions (what they count), and the disputes of
    // the propositions joined by conflicts to a moved one (see reach). A matched pair goes with its
    // dispute, but is read only where it can differ: a pair of the dispute before or after alone,
    // or one with a changed proposition. A pair of two unchanged propositions says what it said.
    Graph derived = ConflictWriter.write(input.claims(), result.disputes());
    Set<Node> subjects = new HashSet<>();
    for (String claim : changes.claims()) {
      subjects.add(uri(claim));
    }
    for (String claim : inFull) {
      subjects.add(uri(claim));
    }
    for (String proposition : changed.keySet()) {
      subjects.add(uri(proposition));
    }
    Set<Node> disputeNodes = new HashSet<>();
    for (String proposition : reach(full.matches(), moved)) {
      for (Node side : new Node[] {CG.propositionA.asNode(), CG.propositionB.asNode()}) {
        for (Graph g : List.of(conflicts, derived)) {
          g.find(Node.ANY, side, uri(proposition))
              .forEachRemaining(
                  t -> {
                    if (!ConflictWriter.isPair(t.getSubject())) {
                      disputeNodes.add(t.getSubject());
                    } else if (changed.containsKey(proposition)) {
                      subjects.add(t.getSubject());
                    }
                  });
        }
      }
    }
    for (Node d : disputeNodes) {
      subjects.add(d);
      Set<Node> before = new HashSet<>();
      conflicts
          .find(d, CG.matchedPair.asNode(), Node.ANY)
          .forEachRemaining(m -> before.add(m.getObject()));
      Set<Node> after = new HashSet<>();
      derived
          .find(d, CG.matchedPair.asNode(), Node.ANY)
          .forEachRemaining(m -> after.add(m.getObject()));
      for (Node pair : before) {
        if (!after.contains(pair)) {
          subjects.add(pair);
        }
      }
      for (Node pair : after) {
        if (!before.contains(pair)) {
          subjects.add(pair);
        }
      }
    }
    Graph newConflicts = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    Set<Triple> oldConflicts = new HashSet<>();
    for (Node subject : subjects) {
      derived.find(subject, Node.ANY, Node.ANY).forEachRemaining(newConflicts::add);
      conflicts.find(subject, Node.ANY, Node.ANY).forEachRemaining(oldConflicts::add);
    }
    written += apply(conflicts, oldConflicts, newConflicts, null, Set.of());

    // Counts over the whole graph, from the stored conflicts.
    ConflictWriter.Totals totals = ConflictWriter.totals(conflicts);
    return new Grading.Derived(
        totals.disputes(),
        totals.pairs(),
        input.claims(),
        full.grades(),
        regraded,
        written,
        input.articles());
  }

  /**
   * Of the propositions of a region ({@code region}), the IRIs of those whose claims' grades can
   * move when the claims of {@code changed} change (those no longer made included): the changed
   * ones, those that agree with one of them (the same relation and polarity, interventions and
   * conditions each the same or one broader than the other: their agreement, and how many sources
   * stand on their side), and those that conflict with any of those (what disputes them, and how
   * strong it is). A claim of any other proposition keeps its grade: what it agrees with, what
   * opposes it and how strong that is are as they were.
   */
  static Set<String> moved(
      java.util.Collection<Proposition> region,
      java.util.Collection<Proposition> changed,
      PropositionConflicts hierarchy,
      List<ConflictRule> rules) {
    Map<String, List<Proposition>> byStatement = new HashMap<>();
    for (Proposition p : region) {
      byStatement.computeIfAbsent(p.relation() + " " + p.negated(), k -> new ArrayList<>()).add(p);
    }
    Set<String> sides = new HashSet<>();
    for (Proposition p : changed) {
      sides.add(p.iri());
      for (Proposition q : byStatement.getOrDefault(p.relation() + " " + p.negated(), List.of())) {
        if (hierarchy.agree(p, q)) {
          sides.add(q.iri());
        }
      }
    }
    Map<String, Proposition> all = new LinkedHashMap<>();
    region.forEach(p -> all.putIfAbsent(p.iri(), p));
    changed.forEach(p -> all.putIfAbsent(p.iri(), p));
    Set<String> out = new HashSet<>(sides);
    for (PropositionConflicts.Match m :
        hierarchy.derive(all.values(), rules, p -> sides.contains(p.iri()))) {
      if (sides.contains(m.a().iri())) {
        out.add(m.b().iri());
      }
      if (sides.contains(m.b().iri())) {
        out.add(m.a().iri());
      }
    }
    return out;
  }

  /**
   * The claims of a region, in the order of the claims query, and what their search entries say of
   * their articles ({@code sources}, by slug) and of their stored strengths ({@code strengths}, by
   * claim IRI: the scores at which a claim not graded again is weighed); both empty where the
   * claims were read from the store.
   */
  record Region(
      List<Claim> claims,
      Map<String, Documents.Source> sources,
      Map<String, Grader.Pinned> strengths) {}

  /**
   * The claims about the {@code concepts}: those of the articles changed since the last derivation
   * ({@code changed}, IRIs) read from the store, every other one from its search entry, found by
   * the propositions the stored conflicts graph says are about those concepts. An index that
   * reflects the store ({@code index}) holds every other article's claims as the last derivation
   * graded them; without one (null) all are read from the store.
   */
  static Region claimsAbout(
      RDFLink link,
      QueryLibrary queries,
      Graph conflicts,
      SearchIndex index,
      Set<String> concepts,
      Set<String> changed) {
    if (index == null) {
      return new Region(
          GradingInputReader.claimsAbout(link, queries, concepts), Map.of(), Map.of());
    }
    Set<String> propositions = new HashSet<>();
    for (String concept : concepts) {
      conflicts
          .find(Node.ANY, CG.condition.asNode(), uri(concept))
          .forEachRemaining(t -> propositions.add(t.getSubject().getURI()));
    }
    Set<String> slugs = new HashSet<>();
    changed.forEach(article -> slugs.add(Ids.slugOf(article)));
    List<Claim> out = new ArrayList<>();
    Map<String, Documents.Source> sources = new HashMap<>();
    Map<String, Grader.Pinned> strengths = new HashMap<>();
    for (Documents.Entry e : index.claimsMaking(propositions)) {
      if (!slugs.contains(e.claim().article())) {
        out.add(e.claim());
        if (e.source() != null) {
          sources.putIfAbsent(e.claim().article(), e.source());
        }
        strengths.put(
            e.claim().id(),
            new Grader.Pinned(e.provisional(), e.provisional() - e.consensus(), e.score()));
      }
    }
    for (Claim c : GradingInputReader.claimsOf(link, queries, changed)) {
      if (concepts.contains(c.condition().iri())) {
        out.add(c);
      }
    }
    out.sort(ClaimRows.QUERY_ORDER);
    return new Region(out, sources, strengths);
  }

  /**
   * The propositions whose disputes a change can move: those joined, by a chain of the region's
   * conflicts ({@code matches}), to one of {@code moved}. A dispute groups the conflicts of such a
   * family (or, where no two sides divide it, of one rule in it); a family with no moved
   * proposition is the same before and after, and so are its disputes.
   */
  static Set<String> reach(List<PropositionConflicts.Match> matches, Set<String> moved) {
    Map<String, Set<String>> links = new HashMap<>();
    for (PropositionConflicts.Match m : matches) {
      links.computeIfAbsent(m.a().iri(), k -> new HashSet<>()).add(m.b().iri());
      links.computeIfAbsent(m.b().iri(), k -> new HashSet<>()).add(m.a().iri());
    }
    return joined(moved, links, new HashSet<>());
  }

  /**
   * The propositions the stored conflicts graph says the claims {@code claims} made, by IRI: what
   * the versions of the changed articles that are gone said.
   */
  private static Map<String, Proposition> removed(Graph conflicts, Set<String> claims) {
    Map<String, Proposition> out = new HashMap<>();
    for (String claim : claims) {
      for (Triple t : conflicts.find(uri(claim), CG.proposition.asNode(), Node.ANY).toList()) {
        Node p = t.getObject();
        Node intervention = object(conflicts, p, CG.intervention.asNode());
        Node relation = object(conflicts, p, CG.relation.asNode());
        Node negated = object(conflicts, p, CG.negated.asNode());
        Node condition = object(conflicts, p, CG.condition.asNode());
        Node conditional = object(conflicts, p, CG.conditional.asNode());
        if (intervention == null || relation == null || condition == null) {
          continue;
        }
        Proposition prop =
            new Proposition(
                new ConceptRef(intervention.getURI(), ""),
                Terms.relation(relation.getURI()),
                negated != null && Terms.bool(negated.getLiteralLexicalForm()),
                new ConceptRef(condition.getURI(), ""),
                conditional != null && Terms.bool(conditional.getLiteralLexicalForm()));
        out.put(prop.iri(), prop);
      }
    }
    return out;
  }

  private static Node object(Graph g, Node s, Node p) {
    var it = g.find(s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }

  /**
   * The part of the region's new grades graph {@code now} that differs from its stored triples
   * {@code old}: every claim, grade, article and source profile with a triple added or removed,
   * with all its triples and those of the lines its grade links to, and every line not yet in
   * {@code stored}.
   */
  static Graph changedPart(Graph now, Set<Triple> old, Graph stored) {
    Set<String> roots = new HashSet<>();
    Set<Node> lines = new HashSet<>();
    Set<Triple> fresh = now.find().toSet();
    for (Triple t : fresh) {
      if (old.contains(t)) {
        continue;
      }
      Node s = t.getSubject();
      if (GradeWriter.isLine(s)) {
        lines.add(s);
      } else if (s.isURI()) {
        roots.add(Grading.withoutFragment(s.getURI()));
      }
    }
    // Once for each line, not for each of its triples.
    lines.removeIf(line -> stored.contains(line, RDF.type.asNode(), CG.FactorLine.asNode()));
    for (Triple t : old) {
      if (!fresh.contains(t) && t.getSubject().isURI()) {
        roots.add(Grading.withoutFragment(t.getSubject().getURI()));
      }
    }
    Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    for (String root : roots) {
      for (String iri : List.of(root, root + "#grade", root + "#profile")) {
        now.find(uri(iri), Node.ANY, Node.ANY)
            .forEachRemaining(
                t -> {
                  out.add(t);
                  if (t.getPredicate().equals(CG.hasFactor.asNode())) {
                    lines.add(t.getObject());
                  }
                });
      }
    }
    for (Node line : lines) {
      now.find(line, Node.ANY, Node.ANY).forEachRemaining(out::add);
    }
    return out;
  }

  /**
   * Above this share of the archive's claims, a region is derived as the whole graph is: the system
   * property {@value #LARGEST_SHARE_PROPERTY}, 0.5 by default (1 derives every region by itself, as
   * the equivalence test does).
   */
  static double largestShare() {
    return Double.parseDouble(System.getProperty(LARGEST_SHARE_PROPERTY, "0.5"));
  }

  static final String LARGEST_SHARE_PROPERTY = "claimgraph.derive.largestShare";

  /**
   * Whether the stored claims about the {@code concepts} are more than the share {@code largest} of
   * all stored claims (as the stored propositions count them; new claims not yet counted make no
   * difference to the choice it serves). An empty store's share is 1. The archive's claims are
   * counted only until they are enough to tell: a small region answers after a few propositions.
   */
  static boolean aboveShare(Graph conflicts, Set<String> concepts, double largest) {
    long in = 0;
    for (String concept : concepts) {
      for (Triple p : conflicts.find(Node.ANY, CG.condition.asNode(), uri(concept)).toList()) {
        var n = conflicts.find(p.getSubject(), CG.claimCount.asNode(), Node.ANY);
        if (n.hasNext()) {
          in += Long.parseLong(n.next().getObject().getLiteralLexicalForm());
        }
      }
    }
    long all = 0;
    var counts = conflicts.find(Node.ANY, CG.claimCount.asNode(), Node.ANY);
    try {
      while (counts.hasNext()) {
        all += Long.parseLong(counts.next().getObject().getLiteralLexicalForm());
        // The share only falls as more claims are counted.
        if ((double) in / all <= largest) {
          return false;
        }
      }
    } finally {
      counts.close();
    }
    return all == 0 ? 1 > largest : (double) in / all > largest;
  }

  /**
   * The concepts of the families of {@code seeds}: every concept joined to one of them by broader
   * links (either way) or by consequence links.
   */
  static Set<String> families(
      Set<String> seeds, Map<String, Set<String>> broader, Map<String, Set<String>> consequences) {
    Map<String, Set<String>> links = new HashMap<>();
    for (Map<String, Set<String>> edges : List.of(broader, consequences)) {
      edges.forEach(
          (a, bs) -> {
            for (String b : bs) {
              links.computeIfAbsent(a, k -> new HashSet<>()).add(b);
              links.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            }
          });
    }
    return joined(seeds, links, new TreeSet<>());
  }

  /** {@code seeds} and everything {@code links} joins to one of them, added to {@code out}. */
  private static Set<String> joined(
      Set<String> seeds, Map<String, Set<String>> links, Set<String> out) {
    List<String> todo = new ArrayList<>(seeds);
    while (!todo.isEmpty()) {
      String c = todo.remove(todo.size() - 1);
      if (out.add(c)) {
        todo.addAll(links.getOrDefault(c, Set.of()));
      }
    }
    return out;
  }

  /** The slugs of those articles that are in the store. */
  private static Set<String> existing(DatasetGraph dataset, Set<String> slugs) {
    Set<String> out = new TreeSet<>();
    for (String slug : slugs) {
      if (dataset.containsGraph(uri(Ids.articleGraph(slug)))) {
        out.add(slug);
      }
    }
    return out;
  }

  /**
   * Brings the triples {@code old} of {@code target} to {@code now}: deletes those gone, adds those
   * new. Records in {@code regraded} the claims (of {@code claims}) whose triples changed.
   */
  private static long apply(
      Graph target, Set<Triple> old, Graph now, Set<String> regraded, Set<String> claims) {
    long written = 0;
    Set<Triple> fresh = now.find().toSet();
    for (Triple t : old) {
      if (!fresh.contains(t)) {
        target.delete(t);
        written++;
        mark(regraded, claims, t);
      }
    }
    for (Triple t : fresh) {
      if (!old.contains(t)) {
        target.add(t);
        written++;
        mark(regraded, claims, t);
      }
    }
    return written;
  }

  private static void mark(Set<String> regraded, Set<String> claims, Triple t) {
    if (regraded == null || !t.getSubject().isURI()) {
      return;
    }
    String iri = t.getSubject().getURI();
    int hash = iri.indexOf('#');
    String claim = hash < 0 ? iri : iri.substring(0, hash);
    if (claims.contains(claim)) {
      regraded.add(claim);
    }
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
