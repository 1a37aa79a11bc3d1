package org.w3id.claimgraph.derive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;

/**
 * Applies the conflict rules to propositions rather than to claims: two propositions conflict when
 * a rule's two sides match their relations and polarities, and their interventions, and their
 * conditions, are each the same concept or one broader than the other (either way). Concepts that
 * are unrelated in the hierarchy (siblings, strangers) never conflict. Against prevention, a claim
 * that something causes a harm speaks of that harm, not of every harm under it: "can dislodge a
 * clot" (an embolism, which needs a clot already there) does not say it causes the deep vein
 * thrombosis that calf massage is said to prevent, so there the side that asserts a cause conflicts
 * only where its condition is the other side's or narrower. (Against a benefit for a clot,
 * dislodging it is a conflict: the embolism comes from that clot.) A denial contradicts a claim
 * only where its condition is at least as general: "massage does not cause clots" denies that it
 * causes superficial clots, but "massage does not help muscle soreness recovery" leaves "massage
 * relieves pain" standing. (Interventions are compared either way: pages use "bodywork" and
 * "massage" for one another.) The work grows with the number of distinct propositions and the size
 * of the vocabulary, not with the number of claims: a thousand articles that make one proposition
 * make one side of a conflict, not a thousand.
 */
public final class PropositionConflicts {
  public static final String RULES = "conflict-rules";

  /**
   * A conflict between two propositions under a rule.
   *
   * @param severity the rule's severity, no higher than the clinical risk of the conditions, and no
   *     higher than medium when one side is stated only under a further circumstance and the other
   *     is not
   */
  public record Match(ConflictRule rule, Proposition a, Proposition b, Severity severity) {}

  private final Map<String, Set<String>> broader;
  private final Map<String, Severity> risk;
  private final Map<String, Set<String>> consequences;
  private final Map<String, Set<String>> interchangeable;
  private final Map<String, Set<String>> narrower = new HashMap<>();
  private final Map<String, Set<String>> related = new HashMap<>();

  /**
   * @param broader each concept's direct broader concepts, by IRI
   * @param risk the clinical risk stated on concepts, by IRI; others inherit it down the hierarchy
   * @param consequences what each consequence is a consequence of, by IRI
   * @param interchangeable the concepts pages use for each concept, by IRI
   */
  public PropositionConflicts(
      Map<String, Set<String>> broader,
      Map<String, Severity> risk,
      Map<String, Set<String>> consequences,
      Map<String, Set<String>> interchangeable) {
    this.broader = broader;
    this.risk = risk;
    this.consequences = consequences;
    this.interchangeable = interchangeable;
    broader.forEach(
        (c, bs) -> bs.forEach(b -> narrower.computeIfAbsent(b, k -> new TreeSet<>()).add(c)));
  }

  /** The rules stored in the store {@code link} reads. */
  public static List<ConflictRule> rules(RDFLink link, QueryLibrary queries) {
    List<ConflictRule> out = new ArrayList<>();
    for (Binding row : Sparql.select(link, queries.get(RULES).query(), Map.of())) {
      out.add(
          new ConflictRule(
              row.get("rule").getURI(),
              row.get("label").getLiteralLexicalForm(),
              Relation.fromCode(row.get("relationA").getLiteralLexicalForm()),
              org.w3id.claimgraph.rdf.Terms.bool(row.get("negatedA").getLiteralLexicalForm()),
              Relation.fromCode(row.get("relationB").getLiteralLexicalForm()),
              org.w3id.claimgraph.rdf.Terms.bool(row.get("negatedB").getLiteralLexicalForm()),
              Severity.fromCode(row.get("severity").getLiteralLexicalForm()),
              org.w3id.claimgraph.rdf.Terms.bool(
                  row.get("unconditionalOnly").getLiteralLexicalForm()),
              org.w3id.claimgraph.rdf.Terms.bool(
                  row.get("unconditionalAOnly").getLiteralLexicalForm()),
              Severity.fromCode(row.get("leastRisk").getLiteralLexicalForm())));
    }
    return out;
  }

  /** Every conflict among {@code propositions} under {@code rules}, in a stable order. */
  public List<Match> derive(Collection<Proposition> propositions, List<ConflictRule> rules) {
    return derive(propositions, rules, p -> true);
  }

