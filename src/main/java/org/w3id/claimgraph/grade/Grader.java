package org.w3id.claimgraph.grade;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.model.SourceProfile;

/**
 * Grades every claim of a {@link GradingInput} under a {@link Policy}. Deterministic: the same
 * graph and policy give the same grades, whatever order the claims come in.
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

  private final Policy policy;
  private final GradingInput input;
  private final Map<String, Claim> claims = new HashMap<>();
  private final Map<String, Set<String>> related = new HashMap<>();
  private final Map<String, List<Claim>> byRelation = new HashMap<>();

  /** The grades of all claims, and the source profile of every article. */
  public record Result(Map<String, Grade> grades, Map<String, SourceProfile> profiles) {}

  private Grader(GradingInput input, Policy policy) {
    this.input = input;
    this.policy = policy;
    for (Claim c : input.claims()) {
      claims.put(c.id(), c);
      byRelation
          .computeIfAbsent(agreementKey(c, c.intervention().iri()), k -> new ArrayList<>())
          .add(c);
    }
  }

  public static Result grade(GradingInput input, Policy policy) {
    return new Grader(input, policy).run();
  }

  private Result run() {
    Map<String, SourceProfile> profiles = new TreeMap<>();
    for (GradingInput.ArticleFacts a : input.articles().values()) {
      profiles.put(a.slug(), profile(a));
    }
    List<Claim> ordered = new ArrayList<>(input.claims());
    ordered.sort(Comparator.comparing(Claim::id));
    Map<String, List<Factor>> lines = new HashMap<>();
    Map<String, Double> provisional = new HashMap<>();
    for (Claim c : ordered) {
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
      consensus(c, f);
      lines.put(c.id(), f);
      provisional.put(c.id(), sum(f));
    }
    Map<String, List<Opponent>> opponents = opponents();
    Map<String, Grade> grades = new LinkedHashMap<>();
    for (Claim c : ordered) {
      List<Factor> f = lines.get(c.id());
      double before = provisional.get(c.id());
      List<Opponent> against = opponents.getOrDefault(c.id(), List.of());
      List<Opponent> contradicting = new ArrayList<>();
      List<Opponent> inconsistent = new ArrayList<>();
      for (Opponent o : against) {
        if (provisional.get(o.claim().id()) >= before) {
          (o.claim().article().equals(c.article()) ? inconsistent : contradicting).add(o);
        }
      }
      dispute(policy.contradiction(), contradicting, provisional, f, false);
      dispute(policy.inconsistency(), inconsistent, provisional, f, true);
      double score = sum(f);
      Policy.Band band = policy.band(score);
      String verdict = verdict(band, f, contradicting, provisional);
      grades.put(
          c.id(),
          new Grade(
              score,
              before,
              band.certainty().label(),
              band.sort().label(),
              band.cebm().label(),
              band.evidenceLevel().label(),
              verdict,
              f));
    }
    return new Result(grades, profiles);
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

  private void consensus(Claim c, List<Factor> f) {
    Policy.Factor consensus = policy.consensus();
    if (consensus == null) {
      return;
    }
    String own = sourceKey(c);
    Map<String, List<Claim>> bySource = new TreeMap<>();
    Set<String> agents = new TreeSet<>();
    for (String iv : related(c.intervention().iri())) {
      for (Claim o : byRelation.getOrDefault(agreementKey(c, iv), List.of())) {
        String key = sourceKey(o);
        if (key.equals(own)
            || o.attributedTo().iri().equals(c.attributedTo().iri())
            || !related(c.condition().iri()).contains(o.condition().iri())) {
          continue;
        }
        bySource.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
        agents.add(o.attributedTo().iri());
      }
    }
    int independent = 1 + Math.min(bySource.size(), agents.size());
    if (independent < consensus.minIndependentSources()) {
      return;
    }
    List<Claim> shown = new ArrayList<>();
    for (List<Claim> list : bySource.values()) {
      list.sort(
          Comparator.comparing(Claim::article)
              .thenComparingInt(x -> x.span().start())
              .thenComparing(Claim::id));
      shown.add(list.get(0));
    }
    StringBuilder reason = new StringBuilder();
    reason
        .append(independent - 1)
        .append(independent - 1 == 1 ? " independent source" : " independent sources")
        .append(" also ")
        .append(independent - 1 == 1 ? "makes" : "make")
        .append(" this claim: ");
    reason.append(describe(shown)).append('.');
    List<String> ids = new ArrayList<>();
    bySource.values().forEach(l -> l.forEach(o -> ids.add(o.id())));
    ids.sort(null);
    f.add(
        line(
            f,
            consensus.code(),
            consensus.label(),
            consensus.weight(),
            reason.toString(),
            null,
            List.of(),
            ids));
  }

  private String sourceKey(Claim c) {
    GradingInput.ArticleFacts a = input.articles().get(c.article());
    return a != null && a.publisher() != null
        ? "publisher " + a.publisher()
        : "article " + c.article();
  }

  private static String agreementKey(Claim c, String intervention) {
    return c.relation().code() + " " + c.negated() + " " + intervention;
  }

  /** The concept, everything broader and everything narrower. */
  private Set<String> related(String concept) {
    return related.computeIfAbsent(
        concept,
        k -> {
          Set<String> out = new HashSet<>();
          out.add(k);
          walk(k, input.broader(), out);
          walk(k, narrower(), out);
          return out;
        });
  }

  private Map<String, Set<String>> narrower;

  private Map<String, Set<String>> narrower() {
    if (narrower == null) {
      narrower = new HashMap<>();
      input
          .broader()
          .forEach(
              (c, bs) -> bs.forEach(b -> narrower.computeIfAbsent(b, k -> new TreeSet<>()).add(c)));
    }
    return narrower;
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

  // ------------------------------------------------------------ disputes

  /**
   * A claim in conflict with the one being graded.
   *
   * @param warningSide whether the claim being graded is on the rule's warning side (B)
   */
  private record Opponent(Claim claim, Severity severity, String rule, boolean warningSide) {}

  private Map<String, List<Opponent>> opponents() {
    Map<String, List<Opponent>> out = new HashMap<>();
    for (GradingInput.Dispute d : input.disputes()) {
      Claim a = claims.get(d.claimA());
      Claim b = claims.get(d.claimB());
      if (a == null || b == null) {
        continue;
      }
      out.computeIfAbsent(a.id(), k -> new ArrayList<>())
          .add(new Opponent(b, d.severity(), d.ruleLabel(), false));
      out.computeIfAbsent(b.id(), k -> new ArrayList<>())
          .add(new Opponent(a, d.severity(), d.ruleLabel(), true));
    }
    return out;
  }

  private void dispute(
      Policy.Factor factor,
      List<Opponent> opponents,
      Map<String, Double> provisional,
      List<Factor> f,
      boolean within) {
    if (factor == null) {
      return;
    }
    List<Opponent> counted = new ArrayList<>();
    for (Opponent o : opponents) {
      if (factor.counts(o.severity(), o.warningSide())) {
        counted.add(o);
      }
    }
    if (counted.isEmpty()) {
      return;
    }
    // Strongest opponents first, then the most severe, then in text order.
    counted.sort(
        Comparator.comparingDouble((Opponent o) -> -provisional.get(o.claim().id()))
            .thenComparingInt(o -> -o.severity().rank())
            .thenComparing(o -> o.claim().article())
            .thenComparingInt(o -> o.claim().span().start())
            .thenComparing(o -> o.claim().id()));
    Map<String, Opponent> unique = new LinkedHashMap<>();
    counted.forEach(o -> unique.putIfAbsent(o.claim().id(), o));
    List<Opponent> list = new ArrayList<>(unique.values());
    StringBuilder reason = new StringBuilder();
    reason
        .append(within ? "Its own article disputes it" : "Disputed")
        .append(" by ")
        .append(list.size())
        .append(list.size() == 1 ? " claim" : " claims")
        .append(" of equal or higher grade: ");
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(LISTED, list.size()); i++) {
      Opponent o = list.get(i);
      parts.add(
          who(o.claim())
              + ", "
              + o.claim().summary()
              + " ("
              + o.severity().code()
              + " severity; "
              + Grade.signed(provisional.get(o.claim().id()))
              + " before disputes)");
    }
    reason.append(String.join("; ", parts));
    if (list.size() > LISTED) {
      reason.append("; and ").append(list.size() - LISTED).append(" more");
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
            list.stream().map(o -> o.claim().id()).toList()));
  }

  private String verdict(
      Policy.Band band,
      List<Factor> f,
      List<Opponent> contradicting,
      Map<String, Double> provisional) {
    for (Policy.VerdictRule rule : policy.verdictRules()) {
      if (f.stream().noneMatch(x -> x.code().equals(rule.factor()))) {
        continue;
      }
      if (rule.opposingMinScore() != null) {
        boolean strongOpponent = false;
        for (Opponent o : contradicting) {
          boolean severe =
              rule.minSeverity() == null || o.severity().rank() >= rule.minSeverity().rank();
          strongOpponent |= severe && provisional.get(o.claim().id()) >= rule.opposingMinScore();
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

  private String describe(List<Claim> shown) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(LISTED, shown.size()); i++) {
      parts.add(who(shown.get(i)));
    }
    String s = String.join("; ", parts);
    return shown.size() > LISTED ? s + "; and " + (shown.size() - LISTED) + " more" : s;
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

  private static Factor line(
      List<Factor> sofar,
      String code,
      String label,
      double delta,
      String reason,
      String evidenceCode,
      List<String> quotes,
      List<String> related) {
    return new Factor(sofar.size() + 1, code, label, delta, reason, evidenceCode, quotes, related);
  }

  private static double sum(List<Factor> f) {
    double s = 0;
    for (Factor x : f) {
      s += x.delta();
    }
    return s;
  }
}
