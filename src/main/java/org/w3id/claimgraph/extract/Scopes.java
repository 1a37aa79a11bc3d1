package org.w3id.claimgraph.extract;

import java.util.List;
import java.util.Set;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Concept;

/**
 * Scopes within one sentence, in the manner of NegEx and ConText: where a cue's clause starts and
 * ends, how far a forward relation cue reaches, whether a negation or hedge governs a cue, whether
 * a condition clause states a circumstance, and whether a word could be a cue's subject.
 */
final class Scopes {
  static final Set<String> PRONOUN_SUBJECTS =
      Set.of("it", "this", "they", "these", "that", "those", "which", "we");
  static final int HEDGE_REACH = 8;

  /** Verbs that make a condition named in a "once" clause a stage of it. */
  private static final Set<String> STAGES =
      Set.of("treat", "stabilize", "stabilise", "resolve", "heal", "dissolve", "clear", "diagnose");

  static final int NEGATION_REACH = 6;

  private Scopes() {}

  static boolean inMention(Annotated s, int token) {
    for (Mention m : s.mentions()) {
      if (m.from() <= token && token < m.to()) {
        return true;
      }
    }
    return false;
  }

  static boolean inCue(List<Cue> cues, int token) {
    for (Cue c : cues) {
      if (c.from() <= token && token < c.to()) {
        return true;
      }
    }
    return false;
  }

  static boolean inParentheses(Annotated s, Mention m) {
    int depth = 0;
    for (int i = 0; i < m.from(); i++) {
      String t = s.tokens().get(i).lower();
      if (t.equals("(")) {
        depth++;
      } else if (t.equals(")")) {
        depth = Math.max(0, depth - 1);
      }
    }
    return depth > 0;
  }

  /**
   * Where the clause goes on after a fronted means that names no intervention ("By cleansing the
   * lymph nodes, your body becomes more resilient"): the means is how the intervention spoken of
   * works, so its nouns are no subject.
   */
  /** Verbs of saying or finding that take a clause without "that": "athletes say it helps". */
  private static final Set<String> SAYING =
      Set.of("say", "find", "feel", "believe", "think", "report", "claim", "agree", "notice");

  /** The objects after which "that" opens what is said or noticed: "tell us that…". */
  private static final Set<String> OBJECT_PRONOUNS =
      Set.of("us", "me", "you", "them", "him", "her");

  /**
   * "Many clients tell us that the sessions help them sleep", "people notice that their headaches
   * go away": "that" right after a verb, or after a verb and its object pronoun, opens a clause of
   * its own; the cue's subject is sought there, not among the words before it.
   */
  private static int afterComplementizer(Annotated s, int clauseStart, int cue) {
    List<Token> t = s.tokens();
    for (int i = cue - 1; i > clauseStart; i--) {
      if (Set.of("it", "they").contains(t.get(i).lower())
          && t.get(i - 1).tag().equals("VERB")
          && SAYING.contains(t.get(i - 1).lemma())) {
        return i; // "Many athletes say it helps…": the clause said, without its "that"
      }
      if (!t.get(i).lower().equals("that")) {
        continue;
      }
      Token before = t.get(i - 1);
      boolean verb = before.tag().equals("VERB");
      boolean object =
          OBJECT_PRONOUNS.contains(before.lower()) && i >= 2 && t.get(i - 2).tag().equals("VERB");
      return verb || object ? i + 1 : clauseStart;
    }
    return clauseStart;
  }

  private static int afterFrontedMeans(Annotated s, int clauseStart, int cue) {
    List<Token> t = s.tokens();
    if (clauseStart + 1 >= cue
        || !t.get(clauseStart).lower().equals("by")
        || !t.get(clauseStart + 1).lower().endsWith("ing")) {
      return clauseStart;
    }
    for (int i = clauseStart + 2; i < cue; i++) {
      for (Mention m : s.mentions()) {
        if (m.from() <= i && i < m.to() && isIntervention(m)) {
          return clauseStart;
        }
      }
      if (t.get(i).lower().equals(",")) {
        return i + 1;
      }
    }
    return clauseStart;
  }

  static boolean isIntervention(Mention m) {
    return m.is(Concept.Kind.INTERVENTION) && !m.is(Concept.Kind.CONDITION);
  }

  /**
   * Nouns that weigh what follows rather than name a subject: "the possibility of…". A harm given
   * through one is a risk, and hedged.
   */
  static final Set<String> FRAMING_NOUNS =
      Set.of("possibility", "likelihood", "chance", "danger", "concern", "risk", "threat");