  /**
   * Of the conflicts among {@code propositions} under {@code rules}, those that one of the
   * propositions {@code involved} accepts takes part in, in the order of {@link #derive(Collection,
   * List)}: that list without the others, found from the involved propositions alone. Those on the
   * rule's first side are matched as the whole derivation matches them; for those on its second,
   * the first sides are looked up the other way (an intervention or condition related to another is
   * related to it in turn: the same, broader or narrower).
   */
  public List<Match> derive(
      Collection<Proposition> propositions,
      List<ConflictRule> rules,
      java.util.function.Predicate<Proposition> involved) {
    // Propositions by relation, polarity, intervention and condition.
    Map<String, List<Proposition>> index = new HashMap<>();
    List<Proposition> asked = new ArrayList<>();
    for (Proposition p : propositions) {
      index
          .computeIfAbsent(
              key(p.relation(), p.negated(), p.intervention().iri(), p.condition().iri()),
              k -> new ArrayList<>())
          .add(p);
      if (involved.test(p)) {
        asked.add(p);
      }
    }
    List<Match> out = new ArrayList<>();
    for (ConflictRule rule : rules) {
      for (Proposition a : asked) {
        if (!firstSide(rule, a)) {
          continue;
        }
        for (String i : related(a.intervention().iri())) {
          for (String c : related(a.condition().iri())) {
            for (Proposition b :
                index.getOrDefault(key(rule.relationB(), rule.negatedB(), i, c), List.of())) {
              if (holds(rule, a, b)) {
                out.add(new Match(rule, a, b, severity(rule, a, b)));
              }
            }
          }
        }
      }
      if (asked.size() == propositions.size()) {
        continue; // every first side was asked above
      }
      for (Proposition b : asked) {
        if (b.relation() != rule.relationB() || b.negated() != rule.negatedB()) {
          continue;
        }
        for (String i : related(b.intervention().iri())) {
          for (String c : related(b.condition().iri())) {
            for (Proposition a :
                index.getOrDefault(key(rule.relationA(), rule.negatedA(), i, c), List.of())) {
              if (!involved.test(a) && firstSide(rule, a) && holds(rule, a, b)) {
                out.add(new Match(rule, a, b, severity(rule, a, b)));
              }
            }
          }
        }
      }
    }
    out.sort(
        Comparator.comparing((Match m) -> m.rule().iri())
            .thenComparing(m -> m.a().iri())
            .thenComparing(m -> m.b().iri()));
    return out;
  }

  /** Whether {@code a} can be the first side of {@code rule}: its relation, polarity and terms. */
  private static boolean firstSide(ConflictRule rule, Proposition a) {
    return a.relation() == rule.relationA()
        && a.negated() == rule.negatedA()
        && !((rule.unconditionalOnly() || rule.unconditionalAOnly()) && a.conditional());
  }

  /**
   * Whether {@code rule} matches {@code a} (a first side of it) and {@code b} (of its second side's
   * relation and polarity, an intervention and a condition each related to {@code a}'s).
   */
  private boolean holds(ConflictRule rule, Proposition a, Proposition b) {
    boolean preventsVsCauses =
        rule.relationA() == Relation.PREVENTS || rule.relationB() == Relation.PREVENTS;
    boolean causesA = preventsVsCauses && rule.relationA() == Relation.CAUSES && !rule.negatedA();
    boolean causesB = preventsVsCauses && rule.relationB() == Relation.CAUSES && !rule.negatedB();
    // Rules about whether the condition comes about: preventing it, causing it, or not.
    boolean occurrence =
        preventsVsCauses
            || (rule.relationA() == Relation.CAUSES && rule.relationB() == Relation.CAUSES);
    // A claim and its denial: the denial must be at least as general as the claim.
    boolean denial = rule.relationA() == rule.relationB() && rule.negatedA() != rule.negatedB();
    String c = b.condition().iri();
    if (denial && !atLeastAsGeneral(c, a.condition().iri())) {
      return false; // a denial about a narrower condition leaves the broader claim standing
    }
    if (causesA && !c.equals(a.condition().iri()) && !ancestors(a.condition().iri()).contains(c)) {
      return false; // A's harm must be B's condition or narrower
    }
    if (causesB && !c.equals(a.condition().iri()) && ancestors(a.condition().iri()).contains(c)) {
      return false; // B's harm must be A's condition or narrower
    }
    if (rule.unconditionalOnly() && b.conditional()) {
      return false;
    }
    if (occurrence && differentHarm(a.condition().iri(), b.condition().iri())) {
      return false; // one side speaks of a consequence of what the other is about
    }
    if (kindException(a, b) || kindException(b, a)) {
      return false; // a risk of one kind of the intervention leaves the whole standing
    }
    if (worstRisk(a, b).rank() < rule.leastRisk().rank()) {
      return false; // the rule is for conditions of higher clinical risk
    }
    return !b.equals(a);
  }

