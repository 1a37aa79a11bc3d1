package org.w3id.claimgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Vocabulary;

/**
 * The ways health articles word a claim, for generating realistic synthetic text: templates per
 * relation, hedged and emphatic variants, negations and attributions, filled with the vocabulary's
 * own labels (preferred and alternative) so the text reads like the corpus.
 */
public final class Phrasebook {
  private static final String[][] TEMPLATES = {
    // TREATS
    {
      "{I} treats {C}.",
      "{I} is an effective treatment for {C}.",
      "{I} can cure {C}.",
      "{I} is used to treat {C}."
    },
    // BENEFITS
    {
      "{I} can help relieve {C}.",
      "Many people find that {I} eases {C}.",
      "{I} reduces {C}.",
      "{I} improves {C}.",
      "Regular {I} helps with {C}."
    },
    // PREVENTS
    {"{I} helps prevent {C}.", "Regular {I} lowers the risk of {C}.", "{I} protects against {C}."},
    // CAUSES
    {
      "{I} can cause {C}.",
      "{I} can lead to {C}.",
      "{I} increases the risk of {C}.",
      "{I} can trigger {C}."
    },
    // CONTRAINDICATED_FOR
    {
      "{I} is contraindicated if you have {C}.", "Avoid {I} if you have {C}.",
      "{I} is not recommended for people with {C}.", "Do not have {I} if you have {C}."
    },
    // CAUTION_WITH
    {
      "If you have {C}, consult your doctor before {I}.",
      "Talk to your doctor before trying {I} if you have {C}.",
      "Tell your therapist about {C} before {I}."
    },
    // SAFE_FOR
    {"{I} is safe for people with {C}.", "{I} is generally safe even if you have {C}."}
  };

  private static final String[] HEDGES = {
    "may", "might", "could", "Some studies suggest that", "It is possible that", "shows promise:"
  };
  private static final String[] STRONG = {
    "Clinically proven:", "Absolutely:", "It is well established that"
  };
  private static final String[] NAMES = {
    "Dr. Maria Lopez", "Dr. James Okafor", "Anna Schmidt, RN", "Prof. Li Wei", "Dr. Sarah Cohen",
    "Tom Becker, LMT", "Dr. Priya Nair", "Dr. Ahmed Haddad", "Grace Miller, PT", "Dr. Ken Sato"
  };

  /** Sentences that make no health claim, as articles have between their claims. */
  private static final String[] FILLER = {
    "Circulation matters for everyone.",
    "Every body is different.",
    "Results vary from person to person.",
    "Read on to learn more.",
    "Your therapist will assess your needs first.",
    "Drink plenty of water after a session.",
    "Sessions usually last between thirty and ninety minutes.",
    "Wear loose, comfortable clothing.",
    "Many people book a session at the end of a long week at work.",
    "The first appointment usually starts with a short conversation about your history.",
    "Prices vary between clinics, so it is worth asking before you book.",
    "Some therapists work from a clinic, others visit clients at home.",
    "You can ask for more or less pressure at any time during the session.",
    "It is normal to feel a little tired afterwards.",
    "Most people lie on a padded table, covered with a sheet or towel.",
    "Let your therapist know if the room is too warm or too cold.",
    "A warm shower afterwards helps some people relax.",
    "There are many styles to choose from, and each has its own techniques.",
    "In this article we look at what the research says and what it does not.",
    "We asked readers to share their experiences, and many wrote back.",
    "Our guide covers the basics, the benefits and the precautions.",
    "Ask about the therapist's training and experience before the first visit.",
    "Booking a regular time each month makes it easier to keep the habit.",
    "Some insurance plans cover part of the cost when a doctor refers you.",
    "Bring a list of the medicines you take to your first appointment.",
    "A quiet room, soft light and calm music are part of the experience.",
    "Stretching gently at home between sessions can feel good.",
    "The techniques have changed a great deal over the last twenty years.",
    "Everyone responds in their own way, so give it a few sessions.",
    "If something feels wrong during the session, say so straight away.",
    "Give yourself a few minutes to get up slowly when the session ends.",
    "The therapist may use oil or lotion to reduce friction on the skin.",
    "A session can be as short as fifteen minutes for one area of the body.",
    "Write down any questions you have so you remember to ask them.",
    "Take a few deep breaths and try to let your shoulders drop.",
    "Many people say the hardest part is making time for it.",
    "This page is updated regularly as new information becomes available.",
    "Thanks for reading, and feel free to leave a comment below.",
    "Keep a simple diary of how you feel before and after each visit.",
    "Comfortable shoes make the walk home more pleasant after a long session."
  };