  /**
   * "There is a possibility of dislodging a clot", "of greater concern is the risk of bruising": a
   * harm weighed by a framing noun, with nothing named before it in its clause, is a harm of what
   * the article is about.
   */
  static boolean framedHarm(Annotated s, Cue cue, int clauseStart) {
    List<Token> t = s.tokens();
    // The framing noun: the cue's own first word ("risk of"), or the noun before "of" ("the
    // possibility of dislodging").
    int noun = cue.from();
    if (!FRAMING_NOUNS.contains(t.get(noun).lemma())) {
      noun = cue.from() - 2;
      if (noun < 0
          || !t.get(cue.from() - 1).lower().equals("of")
          || !FRAMING_NOUNS.contains(t.get(noun).lemma())) {
        return false;
      }
    }
    // Weighed right after a copula ("there is a risk of", "the concern is the possibility of"),
    // not owned by anyone ("their risk of") nor the subject of a verb of its own ("the risk of
    // developing clots increases during pregnancy").
    if (noun < clauseStart + 2
        || !t.get(noun - 1).tag().equals("DET")
        || !t.get(noun - 2).lemma().equals("be")) {
      return false;
    }
    for (Mention m : s.mentions()) {
      if (m.from() >= clauseStart && m.from() < cue.from()) {
        return false; // "pregnancy is a risk of clots": pregnancy's harm, not the topic's
      }
    }
    return true;
  }

  /**
   * A cue without a named subject may take the context's intervention only when nothing else in its
   * clause could be the subject: before it are only pronouns ("It reduces pain") and words that are
   * not nouns ("Do inform your therapist…").
   */
  static boolean mayFallBack(Annotated s, Cue cue, int clauseStart) {
    List<Cue> qualifiers = s.qualifiers();
    clauseStart = afterComplementizer(s, afterFrontedMeans(s, clauseStart, cue.from()), cue.from());
    for (int i = cue.from() - 1; i >= clauseStart; i--) {
      Token t = s.tokens().get(i);
      if (t.tag().equals("AUX") || t.tag().equals("ADV") || t.tag().equals("PART")) {
        continue; // "it can also", "it does not"
      }
      if (relative(s, i)) {
        return false; // "the areas that are most prone to swelling": the noun is the subject
      }
      if (t.tag().equals("PRON") && PRONOUN_SUBJECTS.contains(t.lower())) {
        // "Many clients find it relieves anxiety"; but in "the uterus grows to the point where it
        // presses on the veins", "it" is the uterus.
        return !(t.lower().equals("it") && singularNounBefore(s, i));
      }
      break;
    }
    if (anaphor(s, clauseStart, cue.from())) {
      return true; // "this therapy helps you feel lighter"
    }
    if (purpose(s, clauseStart, cue.from())) {
      return true; // "Our ultimate goal is to help clients with symptom relief"
    }
    for (int i = clauseStart; i < cue.from(); i++) {
      Token t = s.tokens().get(i);
      if (t.tag().equals("PRON") && PRONOUN_SUBJECTS.contains(t.lower())) {
        return true; // "It is also a successful way to help a person battle depression"
      }
      if (!t.isPunctuation() && !t.tag().equals("ADV") && !t.tag().equals("CCONJ")) {
        break;
      }
    }
    for (int i = clauseStart; i < cue.from(); i++) {
      if (inCue(qualifiers, i)) {
        continue;
      }
      Token t = s.tokens().get(i);
      boolean noun =
          t.tag().equals("NOUN")
              || t.tag().equals("PROPN")
              || (t.tag().equals("PRON")
                  && !PRONOUN_SUBJECTS.contains(t.lower())
                  && !t.lower().equals("you")
                  && !t.lower().equals("your"));
      // "Your body becomes more resilient": the reader's body, where the effect shows, is no
      // subject of its own.
      boolean readers = i > 0 && s.tokens().get(i - 1).lower().equals("your");
      if (noun && !inMention(s, i) && !readers) {
        return false;
      }
    }
    return true;
  }

  /** Nouns that say what a treatment is for: "the goal is to relieve pain". */
  private static final Set<String> PURPOSE_NOUNS =
      Set.of("goal", "aim", "purpose", "objective", "intention", "idea");

  /**
   * Words that must stand before a purpose noun: the practitioner's own ("our ultimate goal"). "The
   * purpose is to prevent bleeding" may be a blood clot's.
   */
  private static final Set<String> PURPOSE_DETERMINERS = Set.of("our", "my");

