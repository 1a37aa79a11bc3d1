package org.w3id.claimgraph.derive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
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
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.rdf.Terms;
import org.w3id.claimgraph.vocab.CG;

/**
 * The propositions an incremental derivation reads, found from the changed ones through the stored
 * propositions and disputes alone (the conflicts graph), never from all claims:
 *
 * <ol>
 *   <li>the moved ones ({@link Incremental#moved}): the changed ones, those that agree with one of
 *       them, and those that conflict with either;
 *   <li>what grading a moved proposition's claims weighs: the propositions that agree with a moved
 *       one (agreement, and how many sources stand on its side), those that conflict with one
 *       (disputes), and those that agree with one of those (how many sources stand on the other
 *       side);
 *   <li>every proposition of a stored dispute joined to a moved one by a chain of stored disputes,
 *       as a dispute is grouped over all its conflicts. A conflict the change makes has a changed
 *       proposition on one side and a moved one on the other, so these hold every dispute after the
 *       change that holds a moved proposition.
 * </ol>
 *
 * <p>Agreement and every conflict rule need interventions and conditions each the same or one
 * broader than the other ({@link PropositionConflicts#related}), so the stored propositions a
 * proposition can agree or conflict with are found by condition (the conflicts graph's index of
 * objects), each condition's read once.
 */
final class PropositionRegion {
  private final Graph conflicts;
  private final PropositionConflicts hierarchy;
  private final List<ConflictRule> rules;
  private final Map<String, List<Proposition>> byCondition = new HashMap<>();

  PropositionRegion(Graph conflicts, PropositionConflicts hierarchy, List<ConflictRule> rules) {
    this.conflicts = conflicts;
    this.hierarchy = hierarchy;
    this.rules = rules;
  }

  /**
   * The propositions, by IRI, whose claims a derivation of a change to {@code changed} (by IRI)
   * reads: see the class comment.
   */
  Map<String, Proposition> around(Map<String, Proposition> changed) {
    Map<String, Proposition> out = new LinkedHashMap<>(changed);
    Map<String, Proposition> sides = new LinkedHashMap<>(changed);
    sides.putAll(agreeing(changed.values()));
    Map<String, Proposition> moved = new LinkedHashMap<>(sides);
    moved.putAll(opposing(sides));
    out.putAll(moved);
    out.putAll(agreeing(moved.values()));
    Map<String, Proposition> opponents = opposing(moved);
    out.putAll(opponents);
    out.putAll(agreeing(opponents.values()));
    for (String iri : disputed(moved.keySet())) {
      if (!out.containsKey(iri)) {
        Proposition p = stored(iri);
        if (p != null) {
          out.put(iri, p);
        }
      }
    }
    return out;
  }

  /** The stored propositions that agree with one of {@code props}, by IRI. */
  private Map<String, Proposition> agreeing(Collection<Proposition> props) {
    Map<String, Proposition> out = new LinkedHashMap<>();
    for (Proposition p : props) {
      for (Proposition q : near(p)) {
        if (hierarchy.agree(p, q)) {
          out.putIfAbsent(q.iri(), q);
        }
      }
    }
    return out;
  }

  /** The stored propositions that conflict with one of {@code props} (by IRI), by IRI. */
  private Map<String, Proposition> opposing(Map<String, Proposition> props) {
    Map<String, Proposition> all = new LinkedHashMap<>(props);
    for (Proposition p : props.values()) {
      for (Proposition q : near(p)) {
        all.putIfAbsent(q.iri(), q);
      }
    }
    Map<String, Proposition> out = new LinkedHashMap<>();
    for (PropositionConflicts.Match m :
        hierarchy.derive(all.values(), rules, p -> props.containsKey(p.iri()))) {
      if (props.containsKey(m.a().iri())) {
        out.putIfAbsent(m.b().iri(), m.b());
      }
      if (props.containsKey(m.b().iri())) {
        out.putIfAbsent(m.a().iri(), m.a());
      }
    }
    return out;
  }

