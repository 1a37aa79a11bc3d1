package org.w3id.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.claimgraph.model.Concept;

/**
 * The second stage: each segment's tokens (OpenNLP), the vocabulary's concepts it names (longest
 * label first; of two adjacent mentions one narrower than the other the narrower; a verb of saying
 * is not a concept; an abbreviation the article defined names what it abbreviates) and its
 * qualifier cues. Not thread-safe: one per thread.
 */
final class Annotator {
  private final Lexicons lexicons;
  private final Set<String> questionWords;
  private final Nlp nlp = new Nlp();
  private final ConceptMatcher concepts;

  /** The words a segment needs one of to be worth annotating; null: every segment is. */
  private final Set<String> keys;

  /**
   * @param concepts the vocabulary's matcher, which holds nothing of a thread's and is shared
   */
  Annotator(ConceptMatcher concepts, Lexicons lexicons) {
    this.lexicons = lexicons;
    this.questionWords = lexicons.qualifiers().words(CueKind.QUESTION);
    this.concepts = concepts;
    Set<String> speechWords = lexicons.attribution().firstWords();
    if (speechWords == null) {
      this.keys = null;
    } else {
      Set<String> all = new HashSet<>(concepts.contentWords());
      all.addAll(speechWords);
      // An answer names nothing of its own: "Yes, for most people.", "The answer is no."
      all.addAll(Set.of("yes", "no", "answer"));
      // Nor does a sentence that only points back to one: "Avoid the affected limb."
      all.addAll(Discourse.ANAPHOR_WORDS);
      all.addAll(lexicons.newConditions().headWords());
      this.keys = Set.copyOf(all);
    }
  }

