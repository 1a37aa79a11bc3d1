package org.w3id.claimgraph.extract;

import static org.w3id.claimgraph.extract.Scopes.anaphor;
import static org.w3id.claimgraph.extract.Scopes.isIntervention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Person;

/**
 * The third stage: what an article carries from sentence to sentence. The intervention it is about
 * (its title counting three times, then the most mentioned); the intervention named last, which
 * "it", "this approach" or "the therapy" stand for; the intervention a question heading asks about,
 * for the paragraph that answers it; a lead-in's relation and hedge, for the list items under it;
 * and who is speaking inside a quotation that runs over several sentences.
 */
final class Discourse {
  /** How many sentences back a named intervention is still what a pronoun means. */
  static final int CONTEXT_REACH = 6;

  /** A lead-in ("Conditions that may improve:") whose items continue it. */
  record ListContext(
      Concept subject,
      CueKind relation,
      Certainty certainty,
      boolean negated,
      AgentRef speaker,
      String cue,
      Concept condition) {}

  private final String text;
  private final Speakers speakers;
  private final Map<Concept, Integer> lastSeen = new java.util.LinkedHashMap<>();
  private Concept topic;
  private Concept medication;
  private int medicationAt = -100;
  private Concept topicCondition;
  private Concept lastCondition;
  private int lastConditionAt = -100;

  /** The last condition named as a span of time ("during pregnancy"), and where. */
  private Concept period;

  private int periodAt = -100;

  /** The first condition of the sentence that named {@link #lastCondition}: what it is about. */
  private Concept firstCondition;

  private Concept question;
  private int questionAt = -1;
  private Annotated askedLast;
  private Annotated askedInTitle;
  private AgentRef lastQuoteSpeaker;
  ListContext list;

  /**
   * What the section's heading says of a condition without naming the intervention ("Treatments for
   * lymphoedema"): the items of a list under it name the interventions. Null outside one.
   */
  ListContext section;

  /** The index of the heading that gave {@link #section}. */
  int sectionAt = -1;

  ListContext lastCue;
  int lastCueAt = -100;

  /** Whether a label names a faculty (blood flow), which no "affected area" has. */
  private final java.util.function.Predicate<String> faculty;

  /** Everything broader than a concept, by IRI. */
  private final java.util.function.Function<Concept, Set<String>> ancestors;

  Discourse(
      String text,
      Speakers speakers,
      java.util.function.Predicate<String> faculty,
      java.util.function.Function<Concept, Set<String>> ancestors) {
    this.text = text;
    this.speakers = speakers;
    this.faculty = faculty;
    this.ancestors = ancestors;
  }