  /**
   * Whether {@code general} says something favourable of an intervention and {@code kind} the
   * opposite of a narrower kind of it, about conditions of less than high clinical risk: "massage
   * relieves pain" and "leg massage can leave the muscles sore" can both be true, and a reader does
   * not take the second to deny the first. Where the risk is high (a clot, blood thinners), the
   * warning about the kind stands against the general claim: a reader of "massage is safe with a
   * clot" needs to hear that deep tissue massage is not. The other way round always conflicts: a
   * warning about massage in general denies a benefit claimed for a kind of it. Concepts pages use
   * for one another ("bodywork" for massage) are no kind of each other here.
   */
  boolean kindException(Proposition general, Proposition kind) {
    String g = general.intervention().iri();
    String k = kind.intervention().iri();
    if (!favourable(general)
        || favourable(kind)
        || kind.negated()
        || g.equals(k)
        || !ancestors(k).contains(g)
        || interchangeable.getOrDefault(k, Set.of()).contains(g)) {
      return false;
    }
    Severity a = risk(general.condition().iri());
    Severity b = risk(kind.condition().iri());
    return a != Severity.HIGH && b != Severity.HIGH;
  }

  /**
   * Whether two claims are one voice stating a rule and its exception: one speaker in one article
   * speaks well of an intervention for a condition, and not well of a kind of it, or for a kind of
   * the condition ("massage is safe on blood thinners; deep tissue massage is not"). A warning
   * about the whole beside a benefit of a kind stays a conflict, as does one voice saying opposite
   * things of the same intervention and condition.
   */
  public boolean qualifiesItself(Claim x, Claim y) {
    if (!x.article().equals(y.article())
        || !x.attributedTo().iri().equals(y.attributedTo().iri())) {
      return false;
    }
    return ruleAndException(Proposition.of(x), Proposition.of(y));
  }

  /**
   * Whether one voice saying both would state a rule and its exception: {@link #qualifiesItself}
   * without the speaker and article.
   */
  public boolean ruleAndException(Proposition a, Proposition b) {
    return exception(a, b) || exception(b, a);
  }

  private boolean exception(Proposition general, Proposition kind) {
    String gi = general.intervention().iri();
    String ki = kind.intervention().iri();
    String gc = general.condition().iri();
    String kc = kind.condition().iri();
    return favourable(general)
        && !favourable(kind)
        && atLeastAsGeneral(gi, ki)
        && atLeastAsGeneral(gc, kc)
        && !(gi.equals(ki) && gc.equals(kc));
  }

  /**
   * Whether a proposition speaks well of its intervention: safe for, benefits, treats, prevents.
   */
  static boolean favourable(Proposition p) {
    return !p.negated()
        && switch (p.relation()) {
          case SAFE_FOR, BENEFITS, TREATS, PREVENTS -> true;
          default -> false;
        };
  }

  /** Whether concept {@code x} is {@code y} or broader than it. */
  boolean atLeastAsGeneral(String x, String y) {
    return x.equals(y) || ancestors(y).contains(x);
  }

