package org.w3id.claimgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.claimgraph.eval.GoldSet.GoldArticle;
import org.w3id.claimgraph.eval.GoldSet.GoldClaim;
import org.w3id.claimgraph.extract.Extractor;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Vocabulary;

/**
 * Extracted claims scored against a gold set's annotated claims. An extracted claim matches an
 * annotated one when
 *
 * <ul>
 *   <li>their quotes overlap in the article;
 *   <li>their relations are in the same group: helps (treats, benefits, prevents), harms (causes),
 *       warns (contraindicated for, caution with) or safe (safe for);
 *   <li>their conditions are of one concept family: the annotated condition's words name a
 *       vocabulary concept that is the extracted one, or broader or narrower than it; where either
 *       side has no vocabulary concept, the content words (Porter stems) of the two names overlap
 *       by at least half of the shorter.
 * </ul>
 *
 * Pairs are taken best first (same relation before same group, nearest quote first), each claim at
 * most once. Hedge, negation and attribution are not part of a match; how often they agree over the
 * matched pairs is reported beside it. As the annotation leaves out restatements inside one
 * article, an extracted claim that matches nothing and restates an earlier one of its article (same
 * intervention, relation, condition, polarity, certainty and speaker) is set aside: it counts
 * neither way.
 */
public final class GoldEvaluation {
  /** Relations that say the same thing for the purpose of a match. */
  public enum Group {
    HELPS,
    HARMS,
    WARNS,
    SAFE;

    public static Group of(Relation r) {
      return switch (r) {
        case TREATS, BENEFITS, PREVENTS -> HELPS;
        case CAUSES -> HARMS;
        case CONTRAINDICATED_FOR, CAUTION_WITH -> WARNS;
        case SAFE_FOR -> SAFE;
      };
    }
  }

  /** A matched pair. */
  public record Match(Claim extracted, GoldClaim gold) {}

  /** One article: what was extracted, what is annotated, and the pairs that match. */
  public record ArticleResult(
      GoldArticle article,
      AgentRef author,
      List<Claim> extracted,
      List<GoldClaim> gold,
      List<Match> matches) {
    public List<GoldClaim> misses() {
      Set<GoldClaim> used = new HashSet<>();
      matches.forEach(m -> used.add(m.gold()));
      return gold.stream().filter(g -> !used.contains(g)).toList();
    }

    public List<Claim> falseHits() {
      Set<Claim> used = new HashSet<>();
      matches.forEach(m -> used.add(m.extracted()));
      return extracted.stream().filter(e -> !used.contains(e)).toList();
    }
  }

  /** Counts for one relation: annotated and found of them, extracted and right of them. */
  public record RelationCounts(int gold, int goldMatched, int extracted, int extractedMatched) {}

  /** The figures of a set of articles. */
  public record Scores(String name, List<ArticleResult> parts) {
    public int extracted() {
      return parts.stream().mapToInt(p -> p.extracted().size()).sum();
    }

    public int gold() {
      return parts.stream().mapToInt(p -> p.gold().size()).sum();
    }

    public int matched() {
      return parts.stream().mapToInt(p -> p.matches().size()).sum();
    }

    public double precision() {
      return extracted() == 0 ? 0 : (double) matched() / extracted();
    }

    public double recall() {
      return gold() == 0 ? 0 : (double) matched() / gold();
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Map<Relation, RelationCounts> byRelation() {
      Map<Relation, int[]> n = new EnumMap<>(Relation.class);
      for (Relation r : Relation.values()) {
        n.put(r, new int[4]);
      }
      for (ArticleResult p : parts) {
        p.gold().forEach(g -> n.get(g.relation())[0]++);
        p.extracted().forEach(e -> n.get(e.relation())[2]++);
        for (Match m : p.matches()) {
          n.get(m.gold().relation())[1]++;
          n.get(m.extracted().relation())[3]++;
        }
      }
      Map<Relation, RelationCounts> out = new EnumMap<>(Relation.class);
      n.forEach((r, c) -> out.put(r, new RelationCounts(c[0], c[1], c[2], c[3])));
      return out;
    }

    /** Over the matched pairs: how many have the same relation (not only the same group). */
    public double relationAgreement() {
      return agreement(m -> m.extracted().relation() == m.gold().relation());
    }

    public double hedgeAgreement() {
      return agreement(m -> certainty(m.gold().hedge()) == m.extracted().certainty());
    }

    public double negationAgreement() {
      return agreement(m -> m.gold().negated() == m.extracted().negated());
    }

    /** Both in the article's own voice, or both someone else's. */
    public double attributionAgreement() {
      double[] n = {0, 0};
      for (ArticleResult p : parts) {
        for (Match m : p.matches()) {
          boolean own = m.extracted().attributedTo().iri().equals(p.author().iri());
          n[0]++;
          if (own == m.gold().ownVoice()) {
            n[1]++;
          }
        }
      }
      return n[0] == 0 ? 0 : n[1] / n[0];
    }

    private double agreement(java.util.function.Predicate<Match> same) {
      double[] n = {0, 0};
      for (ArticleResult p : parts) {
        for (Match m : p.matches()) {
          n[0]++;
          if (same.test(m)) {
            n[1]++;
          }
        }
      }
      return n[0] == 0 ? 0 : n[1] / n[0];
    }
  }

