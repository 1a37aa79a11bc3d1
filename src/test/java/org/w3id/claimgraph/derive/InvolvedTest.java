package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.BuiltCorpus;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Relation;

/**
 * The conflicts some propositions take part in, found from those propositions alone ({@link
 * PropositionConflicts#derive(java.util.Collection, List, java.util.function.Predicate)}), are
 * those of the whole derivation with one of them on either side, in its order: over the corpus's
 * concept hierarchy and conflict rules, with the corpus's propositions and random ones about its
 * concepts (every relation, polarity and condition), and random sets of them asked about.
 */
class InvolvedTest {
  @Test
  void theConflictsOfSomePropositionsAreThoseOfTheWholeDerivationTheyTakePartIn() {
    try (BuiltCorpus corpus = new BuiltCorpus()) {
      GradingInput input =
          corpus.store.readDataset(
              dsg ->
                  GradingInputReader.read(
                      RDFLinkFactory.connect(dsg), corpus.queries, Grading.policy(dsg)));
      PropositionConflicts hierarchy =
          new PropositionConflicts(
              input.broader(), input.risk(), input.consequences(), input.interchangeable());
      Map<String, Proposition> byIri = new LinkedHashMap<>();
      // Random propositions about the interventions and conditions claims speak of, and those
      // broader or narrower, so that many of them meet.
      Set<String> interventions = new TreeSet<>();
      Set<String> conditions = new TreeSet<>();
      for (Claim c : input.claims()) {
        byIri.putIfAbsent(Proposition.of(c).iri(), Proposition.of(c));
        interventions.addAll(hierarchy.related(c.intervention().iri()));
        conditions.addAll(hierarchy.related(c.condition().iri()));
      }
      List<String> is = new ArrayList<>(interventions);
      List<String> cs = new ArrayList<>(conditions);
      Random random = new Random(20261202);
      while (byIri.size() < 900) {
        Proposition p =
            new Proposition(
                new ConceptRef(is.get(random.nextInt(is.size())), ""),
                Relation.values()[random.nextInt(Relation.values().length)],
                random.nextInt(4) == 0,
                new ConceptRef(cs.get(random.nextInt(cs.size())), ""),
                random.nextInt(4) == 0);
        byIri.putIfAbsent(p.iri(), p);
      }
      List<Proposition> all = new ArrayList<>(byIri.values());
      List<PropositionConflicts.Match> whole = hierarchy.derive(all, input.rules());
      assertThat(whole).hasSizeGreaterThan(150);
      assertThat(whole.stream().map(m -> m.rule().iri()).distinct().count())
          .isEqualTo(input.rules().size());
      int[] sizes = {0, 1, 2, 5, 20, 100, 450, 899, 900};
      for (int round = 0; round < 40; round++) {
        int size = round < sizes.length ? sizes[round] : random.nextInt(all.size());
        // Told apart by identity, as a check tells its draft's propositions from the store's.
        Set<Proposition> asked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Proposition> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, random);
        asked.addAll(shuffled.subList(0, size));
        List<PropositionConflicts.Match> expected =
            whole.stream().filter(m -> asked.contains(m.a()) || asked.contains(m.b())).toList();
        assertThat(hierarchy.derive(all, input.rules(), asked::contains))
            .as("%d propositions asked about", size)
            .isEqualTo(expected);
      }
    }
  }
}