  /**
   * The severity of a conflict between a and b under the rule: the rule's for a condition of high
   * clinical risk, one step lower for medium risk, two for low (never below low), the risk being
   * the higher of the two conditions'; and no higher than medium when one side is stated only under
   * a further circumstance and the other is not.
   */
  Severity severity(ConflictRule rule, Proposition a, Proposition b) {
    Severity worst = worstRisk(a, b);
    int rank = rule.severity().rank() - (Severity.HIGH.rank() - worst.rank());
    Severity s = Severity.ofRank(Math.max(Severity.LOW.rank(), rank));
    if (a.conditional() != b.conditional() && s.rank() > Severity.MEDIUM.rank()) {
      s = Severity.MEDIUM;
    }
    return s;
  }

  /** The higher clinical risk of the two propositions' conditions. */
  Severity worstRisk(Proposition a, Proposition b) {
    Severity at = risk(a.condition().iri());
    Severity bt = risk(b.condition().iri());
    return at.rank() >= bt.rank() ? at : bt;
  }

  /**
   * Whether one condition is a consequence the other is not about: one is (under) a concept that is
   * a consequence of another condition (an embolism, of a clot), and the other is not under it.
   */
  boolean differentHarm(String x, String y) {
    for (String k : consequenceAncestors(x)) {
      if (!k.equals(y) && !ancestors(y).contains(k)) {
        return true;
      }
    }
    for (String k : consequenceAncestors(y)) {
      if (!k.equals(x) && !ancestors(x).contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** The concept and its broader concepts that are consequences of something. */
  private List<String> consequenceAncestors(String concept) {
    List<String> out = new ArrayList<>();
    if (consequences.containsKey(concept)) {
      out.add(concept);
    }
    for (String b : ancestors(concept)) {
      if (consequences.containsKey(b)) {
        out.add(b);
      }
    }
    return out;
  }

  private final Map<String, Severity> inherited = new HashMap<>();

  /**
   * The clinical risk of a condition: its own, else the highest of its nearest broader concepts
   * that state one, else medium.
   */
  public Severity risk(String concept) {
    Severity own = risk.get(concept);
    if (own != null) {
      return own;
    }
    Severity cached = inherited.get(concept);
    if (cached != null) {
      return cached;
    }
    Severity found = null;
    Set<String> level = broader.getOrDefault(concept, Set.of());
    Set<String> seen = new HashSet<>();
    while (found == null && !level.isEmpty()) {
      Set<String> next = new TreeSet<>();
      for (String b : level) {
        Severity r = risk.get(b);
        if (r != null && (found == null || r.rank() > found.rank())) {
          found = r;
        }
        if (seen.add(b)) {
          next.addAll(broader.getOrDefault(b, Set.of()));
        }
      }
      level = next;
    }
    Severity out = found == null ? Severity.MEDIUM : found;
    inherited.put(concept, out);
    return out;
  }

  private static String key(Relation r, boolean negated, String intervention, String condition) {
    return r.code() + ' ' + negated + ' ' + intervention + ' ' + condition;
  }

  private final Map<String, Set<String>> ancestors = new HashMap<>();

  /** Everything broader than the concept. */
  private Set<String> ancestors(String concept) {
    return ancestors.computeIfAbsent(
        concept,
        k -> {
          Set<String> out = new HashSet<>();
          walk(k, broader, out);
          return out;
        });
  }

  /**
   * Whether two propositions agree, as agreement between claims asks: the same relation and
   * polarity, interventions and conditions each the same or one broader than the other (whether
   * either is conditional aside).
   */
  public boolean agree(Proposition a, Proposition b) {
    return a.relation() == b.relation()
        && a.negated() == b.negated()
        && related(a.intervention().iri()).contains(b.intervention().iri())
        && related(a.condition().iri()).contains(b.condition().iri());
  }

  /** The concept, everything broader and everything narrower. */
  public Set<String> related(String concept) {
    return related.computeIfAbsent(
        concept,
        k -> {
          Set<String> out = new HashSet<>();
          out.add(k);
          walk(k, broader, out);
          walk(k, narrower, out);
          return out;
        });
  }

  private static void walk(String from, Map<String, Set<String>> edges, Set<String> out) {
    Deque<String> todo = new ArrayDeque<>();
    todo.push(from);
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String x = todo.pop();
      for (String y : edges.getOrDefault(x, Set.of())) {
        if (seen.add(y)) {
          out.add(y);
          todo.push(y);
        }
      }
    }
  }
}
