package org.w3id.claimgraph.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.SourceProfile;

/**
 * Suggested actions for an editor, written from the findings: a claim that other sources give as a
 * contraindication, as needing a doctor's clearance or as a cause; a claim the article itself
 * contradicts; wording stronger than its support; a commercial interest; claims that rest on no
 * source. Most serious first.
 */
public final class EditorActions {
  private static final Pattern LIST = Pattern.compile("(?i)\\binclud(e|es|ing)\\b|:\\s*$");
  private static final int QUOTE = 80;

  private EditorActions() {}

  public static List<Audit.Action> of(
      List<Claim> claims, List<Conflict> conflicts, SourceProfile profile, String slug) {
    Numbering n = new Numbering(claims);
    List<Audit.Action> out = new ArrayList<>();
    // Claims of this article that other sources warn against, by the kind of warning; claims
    // that say the same thing (a sentence and a list item) make one action.
    for (Relation warning :
        List.of(Relation.CONTRAINDICATED_FOR, Relation.CAUTION_WITH, Relation.CAUSES)) {
      Map<String, Warned> bySaying = new LinkedHashMap<>();
      for (Claim c : claims) {
        for (Conflict x : conflicts) {
          if (x.a().id().equals(c.id())
              && !x.b().article().equals(slug)
              && x.b().relation() == warning
              && !x.b().negated()) {
            Warned w = bySaying.computeIfAbsent(sentence(c), k -> new Warned(c));
            w.sources.add(source(x.b()));
            w.articles.add(x.b().article());
            w.others.add(x.b().intervention().label());
            w.harms.add(x.b().condition().label());
            w.numbers.add(n.of(c));
            if (LIST.matcher(c.span().quote().strip()).find()) {
              w.listed = c;
            }
          }
        }
      }
      for (Warned w : bySaying.values()) {
        out.add(
            new Audit.Action(
                warning.code(),
                warned(w.listed != null ? w.listed : w.first, warning, w),
                new ArrayList<>(w.numbers)));
      }
    }
    // The article against itself: one action per pair of things it says.
    Map<String, List<Conflict>> pairs = new LinkedHashMap<>();
    for (Conflict x : conflicts) {
      if (x.withinArticle() && x.a().article().equals(slug)) {
        pairs
            .computeIfAbsent(sentence(x.a()) + "|" + sentence(x.b()), k -> new ArrayList<>())
            .add(x);
      }
    }
    for (List<Conflict> same : pairs.values()) {
      Conflict x = same.get(0);
      Set<Integer> as = new LinkedHashSet<>();
      Set<Integer> bs = new LinkedHashSet<>();
      for (Conflict y : same) {
        as.add(n.of(y.a()));
        bs.add(n.of(y.b()));
      }
      List<Integer> all = new ArrayList<>(as);
      all.addAll(bs);
      out.add(
          new Audit.Action(
              "inconsistent",
              "The article contradicts itself: "
                  + (as.size() == 1 ? "claim " : "claims ")
                  + list(new ArrayList<>(as))
                  + " "
                  + (as.size() == 1 ? "says " : "say ")
                  + sentence(x.a())
                  + ", "
                  + (bs.size() == 1 ? "claim " : "claims ")
                  + list(new ArrayList<>(bs))
                  + " that "
                  + sentence(x.b())
                  + " ("
                  + x.ruleLabel()
                  + "). Make them agree.",
              all));
    }
    for (Claim c : claims) {
      Factor f = factor(c, "overstatement");
      if (f != null) {
        String cue = f.quotes().isEmpty() ? c.certainty().code() + " wording" : f.quotes().get(0);
        out.add(
            new Audit.Action(
                "overstatement",
                "Claim "
                    + n.of(c)
                    + " ("
                    + sentence(c)
                    + ") says \""
                    + cut(cue)
                    + "\" with nothing to show for it: cite the study, or soften the wording.",
                List.of(n.of(c))));
      }
    }
    if (profile != null && profile.commercial()) {
      List<Integer> promoted = new ArrayList<>();
      for (Claim c : claims) {
        if (factor(c, "conflict-of-interest") != null) {
          promoted.add(n.of(c));
        }
      }
      if (!promoted.isEmpty()) {
        out.add(
            new Audit.Action(
                "interest",
                "The article recommends what it sells"
                    + (profile.commercialEvidence() == null
                        ? ""
                        : " (\"" + cut(profile.commercialEvidence()) + "\")")
                    + ": disclose the interest next to claims "
                    + list(promoted)
                    + ".",
                promoted));
      }
    }
    List<Integer> bare = new ArrayList<>();
    for (Claim c : claims) {
      if (c.grade() != null
          && factor(c, "unsupported") != null
          && isFavourable(c.relation())
          && !c.negated()) {
        bare.add(n.of(c));
      }
    }
    if (!bare.isEmpty()) {
      out.add(
          new Audit.Action(
              "unsupported",
              bare.size()
                  + (bare.size() == 1 ? " claim of benefit rests" : " claims of benefit rest")
                  + " on no source (claim "
                  + list(bare)
                  + "): cite a study or a guideline for each, or present them as opinion.",
              bare));
    }
    return out;
  }

