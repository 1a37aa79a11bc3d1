package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.BuiltCorpus;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The propositions an incremental derivation reads ({@link PropositionRegion#around}), found by
 * condition from the stored propositions and disputes, are those a search of every stored
 * proposition finds: the changed ones; what agrees with them; what conflicts with either (the moved
 * ones); what agrees or conflicts with a moved one; what agrees with one of those opponents; and
 * every proposition of a stored dispute joined to a moved one. Over the corpus's store, for random
 * sets of its propositions and of new ones about its concepts. Each part but the moved ones'
 * opponents adds what no other does in some round, so leaving it out fails; the opponents are what
 * the part that agrees with them is found from.
 */
class PropositionRegionTest {
  @Test
  void theRegionOfAChangeIsWhatAFullSearchOfTheStoredPropositionsFinds() {
    try (BuiltCorpus corpus = new BuiltCorpus()) {
      corpus.store.readDataset(
          dsg -> {
            var link = RDFLinkFactory.connect(dsg);
            Graph conflicts = dsg.getGraph(NodeFactory.createURI(Ids.CONFLICTS_GRAPH));
            PropositionConflicts hierarchy =
                new PropositionConflicts(
                    GradingInputReader.hierarchy(link, corpus.queries),
                    GradingInputReader.risk(link, corpus.queries),
                    GradingInputReader.consequences(link, corpus.queries),
                    GradingInputReader.interchangeable(link, corpus.queries));
            List<ConflictRule> rules = PropositionConflicts.rules(link, corpus.queries);
            Map<String, Proposition> stored = new LinkedHashMap<>();
            for (var t : conflicts.find(Node.ANY, CG.claimCount.asNode(), Node.ANY).toList()) {
              Proposition p = PropositionRegion.stored(conflicts, t.getSubject());
              if (p != null) {
                stored.put(t.getSubject().getURI(), p);
              }
            }
            assertThat(stored).hasSizeGreaterThan(30);
            Map<String, Set<String>> disputes = disputes(conflicts);
            assertThat(disputes).isNotEmpty();

            List<String> interventions = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            for (Proposition p : stored.values()) {
              interventions.addAll(hierarchy.related(p.intervention().iri()));
              conditions.addAll(hierarchy.related(p.condition().iri()));
            }
            List<Proposition> storedList = new ArrayList<>(stored.values());
            Random random = new Random(20261202);
            // How often each part of the region added what no other part did.
            Map<String, Integer> only = new HashMap<>();
            for (int round = 0; round < 200; round++) {
              Map<String, Proposition> changed = new LinkedHashMap<>();
              int fromStore = 1 + random.nextInt(3);
              for (int k = 0; k < fromStore; k++) {
                Proposition p = storedList.get(random.nextInt(storedList.size()));
                changed.put(p.iri(), p);
              }
              for (int k = random.nextInt(3); k > 0; k--) {
                Proposition p =
                    new Proposition(
                        new ConceptRef(interventions.get(random.nextInt(interventions.size())), ""),
                        Relation.values()[random.nextInt(Relation.values().length)],
                        random.nextInt(4) == 0,
                        new ConceptRef(conditions.get(random.nextInt(conditions.size())), ""),
                        random.nextInt(4) == 0);
                changed.put(p.iri(), p);
              }
              Map<String, Set<String>> parts =
                  expected(changed, stored, disputes, hierarchy, rules);
              Set<String> all = new TreeSet<>();
              parts.values().forEach(all::addAll);
              PropositionRegion region = new PropositionRegion(conflicts, hierarchy, rules);
              assertThat(new TreeSet<>(region.around(changed).keySet()))
                  .as("round %d: the region of %s", round, changed.keySet())
                  .isEqualTo(all);
              parts.forEach(
                  (name, part) -> {
                    Set<String> rest = new TreeSet<>();
                    parts.forEach(
                        (other, p) -> {
                          if (!other.equals(name)) {
                            rest.addAll(p);
                          }
                        });
                    if (!rest.containsAll(part)) {
                      only.merge(name, 1, Integer::sum);
                    }
                  });
            }
            assertThat(only.keySet())
                .as("the parts that added what no other did in some round")
                .contains(
                    "moved",
                    "agreeing with the moved",
                    "agreeing with an opponent",
                    "in a dispute with the moved");
            return null;
          });
    }
  }

  /** The parts of the region, found by searching every stored proposition. */
  private static Map<String, Set<String>> expected(
      Map<String, Proposition> changed,
      Map<String, Proposition> stored,
      Map<String, Set<String>> disputes,
      PropositionConflicts hierarchy,
      List<ConflictRule> rules) {
    Map<String, Proposition> everything = new LinkedHashMap<>(changed);
    stored.forEach(everything::putIfAbsent);
    List<PropositionConflicts.Match> matches = hierarchy.derive(everything.values(), rules);
    Map<String, Set<String>> out = new LinkedHashMap<>();
    Set<String> sides = new TreeSet<>(changed.keySet());
    sides.addAll(agreeing(changed.keySet(), everything, stored, hierarchy));
    Set<String> moved = new TreeSet<>(sides);
    moved.addAll(opposing(sides, matches, stored));
    out.put("moved", moved);
    out.put("agreeing with the moved", agreeing(moved, everything, stored, hierarchy));
    Set<String> opponents = opposing(moved, matches, stored);
    out.put("opposing the moved", opponents);
    out.put("agreeing with an opponent", agreeing(opponents, everything, stored, hierarchy));
    Set<String> disputed = new TreeSet<>();
    Set<String> reached = new TreeSet<>(moved);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Set<String> members : disputes.values()) {
        if (members.stream().anyMatch(reached::contains) && !reached.containsAll(members)) {
          reached.addAll(members);
          grew = true;
        }
      }
    }
    for (Set<String> members : disputes.values()) {
      if (members.stream().anyMatch(reached::contains)) {
        disputed.addAll(members);
      }
    }
    out.put("in a dispute with the moved", disputed);
    return out;
  }

  /** The stored propositions that agree with one of {@code of}. */
  private static Set<String> agreeing(
      Set<String> of,
      Map<String, Proposition> everything,
      Map<String, Proposition> stored,
      PropositionConflicts hierarchy) {
    Set<String> out = new TreeSet<>();
    for (String p : of) {
      stored.forEach(
          (iri, q) -> {
            if (hierarchy.agree(everything.get(p), q)) {
              out.add(iri);
            }
          });
    }
    return out;
  }

  /** The stored propositions a conflict sets against one of {@code of}. */
  private static Set<String> opposing(
      Set<String> of, List<PropositionConflicts.Match> matches, Map<String, Proposition> stored) {
    Set<String> out = new TreeSet<>();
    for (PropositionConflicts.Match m : matches) {
      if (of.contains(m.a().iri()) && stored.containsKey(m.b().iri())) {
        out.add(m.b().iri());
      }
      if (of.contains(m.b().iri()) && stored.containsKey(m.a().iri())) {
        out.add(m.a().iri());
      }
    }
    return out;
  }

  /** Each stored dispute's propositions, both sides, by the dispute's IRI. */
  private static Map<String, Set<String>> disputes(Graph conflicts) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (var t :
        conflicts
            .find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CG.Conflict.asNode())
            .toList()) {
      Set<String> members = new TreeSet<>();
      for (Node side : new Node[] {CG.propositionA.asNode(), CG.propositionB.asNode()}) {
        conflicts
            .find(t.getSubject(), side, Node.ANY)
            .forEachRemaining(m -> members.add(m.getObject().getURI()));
      }
      out.put(t.getSubject().getURI(), members);
    }
    return out;
  }
}
