package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;

/**
 * Writes the English of a grade: one reason per {@link Fact}, naming the first few of the claims it
 * rests on (the factor line links every one). The only place grading writes prose.
 */
final class Reasons {
  /** At most this many claims are named in a reason. */
  static final int LISTED = 3;

  private static final int QUOTE = 90;

  private final ClaimIndex ix;

  /**
   * One copy of each reason and quote: across an archive the same words recur (the same expert, the
   * same kind of source), and the grades of every claim are held at once.
   */
  private final Map<String, String> shared = new HashMap<>();

  Reasons(ClaimIndex ix) {
    this.ix = ix;
  }

  /**
   * At most this many of the claims a fact rests on are linked from its line, the strongest first
   * where the fact ranks them, and the reason says how many there are in all: across an archive a
   * claim can be disputed by thousands, and a line that listed every one would be rewritten, in
   * full, for every claim that joins them.
   */
  static final int LINKED = 20;

  /** Whether the claims {@code f} rests on come strongest first. */
  private static boolean ranked(Fact f) {
    return f instanceof Fact.Disputed || f instanceof Fact.Precaution || f instanceof Fact.Agreed;
  }

  /** The factor line for a fact, at position {@code step}. */
  Factor line(int step, Fact f) {
    if (f instanceof Fact.StoredLine k) {
      Factor l = k.line();
      return l.step() == step
          ? l
          : new Factor(
              step,
              l.code(),
              l.label(),
              l.delta(),
              l.reason(),
              l.evidenceCode(),
              l.quotes(),
              l.claims());
    }
    List<String> quotes = new ArrayList<>(f.quotes().size());
    for (String q : f.quotes()) {
      quotes.add(shared.computeIfAbsent(q, k -> k));
    }
    List<Integer> all = f.claims();
    List<String> claims = new ArrayList<>(Math.min(all.size(), LINKED));
    for (int x : all.subList(0, Math.min(all.size(), LINKED))) {
      claims.add(ix.claim(x).id());
    }
    String reason = reason(f);
    if (all.size() > LINKED) {
      reason +=
          " It rests on "
              + all.size()
              + " claims; the "
              + (ranked(f) ? LINKED + " strongest" : "first " + LINKED)
              + " are linked.";
    }
    String evidence = f instanceof Fact.Supported s ? s.level().evidenceCode() : null;
    return new Factor(
        step,
        f.code(),
        f.label(),
        f.delta(),
        shared.computeIfAbsent(reason, k -> k),
        evidence,
        quotes,
        claims);
  }

  String reason(Fact f) {
    if (f instanceof Fact.StoredLine k) {
      return k.line().reason();
    }
    if (f instanceof Fact.Supported s) {
      return support(s);
    }
    if (f instanceof Fact.CitationChecked c) {
      return c.outcome() == Fact.CitationOutcome.UNVERIFIED
          ? "The sentence cites \""
              + c.citation()
              + "\", but gives no identifier, and no document in the store answers to it: an"
              + " unverified citation earns nothing."
          : "The citation \""
              + c.citation()
              + "\" resolves to "
              + c.citedTitle()
              + ", which makes no compatible claim: the citation does not support it.";
    }
    if (f instanceof Fact.Worded w) {
      return wording(w);
    }
    if (f instanceof Fact.Commercial c) {
      return "The article has a commercial interest in what it recommends. " + c.reason();
    }
    if (f instanceof Fact.Agreed a) {
      List<Claim> shown = new ArrayList<>();
      a.shown().forEach(x -> shown.add(ix.claim(x)));
      String s =
          !a.counts()
              ? "No consensus."
              : a.sources()
                  + (a.sources() == 1
                      ? " independent source also makes"
                      : " independent sources also make")
                  + " this claim: "
                  + describe(shown, a.sources())
                  + ".";
      if (a.setAside() > 0) {
        s +=
            " "
                + a.setAside()
                + (a.setAside() == 1
                    ? " other source agrees but lends nothing"
                    : " other sources agree but lend nothing")
                + ": graded Very low before consensus.";
      }
      return s;
    }
    if (f instanceof Fact.Disputed d) {
      return disputed(d);
    }
    if (f instanceof Fact.Precaution p) {
      return "A qualified source's warning, disputed only by stronger evidence. Set aside: "
          + p.setAside().size()
          + (p.setAside().size() == 1 ? " claim" : " claims")
          + " of "
          + p.sources()
          + (p.sources() == 1 ? " source" : " sources")
          + " with weaker or equal evidence: "
          + opponents(p.setAside())
          + ".";
    }
    throw new IllegalArgumentException("no reason for " + f);
  }

