package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.model.SourceProfile;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Grades every claim of a {@link GradingInput} under a {@link Policy}, and finds the conflicts
 * between the propositions the claims make. Deterministic: the same graph and policy give the same
 * grades, whatever order the claims come in. Linear in the number of claims: claims are grouped by
 * the proposition they make, agreement and disputes are counted per proposition, and no claim is
 * compared with every other.
 *
 * <p>A claim's score starts at the weight of its support: a traceable reference in its sentence (by
 * the study design the sentence names), else a named expert or the author of a book it is
 * attributed to, else a named person with no stated credentials, else the article's own assertion,
 * which is worth what the article's kind of source and its author's credentials make it. Then the
 * factors: overstatement, conflict of interest and consensus give the score before disputes; then
 * contradiction by other articles, and inconsistency within its own, each count when a disputing
 * claim's score before disputes is equal or higher. Comparing scores before disputes keeps the
 * grades free of circularity.
 */
public final class Grader {
  private static final int QUOTE = 90;
  private static final int LISTED = 3;

  /** At most this many other claims are named as what a factor rests on. */
  static final int RELATED = 3;

  /** At most this many people are named for each side of a dispute. */
  static final int NAMES = 5;

  private final Policy policy;
  private final GradingInput input;
  private final List<Claim> claims;
  private final int n;

  // Per claim, by its index in claims.
  private final int[] propOf;
  private final int[] stmtOf;
  private final int[] articleOf;
  private final int[] sourceOf;
  private final int[] agentOf;
  private double[] provisional;

  private final List<Proposition> props = new ArrayList<>();
  private final List<int[]> claimsOfProp = new ArrayList<>();
  private final List<int[]> claimsOfStmt = new ArrayList<>();
  private final List<String> stmtKeys = new ArrayList<>();
  private final List<String> articles = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();
  private final List<String> agents = new ArrayList<>();
  private final PropositionConflicts hierarchy;

  /** The grades of all claims, the source profile of every article, and the disputes. */
  public record Result(
      Map<String, Grade> grades, Map<String, SourceProfile> profiles, List<Dispute> disputes) {}

