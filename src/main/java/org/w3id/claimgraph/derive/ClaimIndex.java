package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Relation;

/**
 * The claims of a {@link GradingInput} numbered in text order, with what grading looks them up by:
 * the proposition each makes, its statement (a proposition apart from whether it is conditional),
 * its article, its independent source (publisher, or article with none) and the person it is
 * attributed to. Built once; every grading step reads it.
 */
final class ClaimIndex {
  final GradingInput input;
  final List<Claim> claims;
  final int n;
  final PropositionConflicts hierarchy;

  final int[] propOf;
  final int[] stmtOf;
  final int[] articleOf;
  final int[] sourceOf;
  final int[] agentOf;

  final List<Proposition> props = new ArrayList<>();
  final Map<Proposition, Integer> propIndex = new HashMap<>();
  final List<int[]> claimsOfProp = new ArrayList<>();
  final List<int[]> claimsOfStmt = new ArrayList<>();
  final Map<String, Integer> stmtIndex = new HashMap<>();
  final List<String> articles = new ArrayList<>();
  final Map<String, Integer> articleIndex = new HashMap<>();
  final List<int[]> claimsOfArticle = new ArrayList<>();

  ClaimIndex(GradingInput input) {
    this.input = input;
    this.hierarchy =
        new PropositionConflicts(
            input.broader(), input.risk(), input.consequences(), input.interchangeable());
    List<Claim> sorted = new ArrayList<>(input.claims());
    sorted.sort(
        Comparator.comparing(Claim::article)
            .thenComparingInt((Claim c) -> c.span().start())
            .thenComparing(Claim::id));
    this.claims = List.copyOf(sorted);
    this.n = sorted.size();
    propOf = new int[n];
    stmtOf = new int[n];
    articleOf = new int[n];
    sourceOf = new int[n];
    agentOf = new int[n];
    Map<String, Integer> sourceIndex = new HashMap<>();
    Map<String, Integer> agentIndex = new HashMap<>();
    List<List<Integer>> byProp = new ArrayList<>();
    List<List<Integer>> byStmt = new ArrayList<>();
    List<List<Integer>> byArticle = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Claim c = sorted.get(i);
      Proposition p = Proposition.of(c);
      Integer pi = propIndex.get(p);
      if (pi == null) {
        pi = props.size();
        propIndex.put(p, pi);
        props.add(p);
        byProp.add(new ArrayList<>());
      }
      propOf[i] = pi;
      byProp.get(pi).add(i);
      String sk =
          stmtKey(c.relation().code(), c.negated(), c.intervention().iri(), c.condition().iri());
      Integer si = stmtIndex.get(sk);
      if (si == null) {
        si = byStmt.size();
        stmtIndex.put(sk, si);
        byStmt.add(new ArrayList<>());
      }
      stmtOf[i] = si;
      byStmt.get(si).add(i);
      Integer ai = articleIndex.get(c.article());
      if (ai == null) {
        ai = articles.size();
        articleIndex.put(c.article(), ai);
        articles.add(c.article());
        byArticle.add(new ArrayList<>());
      }
      articleOf[i] = ai;
      byArticle.get(ai).add(i);
      sourceOf[i] = index(sourceIndex, sourceKey(c));
      agentOf[i] = index(agentIndex, c.attributedTo().iri());
    }
    byProp.forEach(l -> claimsOfProp.add(ints(l)));
    byStmt.forEach(l -> claimsOfStmt.add(ints(l)));
    byArticle.forEach(l -> claimsOfArticle.add(ints(l)));
  }

  private static int[] ints(List<Integer> l) {
    return l.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int index(Map<String, Integer> map, String key) {
    return map.computeIfAbsent(key, k -> map.size());
  }

  Claim claim(int i) {
    return claims.get(i);
  }

  /**
   * The conflicting pairs of claims of two propositions a reader is shown, as {@code
   * queries/conflict-pairs.rq} lists them: between two articles, unless either claim is a belief
   * its article reports in order to reject it; inside one article, unless one voice states a rule
   * and its exception ({@link PropositionConflicts#qualifiesItself}).
   */
  long shownPairs(int pa, int pb) {
    // Counted by article and speaker, not pair by pair, so a proposition that thousands of
    // articles make costs what its claims do, not their square.
    boolean excepted = hierarchy.ruleAndException(props.get(pa), props.get(pb));
    int[] as = claimsOfProp.get(pa);
    int[] bs = claimsOfProp.get(pb);
    Map<Integer, Long> believedA = new HashMap<>();
    Map<Integer, Long> allA = new HashMap<>();
    Map<Long, Long> voiceA = new HashMap<>();
    long heldA = 0;
    for (int x : as) {
      allA.merge(articleOf[x], 1L, Long::sum);
      voiceA.merge(voice(x), 1L, Long::sum);
      if (!reportedHolders(claim(x).attributedTo().iri())) {
        believedA.merge(articleOf[x], 1L, Long::sum);
        heldA++;
      }
    }
    long heldB = 0;
    long sameArticleHeld = 0;
    long sameArticle = 0;
    long sameVoice = 0;
    for (int y : bs) {
      boolean held = !reportedHolders(claim(y).attributedTo().iri());
      if (held) {
        heldB++;
        sameArticleHeld += believedA.getOrDefault(articleOf[y], 0L);
      }
      sameArticle += allA.getOrDefault(articleOf[y], 0L);
      sameVoice += voiceA.getOrDefault(voice(y), 0L);
    }
    // Between articles: pairs of claims neither of which is a belief reported to be rejected.
    long between = heldA * heldB - sameArticleHeld;
    // Inside one article: all, but one voice's rule and its exception.
    long inside = sameArticle - (excepted ? sameVoice : 0);
    return between + inside;
  }

  /** The article and speaker of claim i, as one key. */
  private long voice(int i) {
    return ((long) articleOf[i] << 32) | agentOf[i];
  }

  /** Whether an agent holds a belief its article reports in order to reject it. */
  boolean reportedHolders(String agent) {
    GradingInput.AgentFacts facts = input.agents().get(agent);
    return facts != null && facts.reportedHolders();
  }

  /** The sentence that states claim i, or its quote. */
  String sentence(int i) {
    Claim c = claims.get(i);
    return input.sentences().getOrDefault(c.id(), c.span().quote());
  }

  GradingInput.ArticleFacts article(int i) {
    return input.articles().get(claims.get(i).article());
  }

  GradingInput.AgentFacts agent(int i) {
    return input.agents().get(claims.get(i).attributedTo().iri());
  }

  /** Whether claim i is attributed to someone other than its article's author. */
  boolean reported(int i) {
    GradingInput.ArticleFacts a = article(i);
    return a != null && !claims.get(i).attributedTo().iri().equals(a.author());
  }

  private String sourceKey(Claim c) {
    GradingInput.ArticleFacts a = input.articles().get(c.article());
    return a != null && a.publisher() != null
        ? "publisher " + a.publisher()
        : "article " + c.article();
  }

  static String stmtKey(String relation, boolean negated, String intervention, String condition) {
    return relation + ' ' + negated + ' ' + intervention + ' ' + condition;
  }

  /**
   * The statements that agree with statement k, itself included, in index order: the same relation
   * and polarity, interventions and conditions each the same or one broader than the other.
   */
  int[] agreeing(int k) {
    return agreeing.computeIfAbsent(
        k,
        key -> {
          Claim c = claims.get(claimsOfStmt.get(key)[0]);
          TreeSet<Integer> out = new TreeSet<>();
          for (String iv : hierarchy.related(c.intervention().iri())) {
            for (String cd : hierarchy.related(c.condition().iri())) {
              Integer other = stmtIndex.get(stmtKey(c.relation().code(), c.negated(), iv, cd));
              if (other != null) {
                out.add(other);
              }
            }
          }
          return out.stream().mapToInt(Integer::intValue).toArray();
        });
  }

  private final Map<Integer, int[]> agreeing = new HashMap<>();

  /**
   * Whether claims i and j say compatible things: the same polarity and relation group (helps:
   * treats, benefits, prevents, safe for; harms: causes; warns: contraindicated for, caution with),
   * about interventions and conditions each the same or one broader than the other.
   */
  boolean compatible(int i, int j) {
    Claim a = claims.get(i);
    Claim b = claims.get(j);
    return a.negated() == b.negated()
        && group(a.relation()) == group(b.relation())
        && hierarchy.related(a.intervention().iri()).contains(b.intervention().iri())
        && hierarchy.related(a.condition().iri()).contains(b.condition().iri());
  }

  static int group(Relation r) {
    return switch (r) {
      case TREATS, BENEFITS, PREVENTS, SAFE_FOR -> 0;
      case CAUSES -> 1;
      case CONTRAINDICATED_FOR, CAUTION_WITH -> 2;
    };
  }
}