  private static final class Warned {
    final Claim first;
    Claim listed;
    final Set<String> sources = new LinkedHashSet<>();
    final Set<String> articles = new LinkedHashSet<>();
    final Set<String> harms = new LinkedHashSet<>();
    final Set<String> others = new LinkedHashSet<>();
    final Set<Integer> numbers = new LinkedHashSet<>();

    Warned(Claim first) {
      this.first = first;
    }
  }

  /** Who a claim is attributed to, as a reader would say it: "the unnamed author of …". */
  private static String source(Claim c) {
    String name = c.attributedTo().name();
    return name.startsWith("unnamed author of ") ? "the " + name : name;
  }

  /**
   * The action for a claim others warn against, in their words: what they say it can cause is the
   * harm they name (dislodging a clot is an embolism, not the thrombosis the claim is about), and
   * the count is of sources as {@code claimgraph conflicts} counts them, with the people named.
   */
  private static String warned(Claim c, Relation warning, Warned w) {
    Set<String> sources = w.sources;
    Set<String> others = w.others;
    int n = w.articles.size();
    String people =
        sources.size() > n
            ? sources.size() + " people in " + n + (n == 1 ? " source" : " sources")
            : null;
    String subject =
        LIST.matcher(c.span().quote().strip()).find()
            ? "The list of conditions "
                + c.intervention().label()
                + " "
                + verb(c.relation(), c.negated())
                + " includes "
                + c.condition().label()
            : "The article says " + sentence(c);
    String by;
    String forWhat = "";
    if (warning == Relation.CAUSES) {
      by =
          (people != null ? people + " say " : n + (n == 1 ? " source says " : " sources say "))
              + String.join(" or ", others)
              + " can cause "
              + String.join(" or ", w.harms);
    } else {
      by =
          (people != null ? people + " give" : n + (n == 1 ? " source gives" : " sources give"))
              + (warning == Relation.CONTRAINDICATED_FOR
                  ? " as a contraindication"
                  : " as needing a doctor's clearance first");
      if (others.size() == 1 && !others.contains(c.intervention().label())) {
        forWhat = " for " + others.iterator().next();
      }
    }
    String fix =
        switch (warning) {
          case CONTRAINDICATED_FOR -> "Remove the claim, or replace it with the warning.";
          case CAUTION_WITH -> "Say next to it that a doctor should be asked first.";
          default -> "Mention the risk next to it.";
        };
    return subject + ", which " + by + forWhat + " (" + names(sources) + "). " + fix;
  }

  /** "vascular massage improves deep vein thrombosis". */
  static String sentence(Claim c) {
    return c.intervention().label()
        + " "
        + verb(c.relation(), c.negated())
        + " "
        + c.condition().label();
  }

  private static String verb(Relation r, boolean negated) {
    return switch (r) {
      case TREATS -> negated ? "does not treat" : "treats";
      case BENEFITS -> negated ? "does not improve" : "improves";
      case PREVENTS -> negated ? "does not prevent" : "prevents";
      case CAUSES -> negated ? "does not cause" : "causes";
      case CONTRAINDICATED_FOR ->
          negated ? "is not contraindicated with" : "is contraindicated with";
      case CAUTION_WITH ->
          negated ? "needs no doctor's clearance with" : "needs a doctor's clearance with";
      case SAFE_FOR -> negated ? "is not safe with" : "is safe with";
    };
  }

  static boolean isFavourable(Relation r) {
    return r == Relation.TREATS
        || r == Relation.BENEFITS
        || r == Relation.PREVENTS
        || r == Relation.SAFE_FOR;
  }

  private static Factor factor(Claim c, String code) {
    if (c.grade() == null) {
      return null;
    }
    return c.grade().factors().stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
  }

  /** "A", "A and B", "A, B and C". */
  static String names(Set<String> names) {
    List<String> l = new ArrayList<>(names);
    if (l.size() == 1) {
      return l.get(0);
    }
    return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
  }

  private static final int LISTED = 12;

  /** "1, 2 and 3"; past a dozen, "1, 2, … 12 and 35 more". */
  private static String list(List<Integer> numbers) {
    List<String> s = new ArrayList<>();
    new LinkedHashSet<>(numbers).forEach(i -> s.add(Integer.toString(i)));
    if (s.size() > LISTED) {
      return String.join(", ", s.subList(0, LISTED)) + " and " + (s.size() - LISTED) + " more";
    }
    return names(new LinkedHashSet<>(s));
  }

  private static String cut(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() <= QUOTE ? t : t.substring(0, QUOTE - 1).stripTrailing() + "…";
  }

  private static final class Numbering {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    Numbering(List<Claim> claims) {
      for (Claim c : claims) {
        numbers.put(c.id(), numbers.size() + 1);
      }
    }

    int of(Claim c) {
      return numbers.getOrDefault(c.id(), 0);
    }
  }
}