  private Grader(GradingInput input, Policy policy) {
    this.input = input;
    this.policy = policy;
    this.hierarchy = new PropositionConflicts(input.broader());
    List<Claim> sorted = new ArrayList<>(input.claims());
    sorted.sort(
        Comparator.comparing(Claim::article)
            .thenComparingInt((Claim c) -> c.span().start())
            .thenComparing(Claim::id));
    this.claims = sorted;
    this.n = sorted.size();
    propOf = new int[n];
    stmtOf = new int[n];
    articleOf = new int[n];
    sourceOf = new int[n];
    agentOf = new int[n];
    Map<Proposition, Integer> propIndex = new HashMap<>();
    Map<String, Integer> stmtIndex = new HashMap<>();
    Map<String, Integer> articleIndex = new HashMap<>();
    Map<String, Integer> sourceIndex = new HashMap<>();
    Map<String, Integer> agentIndex = new HashMap<>();
    List<List<Integer>> byProp = new ArrayList<>();
    List<List<Integer>> byStmt = new ArrayList<>();
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
        si = stmtKeys.size();
        stmtIndex.put(sk, si);
        stmtKeys.add(sk);
        byStmt.add(new ArrayList<>());
      }
      stmtOf[i] = si;
      byStmt.get(si).add(i);
      articleOf[i] = index(articleIndex, articles, c.article());
      sourceOf[i] = index(sourceIndex, sources, sourceKey(c));
      agentOf[i] = index(agentIndex, agents, c.attributedTo().iri());
    }
    byProp.forEach(l -> claimsOfProp.add(l.stream().mapToInt(Integer::intValue).toArray()));
    byStmt.forEach(l -> claimsOfStmt.add(l.stream().mapToInt(Integer::intValue).toArray()));
    this.stmtIndex = stmtIndex;
  }

  private final Map<String, Integer> stmtIndex;

  private static int index(Map<String, Integer> map, List<String> list, String key) {
    Integer i = map.get(key);
    if (i == null) {
      i = list.size();
      map.put(key, i);
      list.add(key);
    }
    return i;
  }

  public static Result grade(GradingInput input, Policy policy) {
    return new Grader(input, policy).run();
  }

  private Result run() {
    Map<String, SourceProfile> profiles = new TreeMap<>();
    for (GradingInput.ArticleFacts a : input.articles().values()) {
      profiles.put(a.slug(), profile(a));
    }
    List<List<Factor>> lines = new ArrayList<>(n);
    provisional = new double[n];
    Consensus consensus = new Consensus();
    for (int i = 0; i < n; i++) {
      Claim c = claims.get(i);
      List<Factor> f = new ArrayList<>();
      Support support = support(c, profiles.get(c.article()));
      f.add(
          line(
              f,
              support.level().code(),
              support.level().label(),
              support.level().weight(),
              support.reason(),
              support.level().evidenceCode(),
              support.quotes(),
              List.of()));
      wording(c, support, f);
      conflictOfInterest(c, profiles.get(c.article()), f);
      consensus.apply(i, f);
      lines.add(f);
      provisional[i] = sum(f);
    }
    List<PropositionConflicts.Match> matches = hierarchy.derive(props, input.rules());
    Disputes disputes = new Disputes(matches);
    double[] score = new double[n];
    Map<String, Grade> grades = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      List<Factor> f = lines.get(i);
      Disputes.Found found = disputes.against(i);
      dispute(policy.contradiction(), found.cross(), found.crossCount(), f, false);
      dispute(policy.inconsistency(), found.within(), found.withinCount(), f, true);
      score[i] = sum(f);
      Policy.Band band = policy.band(score[i]);
      String verdict = verdict(band, f, found);
      grades.put(
          claims.get(i).id(),
          new Grade(
              score[i],
              provisional[i],
              band.certainty().label(),
              band.sort().label(),
              band.cebm().label(),
              band.evidenceLevel().label(),
              verdict,
              f));
    }
    return new Result(grades, profiles, disputes.summarise(matches, grades, score));
  }

  // ------------------------------------------------------------- support

  private record Support(Policy.Support level, String reason, List<String> quotes) {}

  private Support support(Claim c, SourceProfile profile) {
    String sentence = input.sentences().getOrDefault(c.id(), c.span().quote());
    String citation = firstMatch(sentence, policy.citations());
    if (citation != null) {
      for (Policy.Support design : policy.designs()) {
        String named = firstMatch(sentence, design.designs());
        if (named != null) {
          return new Support(
              design,
              "Its sentence cites a traceable source (\""
                  + citation
                  + "\") of a named design (\""
                  + named
                  + "\"): "
                  + design.label()
                  + ".",
              List.of(sentence));
        }
      }
      return new Support(
          policy.cited(),
          "Its sentence cites a traceable source (\""
              + citation
              + "\") but does not say what kind of study it is.",
          List.of(sentence));
    }
    GradingInput.AgentFacts agent = input.agents().get(c.attributedTo().iri());
    GradingInput.ArticleFacts article = input.articles().get(c.article());
    boolean reported = article != null && !c.attributedTo().iri().equals(article.author());
    if (reported && agent != null && !agent.unnamed()) {
      List<String> creds = agent.credentials().stream().map(GradingInput.Credential::text).toList();
      if (!creds.isEmpty()) {
        return new Support(
            policy.expert(),
            "Attributed to "
                + agent.name()
                + " ("
                + String.join("; ", creds)
                + "), with no study cited: expert opinion.",
            List.of());
      }
      return new Support(
          policy.namedPerson(),
          "Attributed to "
              + agent.name()
              + ", of whom the text states no credentials, and no"
              + " study is cited.",
          List.of());
    }
    // The article's own assertion.
    String kindLabel = profile == null ? "article" : profile.kindLabel();
    Policy.Support best = policy.none();
    String reason =
        "No source: the article (" + article(kindLabel) + ") asserts it without citing anyone.";
    Policy.Support byKind = article == null ? null : policy.bySourceKind().get(article.kind());
    if (byKind != null && byKind.weight() > best.weight()) {
      best = byKind;
      reason =
          "The article's own assertion; as "
              + article(kindLabel)
              + " it counts as: "
              + byKind.label()
              + ".";
    }
    List<String> creds = profile == null ? List.of() : profile.credentials();
    if (!creds.isEmpty() && policy.expert().weight() > best.weight()) {
      best = policy.expert();
      reason =
          "The assertion of the article's author, "
              + c.attributedTo().name()
              + " ("
              + String.join("; ", creds)
              + "), with no study cited: expert opinion.";
    }
    return new Support(best, reason, List.of());
  }

  private static String article(String kindLabel) {
    String k = kindLabel.toLowerCase(java.util.Locale.ROOT);
    return (k.matches("^[aeiou].*") ? "an " : "a ") + k;
  }

  // ------------------------------------------------------------- wording

  private void wording(Claim c, Support support, List<Factor> f) {
    Policy.Factor over = policy.overstatement();
    String sentence = input.sentences().getOrDefault(c.id(), c.span().quote());
    if (over != null && over.appliesTo(c.relation()) && !c.negated()) {
      boolean weak = over.supportBelow() == null || support.level().weight() < over.supportBelow();
      String cue = firstMatch(sentence, over.cues());
      boolean strong = over.certainties().contains(c.certainty());
      if (weak && (cue != null || strong)) {
        String how =
            cue != null
                ? "It says \"" + cue + "\""
                : "It is worded strongly (" + c.certainty().code() + " certainty)";
        f.add(
            line(
                f,
                over.code(),
                over.label(),
                over.weight(),
                how
                    + " but rests on "
                    + support.level().shortLabel()
                    + ": wording stronger than its support.",
                null,
                List.of(cue != null ? cue : c.span().quote()),
                List.of()));
        return;
      }
    }
    Policy.Factor w = policy.wording();
    if (w == null) {
      return;
    }
    String reason =
        switch (c.certainty()) {
          case HEDGED -> "Hedged as written, so no stronger than its support.";
          case ASSERTED -> "Stated as fact, without hedging or emphasis.";
          case STRONG ->
              over != null && !over.appliesTo(c.relation())
                  ? "Worded strongly; a warning is not held to its support."
                  : c.negated()
                      ? "Worded strongly, as a denial; not held to its support."
                      : "Worded strongly, in keeping with its support.";
        };
    f.add(line(f, w.code(), w.label(), w.weight(), reason, null, List.of(), List.of()));
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  // ------------------------------------------------- conflict of interest

  private SourceProfile profile(GradingInput.ArticleFacts a) {
    GradingInput.AgentFacts author = input.agents().get(a.author());
    List<String> creds = new ArrayList<>();
    if (author != null && !author.unnamed()) {
      for (GradingInput.Credential c : author.credentials()) {
        if (!c.kind().equals("description")) {
          creds.add(c.text());
        }
      }
    }
    Policy.Factor coi = policy.conflictOfInterest();
    boolean byKind = coi != null && coi.sourceKinds().contains(a.kind());
    boolean commercial;
    String reason;
    String evidence = null;
    if (Boolean.FALSE.equals(a.declaredCommercial())) {
      commercial = false;
      reason =
          "A curator judged it has no commercial interest"
              + (a.declaredEvidence() == null ? "." : ": " + a.declaredEvidence());
    } else if (Boolean.TRUE.equals(a.declaredCommercial())) {
      commercial = true;
      evidence = a.declaredEvidence();
      reason =
          "A curator judged it has a commercial interest"
              + (evidence == null ? "." : ": \"" + clip(evidence) + "\"");
    } else if (byKind) {
      commercial = true;
      reason = "It is " + article(a.kindLabel()) + ".";
    } else if (a.commerceCue() != null) {
      commercial = true;
      evidence = a.commerceCue();
      reason = "It sells or promotes what it writes about: \"" + clip(evidence) + "\"";
    } else {
      commercial = false;
      reason = "Nothing in the text shows it sells what it writes about.";
    }
    return new SourceProfile(
        a.slug(), a.kind(), a.kindLabel(), commercial, reason, evidence, List.copyOf(creds));
  }

  private void conflictOfInterest(Claim c, SourceProfile profile, List<Factor> f) {
    Policy.Factor coi = policy.conflictOfInterest();
    if (coi == null || profile == null || !profile.commercial()) {
      return;
    }
    if (!coi.appliesTo(c.relation()) || c.negated()) {
      return;
    }
    f.add(
        line(
            f,
            coi.code(),
            coi.label(),
            coi.weight(),
            "The article has a commercial interest in what it recommends. "
                + profile.commercialReason(),
            null,
            profile.commercialEvidence() == null
                ? List.of()
                : List.of(profile.commercialEvidence()),
            List.of()));
  }

  // ----------------------------------------------------------- consensus

  /**
   * Agreement, counted per statement (a proposition apart from whether it is conditional): the
   * independent sources of a statement and of every statement it agrees with (same relation and
   * polarity, interventions and conditions each the same or one broader than the other), by a merge
   * of sorted lists, so no claim is compared with every other.
   */
  private final class Consensus {
    /** Per statement: its distinct sources, sorted, and a claim of each. */
    private final int[][] sourcesOf;

    private final int[][] exampleOf;
    private final int[][] agentsOf;
    private final Map<Integer, int[]> relatedOf = new HashMap<>();

    Consensus() {
      int s = claimsOfStmt.size();
      sourcesOf = new int[s][];
      exampleOf = new int[s][];
      agentsOf = new int[s][];
      for (int k = 0; k < s; k++) {
        TreeMap<Integer, Integer> first = new TreeMap<>();
        java.util.TreeSet<Integer> ag = new java.util.TreeSet<>();
        for (int i : claimsOfStmt.get(k)) {
          first.putIfAbsent(sourceOf[i], i);
          ag.add(agentOf[i]);
        }
        sourcesOf[k] = first.keySet().stream().mapToInt(Integer::intValue).toArray();
        exampleOf[k] = first.values().stream().mapToInt(Integer::intValue).toArray();
        agentsOf[k] = ag.stream().mapToInt(Integer::intValue).toArray();
      }
    }

    /** The statements that agree with statement k, itself included, in index order. */
    private int[] related(int k) {
      return relatedOf.computeIfAbsent(
          k,
          key -> {
            Claim c = claims.get(claimsOfStmt.get(key)[0]);
            java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
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

    void apply(int i, List<Factor> f) {
      Policy.Factor consensus = policy.consensus();
      if (consensus == null) {
        return;
      }
      int[] rel = related(stmtOf[i]);
      int own = sourceOf[i];
      int otherSources = 0;
      TreeMap<Integer, Integer> shown = new TreeMap<>();
      // Distinct sources over the agreeing statements: a merge of sorted lists.
      java.util.TreeMap<Integer, Integer> merged = new java.util.TreeMap<>();
      for (int k : rel) {
        for (int j = 0; j < sourcesOf[k].length; j++) {
          merged.putIfAbsent(sourcesOf[k][j], exampleOf[k][j]);
        }
      }
      for (Map.Entry<Integer, Integer> e : merged.entrySet()) {
        if (e.getKey() != own && agentOf[e.getValue()] != agentOf[i]) {
          otherSources++;
          if (shown.size() < RELATED) {
            shown.put(e.getKey(), e.getValue());
          }
        }
      }
      java.util.Set<Integer> ag = new java.util.HashSet<>();
      for (int k : rel) {
        for (int a : agentsOf[k]) {
          ag.add(a);
        }
      }
      int otherAgents = ag.size() - (ag.contains(agentOf[i]) ? 1 : 0);
      int independent = 1 + Math.min(otherSources, otherAgents);
      if (independent < consensus.minIndependentSources()) {
        return;
      }
      int others = independent - 1;
      List<Claim> examples = new ArrayList<>();
      shown.values().forEach(x -> examples.add(claims.get(x)));
      String reason =
          others
              + (others == 1 ? " independent source also makes" : " independent sources also make")
              + " this claim: "
              + describe(examples, others)
              + ".";
      List<String> ids = new ArrayList<>();
      examples.forEach(x -> ids.add(x.id()));
      f.add(
          line(
              f,
              consensus.code(),
              consensus.label(),
              consensus.weight(),
              reason,
              null,
              List.of(),
              ids));
    }
  }

  private String sourceKey(Claim c) {
    GradingInput.ArticleFacts a = input.articles().get(c.article());
    return a != null && a.publisher() != null
        ? "publisher " + a.publisher()
        : "article " + c.article();
  }

  private static String stmtKey(
      String relation, boolean negated, String intervention, String condition) {
    return relation + ' ' + negated + ' ' + intervention + ' ' + condition;
  }

  // ------------------------------------------------------------ disputes

  /**
   * Disputes, counted per proposition: each proposition's claims sorted by score before disputes,
   * so the claims of an opposing proposition that are equal or stronger than a given claim are
   * counted by a binary search, and those of the claim's own article from a small index.
   */
  private final class Disputes {
    /** A proposition that opposes another under a rule. */
    private record Opposition(int prop, Severity severity, String rule, boolean warningSide) {}

    /** What a claim is disputed by: the strongest opposing claims, and how many there are. */
    record Found(List<Opponent> cross, int crossCount, List<Opponent> within, int withinCount) {}

    /** An opposing claim, and the conflict it is found in. */
    record Opponent(int claim, Severity severity, String rule) {}

    private final List<List<Opposition>> against = new ArrayList<>();
    private final int[][] sortedClaims;
    private final double[][] sortedScores;
    private final Map<Long, int[]> byArticle = new HashMap<>();

    Disputes(List<PropositionConflicts.Match> matches) {
      Map<Proposition, Integer> index = new HashMap<>();
      for (int p = 0; p < props.size(); p++) {
        index.put(props.get(p), p);
        against.add(new ArrayList<>());
      }
      for (PropositionConflicts.Match m : matches) {
        int a = index.get(m.a());
        int b = index.get(m.b());
        against.get(a).add(new Opposition(b, m.rule().severity(), m.rule().label(), false));
        against.get(b).add(new Opposition(a, m.rule().severity(), m.rule().label(), true));
      }
      sortedClaims = new int[props.size()][];
      sortedScores = new double[props.size()][];
      for (int p = 0; p < props.size(); p++) {
        Integer[] boxed = Arrays.stream(claimsOfProp.get(p)).boxed().toArray(Integer[]::new);
        // Strongest first; ties in text order (claims are indexed in text order).
        Arrays.sort(
            boxed,
            Comparator.comparingDouble((Integer x) -> -provisional[x]).thenComparingInt(x -> x));
        sortedClaims[p] = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        sortedScores[p] = Arrays.stream(sortedClaims[p]).mapToDouble(x -> provisional[x]).toArray();
        Map<Integer, List<Integer>> arts = new HashMap<>();
        for (int x : sortedClaims[p]) {
          arts.computeIfAbsent(articleOf[x], k -> new ArrayList<>()).add(x);
        }
        final int prop = p;
        arts.forEach(
            (art, xs) ->
                byArticle.put(key(prop, art), xs.stream().mapToInt(Integer::intValue).toArray()));
      }
    }

    private long key(int prop, int article) {
      return ((long) prop << 32) | (article & 0xffffffffL);
    }

    /** How many claims of proposition p score at least s before disputes. */
    private int atLeast(int p, double s) {
      double[] scores = sortedScores[p];
      int lo = 0;
      int hi = scores.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (scores[mid] >= s) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    Found against(int i) {
      double s = provisional[i];
      List<Opponent> cross = new ArrayList<>();
      List<Opponent> within = new ArrayList<>();
      int crossCount = 0;
      int withinCount = 0;
      for (Opposition o : against.get(propOf[i])) {
        int[] same = byArticle.getOrDefault(key(o.prop(), articleOf[i]), new int[0]);
        int sameAtLeast = 0;
        for (int x : same) {
          if (provisional[x] >= s && x != i) {
            sameAtLeast++;
          }
        }
        int all = atLeast(o.prop(), s);
        int crossAtLeast = all - sameAtLeast;
        boolean countsCross =
            policy.contradiction() != null
                && policy.contradiction().counts(o.severity(), o.warningSide());
        boolean countsWithin =
            policy.inconsistency() != null
                && policy.inconsistency().counts(o.severity(), o.warningSide());
        if (countsCross && crossAtLeast > 0) {
          crossCount += crossAtLeast;
          int taken = 0;
          for (int x : sortedClaims[o.prop()]) {
            if (provisional[x] < s || taken >= RELATED) {
              break;
            }
            if (articleOf[x] != articleOf[i]) {
              cross.add(new Opponent(x, o.severity(), o.rule()));
              taken++;
            }
          }
        }
        if (countsWithin && sameAtLeast > 0) {
          withinCount += sameAtLeast;
          for (int x : same) {
            if (provisional[x] >= s && x != i && within.size() < RELATED) {
              within.add(new Opponent(x, o.severity(), o.rule()));
            }
          }
        }
      }
      Comparator<Opponent> strongest =
          Comparator.comparingDouble((Opponent o) -> -provisional[o.claim()])
              .thenComparingInt(o -> -o.severity().rank())
              .thenComparingInt(Opponent::claim);
      cross.sort(strongest);
      within.sort(strongest);
      return new Found(
          cross.subList(0, Math.min(RELATED, cross.size())),
          crossCount,
          within.subList(0, Math.min(RELATED, within.size())),
          withinCount);
    }

    /** The disputes, each with both sides counted and graded. */
    /**
     * The disputes: for each proposition a rule's first side matches, and each rule, the
     * proposition (the claims for it) and everything the rule's second side matches against it (the
     * claims against it, from every opposing proposition together), each counted and graded.
     */
    List<Dispute> summarise(
        List<PropositionConflicts.Match> matches, Map<String, Grade> grades, double[] score) {
      Map<Proposition, Integer> index = new HashMap<>();
      for (int p = 0; p < props.size(); p++) {
        index.put(props.get(p), p);
      }
      Map<String, List<Integer>> against = new LinkedHashMap<>();
      Map<String, PropositionConflicts.Match> first = new LinkedHashMap<>();
      for (PropositionConflicts.Match m : matches) {
        String key = m.rule().iri() + " " + m.a().iri();
        against.computeIfAbsent(key, k -> new ArrayList<>()).add(index.get(m.b()));
        first.putIfAbsent(key, m);
      }
      List<Dispute> out = new ArrayList<>();
      against.forEach(
          (key, bs) -> {
            PropositionConflicts.Match m = first.get(key);
            int a = index.get(m.a());
            int[] forIt = claimsOfProp.get(a);
            List<Integer> opposing = new ArrayList<>();
            bs.forEach(b -> Arrays.stream(claimsOfProp.get(b)).forEach(opposing::add));
            int[] againstIt = opposing.stream().mapToInt(Integer::intValue).toArray();
            List<Proposition> opposed = new ArrayList<>();
            bs.forEach(b -> opposed.add(props.get(b)));
            out.add(
                new Dispute(
                    Ids.conflict(m.rule().iri(), m.a().iri(), ""),
                    m.rule().severity(),
                    m.rule().iri(),
                    m.rule().label(),
                    shareAnArticle(forIt, againstIt),
                    side(forIt, List.of(props.get(a)), grades, score),
                    side(againstIt, opposed, grades, score)));
          });
      return out;
    }

    private boolean shareAnArticle(int[] a, int[] b) {
      java.util.Set<Integer> arts = new java.util.HashSet<>();
      for (int x : a) {
        arts.add(articleOf[x]);
      }
      for (int x : b) {
        if (arts.contains(articleOf[x])) {
          return true;
        }
      }
      return false;
    }

    private Dispute.Side side(
        int[] xs, List<Proposition> propositions, Map<String, Grade> grades, double[] score) {
      Integer[] boxed = Arrays.stream(xs).boxed().toArray(Integer[]::new);
      Arrays.sort(
          boxed, Comparator.comparingDouble((Integer x) -> -score[x]).thenComparingInt(x -> x));
      LinkedHashSet<String> names = new LinkedHashSet<>();
      java.util.Set<Integer> srcs = new java.util.HashSet<>();
      for (int x : boxed) {
        srcs.add(sourceOf[x]);
        if (names.size() < NAMES) {
          names.add(claims.get(x).attributedTo().name());
        }
      }
      Claim best = claims.get(boxed[0]);
      // The proposition of the strongest claim first: it is the one a reader sees.
      List<Proposition> ordered = new ArrayList<>(propositions);
      Proposition shown = Proposition.of(best);
      ordered.remove(shown);
      ordered.add(0, shown);
      return new Dispute.Side(
          ordered,
          ordered.size(),
          xs.length,
          srcs.size(),
          List.copyOf(names),
          best.withGrade(grades.get(best.id())));
    }
  }

  private void dispute(
      Policy.Factor factor,
      List<Disputes.Opponent> opponents,
      int count,
      List<Factor> f,
      boolean within) {
    if (factor == null || count == 0) {
      return;
    }
    StringBuilder reason = new StringBuilder();
    reason
        .append(within ? "Its own article disputes it" : "Disputed")
        .append(" by ")
        .append(count)
        .append(count == 1 ? " claim" : " claims")
        .append(" of equal or higher grade: ");
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < Math.min(LISTED, opponents.size()); k++) {
      Disputes.Opponent o = opponents.get(k);
      Claim c = claims.get(o.claim());
      parts.add(
          who(c)
              + ", "
              + c.summary()
              + " ("
              + o.severity().code()
              + " severity; "
              + Grade.signed(provisional[o.claim()])
              + " before disputes)");
    }
    reason.append(String.join("; ", parts));
    if (count > parts.size()) {
      reason.append("; and ").append(count - parts.size()).append(" more");
    }
    reason.append('.');
    f.add(
        line(
            f,
            factor.code(),
            factor.label(),
            factor.weight(),
            reason.toString(),
            null,
            List.of(),
            opponents.stream().map(o -> claims.get(o.claim()).id()).toList()));
  }

  private String verdict(Policy.Band band, List<Factor> f, Disputes.Found found) {
    for (Policy.VerdictRule rule : policy.verdictRules()) {
      if (f.stream().noneMatch(x -> x.code().equals(rule.factor()))) {
        continue;
      }
      if (rule.opposingMinScore() != null) {
        boolean strongOpponent = false;
        for (Disputes.Opponent o : found.cross()) {
          boolean severe =
              rule.minSeverity() == null || o.severity().rank() >= rule.minSeverity().rank();
          strongOpponent |= severe && provisional[o.claim()] >= rule.opposingMinScore();
        }
        if (!strongOpponent) {
          continue;
        }
      }
      return rule.verdict().label();
    }
    return band.verdict().label();
  }

  // ------------------------------------------------------------- helpers

  /** The first few sources, and how many more there are of {@code total}. */
  private String describe(List<Claim> shown, int total) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(LISTED, shown.size()); i++) {
      parts.add(who(shown.get(i)));
    }
    String s = String.join("; ", parts);
    return total > parts.size() ? s + "; and " + (total - parts.size()) + " more" : s;
  }

  private static String who(Claim c) {
    return c.article() + " (" + c.attributedTo().name() + ")";
  }

  static String clip(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.codePointCount(0, t.length()) <= QUOTE
        ? t
        : t.substring(0, t.offsetByCodePoints(0, QUOTE - 1)).stripTrailing() + "…";
  }

  private static String firstMatch(String text, List<Pattern> patterns) {
    int best = -1;
    String found = null;
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      if (m.find() && (best < 0 || m.start() < best)) {
        best = m.start();
        found = m.group();
      }
    }
    return found;
  }

  /**
   * One copy of each reason and quote: across an archive the same words recur (the same expert, the
   * same kind of source), and the grades of every claim are held at once.
   */
  private final Map<String, String> shared = new HashMap<>();

  private Factor line(
      List<Factor> sofar,
      String code,
      String label,
      double delta,
      String reason,
      String evidenceCode,
      List<String> quotes,
      List<String> related) {
    List<String> q = new ArrayList<>(quotes.size());
    for (String x : quotes) {
      q.add(shared.computeIfAbsent(x, k -> k));
    }
    return new Factor(
        sofar.size() + 1,
        code,
        label,
        delta,
        shared.computeIfAbsent(reason, k -> k),
        evidenceCode,
        q,
        related);
  }

  private static double sum(List<Factor> f) {
    double s = 0;
    for (Factor x : f) {
      s += x.delta();
    }
    return s;
  }
}