  /**
   * What the article is about: the intervention most mentioned, its title and first block counting
   * three times; and the condition its title names, if it names one.
   */
  void topic(Annotated title, List<List<Annotated>> blocks) {
    Map<Concept, Integer> counts = new LinkedHashMap<>();
    if (title != null) {
      for (Mention m : title.mentions()) {
        if (isIntervention(m)) {
          counts.merge(m.concept(), 3, Integer::sum);
        } else if (topicCondition == null && m.is(Concept.Kind.CONDITION)) {
          topicCondition = m.concept();
        }
      }
    }
    boolean first = true;
    for (List<Annotated> p : blocks) {
      for (Annotated s : p) {
        for (Mention m : s.mentions()) {
          if (isIntervention(m)) {
            counts.merge(m.concept(), first ? 3 : 1, Integer::sum);
          }
        }
      }
      first = false;
    }
    Concept best = null;
    for (Map.Entry<Concept, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    topic = best;
  }

  /**
   * The condition the text is speaking of at sentence {@code s}: the one its title names, else the
   * first of the last sentence within the last few that named one ("Lymphoedema is a long-term
   * swelling…" is about lymphoedema); or null.
   */
  Concept conditionInContext(Annotated s) {
    return titledOrRecent(s, firstCondition);
  }

  /**
   * The title's condition, else {@code recent} if a condition was named within reach, else null.
   */
  private Concept titledOrRecent(Annotated s, Concept recent) {
    if (topicCondition != null) {
      return topicCondition;
    }
    return lastCondition != null && s.index() - lastConditionAt <= CONTEXT_REACH ? recent : null;
  }

  /**
   * The condition the sentence just before named last, when {@code s} points back to it ("… may be
   * a sign of DVT. In that case, do not massage the leg."), else null.
   */
  Concept pointedCondition(Annotated s) {
    if (lastCondition == null || lastConditionAt != s.index() - 1) {
      return null;
    }
    String words = s.tokens().stream().limit(5).map(Token::lower).reduce("", (a, b) -> a + " " + b);
    return POINTING_BACK.matcher(words).lookingAt() ? lastCondition : null;
  }

  /** Words that open a sentence about the case just named: "In that case", "If so". */
  private static final java.util.regex.Pattern POINTING_BACK =
      java.util.regex.Pattern.compile(
          " (?:in (?:that|this|such a|such) cases?|if so|if (?:this|that) (?:happens|is the case))"
              + " ");

  /**
   * The condition last named as a span of time within the last few sentences ("… increases during
   * pregnancy and postpartum"), whom advice that names no one else is for; or null.
   */
  Concept periodInContext(Annotated s) {
    return period != null && s.index() - periodAt <= CONTEXT_REACH ? period : null;
  }

  /** The condition the title names ("… massage while on blood thinners?"), or null. */
  Concept topicCondition() {
    return topicCondition;
  }

  /** A question: its intervention is what the answer is about. */
  void question(Annotated s) {
    question = firstIntervention(s);
    questionAt = s.index();
    askedLast = s;
  }

  /** The article's title, when it asks a question ("Can you get a massage on blood thinners?"). */
  void titleQuestion(Annotated title) {
    if (title != null && title.question()) {
      askedInTitle = title;
    }
  }

  /**
   * The question an answer in sentence {@code s} answers: the last one asked within a few
   * sentences, else, for an answer that says it is one ("the answer is no") or one at the start of
   * the article, the question of the title; or null.
   */
  Annotated asked(Annotated s, boolean saysItIsAnAnswer) {
    if (askedLast != null && s.index() - askedLast.index() <= CONTEXT_REACH) {
      return askedLast;
    }
    return saysItIsAnAnswer || s.index() < 3 ? askedInTitle : null;
  }

  /** The interventions a sentence names, remembered as the latest. */
  void remember(Annotated s) {
    conditionSubject = conditionSubjectOf(s);
    conditionSubjectAt = s.index();
    boolean first = true;
    for (Mention m : s.mentions()) {
      if (isIntervention(m) && meansOfAnaphor(s, m)) {
        // "This ancient practice applies pressure to points on the feet": how the practice
        // works, not what the next "it" stands for.
        continue;
      }
      if (isIntervention(m)) {
        lastSeen.put(m.concept(), s.index());
      } else if (m.is(Concept.Kind.CONDITION)
          && !m.is(Concept.Kind.INTERVENTION)
          && !faculty.test(m.label())) {
        lastCondition = m.concept();
        lastConditionAt = s.index();
        if (periodAt != s.index() && namedAsPeriod(s, m)) {
          // "during pregnancy and postpartum": the first span the sentence names
          period = m.concept();
          periodAt = s.index();
        }
        if (first) {
          firstCondition = m.concept();
          first = false;
        }
      } else if (m.is(Concept.Kind.INTERVENTION)) {
        medication = m.concept();
        medicationAt = s.index();
      }
    }
  }

  /** The condition the last sentence remembered is about, as its subject, or null. */
  private Concept conditionSubject;

  private int conditionSubjectAt = -100;

  /**
   * "Varicose veins are swollen, twisted veins.": a sentence that opens with a condition, no
   * intervention, as its subject; null for others.
   */
  private static Concept conditionSubjectOf(Annotated s) {
    if (s.mentions().isEmpty() || s.question() || s.heading()) {
      return null;
    }
    Mention m = s.mentions().get(0);
    if (m.from() > 2 || !m.is(Concept.Kind.CONDITION) || m.is(Concept.Kind.INTERVENTION)) {
      return null;
    }
    for (int i = 0; i < m.from(); i++) {
      String tag = s.tokens().get(i).tag();
      if (!tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("NUM")) {
        return null;
      }
    }
    int verb = m.to();
    return verb < s.tokens().size()
            && (s.tokens().get(verb).tag().equals("AUX")
                || s.tokens().get(verb).tag().equals("VERB"))
        ? m.concept()
        : null;
  }

  /**
   * The condition the sentence before was about when "they" or "it" opening {@code s} stands for it
   * ("Varicose veins are swollen veins. They can cause aching."), not for an intervention; or null.
   */
  Concept pronounForCondition(Annotated s) {
    if (conditionSubject == null || conditionSubjectAt != s.index() - 1 || s.tokens().isEmpty()) {
      return null;
    }
    String first = s.tokens().get(0).lower();
    return first.equals("they") || first.equals("it") ? conditionSubject : null;
  }

  /** Nouns a part of the body takes after "the affected": "avoid massaging the affected limb". */
  static final Set<String> AFFECTED_PARTS =
      Set.of(
          "area", "areas", "limb", "limbs", "leg", "legs", "arm", "arms", "region", "site", "vein",
          "veins", "part", "parts", "tissue", "side", "foot", "feet");

  /** Plural nouns that "these" or "those" point back to a condition with: "these fragile veins". */
  private static final Set<String> POINTED_PLURALS = Set.of("veins", "vessels", "clots");

  /** The words without which a sentence can hold no condition anaphor. */
  static final Set<String> ANAPHOR_WORDS =
      Set.of("affected", "condition", "these", "those", "period", "stage", "phase");

  /** Nouns that "this" or "that" points back to a span of time with: "throughout this period". */
  private static final Set<String> PERIOD_NOUNS = Set.of("period", "stage", "phase");

  /** Prepositions that name a condition as a span of time: "during pregnancy". */
  private static final Set<String> DURING = Set.of("during", "throughout");

  /** Whether {@code m} is named as a span of time: "during pregnancy and postpartum". */
  private static boolean namedAsPeriod(Annotated s, Mention m) {
    return m.from() > 0 && DURING.contains(s.tokens().get(m.from() - 1).lower());
  }

  /**
   * The condition "this period" stands for at token {@code at}: the last one named as a span of
   * time before it in the sentence, else within the last few sentences; or null.
   */
  private Concept periodBefore(Annotated s, int at) {
    Concept found = null;
    for (Mention m : s.mentions()) {
      if (m.to() <= at && m.is(Concept.Kind.CONDITION) && namedAsPeriod(s, m)) {
        found = m.concept();
      }
    }
    return found != null ? found : periodInContext(s);
  }

  /**
   * The sentence with its condition anaphors as mentions of the condition they stand for: "the
   * affected limb", "this condition", "these compromised vessels" refer to the last condition named
   * before them in the sentence, else to the condition the title names (what a page about varicose
   * veins calls "the affected area" is theirs, whatever it named last), else to the last one named
   * within the last few sentences. Faculties (blood flow) are no antecedent. Returns {@code s}
   * itself when it has none.
   */
  Annotated withAnaphors(Annotated s) {
    return withConditionAnaphors(withInterventionAnaphors(s));
  }

  /**
   * "The massage is generally safe" on a page about lymphatic drainage massage: a definite mention
   * of an intervention broader than the one the text is about (the last named within a few
   * sentences, else the page's) stands for that one.
   */
  private Annotated withInterventionAnaphors(Annotated s) {
    Concept recent = recentIntervention(s);
    if (recent == null) {
      return s;
    }
    Set<String> above = ancestors.apply(recent);
    List<Mention> out = new ArrayList<>(s.mentions().size());
    boolean changed = false;
    for (Mention m : s.mentions()) {
      boolean definite =
          m.from() > 0 && Set.of("the", "this").contains(s.tokens().get(m.from() - 1).lower());
      if (definite && isIntervention(m) && above.contains(m.concept().iri())) {
        out.add(new Mention(recent, m.from(), m.to(), m.start(), m.end(), m.label()));
        changed = true;
      } else {
        out.add(m);
      }
    }
    return changed ? s.withMentions(out) : s;
  }

  /** The intervention named most recently before the sentence, within reach, else the page's. */
  private Concept recentIntervention(Annotated s) {
    Concept best = null;
    int bestAt = -1;
    for (Map.Entry<Concept, Integer> e : lastSeen.entrySet()) {
      if (e.getValue() > bestAt
          && e.getValue() < s.index()
          && s.index() - e.getValue() <= CONTEXT_REACH) {
        best = e.getKey();
        bestAt = e.getValue();
      }
    }
    return best != null ? best : topic;
  }

  private Annotated withConditionAnaphors(Annotated s) {
    List<Token> t = s.tokens();
    List<Mention> added = new ArrayList<>();
    for (int i = 0; i + 1 < t.size(); i++) {
      String w = t.get(i).lower();
      int end = -1;
      if ((w.equals("the") || w.equals("this") || w.equals("that"))
          && t.get(i + 1).lower().equals("affected")
          && i + 2 < t.size()
          && AFFECTED_PARTS.contains(t.get(i + 2).lower())) {
        end = i + 3;
      } else if ((w.equals("this") || w.equals("that"))
          && t.get(i + 1).lower().equals("condition")
          && (i + 2 >= t.size() || !t.get(i + 2).lower().equals("of"))) {
        end = i + 2;
      } else if ((w.equals("this") || w.equals("that"))
          && PERIOD_NOUNS.contains(t.get(i + 1).lower())) {
        // "Many are taught to use only light touch throughout this period", after "… during
        // pregnancy and postpartum".
        Concept meant = covered(s, i, i + 2) ? null : periodBefore(s, i);
        if (meant != null) {
          added.add(
              new Mention(
                  meant,
                  i,
                  i + 2,
                  t.get(i).start(),
                  t.get(i + 1).end(),
                  text.substring(t.get(i).start(), t.get(i + 1).end())));
        }
        i++;
        continue;
      } else if (w.equals("these") || w.equals("those")) {
        int k = i + 1;
        while (k < t.size()
            && k <= i + 3
            && describes(t.get(k))
            && !POINTED_PLURALS.contains(t.get(k).lower())) {
          k++;
        }
        if (k < t.size() && POINTED_PLURALS.contains(t.get(k).lower())) {
          end = k + 1;
        }
      }
      if (end < 0 || covered(s, i, end)) {
        continue;
      }
      Concept meant = conditionBefore(s, i);
      if (meant != null) {
        added.add(
            new Mention(
                meant,
                i,
                end,
                t.get(i).start(),
                t.get(end - 1).end(),
                text.substring(t.get(i).start(), t.get(end - 1).end())));
      }
      i = end - 1;
    }
    if (added.isEmpty()) {
      return s;
    }
    List<Mention> all = new ArrayList<>(s.mentions());
    all.addAll(added);
    all.sort(java.util.Comparator.comparingInt(Mention::from));
    return s.withMentions(all);
  }

  /** A word before a noun that describes it: "these fragile, compromised blood vessels". */
  private static boolean describes(Token t) {
    return t.tag().equals("ADJ")
        || t.tag().equals("NOUN")
        || t.lower().equals(",")
        || ConceptMatcher.participle(t);
  }

  private static boolean covered(Annotated s, int from, int to) {
    for (Mention m : s.mentions()) {
      if (m.from() < to && from < m.to()) {
        return true;
      }
    }
    return false;
  }

  private Concept conditionBefore(Annotated s, int at) {
    Concept found = null;
    for (Mention m : s.mentions()) {
      if (m.to() <= at
          && m.is(Concept.Kind.CONDITION)
          && !m.is(Concept.Kind.INTERVENTION)
          && !faculty.test(m.label())) {
        found = m.concept();
      }
    }
    return found != null ? found : titledOrRecent(s, lastCondition);
  }

  /**
   * The medication "these medications" stands for: the last intervention that is also a condition
   * to be in (blood thinners), named within the last few sentences; or null.
   */
  Concept medication(Annotated s) {
    return medication != null && s.index() - medicationAt <= CONTEXT_REACH ? medication : null;
  }

  /**
   * The intervention a sentence without one is about: one named earlier in the same sentence
   * ("Sports massage does not treat X, but it eases Y"), else the one a question just before asked
   * about, else the one named most recently, else the article's.
   */
  Concept subject(Annotated s) {
    Concept inSentence = firstIntervention(s);
    if (inSentence != null) {
      return inSentence;
    }
    Concept best = null;
    int bestAt = -1;
    for (Map.Entry<Concept, Integer> e : lastSeen.entrySet()) {
      if (e.getValue() > bestAt && s.index() - e.getValue() <= CONTEXT_REACH) {
        best = e.getKey();
        bestAt = e.getValue();
      }
    }
    if (question != null && questionAt >= bestAt && s.index() - questionAt <= CONTEXT_REACH) {
      return question;
    }
    return best != null ? best : topic;
  }

  /** Whether {@code m} is the object of a verb whose subject is an anaphor of the intervention. */
  private static boolean meansOfAnaphor(Annotated s, Mention m) {
    int verb = m.from() - 1;
    while (verb >= 0 && !s.tokens().get(verb).tag().equals("VERB")) {
      verb--;
    }
    return verb > 0 && anaphor(s, 0, verb);
  }

  private static Concept firstIntervention(Annotated s) {
    for (Mention m : s.mentions()) {
      if (isIntervention(m)) {
        return m.concept();
      }
    }
    return null;
  }

  /**
   * Who each sentence of a block reports: its own speaker, or the speaker of the quotation it
   * belongs to (named where the quotation opens or closes, or carried over from the quotation just
   * before, when the block is all quotation).
   */
  AgentRef[] speakers(List<Annotated> block) {
    AgentRef[] out = new AgentRef[block.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = speakers.speaker(block.get(i).tokens()).map(Person::ref).orElse(null);
    }
    char first = text.charAt(block.get(0).start());
    boolean quotedBlock = first == '“' || first == '"';
    boolean anyQuote = false;
    int depth = 0;
    int open = -1;
    for (int i = 0; i < out.length; i++) {
      Annotated s = block.get(i);
      for (int k = s.start(); k < s.end(); k++) {
        char ch = text.charAt(k);
        boolean opens = ch == '“' || (ch == '"' && depth == 0);
        boolean closes = ch == '”' || (ch == '"' && depth > 0);
        if (opens) {
          anyQuote = true;
          if (depth == 0) {
            open = i;
          }
          depth++;
        } else if (closes && depth > 0) {
          depth--;
          if (depth == 0) {
            closeQuote(out, open, i, quotedBlock);
          }
        }
      }
    }
    if (!anyQuote) {
      lastQuoteSpeaker = null;
    }
    return out;
  }

  private void closeQuote(AgentRef[] out, int open, int close, boolean quotedBlock) {
    AgentRef who = out[close] != null ? out[close] : out[open];
    if (who == null && quotedBlock) {
      who = lastQuoteSpeaker;
    }
    for (int k = open; k <= close; k++) {
      if (out[k] == null) {
        out[k] = who;
      }
    }
    if (who != null) {
      lastQuoteSpeaker = who;
    }
  }
}