  /**
   * The stored propositions whose intervention and condition are each related to {@code p}'s: all
   * it can agree or conflict with.
   */
  private List<Proposition> near(Proposition p) {
    Set<String> interventions = hierarchy.related(p.intervention().iri());
    Set<String> conditions = new TreeSet<>(hierarchy.related(p.condition().iri()));
    conditions.removeAll(byCondition.keySet());
    if (!conditions.isEmpty()) {
      read(conditions);
    }
    List<Proposition> out = new ArrayList<>();
    for (String c : hierarchy.related(p.condition().iri())) {
      for (Proposition q : byCondition.get(c)) {
        if (interventions.contains(q.intervention().iri())) {
          out.add(q);
        }
      }
    }
    return out;
  }

  /**
   * Reads the stored propositions about {@code conditions}, each condition's list kept: by the
   * conflicts graph's index of objects, one condition at a time, and each proposition's triples in
   * one range of its index of subjects.
   */
  private void read(Set<String> conditions) {
    for (String c : conditions) {
      List<Proposition> about = new ArrayList<>();
      for (Triple t :
          conflicts.find(Node.ANY, CG.condition.asNode(), NodeFactory.createURI(c)).toList()) {
        Proposition p = stored(conflicts, t.getSubject());
        if (p != null) {
          about.add(p);
        }
      }
      byCondition.put(c, about);
    }
  }

  /**
   * The propositions (IRIs) of every stored dispute joined to one of {@code props} by a chain of
   * stored disputes that share a proposition.
   */
  private Set<String> disputed(Set<String> props) {
    Set<String> seen = new HashSet<>(props);
    Set<Node> disputes = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(props);
    Node[] sides = {CG.propositionA.asNode(), CG.propositionB.asNode()};
    Set<String> out = new TreeSet<>();
    while (!todo.isEmpty()) {
      Node p = NodeFactory.createURI(todo.pop());
      for (Node side : sides) {
        for (Triple t : conflicts.find(Node.ANY, side, p).toList()) {
          Node d = t.getSubject();
          if (ConflictWriter.isPair(d) || !disputes.add(d)) {
            continue;
          }
          for (Node s : sides) {
            conflicts
                .find(d, s, Node.ANY)
                .forEachRemaining(
                    m -> {
                      String q = m.getObject().getURI();
                      out.add(q);
                      if (seen.add(q)) {
                        todo.push(q);
                      }
                    });
          }
        }
      }
    }
    return out;
  }

  /** The stored proposition {@code iri}, or null where the conflicts graph has none. */
  Proposition stored(String iri) {
    return stored(conflicts, NodeFactory.createURI(iri));
  }

  /**
   * The proposition the node {@code p} of the conflicts graph {@code conflicts} stands for, or null
   * where it is not one; its triples read in one pass.
   */
  static Proposition stored(Graph conflicts, Node p) {
    Node intervention = null;
    Node relation = null;
    Node negated = null;
    Node condition = null;
    Node conditional = null;
    var it = conflicts.find(p, Node.ANY, Node.ANY);
    try {
      while (it.hasNext()) {
        Triple t = it.next();
        Node predicate = t.getPredicate();
        if (predicate.equals(CG.intervention.asNode())) {
          intervention = t.getObject();
        } else if (predicate.equals(CG.relation.asNode())) {
          relation = t.getObject();
        } else if (predicate.equals(CG.negated.asNode())) {
          negated = t.getObject();
        } else if (predicate.equals(CG.condition.asNode())) {
          condition = t.getObject();
        } else if (predicate.equals(CG.conditional.asNode())) {
          conditional = t.getObject();
        }
      }
    } finally {
      it.close();
    }
    if (intervention == null || relation == null || condition == null) {
      return null;
    }
    return new Proposition(
        new ConceptRef(intervention.getURI(), ""),
        Terms.relation(relation.getURI()),
        negated != null && Terms.bool(negated.getLiteralLexicalForm()),
        new ConceptRef(condition.getURI(), ""),
        conditional != null && Terms.bool(conditional.getLiteralLexicalForm()));
  }
}