  private final List<Concept> interventions = new ArrayList<>();
  private final List<Concept> conditions = new ArrayList<>();

  public Phrasebook(Vocabulary vocabulary) {
    for (Concept c : vocabulary.concepts()) {
      if (c.kinds().contains(Concept.Kind.INTERVENTION)) {
        interventions.add(c);
      }
      if (c.kinds().contains(Concept.Kind.CONDITION)) {
        conditions.add(c);
      }
    }
  }

  /** A claim to be written: what it says and how. */
  public record Spec(
      Concept intervention,
      Relation relation,
      Concept condition,
      Certainty certainty,
      boolean negated,
      String attributedTo) {}

  /** A random claim spec: common relations more often, hedging and attribution now and then. */
  public Spec randomSpec(Random random) {
    Relation[] weighted = {
      Relation.BENEFITS,
      Relation.BENEFITS,
      Relation.BENEFITS,
      Relation.TREATS,
      Relation.CAUSES,
      Relation.CONTRAINDICATED_FOR,
      Relation.CAUTION_WITH,
      Relation.PREVENTS,
      Relation.SAFE_FOR
    };
    Relation r = weighted[random.nextInt(weighted.length)];
    int roll = random.nextInt(10);
    Certainty certainty =
        roll < 3 ? Certainty.HEDGED : roll == 3 ? Certainty.STRONG : Certainty.ASSERTED;
    boolean negated = random.nextInt(25) == 0;
    String by = random.nextInt(5) == 0 ? NAMES[random.nextInt(NAMES.length)] : null;
    return new Spec(
        pick(interventions, random), r, pick(conditions, random), certainty, negated, by);
  }

  /** One sentence stating {@code spec}, in words an article would use. */
  public String sentence(Spec spec, Random random) {
    String[] forms = TEMPLATES[spec.relation().ordinal()];
    String s =
        forms[random.nextInt(forms.length)]
            .replace("{I}", label(spec.intervention(), random))
            .replace("{C}", label(spec.condition(), random));
    if (spec.negated()) {
      s = negate(s);
    }
    if (spec.certainty() == Certainty.HEDGED) {
      s = hedge(s, random);
    } else if (spec.certainty() == Certainty.STRONG) {
      s = STRONG[random.nextInt(STRONG.length)] + " " + lowerFirst(s);
    }
    if (spec.attributedTo() != null) {
      s =
          random.nextBoolean()
              ? "According to " + spec.attributedTo() + ", " + lowerFirst(s)
              : spec.attributedTo() + " says that " + lowerFirst(s);
    }
    return upperFirst(s);
  }

  /** A sentence that makes no health claim. */
  public String filler(Random random) {
    return FILLER[random.nextInt(FILLER.length)];
  }

  /** The preferred label or, as often as the articles do, one of the alternatives. */
  public static String label(Concept c, Random random) {
    if (c.altLabels().isEmpty() || random.nextInt(3) == 0) {
      return c.prefLabel();
    }
    return c.altLabels().get(random.nextInt(c.altLabels().size()));
  }

  public List<Concept> interventions() {
    return interventions;
  }

  public List<Concept> conditions() {
    return conditions;
  }

  private static String hedge(String s, Random random) {
    String h = HEDGES[random.nextInt(HEDGES.length)];
    if (Character.isUpperCase(h.charAt(0))) {
      return h + " " + lowerFirst(s);
    }
    if (h.equals("shows promise:")) {
      return s.replace(".", "") + ", and it shows promise.";
    }
    for (String verb :
        new String[] {
          " can ", " is ", " helps ", " reduces ", " improves ", " treats ", " lowers "
        }) {
      int at = s.indexOf(verb);
      if (at > 0) {
        String v = verb.strip();
        String base =
            switch (v) {
              case "can" -> "";
              case "is" -> "be";
              default -> v.substring(0, v.length() - 1);
            };
        return s.substring(0, at)
            + " "
            + h
            + (base.isEmpty() ? "" : " " + base)
            + " "
            + s.substring(at + verb.length());
      }
    }
    return "It " + h + " be that " + lowerFirst(s);
  }

  private static String negate(String s) {
    if (s.contains(" can ")) {
      return s.replaceFirst(" can ", " cannot ");
    }
    if (s.contains(" is ")) {
      return s.replaceFirst(" is ", " is not ");
    }
    return "It is not true that " + lowerFirst(s);
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  static String upperFirst(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
