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
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.SourceProfile;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.rdf.ClaimRows;
import org.w3id.claimgraph.search.Documents;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.validate.ShapeValidator;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Derives again only what added, replaced or removed articles can change, found from the
 * propositions they change rather than from the archive. A claim's grade depends on its own article
 * and on what the archive says of the people it names and of the documents its citation resolves
 * to; and, through agreement and disputes, on the claims of the propositions that agree or conflict
 * with its own, which need interventions and conditions each the same or one broader than the
 * other. So a change is derived again from the propositions it changes:
 *
 * <ul>
 *   <li>those the changed articles' claims make, and those the versions they replaced made;
 *   <li>those of every claim of an article that attributes a claim to, or was written by, a person
 *       of whom the archive now states something else (a credential, a name) than before the change
 *       ({@link Pending}): those articles are graded in full;
 *   <li>those of the claims that cite something, as a citation may now resolve to another article.
 * </ul>
 *
 * <p>The claims of the propositions around them ({@link PropositionRegion}: what agrees or
 * conflicts with them, what a dispute of theirs holds) are read, and graded with the same grader as
 * a full derivation. A claim is graded in full where its article, its people or its citation may
 * have changed; those claims' propositions (and those the replaced versions made) are the changed
 * ones. A claim whose proposition agrees with a changed one, or conflicts with one that does, is
 * graded only in what other claims lend or take from it (agreement, disputes), the rest of its
 * stored grade kept ({@link StoredGrades}), so its article's text is not read. Every other claim
 * read is weighed at its stored strength ({@link Grader.Pinned}) and keeps its grade: what agrees
 * with it, what opposes it and how strong that is are as they were. The disputes are grouped over
 * all the conflicts read, as a full derivation groups them. The grades, source profiles,
 * propositions and conflicts of the region are brought to the result, writing only the triples that
 * differ. No other claim, grade or conflict is read or written. When the region holds more than
 * half of the archive's claims, the whole graph is derived in one pass instead, which then costs
 * less. A full derivation ({@code claimgraph derive --all}) gives the same graphs; a test holds the
 * two equal after random sequences of changes.
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
    PropositionConflicts hierarchy =
        new PropositionConflicts(
            GradingInputReader.hierarchy(link, queries),
            GradingInputReader.risk(link, queries),
            GradingInputReader.consequences(link, queries),
            GradingInputReader.interchangeable(link, queries));
    PropositionRegion propositions =
        new PropositionRegion(conflicts, hierarchy, PropositionConflicts.rules(link, queries));

    // The articles graded in full: those changed, and those that attribute a claim to, or were
    // written by, a person of whom the archive now states something else.
    Set<String> profiled = new TreeSet<>();
    for (String article : changes.articles()) {
      profiled.add(Ids.slugOf(article));
    }
    for (String agent : restated(link, queries, changes)) {
      for (Binding row :
          Sparql.select(
              link,
              queries.get(AGENT_REACH).query(),
              Map.of("agent", NodeFactory.createURI(agent)))) {
        profiled.add(Ids.slugOf(row.get("article").getURI()));
      }
    }
    Set<String> fullyRead = existing(dataset, profiled);
    // The changed propositions: those the versions gone made, those the articles graded in full
    // make, and those of the claims that cite something (a citation may resolve to another
    // article now).
    Map<String, Proposition> changed = new HashMap<>(removed(conflicts, changes.claims()));
    Set<String> articleIris = new TreeSet<>();
    fullyRead.forEach(slug -> articleIris.add(Ids.article(slug)));
    for (Claim c : GradingInputReader.claimsOf(link, queries, articleIris)) {
      Proposition p = Proposition.of(c);
      changed.putIfAbsent(p.iri(), p);
    }
    Set<String> citing = new TreeSet<>();
    for (Binding row : Sparql.select(link, queries.get(CITING_CLAIMS).query(), Map.of())) {
      citing.add(row.get("claim").getURI());
    }
    removed(conflicts, citing).forEach(changed::putIfAbsent);

    // Claims whose article, people and citation are as they were keep the lines of their stored
    // grades that rest on them alone: only their agreement and disputes are weighed again, and
    // their articles' texts are not read. The rest are graded in full, and their propositions are
    // changed ones: where the region read holds such a claim of a proposition not yet counted
    // changed, the region is found again with it.
    StoredGrades stored = new StoredGrades(grades, policy);
    Map<String, Proposition> around;
    Region found;
    List<Claim> claims;
    Set<String> read;
    Map<String, Grader.Kept> kept;
    Set<String> inFull;
    while (true) {
      around = propositions.around(changed);
      if (aboveShare(conflicts, around.keySet(), largestShare())) {
        // Most of the archive: one pass over all of it costs less than reading it region by region.
        return Grading.derive(dataset, queries, conflicts, grades);
      }
      found = claimsAbout(link, queries, conflicts, index, around.keySet(), changes.articles());
      claims = found.claims();
      read = new TreeSet<>(fullyRead);
      kept = new HashMap<>();
      inFull = new HashSet<>();
      Map<String, Proposition> more = new HashMap<>();
      for (Claim c : claims) {
        Grader.Kept k = read.contains(c.article()) ? null : stored.kept(c.id());
        if (k == null) {
          read.add(c.article());
          inFull.add(c.id());
          Proposition p = Proposition.of(c);
          if (!changed.containsKey(p.iri())) {
            more.put(p.iri(), p);
          }
        } else {
          kept.put(c.id(), k);
        }
      }
      if (more.isEmpty()) {
        break;
      }
      changed.putAll(more);
    }
    // Of those, only the claims whose grades the change can move are graded again: those of the
    // propositions the claims graded in full make or made, those agreeing with one of them, and
    // those conflicting with one of those. The others are weighed at their stored strength.
    Map<String, Proposition> region = new HashMap<>();
    for (Claim c : claims) {
      Proposition p = Proposition.of(c);
      region.putIfAbsent(p.iri(), p);
    }
    GradingInput input =
        GradingInputReader.readRegion(link, queries, policy, claims, read, found.sources());
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
    for (Map.Entry<String, SourceProfile> e : full.profiles().entrySet()) {
      if (read.contains(e.getKey())) {
        profiles.put(e.getKey(), e.getValue());
      }
    }
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
   * The claims that make the {@code propositions} (IRIs): those of the articles changed since the
   * last derivation ({@code changed}, IRIs) read from the store, every other one from its search
   * entry. An index that reflects the store ({@code index}) holds every other article's claims as
   * the last derivation graded them; without one (null) all are read from the store, by the
   * conditions of the propositions the stored conflicts graph holds.
   */
  static Region claimsAbout(
      RDFLink link,
      QueryLibrary queries,
      Graph conflicts,
      SearchIndex index,
      Set<String> propositions,
      Set<String> changed) {
    List<Claim> out = new ArrayList<>();
    Map<String, Documents.Source> sources = new HashMap<>();
    Map<String, Grader.Pinned> strengths = new HashMap<>();
    if (index == null) {
      Set<String> conditions = new TreeSet<>();
      for (String iri : propositions) {
        Proposition p = PropositionRegion.stored(conflicts, uri(iri));
        if (p != null) {
          conditions.add(p.condition().iri());
        }
      }
      for (Claim c : GradingInputReader.claimsAbout(link, queries, conditions)) {
        if (!changed.contains(Ids.article(c.article()))
            && propositions.contains(Proposition.of(c).iri())) {
          out.add(c);
        }
      }
    } else {
      Set<String> slugs = new HashSet<>();
      changed.forEach(article -> slugs.add(Ids.slugOf(article)));
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
    }
    for (Claim c : GradingInputReader.claimsOf(link, queries, changed)) {
      if (propositions.contains(Proposition.of(c).iri())) {
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
        Proposition prop = PropositionRegion.stored(conflicts, t.getObject());
        if (prop != null) {
          out.put(prop.iri(), prop);
        }
      }
    }
    return out;
  }

  /**
   * Of the people the changes name, those of whom the archive states something else than before
   * them (as recorded with them), or of whom no such record was kept.
   */
  private static Set<String> restated(RDFLink link, QueryLibrary queries, Pending.Changes changes) {
    Map<String, GradingInput.AgentFacts> now =
        GradingInputReader.agentFacts(link, queries, changes.agents());
    Set<String> out = new TreeSet<>();
    for (String agent : changes.agents()) {
      String before = changes.agentFacts().get(agent);
      if (before == null || !before.equals(Pending.digest(now.get(agent)))) {
        out.add(agent);
      }
    }
    return out;
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
   * Whether the stored claims that make the {@code propositions} (IRIs) are more than the share
   * {@code largest} of all stored claims (as the stored propositions count them; new claims not yet
   * counted make no difference to the choice it serves). An empty store's share is 1. The archive's
   * claims are counted only until they are enough to tell: a small region answers after a few
   * propositions.
   */
  static boolean aboveShare(Graph conflicts, Set<String> propositions, double largest) {
    long in = 0;
    for (String p : propositions) {
      var n = conflicts.find(uri(p), CG.claimCount.asNode(), Node.ANY);
      if (n.hasNext()) {
        in += Long.parseLong(n.next().getObject().getLiteralLexicalForm());
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