  /**
   * Whether {@code [from, to)} is only "our (main) goal is to" and the like: the practitioner's
   * purpose, with no subject of its own, which is the intervention's the text speaks of.
   */
  static boolean purpose(Annotated s, int from, int to) {
    int i = from;
    List<Token> t = s.tokens();
    while (i < to && (t.get(i).isPunctuation() || t.get(i).tag().equals("ADV"))) {
      i++;
    }
    if (i >= to || !PURPOSE_DETERMINERS.contains(t.get(i).lower())) {
      return false;
    }
    i++;
    while (i < to && t.get(i).tag().equals("ADJ")) {
      i++;
    }
    if (i >= to || !PURPOSE_NOUNS.contains(t.get(i).lemma())) {
      return false;
    }
    i++;
    if (i >= to || !t.get(i).lemma().equals("be")) {
      return false;
    }
    i++;
    if (i >= to || !t.get(i).lower().equals("to")) {
      return false;
    }
    i++;
    while (i < to && t.get(i).tag().equals("ADV")) {
      i++;
    }
    return i == to;
  }

  /** Nouns that, after "this", "the" or "these", refer back to the intervention spoken of. */
  static final Set<String> ANAPHORIC_NOUNS =
      Set.of(
          "therapy",
          "technique",
          "approach",
          "treatment",
          "method",
          "modality",
          "practice",
          "procedure",
          "action",
          "session",
          "service",
          "intervention",
          "work",
          "type",
          "form",
          "kind",
          "style");

  /** Anaphoric nouns that stand for a medication, not for the therapy spoken of. */
  static final Set<String> MEDICATION_NOUNS = Set.of("medication", "drug", "medicine");