  private String support(Fact.Supported s) {
    String standing = s.standing().isEmpty() ? "" : " (" + String.join("; ", s.standing()) + ")";
    return switch (s.basis()) {
      case IDENTIFIED_CITATION ->
          s.design() != null
              ? "Its sentence cites a source a reader can follow (\""
                  + s.citation()
                  + "\", "
                  + s.cited()
                  + ") of a named design (\""
                  + s.design()
                  + "\"): "
                  + s.level().label()
                  + "."
              : "Its sentence cites a source a reader can follow (\""
                  + s.citation()
                  + "\", "
                  + s.cited()
                  + ") but does not say what kind of study it is.";
      case VERIFIED_CITATION ->
          "Its citation (\""
              + s.citation()
              + "\") resolves to "
              + org.w3id.claimgraph.vocab.Ids.slugOf(s.cited())
              + " in the store, which makes a compatible claim"
              + (s.design() != null
                  ? "; the sentence names the design (\"" + s.design() + "\"): "
                  : ": ")
              + s.level().label()
              + ".";
      case QUALIFIED_PERSON ->
          "Attributed to " + s.person() + standing + ", with no study cited: expert opinion.";
      case NAMED_PERSON ->
          "Attributed to "
              + s.person()
              + ", in whom the text shows no qualification the policy recognises, and no study is"
              + " cited.";
      case UNNAMED_REPORTED ->
          "Reported as what others believe ("
              + s.person()
              + "), not asserted by anyone named or by the article: no source.";
      case SOURCE_KIND ->
          "The article's own assertion; as "
              + article(s.kindLabel())
              + " it counts as: "
              + s.level().label()
              + ".";
      case QUALIFIED_AUTHOR ->
          "The assertion of the article's author, "
              + s.person()
              + standing
              + ", with no study cited: expert opinion.";
      case QUOTED_EXPERT ->
          "The article's own assertion, saying what "
              + s.person()
              + standing
              + (s.claims().size() > 1
                  ? " and " + (s.claims().size() - 1) + " more of those it quotes say"
                  : ", whom it quotes, says")
              + ": expert opinion.";
      case NONE ->
          "No source: the article ("
              + article(s.kindLabel())
              + ") asserts it without citing anyone.";
    };
  }

  private static String wording(Fact.Worded w) {
    if (w.overstated()) {
      String how =
          w.cue() != null
              ? "It says \"" + w.cue() + "\""
              : "It is worded strongly (" + w.certainty().code() + " certainty)";
      return how + " but rests on " + w.support() + ": wording stronger than its support.";
    }
    return switch (w.certainty()) {
      case HEDGED -> "Hedged as written, so no stronger than its support.";
      case ASSERTED -> "Stated as fact, without hedging or emphasis.";
      case STRONG ->
          w.warning()
              ? "Worded strongly; a warning is not held to its support."
              : w.negated()
                  ? "Worded strongly, as a denial; not held to its support."
                  : "Worded strongly, in keeping with its support.";
    };
  }

  private String disputed(Fact.Disputed d) {
    StringBuilder reason = new StringBuilder();
    reason
        .append(d.within() ? "Its own article disputes it" : "Disputed")
        .append(" by ")
        .append(d.sources())
        .append(
            d.within()
                ? (d.sources() == 1 ? " claim" : " claims")
                : (d.sources() == 1 ? " independent source" : " independent sources"))
        .append(" with evidence at least as strong: ")
        .append(opponents(d.opponents()))
        .append('.');
    return reason.toString();
  }

  /**
   * The opposing claims by article, strongest first: "deep-tissue-massage-blood-clots (Art Riggs,
   * Ruth Warner; 5 claims, best 0 before disputes, high severity)", the first few articles named.
   */
  private String opponents(List<Fact.Opponent> opponents) {
    // The claims of one proposition and strength share their opponents' list (DisputeIndex): its
    // words are written once.
    return written.computeIfAbsent(opponents, this::describeOpponents);
  }

  private final Map<List<Fact.Opponent>, String> written = new java.util.IdentityHashMap<>();

  private String describeOpponents(List<Fact.Opponent> opponents) {
    Map<String, List<Fact.Opponent>> byArticle = new java.util.LinkedHashMap<>();
    for (Fact.Opponent o : opponents) {
      byArticle.computeIfAbsent(ix.claim(o.claim()).article(), k -> new ArrayList<>()).add(o);
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<Fact.Opponent>> e : byArticle.entrySet()) {
      if (parts.size() == LISTED) {
        break;
      }
      List<Fact.Opponent> os = e.getValue();
      java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
      int worst = 0;
      for (Fact.Opponent o : os) {
        names.add(ix.claim(o.claim()).attributedTo().name());
        worst = Math.max(worst, o.severity().rank());
      }
      Claim best = ix.claim(os.get(0).claim());
      parts.add(
          e.getKey()
              + " ("
              + String.join(", ", names)
              + "; "
              + (os.size() == 1 ? best.summary() : os.size() + " claims, such as " + best.summary())
              + ", "
              + Grade.signed(os.get(0).score())
              + " before disputes, "
              + org.w3id.claimgraph.model.Severity.ofRank(worst).code()
              + " severity)");
    }
    String s = String.join("; ", parts);
    int more = byArticle.size() - parts.size();
    return more > 0 ? s + "; and " + more + (more == 1 ? " more article" : " more articles") : s;
  }

  /** The first few sources, and how many more there are of {@code total}. */
  private static String describe(List<Claim> shown, int total) {
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

  static String article(String kindLabel) {
    String k = kindLabel.toLowerCase(Locale.ROOT);
    return (k.matches("^[aeiou].*") ? "an " : "a ") + k;
  }

  static String clip(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.codePointCount(0, t.length()) <= QUOTE
        ? t
        : t.substring(0, t.offsetByCodePoints(0, QUOTE - 1)).stripTrailing() + "…";
  }
}