  /** The certainty an annotated hedge stands for. */
  public static Certainty certainty(String hedge) {
    return switch (hedge) {
      case "hedged" -> Certainty.HEDGED;
      case "strong" -> Certainty.STRONG;
      default -> Certainty.ASSERTED;
    };
  }

  private final Extractor extractor;
  private final Vocabulary vocabulary;

  public GoldEvaluation(Extractor extractor, Vocabulary vocabulary) {
    this.extractor = extractor;
    this.vocabulary = vocabulary;
  }

  /** Scores the claims extracted from one article against its annotated claims. */
  public ArticleResult score(
      GoldArticle article, AgentRef author, List<Claim> extracted, List<GoldClaim> gold) {
    record Candidate(Claim e, GoldClaim g, int rank, int distance) {}
    List<Candidate> candidates = new ArrayList<>();
    for (Claim e : extracted) {
      for (GoldClaim g : gold) {
        if (matches(e, g)) {
          candidates.add(
              new Candidate(
                  e,
                  g,
                  (e.relation() == g.relation() ? 0 : 2) + (e.negated() == g.negated() ? 0 : 1),
                  Math.abs(e.span().start() - g.start())));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::distance));
    Set<Claim> usedE = new HashSet<>();
    Set<GoldClaim> usedG = new HashSet<>();
    List<Match> matches = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!usedE.contains(c.e()) && !usedG.contains(c.g())) {
        usedE.add(c.e());
        usedG.add(c.g());
        matches.add(new Match(c.e(), c.g()));
      }
    }
    // The annotation leaves out restatements: an unmatched claim that restates another (same
    // triple, certainty, polarity and speaker) is set aside, neither right nor wrong.
    Set<String> seen = new HashSet<>();
    List<Claim> kept = new ArrayList<>();
    List<Claim> byPosition = new ArrayList<>(extracted);
    byPosition.sort(Comparator.comparingInt(c -> c.span().start()));
    for (Claim e : byPosition) {
      String key = restatementKey(e);
      if (seen.add(key) || usedE.contains(e)) {
        kept.add(e);
      }
    }
    kept.sort(Comparator.comparingInt(extracted::indexOf));
    return new ArticleResult(article, author, kept, gold, matches);
  }

  private static String restatementKey(Claim c) {
    return c.intervention().iri()
        + " "
        + c.relation()
        + " "
        + c.condition().iri()
        + " "
        + c.negated()
        + " "
        + c.certainty()
        + " "
        + c.attributedTo().iri();
  }

  /** The match rule of this class. */
  public boolean matches(Claim e, GoldClaim g) {
    boolean overlap = e.span().start() < g.end() && g.start() < e.span().end();
    return overlap
        && Group.of(e.relation()) == Group.of(g.relation())
        && sameFamily(e.condition().iri(), e.condition().label(), g.condition());
  }

  private boolean sameFamily(String iri, String label, String goldPhrase) {
    List<Concept> gold = extractor.conceptsIn(goldPhrase);
    if (vocabulary.get(iri).isPresent() && !gold.isEmpty()) {
      for (Concept c : gold) {
        if (vocabulary.comparable(iri, c.iri())) {
          return true;
        }
      }
      return false;
    }
    Set<String> a = extractor.contentStems(label);
    Set<String> b = extractor.contentStems(goldPhrase);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (String s : a) {
      if (b.contains(s)) {
        shared++;
      }
    }
    return shared > 0 && shared * 2 >= Math.min(a.size(), b.size());
  }
}