  /** "These medications", "this drug": an anaphor for a medication in [from, to). */
  static boolean medicationAnaphor(Annotated s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      String det = s.tokens().get(i).lower();
      if ((det.equals("this") || det.equals("these") || det.equals("the"))
          && MEDICATION_NOUNS.contains(s.tokens().get(i + 1).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "This therapy", "the technique", "these actions", "this type of massage": a definite noun
   * phrase before the cue, with no other noun, that refers to the intervention the discourse is
   * about.
   */
  static boolean anaphor(Annotated s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      String det = s.tokens().get(i).lower();
      // "Regular sessions may reduce…", "each session": the therapy spoken of, by its sessions.
      boolean opening =
          i == from
              && (s.tokens().get(i).tag().equals("ADJ") || Set.of("each", "every").contains(det))
              && Set.of("session", "treatment").contains(s.tokens().get(i + 1).lemma());
      if (opening
          || det.equals("this")
          || det.equals("these")
          || det.equals("the")
          || det.equals("that")) {
        // "this technique", and with a word describing it, "this ancient practice".
        int n =
            opening
                ? i + 1
                : i + 2 < to && s.tokens().get(i + 1).tag().equals("ADJ") ? i + 2 : i + 1;
        Token noun = s.tokens().get(n);
        if (ANAPHORIC_NOUNS.contains(noun.lemma())
            || ANAPHORIC_NOUNS.contains(noun.lower())
            || MEDICATION_NOUNS.contains(noun.lemma())) {
          for (int j = from; j < to; j++) {
            Token t = s.tokens().get(j);
            boolean other =
                (t.tag().equals("NOUN") || t.tag().equals("PROPN"))
                    && j != n
                    && !inMention(s, j)
                    && !(j > i + 1 && s.tokens().get(j - 1).lower().equals("of"));
            if (other && j < i) {
              return false;
            }
          }
          return true;
        }
      }
    }
    return false;
  }

  /** A "that", "which" or "who" right after a noun opens a relative clause about that noun. */
  static boolean relative(Annotated s, int i) {
    String w = s.tokens().get(i).lower();
    if (!(w.equals("that") || w.equals("which") || w.equals("who")) || i == 0) {
      return false;
    }
    int b = i - 1;
    if (s.tokens().get(b).lower().equals(",") && b > 0 && !w.equals("that")) {
      b--; // "the blood vessels and capillaries, which can cause…"
    }
    Token before = s.tokens().get(b);
    if (!(before.tag().equals("NOUN") || before.tag().equals("PROPN"))) {
      return false;
    }
    if (i + 1 < s.tokens().size() && PRONOUN_SUBJECTS.contains(s.tokens().get(i + 1).lower())) {
      // "no evidence that it cures cancer", "the pain that it relieves": the clause has a subject
      // of its own.
      return false;
    }
    for (Mention m : s.mentions()) {
      if (m.from() <= b && b < m.to()) {
        if (b < i - 1) {
          // "increases blood flow and lymphatic drainage, which can help reduce swelling": after a
          // comma, "which" may stand for the whole clause before it.
          return false;
        }
        // "massage that relieves pain": the intervention is the subject; "scar tissue that may
        // be causing pain": a condition is, and it is not the intervention's claim.
        return !(m.is(Concept.Kind.INTERVENTION) || m.is(Concept.Kind.EXPOSURE));
      }
    }
    return !ANAPHORIC_NOUNS.contains(before.lemma()); // "It is a technique that treats…"
  }

  /**
   * A forward cue inside a relative clause whose antecedent is not an intervention ("scar tissue
   * that may be causing you pain"): its subject is that noun, so it states nothing about the
   * intervention.
   */
  static boolean inRelativeClause(Annotated s, Cue cue, int clauseStart) {
    for (int i = cue.from() - 1; i >= clauseStart && i > 0; i--) {
      for (Mention m : s.mentions()) {
        if (m.from() <= i
            && i < m.to()
            && (m.is(Concept.Kind.INTERVENTION) || m.is(Concept.Kind.EXPOSURE))) {
          return false; // an intervention nearer the cue than any relative pronoun
        }
      }
      if (relative(s, i)) {
        for (Mention m : s.mentions()) {
          if (m.from() > i && m.to() <= cue.from() && isIntervention(m)) {
            return false; // "the pain that massage relieves": the clause has its own subject
          }
        }
        // "Sciatica is a condition that causes leg pain": the copula's subject is the subject.
        for (int j = clauseStart + 1; j < i; j++) {
          if (s.tokens().get(j).lemma().equals("be") && subjectBefore(s, j)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** An intervention or exposure right before a copula at {@code be}: the copula's subject. */
  private static boolean subjectBefore(Annotated s, int be) {
    for (Mention m : s.mentions()) {
      if (m.to() == be && (m.is(Concept.Kind.INTERVENTION) || m.is(Concept.Kind.EXPOSURE))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Improving Circulation", "Reducing stress": a line that starts with a gerund. (The tagger,
   * given a heading alone, tags its words unreliably, so the form of the word decides.)
   */
  static boolean gerundHeading(Annotated s) {
    if (s.tokens().isEmpty()) {
      return false;
    }
    String w = s.tokens().get(0).lower();
    return w.length() > 5 && w.endsWith("ing");
  }

  /**
   * A singular noun earlier in the sentence that names no concept and comes after every
   * intervention named there: what a later "it" most likely stands for. (A noun whose lemma differs
   * from its form, "clients", is plural.)
   */
  static boolean singularNounBefore(Annotated s, int pronoun) {
    if (pronoun > 1
        && s.tokens().get(pronoun - 1).lower().equals(",")
        && s.tokens().get(0).tag().equals("ADP")) {
      // "By flushing out lactic acid, it reduces soreness", "After a workout, it…": a fronted
      // phrase closed by its comma holds no antecedent of the main clause's subject (a clause,
      // "when the system becomes sluggish, it…", may).
      return false;
    }
    for (int i = pronoun - 1; i >= 0; i--) {
      for (Mention m : s.mentions()) {
        if (m.from() <= i && i < m.to() && isIntervention(m)) {
          return false;
        }
      }
      Token t = s.tokens().get(i);
      // "leg cramps": a noun right before a name describes it and is no antecedent.
      boolean modifier = i + 1 < pronoun && inMention(s, i + 1);
      if ((t.tag().equals("NOUN") || t.tag().equals("PROPN"))
          && !inMention(s, i)
          && !modifier
          && t.lower().equals(t.lemma())
          && !ANAPHORIC_NOUNS.contains(t.lemma())
          && !EVIDENCE_NOUNS.contains(t.lemma())
          && !predicateNoun(s, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nouns that report what is found ("research indicates that it can lower stress"): the source of
   * a finding, not what a later "it" stands for.
   */
  private static final Set<String> EVIDENCE_NOUNS =
      Set.of(
          "research",
          "study",
          "evidence",
          "review",
          "trial",
          "data",
          "survey",
          "analysis",
          "experience",
          "literature",
          "report",
          "finding",
          "result");

  /**
   * "Massage is not a cure for diabetes, but it may help": a noun after a form of "be" says what
   * the subject is; the subject, not the noun, is what a later "it" stands for.
   */
  private static boolean predicateNoun(Annotated s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      Token t = s.tokens().get(k);
      if (t.lemma().equals("be")) {
        return true;
      }
      String tag = t.tag();
      if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("ADV") || tag.equals("PART"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Important Precautions of Massage for People with Diabetes": a heading in title case, every
   * word of more than four letters capitalised, is a title that names a topic.
   */
  static boolean titleCase(Annotated s) {
    int words = 0;
    for (Token t : s.tokens()) {
      String w = t.text();
      if (w.length() > 4 && Character.isLetter(w.charAt(0))) {
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
        words++;
      }
    }
    return words >= 2;
  }

  /** Nouns that open the title of a study: "Effect of self-massage on…". */
  private static final Set<String> STUDY_NOUNS =
      Set.of("effect", "effects", "impact", "efficacy", "effectiveness", "influence", "role");

  /**
   * "Effect of self-calf massage on the prevention of deep vein thrombosis: a randomized trial": a
   * phrase with no finite verb that names what a study examined asks a question; the claim is in
   * its findings.
   */
  static boolean studyTitle(Annotated s) {
    List<Token> t = s.tokens();
    int i = !t.isEmpty() && t.get(0).lower().equals("the") ? 1 : 0;
    if (i + 1 >= t.size()
        || !STUDY_NOUNS.contains(t.get(i).lower())
        || !t.get(i + 1).lower().equals("of")) {
      return false;
    }
    for (Token u : t) {
      if (u.tag().equals("AUX") || (u.tag().equals("VERB") && !ConceptMatcher.participle(u))) {
        return false;
      }
    }
    return true;
  }

  /** Verbs whose object is used for a purpose: "recommend it to reduce swelling". */
  private static final Set<String> USING_VERBS =
      Set.of("recommend", "suggest", "use", "prescribe", "advise", "try", "offer", "choose");

  /**
   * "Many surgeons recommend it after liposuction to reduce swelling": the pronoun that is the
   * object of a verb of using, with only a setting between it and the cue, does what the cue says.
   */
  static boolean usedPronoun(Annotated s, int clauseStart, int cue) {
    List<Token> t = s.tokens();
    for (int i = clauseStart; i + 1 < cue; i++) {
      if (USING_VERBS.contains(t.get(i).lemma())
          && Set.of("it", "this", "them").contains(t.get(i + 1).lower())) {
        for (int k = i + 2; k < cue; k++) {
          String tag = t.get(k).tag();
          boolean setting = Set.of("ADP", "NOUN", "ADJ", "DET", "PART", "ADV", "NUM").contains(tag);
          if (!setting) {
            return false;
          }
        }
        for (Mention m : s.mentions()) {
          if (m.from() > i && m.from() < cue && isIntervention(m)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** "Yes, it can cause bruising": a pronoun stands for the subject. */
  static boolean pronounSubject(Annotated s, Cue cue, int clauseStart) {
    for (int i = clauseStart; i < cue.from(); i++) {
      Token t = s.tokens().get(i);
      if (t.tag().equals("PRON") && PRONOUN_SUBJECTS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** "Boosting blood flow allows…": a gerund that is the subject states no claim. */
  static boolean gerundSubject(Annotated s, Cue cue) {
    Token t = s.tokens().get(cue.from());
    if (!t.lower().endsWith("ing")) {
      return false;
    }
    if (cue.from() > 0 && s.tokens().get(cue.from() - 1).lower().equals("by")) {
      return false; // "By promoting circulation, this therapy…": the means of the main clause
    }
    for (int i = 0; i < cue.from(); i++) {
      String tag = s.tokens().get(i).tag();
      if (tag.equals("VERB")
          || tag.equals("AUX")
          || tag.equals("NOUN")
          || tag.equals("PRON")
          || tag.equals("PROPN")) {
        return false;
      }
    }
    List<Cue> qualifiers = s.qualifiers();
    for (int i = cue.to(); i < s.tokens().size(); i++) {
      Token u = s.tokens().get(i);
      boolean predicate = (u.tag().equals("VERB") || u.tag().equals("AUX")) && !modifier(s, i);
      if ((predicate || inCue(qualifiers, i)) && !inMention(s, i)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- scopes

  /** Where the clause of a cue starts; a relative "which" leads back to what it refers to. */
  static int clauseStart(Annotated s, int at, List<Cue> qualifiers) {
    int start = 0;
    for (Cue q : qualifiers) {
      if (q.is(CueKind.TERMINATION) && q.to() <= at && !q.pattern().equals("which")) {
        start = Math.max(start, q.to());
      }
    }
    for (int i = at - 1; i >= start; i--) {
      if (s.tokens().get(i).lower().equals(";")) {
        return i + 1;
      }
      if (newClause(s, i)) {
        return i + 2; // after ", and"
      }
    }
    return start;
  }

  static int clauseEnd(Annotated s, int at, List<Cue> qualifiers) {
    int end = s.tokens().size();
    for (Cue q : qualifiers) {
      if (q.is(CueKind.TERMINATION) && q.from() >= at) {
        end = Math.min(end, q.from());
      }
    }
    for (int i = at; i < end; i++) {
      if (s.tokens().get(i).lower().equals(";") || newClause(s, i)) {
        return i;
      }
    }
    return end;
  }

  /** Words that may make up the subject of a clause joined by ", and". */
  private static final Set<String> SUBJECT_TAGS =
      Set.of("DET", "NUM", "NOUN", "PROPN", "PRON", "ADJ");

  /**
   * ", and 32 percent received a massage for stress": a comma and a conjunction followed by a
   * subject and its verb start a clause of its own; a list ("pain, swelling, and stiffness") does
   * not.
   */
  static boolean newClause(Annotated s, int i) {
    List<Token> t = s.tokens();
    if (i + 3 >= t.size()
        || !t.get(i).lower().equals(",")
        || !Set.of("and", "but", "or").contains(t.get(i + 1).lower())) {
      return false;
    }
    int k = i + 2;
    while (k < t.size()
        && k < i + 8
        && (SUBJECT_TAGS.contains(t.get(k).tag())
            || inMention(s, k)
            || (k > i + 2 && t.get(k).lower().equals("of")))) {
      k++;
    }
    return k > i + 2
        && k < t.size()
        && (t.get(k).tag().equals("VERB") || t.get(k).tag().equals("AUX"))
        && !t.get(k - 1).tag().equals("DET");
  }

  /**
   * A forward cue's conditions run up to the next predicate: "calm inflammation, flush waste". A
   * participle right after a noun modifies it ("symptoms associated with") and goes on.
   */
  static int windowEnd(Annotated s, Cue cue, int limit) {
    for (int i = cue.to(); i < limit; i++) {
      Token t = s.tokens().get(i);
      if ((t.tag().equals("VERB") || t.tag().equals("AUX"))
          && !inMention(s, i)
          && !modifier(s, i)
          && !naming(s, i)
          && !(i == cue.to() && beforeNoun(s, i))) {
        return i;
      }
    }
    return limit;
  }

  /**
   * A verb that only describes a noun: a participle right after it ("symptoms associated with") or
   * between a determiner and it ("any built-up scar tissue", "the inflamed lining"), or the verb of
   * a relative clause ("anything that restricts blood flow").
   */
  static boolean modifier(Annotated s, int i) {
    String w = s.tokens().get(i).lower();
    if (i == 0) {
      return false;
    }
    String before = s.tokens().get(i - 1).lower();
    String beforeTag = s.tokens().get(i - 1).tag();
    boolean participle =
        w.endsWith("ed")
            || w.endsWith("ing")
            || (w.endsWith("en") && s.tokens().get(i).tag().equals("VERB"));
    // After a determiner a verb before a noun can only describe it, whatever its form ("any
    // built-up scar tissue"), and so can a participle before more words that describe the noun
    // ("an existing, unnoticed clot"); after an adjective only a regular participle is taken so.
    return (participle && beforeTag.equals("NOUN"))
        // "anyone living with chronic pain", "those suffering from anxiety"
        || (participle && POPULATION_WORDS.contains(before))
        || (beforeTag.equals("DET") && beforeNoun(s, i))
        || (beforeTag.equals("DET") && participle && beforeDescribedNoun(s, i))
        || (before.equals(",")
            && participle
            && i >= 2
            && (s.tokens().get(i - 2).tag().equals("ADJ")
                || ConceptMatcher.participle(s.tokens().get(i - 2)))
            && beforeNoun(s, i))
        || (beforeTag.equals("ADJ") && (w.endsWith("ed") || w.endsWith("en")) && beforeNoun(s, i))
        // "a newly formed clot": an adverb between the determiner and the participle
        || (beforeTag.equals("ADV")
            && participle
            && i >= 2
            && s.tokens().get(i - 2).tag().equals("DET")
            && beforeNoun(s, i))
        || before.equals("that")
        || before.equals("which")
        || before.equals("who");
  }

  /** Words for people that a participle after them describes: "anyone living with pain". */
  private static final Set<String> POPULATION_WORDS =
      Set.of("those", "anyone", "someone", "everyone", "people", "patients", "women", "men");

  /**
   * Whether the verb at {@code i} is followed by a noun, perhaps after a particle: right after a
   * cue's verb ("release built-up scar tissue", tokens "built up scar tissue"; "ease inflamed
   * joints") such a verb can only be a participle describing that noun.
   */
  static boolean beforeNoun(Annotated s, int i) {
    int next = i + 1;
    if (next < s.tokens().size()
        && Set.of("up", "out", "down").contains(s.tokens().get(next).lower())) {
      next++;
    }
    return next < s.tokens().size()
        && (inMention(s, next) || s.tokens().get(next).tag().equals("NOUN"));
  }

  /** "…, known as thrombophlebitis", "…, also called phlebitis": a verb that only names. */
  static boolean naming(Annotated s, int i) {
    List<Token> t = s.tokens();
    if (!Set.of("known", "called", "termed", "referred").contains(t.get(i).lower())) {
      return false;
    }
    int before = i - 1;
    if (before >= 0 && t.get(before).lower().equals("also")) {
      before--;
    }
    return before >= 0 && t.get(before).lower().equals(",");
  }

  /**
   * Whether the words after {@code i} describe a noun that follows them: adjectives, participles
   * and the commas between them, then a noun ("existing, unnoticed clot").
   */
  private static boolean beforeDescribedNoun(Annotated s, int i) {
    List<Token> t = s.tokens();
    int k = i + 1;
    while (k < t.size() && k <= i + 4 && !inMention(s, k)) {
      Token u = t.get(k);
      boolean describes =
          u.tag().equals("ADJ")
              || u.lower().equals(",")
              || (u.tag().equals("VERB")
                  && (u.lower().endsWith("ed")
                      || u.lower().endsWith("en")
                      || u.lower().endsWith("ing")));
      if (!describes) {
        break;
      }
      k++;
    }
    return k > i + 1
        && k < t.size()
        && !t.get(k - 1).lower().equals(",")
        && (inMention(s, k) || t.get(k).tag().equals("NOUN"));
  }

  /** "increased circulation", "enhanced blood flow": a participle before a concept describes it. */
  static boolean attributive(Annotated s, Cue cue) {
    Token t = s.tokens().get(cue.from());
    if (cue.to() - cue.from() != 1 || !t.lower().endsWith("ed")) {
      return false;
    }
    for (Mention m : s.mentions()) {
      if (m.from() == cue.to()) {
        String before = cue.from() == 0 ? "DET" : s.tokens().get(cue.from() - 1).tag();
        return before.equals("DET")
            || before.equals("ADJ")
            || before.equals("ADP")
            || before.equals("PUNCT");
      }
    }
    return false;
  }

  static boolean negated(Cue cue, List<Cue> qualifiers) {
    return negation(cue, qualifiers) != null;
  }

  /** The negation cue that governs {@code cue}, or null. */
  static Cue negation(Cue cue, List<Cue> qualifiers) {
    for (Cue q : qualifiers) {
      // A negation that starts before the cue governs it, also when the two share words:
      // "very little effect" and "effect on".
      if (!q.is(CueKind.NEGATION) && !q.is(CueKind.DOUBT)) {
        continue;
      }
      if (q.direction() == CueDirection.SENTENCE) {
        return q; // "The benefits of massage for DVT are unproven."
      }
      if (q.from() >= cue.from()) {
        continue;
      }
      if (q.to() > cue.from()) {
        return q;
      }
      if (q.pattern().equals("without") && cue.from() - q.to() > 1) {
        // "without causing discomfort" denies the cause; in "massage without pressure on the veins
        // is safe" the "without" is the noun phrase's.
        continue;
      }
      if (cue.from() - q.to() <= NEGATION_REACH
          && !terminatedBetween(qualifiers, q.to(), cue.from())) {
        return q;
      }
    }
    return null;
  }

  static Certainty certainty(Cue cue, List<Cue> qualifiers) {
    Cue q = certaintyCue(cue, qualifiers);
    return q == null
        ? Certainty.ASSERTED
        : q.is(CueKind.STRONG) ? Certainty.STRONG : Certainty.HEDGED;
  }

  /**
   * The emphasis cue of the sentence, else the hedge that governs {@code cue}, else null. An
   * emphasis whose scope is forward ("completely") covers only its own clause, before or after it:
   * in "avoid massaging the area completely - this can dislodge clots", the warning is emphatic,
   * the harm hedged.
   */
  static Cue certaintyCue(Cue cue, List<Cue> qualifiers) {
    Cue hedge = null;
    for (Cue q : qualifiers) {
      if (q.is(CueKind.STRONG)
          && (q.direction() == CueDirection.SENTENCE
              || !terminatedBetween(
                  qualifiers, Math.min(q.to(), cue.to()), Math.max(q.from(), cue.from())))) {
        return q;
      }
      // A word of the relation cue itself is the cue's, not a hedge: the "can" of permission in
      // "can still receive".
      boolean ownWord = q.from() >= cue.from() && q.to() <= cue.to();
      if ((q.is(CueKind.HEDGE) || q.is(CueKind.DOUBT)) && hedge == null && !ownWord) {
        if (q.direction() == CueDirection.SENTENCE) {
          hedge = q;
        } else if (q.to() <= cue.to()
            && cue.from() - q.to() <= HEDGE_REACH
            && !terminatedBetween(qualifiers, q.to(), cue.from())) {
          hedge = q;
        }
      }
    }
    return hedge;
  }

  /**
   * True when a condition clause ("if…", "when…") of the sentence states a circumstance other than
   * the claim's condition: "if you have a blood clot" only names the condition.
   */
  static boolean conditional(Annotated s, Mention object, List<Cue> qualifiers) {
    return circumstance(s, object, qualifiers) != null;
  }

  /**
   * The tokens {@code [from, to)} of the condition clause that makes a claim conditional ("if you
   * take blood thinners"), or null.
   */
  static int[] circumstance(Annotated s, Mention object, List<Cue> qualifiers) {
    for (Cue q : qualifiers) {
      if (!q.is(CueKind.CONDITIONAL) && !q.is(CueKind.EXCEPTION)) {
        continue;
      }
      int end = clauseAfter(s, q, qualifiers);
      int listEnd = listGoesOn(s, end);
      boolean namesCondition = false;
      for (Mention m : s.mentions()) {
        if (m.from() >= q.to() && m.to() <= listEnd && m.concept().equals(object.concept())) {
          namesCondition = true;
        }
      }
      for (int i = q.to(); i < end && namesCondition && q.pattern().equals("once"); i++) {
        // "once a client is being treated for a clot": a stage of the condition, not the
        // condition itself, so a circumstance all the same.
        namesCondition = !STAGES.contains(s.tokens().get(i).lemma());
      }
      while (end > q.to() && s.tokens().get(end - 1).isPunctuation()) {
        end--;
      }
      if (!namesCondition && end > q.to()) {
        return new int[] {q.from(), end};
      }
    }
    return null;
  }

  /**
   * Where a list that a clause ends in goes on after its comma: "if there is an active infection,
   * untreated cancer, or a recent blood clot" names all three. From the comma at {@code end}, each
   * further item of only determiners, adjectives, numbers and a condition (with "and" or "or")
   * extends it; {@code end} itself where none follows.
   */
  static int listGoesOn(Annotated s, int end) {
    List<Token> t = s.tokens();
    int at = end;
    while (at < t.size() && t.get(at).lower().equals(",")) {
      int k = at + 1;
      while (k < t.size() && Set.of("and", "or").contains(t.get(k).lower())) {
        k++;
      }
      while (k < t.size()
          && Set.of("DET", "ADJ", "NUM").contains(t.get(k).tag())
          && !inMention(s, k)) {
        k++;
      }
      Mention item = null;
      for (Mention m : s.mentions()) {
        if (m.from() == k && m.is(Concept.Kind.CONDITION)) {
          item = m;
        }
      }
      if (item == null) {
        break;
      }
      at = item.to();
      while (at < t.size()
          && !t.get(at).isPunctuation()
          && at - item.to() < 6
          && (Set.of("ADP", "NOUN", "DET", "ADJ", "CCONJ").contains(t.get(at).tag())
              || inMention(s, at)
              || participleBeforeNoun(t, at))) {
        at++; // "an active infection in the arm", "a recent sprain or torn muscle"
      }
      end = at;
    }
    return end;
  }

  /** "torn muscle": a participle used as an adjective, before its noun. */
  private static boolean participleBeforeNoun(List<Token> t, int at) {
    return t.get(at).tag().equals("VERB")
        && at + 1 < t.size()
        && t.get(at + 1).tag().equals("NOUN");
  }

  /** Where the clause a conditional or exception cue opens ends: at a comma or a termination. */
  private static int clauseAfter(Annotated s, Cue q, List<Cue> qualifiers) {
    int end = q.to();
    while (end < s.tokens().size()
        && !s.tokens().get(end).lower().equals(",")
        && !isTermination(qualifiers, end)) {
      end++;
    }
    return end;
  }

  /**
   * Whether {@code m} is named inside an exception clause ("unless you have a clot") that does not
   * hold the cue {@code cue}: it says when the claim does not hold, not what the claim is about.
   */
  static boolean excepted(Annotated s, Mention m, Cue cue, List<Cue> qualifiers) {
    for (Cue q : qualifiers) {
      if (!q.is(CueKind.EXCEPTION) || m.from() < q.to()) {
        continue;
      }
      int end = clauseAfter(s, q, qualifiers);
      boolean cueInside = cue.from() >= q.from() && cue.from() < end;
      if (m.to() <= end && !cueInside) {
        return true;
      }
    }
    return false;
  }

  static boolean terminatedBetween(List<Cue> qualifiers, int from, int to) {
    for (Cue q : qualifiers) {
      if (q.is(CueKind.TERMINATION) && q.from() >= from && q.to() <= to) {
        return true;
      }
    }
    return false;
  }

  static boolean isTermination(List<Cue> qualifiers, int at) {
    for (Cue q : qualifiers) {
      if (q.is(CueKind.TERMINATION) && q.from() == at) {
        return true;
      }
    }
    return false;
  }
}