  /** True when some word of {@code text[from, to)} is a concept's content word or a speech cue. */
  private boolean mayMatter(String text, int from, int to, Abbreviations abbreviations) {
    if (keys == null) {
      return true;
    }
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to
          && (Character.isLetterOrDigit(text.charAt(i))
              || text.charAt(i) == '\''
              || text.charAt(i) == '’')) {
        i++;
      }
      if (i > start) {
        String lower = Nlp.normalize(text.substring(start, i));
        if (abbreviations.mayBe(text.substring(start, i))
            || keys.contains(lower)
            || keys.contains(nlp.stem(lower))
            || lexicons.newConditions().mayName(lower)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String firstWord(String text, int from, int to) {
    int i = from;
    while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return Nlp.normalize(text.substring(start, i));
  }

  Nlp nlp() {
    return nlp;
  }

  ConceptMatcher concepts() {
    return concepts;
  }

  /**
   * Segment {@code seg} of {@code segmentation}, annotated. A segment none of whose words is a
   * content word of a concept's label or starts an attribution cue (nor a lead-in) names no
   * concept, so it can state no claim, and it names no speaker: it is not given to the tagger and
   * lemmatizer at all, which keeps text without health words (and hostile text) cheap.
   */
  Annotated annotate(
      Segmentation segmentation, Segmentation.Segment seg, Abbreviations abbreviations) {
    String text = segmentation.text();
    if (!seg.leadIn() && !mayMatter(text, seg.start(), seg.end(), abbreviations)) {
      return annotated(
          segmentation,
          seg,
          seg.question() || questionWords.contains(firstWord(text, seg.start(), seg.end())),
          List.of(),
          List.of(),
          List.of());
    }
    List<Token> tokens = nlp.tokens(text, seg.start(), seg.end());
    List<Cue> qualifiers = lexicons.qualifiers().find(tokens);
    boolean question =
        seg.question()
            || (!tokens.isEmpty() && questionWords.contains(tokens.get(0).lower()) && !seg.leadIn())
            || qualifiers.stream().anyMatch(q -> q.is(CueKind.QUESTION) && q.to() - q.from() > 1);
    List<Mention> matched = concepts.find(tokens);
    List<Mention> mentions = withoutSpeechVerbs(tokens, matched);
    mentions = compounds(mentions);
    mentions = withoutGlosses(tokens, mentions);
    mentions = named(tokens, mentions);
    mentions = definiteAnaphors(tokens, mentions);
    mentions = recoveryFrom(tokens, mentions);
    mentions = senses(tokens, mentions);
    mentions = newConditions(tokens, mentions, matched);
    mentions = withoutOrganisationNames(tokens, mentions);
    mentions = abbreviations.apply(tokens, mentions);
    return annotated(
        segmentation, seg, question, tokens, mentions, withoutNamed(tokens, qualifiers, mentions));
  }

  /**
   * The qualifiers without those whose words belong to the name of a concept the sentence names:
   * the "complete" of "complete decongestive therapy" is no emphasis.
   */
  private static List<Cue> withoutNamed(
      List<Token> tokens, List<Cue> qualifiers, List<Mention> mentions) {
    List<Cue> kept = new ArrayList<>(qualifiers.size());
    for (Cue q : qualifiers) {
      boolean named = false;
      for (Mention m : mentions) {
        if (m.to() - m.from() > 1 && q.from() >= m.from() && q.to() <= m.to()) {
          Set<String> words = Set.of(m.label().toLowerCase(Locale.ROOT).split("[\\s-]+"));
          named = true;
          for (int i = q.from(); i < q.to(); i++) {
            named &= words.contains(tokens.get(i).lower());
          }
        }
      }
      if (!named) {
        kept.add(q);
      }
    }
    return kept;
  }

  private static Annotated annotated(
      Segmentation segmentation,
      Segmentation.Segment seg,
      boolean question,
      List<Token> tokens,
      List<Mention> mentions,
      List<Cue> qualifiers) {
    return new Annotated(
        seg.index(),
        seg.start(),
        seg.end(),
        segmentation.blockOf(seg).kind(),
        seg.block(),
        question,
        seg.leadIn(),
        tokens,
        mentions,
        qualifiers);
  }

  /** The new conditions of a sentence that may name one: the relation cues are read only then. */
  private List<Mention> newConditions(
      List<Token> tokens, List<Mention> mentions, List<Mention> matched) {
    NewConditions lexicon = lexicons.newConditions();
    for (Token t : tokens) {
      if (lexicon.mayName(t.lower()) || lexicon.mayName(t.lemma())) {
        return lexicon.find(tokens, mentions, matched, lexicons.relations().find(tokens));
      }
    }
    return mentions;
  }

  /** Determiners that make a noun phrase point back to something already named. */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "such");

  /** Cue kinds whose object is a condition, not a therapy. */
  private static final Set<CueKind> ACTING_ON =
      Set.of(CueKind.RAISE, CueKind.LOWER, CueKind.BENEFITS, CueKind.TREATS, CueKind.CAUSES);

  /**
   * "Massage improves lymphatic drainage" against "Lymphatic drainage can reduce swelling": a label
   * an intervention and a condition share names the condition as the object of a cue that raises,
   * lowers, helps or causes (its object, or a name listed with it), and the intervention elsewhere.
   */
  private List<Mention> senses(List<Token> tokens, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    List<Cue> cues = null;
    for (Mention m : mentions) {
      java.util.Optional<Concept> other = concepts.otherSense(m);
      if (other.isEmpty()) {
        out.add(m);
        continue;
      }
      if (cues == null) {
        cues = lexicons.relations().find(tokens);
      }
      boolean object = false;
      for (Cue c : cues) {
        // After a reverse cue ("reduced with"), what follows is the cause, not the object.
        object |=
            ACTING_ON.contains(c.kind())
                && c.direction() != CueDirection.REVERSE
                && c.to() <= m.from()
                && m.from() - c.to() <= 8
                && objectList(tokens, mentions, c.to(), m.from());
      }
      Concept condition =
          m.concept().kinds().contains(Concept.Kind.INTERVENTION) ? other.get() : m.concept();
      Concept therapy = condition == m.concept() ? other.get() : m.concept();
      Concept sense = object ? condition : therapy;
      out.add(new Mention(sense, m.from(), m.to(), m.start(), m.end(), m.label()));
    }
    return out;
  }

  /**
   * Whether {@code [from, to)} only continues a cue's object: determiners, adjectives, adverbs,
   * conjunctions, commas and other names ("increases both blood flow and lymphatic drainage").
   */
  private static boolean objectList(List<Token> tokens, List<Mention> mentions, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      boolean named = false;
      for (Mention m : mentions) {
        named |= m.from() <= i && i < m.to();
      }
      if (!named
          && !Set.of("DET", "ADJ", "ADV", "CCONJ").contains(t.tag())
          && !t.lower().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "DVT is a contraindication until the clot has been treated": a definite noun phrase naming a
   * broader concept than one named earlier in the sentence refers back to it, and is a mention of
   * the narrower concept.
   */
  private List<Mention> definiteAnaphors(List<Token> tokens, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Mention antecedent = null;
      if (m.from() > 0 && DEFINITE.contains(tokens.get(m.from() - 1).lower())) {
        for (int j = 0; j < i; j++) {
          Mention before = mentions.get(j);
          if (vocabularyAncestors(before.concept()).contains(m.concept().iri())) {
            antecedent = before;
          }
        }
      }
      out.add(
          antecedent == null
              ? m
              : new Mention(antecedent.concept(), m.from(), m.to(), m.start(), m.end(), m.label()));
    }
    return out;
  }

  /** Labels of recovering in general: what a sentence says one recovers from makes it specific. */
  private static final Set<String> RECOVERING = Set.of("recovery", "healing", "rehabilitation");

  /** Words that say what one recovers from: "recovering from a clot", "recovery after DVT". */
  private static final Set<String> RECOVERING_WORDS =
      Set.of("recover", "recovering", "recovery", "heal", "healing");

  /**
   * "For those recovering from a blood clot, gentle massage can aid healing", "speeds recovery
   * after a DVT": recovery or healing said of a sentence that names what one recovers from is the
   * recovery from that condition, and a claim about it is a claim about people with it. The mention
   * of recovery or healing stands for that condition.
   */
  private List<Mention> recoveryFrom(List<Token> tokens, List<Mention> mentions) {
    Mention from = null;
    for (Mention m : mentions) {
      int k = m.from() - 1;
      while (k > 0 && Set.of("DET", "ADJ", "PRON").contains(tokens.get(k).tag())) {
        k--;
      }
      if (k >= 1
          && m.is(Concept.Kind.CONDITION)
          && !lexicons.isFaculty(m.label())
          && !RECOVERING.contains(m.label().toLowerCase(java.util.Locale.ROOT))
          && Set.of("from", "after").contains(tokens.get(k).lower())
          && RECOVERING_WORDS.contains(tokens.get(k - 1).lower())) {
        from = m;
        break;
      }
    }
    if (from == null) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      out.add(
          RECOVERING.contains(m.label().toLowerCase(java.util.Locale.ROOT))
              ? new Mention(from.concept(), m.from(), m.to(), m.start(), m.end(), m.label())
              : m);
    }
    return out;
  }

  /**
   * "DVT (deep vein thrombosis or blood clots)": a parenthesis right after a mention that names
   * only that concept, or broader ones, glosses it; its mentions are not conditions of their own.
   * Narrower ones are examples ("pain (back pain, migraine)") and stay.
   */
  private List<Mention> withoutGlosses(List<Token> tokens, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    for (Mention m : mentions) {
      int open = m.to();
      while (open < tokens.size()
          && open < m.to() + 2
          && POSSESSIVE.contains(tokens.get(open).lower())) {
        open++;
      }
      if (open >= tokens.size() || !tokens.get(open).lower().equals("(")) {
        continue;
      }
      int close = open + 1;
      while (close < tokens.size() && !tokens.get(close).lower().equals(")")) {
        close++;
      }
      List<Mention> inside = new ArrayList<>();
      boolean gloss = true;
      for (Mention n : mentions) {
        if (n.from() > open && n.to() <= close) {
          inside.add(n);
          gloss &=
              n.concept().equals(m.concept())
                  || vocabularyAncestors(m.concept()).contains(n.concept().iri());
        }
      }
      if (gloss) {
        out.removeAll(inside);
      }
    }
    return out;
  }

  /** The words that give what was just said its name: "…, known as thrombophlebitis". */
  private static final List<List<String>> NAMING =
      List.of(
          List.of("known", "as"),
          List.of("also", "known", "as"),
          List.of("called"),
          List.of("also", "called"),
          List.of("termed"),
          List.of("referred", "to", "as"),
          List.of("a", "condition", "called"),
          List.of("a", "condition", "known", "as"));

  /** Nouns that end the name of a body: "the National Blood Clot Alliance". */
  private static final Set<String> BODIES =
      Set.of(
          "alliance",
          "association",
          "foundation",
          "society",
          "institute",
          "institutes",
          "clinic",
          "center",
          "centre",
          "hospital",
          "college",
          "council",
          "network",
          "federation",
          "organization",
          "organisation",
          "trust",
          "coalition",
          "academy",
          "agency",
          "journal");

  /**
   * "The National Blood Clot Alliance recommends…": a mention inside a capitalised name that ends
   * with a noun of a body names the body, not a condition or a therapy.
   */
  private static List<Mention> withoutOrganisationNames(
      List<Token> tokens, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean capitalised = true;
      for (int i = m.from(); i < m.to(); i++) {
        capitalised &= Character.isUpperCase(tokens.get(i).text().codePointAt(0));
      }
      int end = m.to();
      while (capitalised
          && end < tokens.size()
          && end - m.to() < 4
          && Character.isUpperCase(tokens.get(end).text().codePointAt(0))
          && !BODIES.contains(tokens.get(end).lower())) {
        end++;
      }
      boolean body =
          capitalised
              && end < tokens.size()
              && BODIES.contains(tokens.get(end).lower())
              && Character.isUpperCase(tokens.get(end).text().codePointAt(0));
      if (!body) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * "Complications involving blood clots, known as thrombophlebitis": a mention (or a short noun
   * phrase it opens) followed by a comma and words that name it ("known as", "called") is the thing
   * the next mention names, and that name is the one meant; the first is no concept of its own.
   */
  private static List<Mention> named(List<Token> tokens, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Mention n = mentions.get(i + 1);
      // The mention may end a noun phrase that goes on a little: "inflammation of a vein, called…".
      int at = m.to();
      while (at < tokens.size()
          && at < m.to() + 4
          && at < n.from()
          && !tokens.get(at).lower().equals(",")
          && (Set.of("of", "in", "a", "an", "the").contains(tokens.get(at).lower())
              || tokens.get(at).tag().equals("NOUN")
              || tokens.get(at).tag().equals("ADJ"))) {
        at++;
      }
      if (at >= tokens.size() || !tokens.get(at).lower().equals(",")) {
        continue;
      }
      for (List<String> words : NAMING) {
        int end = at + 1 + words.size();
        if (end == n.from() && matches(tokens, at + 1, words)) {
          out.remove(m);
          break;
        }
      }
    }
    return out;
  }

  private static boolean matches(List<Token> tokens, int from, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(from + k).lower().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The possessive endings a gloss may follow ("DVT's (…)"). */
  private static final java.util.Set<String> POSSESSIVE =
      java.util.Set.of("'s", "’s", "'", "’", "s");

  /**
   * "migraine headaches": of two adjacent mentions, one narrower than the other, keep the narrower.
   */
  private List<Mention> compounds(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention a = mentions.get(i);
      Mention b = mentions.get(i + 1);
      if (a.to() == b.from()) {
        if (vocabularyAncestors(a.concept()).contains(b.concept().iri())) {
          out.remove(b);
        } else if (vocabularyAncestors(b.concept()).contains(a.concept().iri())) {
          out.remove(a);
        }
      }
    }
    return out;
  }

  /** "Bodner stresses" names a speaker, not the concept of stress. */
  private List<Mention> withoutSpeechVerbs(List<Token> tokens, List<Mention> mentions) {
    List<Cue> speech = lexicons.attribution().find(tokens);
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      boolean speechVerb = false;
      for (Cue c : speech) {
        if (c.is(CueKind.SPEECH)
            && c.from() < m.to()
            && m.from() < c.to()
            && tokens.get(c.from()).tag().equals("VERB")) {
          speechVerb = true;
        }
      }
      if (!speechVerb) {
        out.add(m);
      }
    }
    return out;
  }

  Set<String> vocabularyAncestors(Concept c) {
    Set<String> out = new HashSet<>();
    List<String> todo = new ArrayList<>(c.broader());
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (out.add(next)) {
        concepts.concept(next).ifPresent(k -> todo.addAll(k.broader()));
      }
    }
    return out;
  }
}
