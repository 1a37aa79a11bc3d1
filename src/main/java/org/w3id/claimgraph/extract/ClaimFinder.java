package org.w3id.claimgraph.extract;

import static org.w3id.claimgraph.extract.Scopes.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Span;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The fourth stage: the claims of one article, sentence by sentence. A relation cue links an
 * intervention to the conditions in its scope (forward, backward or anywhere, as the lexicon says);
 * its qualifiers give negation, certainty and conditions; the discourse supplies the intervention a
 * sentence only refers to, a lead-in's relation for list items, and the speaker. One per article,
 * not thread-safe.
 */
final class ClaimFinder {
  private final Lexicons lexicons;
  private final Annotator annotator;
  private final Discourse d;
  private final Article article;
  private final String text;
  private final AgentRef author;
  private final CodePoints codePoints;
  private final Map<String, Claim> claims = new LinkedHashMap<>();
  private org.w3id.claimgraph.model.Person reported;
  private String reportedCue;

  ClaimFinder(
      Lexicons lexicons,
      Annotator annotator,
      Discourse discourse,
      Article article,
      AgentRef author) {
    this.lexicons = lexicons;
    this.annotator = annotator;
    this.d = discourse;
    this.article = article;
    this.text = article.text();
    this.author = author;
    this.codePoints = new CodePoints(text);
  }

  List<Claim> claims() {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims.values()) {
      if (!restatedAnswer(c)) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /** The sentence each claim was found in, by claim IRI. */
  private final Map<String, Integer> sentenceOf = new java.util.HashMap<>();

  /** The claims that are a yes or no answering a question. */
  private final Set<String> answers = new HashSet<>();

  /**
   * "Does sports massage help with soreness? Yes. A sports massage can reduce muscle soreness…": an
   * answer that the next sentences state in full is said there, not twice.
   */
  private boolean restatedAnswer(Claim a) {
    if (!answers.contains(a.id())) {
      return false;
    }
    int at = sentenceOf.get(a.id());
    for (Claim c : claims.values()) {
      int other = sentenceOf.get(c.id());
      if (other > at
          && other <= at + 2
          && c.intervention().equals(a.intervention())
          && c.relation() == a.relation()
          && c.condition().equals(a.condition())
          && c.negated() == a.negated()) {
        return true;
      }
    }
    return false;
  }

  /** The agent of the beliefs the article reports without naming who holds them, if any. */
  java.util.Optional<org.w3id.claimgraph.model.Person> reportedAgent() {
    return java.util.Optional.ofNullable(reported);
  }

  private org.w3id.claimgraph.model.Person reported() {
    if (reported == null) {
      reported =
          new org.w3id.claimgraph.model.Person(
              Ids.person("unnamed-reported-in-" + article.slug()),
              "those the article reports (unnamed)",
              "holders of a belief or claim the article reports, not the article's own voice",
              true);
    }
    return reported;
  }

  // --------------------------------------------------------------------- claims

  void sentence(Annotated s, AgentRef speaker) {
    int before = claims.size();
    find(s, speaker);
    if (claims.size() - before > 1) {
      qualifiedSafety(before);
    }
  }

  /**
   * "Massage is safe on blood thinners, but only with medical clearance": a caution in the same
   * sentence as a statement of safety or a contraindication for the same intervention and condition
   * qualifies that statement; it is not a claim of its own.
   */
  private void qualifiedSafety(int from) {
    List<Claim> added = new ArrayList<>(claims.values()).subList(from, claims.size());
    List<String> drop = new ArrayList<>();
    for (Claim c : added) {
      if (c.relation() != Relation.CAUTION_WITH) {
        continue;
      }
      for (Claim o : added) {
        if ((o.relation() == Relation.SAFE_FOR || o.relation() == Relation.CONTRAINDICATED_FOR)
            && o.intervention().equals(c.intervention())
            && o.condition().equals(c.condition())) {
          drop.add(c.id());
        }
      }
    }
    drop.forEach(claims::remove);
  }

  private void find(Annotated given, AgentRef speaker) {
    Annotated s = d.withAnaphors(given);
    said = null;
    aimed = null;
    if (!s.item()) {
      d.list = null;
    }
    if (s.heading()) {
      d.section = benefitsHeading(s, speaker != null ? speaker : author);
      d.sectionAt = s.index();
    }
    if (s.question()) {
      Annotated said = saidBeforeQuestion(s);
      if (said != null && speaker == null) {
        // "You may have heard that massage improves circulation, but does it?": what others say,
        // which the question goes on to doubt.
        doubted = true;
        find(said, null);
        doubted = false;
      }
      d.question(s);
      d.list = questionLeadIn(s);
      d.remember(s);
      return;
    }
    if ((s.heading() && (gerundHeading(s) || titleCase(s))) || studyTitle(s)) {
      // A heading that starts with a gerund names a topic ("Improving Circulation"); others
      // ("A leg massage soothes the pain", "Promotes healing") state claims like any sentence.
      // A line of one word may still answer a question ("No.").
      answer(s, speaker != null ? speaker : author);
      d.remember(s);
      return;
    }
    if (refutesPrevious(s)) {
      reportPrevious(s);
      rejectBelief(s, speaker != null ? speaker : author, true);
    } else {
      rejectBelief(s, speaker != null ? speaker : author, false);
    }
    List<Cue> relations = new ArrayList<>();
    for (Cue c : lexicons.relations().find(s.tokens())) {
      // A cue inside a concept's name ("promotes healing") is the name, not a cue; a cue that
      // only ends on one ("never massage") is still a cue.
      boolean named = !verbOfName(s, c);
      for (int i = c.from(); i < c.to(); i++) {
        named &= inMention(s, i);
      }
      // But a harm's verb that opens the name of what happens ("massage can dislodge clots": a
      // dislodged clot) is the cue, and the name its object.
      named &= !(c.is(CueKind.CAUSES) && harmNamedFrom(s, c) != null);
      if (!c.is(CueKind.NONE) && !named && !gerundSubject(s, c) && !attributive(s, c)) {
        relations.add(c);
      }
    }
    List<Cue> qualifiers = new ArrayList<>();
    for (Cue q : s.qualifiers()) {
      // "because" ends a scope, but not inside the cue "because of".
      if (!(q.is(CueKind.TERMINATION) && inCue(relations, q.from()))) {
        qualifiers.add(q);
      }
    }
    AgentRef who =
        speaker != null ? speaker : (s.item() && d.list != null ? d.list.speaker() : author);
    reportedCue = null;
    if (doubted) {
      who = reported().ref();
      reportedCue = "a question doubts it";
    }
    for (Cue q : qualifiers) {
      if (q.is(CueKind.REPORTED) && speaker == null) {
        // "There is the thought that…", "some people believe…": not the article's own claim.
        who = reported().ref();
        reportedCue = words(s, q.from(), q.to());
        break;
      }
    }
    Set<Mention> owned = new HashSet<>();
    for (int c = 0; c < relations.size(); c++) {
      if (relations.get(c).direction() != CueDirection.ANY) {
        directed(s, relations, c, qualifiers, who, owned);
      }
    }
    for (Cue cue : relations) {
      if (cue.direction() == CueDirection.ANY) {
        anywhere(s, cue, relations, qualifiers, who, owned);
      }
    }
    whileOn(s, qualifiers, who, owned);
    riskAnaphor(s, qualifiers, who, owned);
    if (s.heading() && !relations.isEmpty()) {
      d.section = section(s, relations, qualifiers, who);
      d.sectionAt = s.index();
    }
    if (s.item() && d.list == null && d.section != null) {
      d.list = d.section; // a list right under the heading
    }
    if (s.item() && d.list != null) {
      items(s, who, owned);
    }
    answer(s, who);
    if (!relations.isEmpty()) {
      Cue last = relations.get(relations.size() - 1);
      d.lastCue = context(s, last, qualifiers, who);
      d.lastCueAt = s.index();
    }
    if (s.leadIn()) {
      d.list = leadIn(s, relations, qualifiers, who, owned);
    }
    d.remember(s);
  }

  /**
   * "For years, therapists were taught that massage spreads cancer. This belief has been
   * disproven.": a sentence that opens with "this" or "that" (and a noun of belief) and rejects
   * what it stands for, or says there is no evidence for it ("In reality, there is no evidence for
   * this."). Read from the sentence's text, as a sentence that names no concept is not tokenized.
   */
  private static final java.util.regex.Pattern REFUTES_PREVIOUS =
      java.util.regex.Pattern.compile(
          "^(?:(?:this|that|such)(?:\\s+(?:belief|idea|claim|myth|notion|theory|assumption|view|fear)s?)?"
              + "\\b[^.;:]{0,40}?\\b(?:disproven|disproved|debunked|false|untrue|wrong|a myth"
              + "|unfounded|discredited|outdated|mistaken|incorrect|not true|not correct"
              + "|not supported|unsupported|not backed|not borne out)\\b"
              // "In reality, there is no evidence for this."
              + "|(?:(?:in (?:reality|fact|truth)|however|but),?\\s+)?there (?:is|'s|’s) (?:no|little)"
              + "(?:\\s+\\w+)?\\s+(?:evidence|proof|support) (?:(?:for|of|behind) (?:this|that|it|these|those"
              + "|such claims?)|that (?:this|it|these|those|such claims?) (?:is|are) (?:true|the case))\\b)",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  private boolean refutesPrevious(Annotated s) {
    return REFUTES_PREVIOUS.matcher(text.substring(s.start(), s.end())).find();
  }

  /**
   * "In our training, we dismantle this myth.": a sentence whose verb rejects a belief it points
   * back to ("this myth", "that misconception", "these fears") denies, in its speaker's voice, what
   * the nearest reported belief said. Read from the sentence's text, as such a sentence names no
   * concept.
   */
  private static final java.util.regex.Pattern REJECTS_BELIEF =
      java.util.regex.Pattern.compile(
          "\\b(?:dismantl|debunk|dispel|bust|refut|disprov|overturn|reject|correct|counter)\\w*"
              + "\\s+(?:this|that|these|those|such|the)\\s+(?:[\\w-]+\\s+)?"
              + "(?:myth|belief|misconception|misbelief|idea|notion|fear|assumption)s?\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** How many sentences back the belief a rejection points to may be. */
  private static final int BELIEF_REACH = 4;

  /**
   * Denies, in {@code who}'s voice, the claims of the nearest earlier sentence (within {@link
   * #BELIEF_REACH}) whose claims the article reports without holding them, when {@code s} rejects
   * the belief it points back to.
   */
  private void rejectBelief(Annotated s, AgentRef who, boolean refutes) {
    String words = text.substring(s.start(), s.end());
    java.util.regex.Matcher m = REJECTS_BELIEF.matcher(words);
    if (reported == null || !(refutes || m.find())) {
      return;
    }
    String cue = refutes ? words : m.group();
    int nearest = -1;
    for (Claim c : claims.values()) {
      int at = sentenceOf.get(c.id());
      if (c.attributedTo().equals(reported.ref())
          && at < s.index()
          && at >= s.index() - BELIEF_REACH) {
        nearest = Math.max(nearest, at);
      }
    }
    for (Claim c : new ArrayList<>(claims.values())) {
      if (sentenceOf.get(c.id()) == nearest && c.attributedTo().equals(reported.ref())) {
        put(
            s,
            c.intervention(),
            c.relation(),
            c.condition(),
            Certainty.ASSERTED,
            !c.negated(),
            c.conditional(),
            "cue \"" + cue + "\"; denies the reported \"" + c.span().quote() + "\"",
            who);
      }
    }
  }

  /** The claims the sentence before made in the article's voice become reported ones. */
  private void reportPrevious(Annotated s) {
    String words = text.substring(s.start(), s.end());
    for (Map.Entry<String, Claim> e : claims.entrySet()) {
      Claim c = e.getValue();
      Integer at = sentenceOf.get(e.getKey());
      if (at != null && at == s.index() - 1 && c.attributedTo().equals(author)) {
        e.setValue(
            new Claim(
                c.id(),
                c.article(),
                c.intervention(),
                c.relation(),
                c.condition(),
                c.certainty(),
                c.negated(),
                c.conditional(),
                reported().ref(),
                c.span(),
                c.curation(),
                c.note() + "; reported, and rejected by the next sentence \"" + words + "\"",
                c.grade()));
      }
    }
  }

  /** Set while the statement before a doubting question is read: its claims are reported. */
  private boolean doubted;

  /** Words that open the question of a statement and a doubting question ("…, but does it?"). */
  private static final Set<String> DOUBTING =
      Set.of("does", "do", "did", "is", "are", "can", "will", "would", "could", "should");

  /**
   * The statement before a doubting question in one sentence ("Clients may hear that massage
   * improves blood flow, but does it really do so?"), as a sentence of its own; or null.
   */
  private static Annotated saidBeforeQuestion(Annotated s) {
    List<Token> t = s.tokens();
    for (int k = 4; k + 2 < t.size(); k++) {
      if (t.get(k).lower().equals(",")
          && t.get(k + 1).lower().equals("but")
          && DOUBTING.contains(t.get(k + 2).lower())) {
        int end = k;
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : s.mentions()) {
          if (m.to() <= end) {
            mentions.add(m);
          }
        }
        List<Cue> qualifiers = new ArrayList<>();
        for (Cue q : s.qualifiers()) {
          if (q.to() <= end) {
            qualifiers.add(q);
          }
        }
        return new Annotated(
            s.index(),
            s.start(),
            s.end(),
            s.kind(),
            s.block(),
            false,
            false,
            t.subList(0, end),
            mentions,
            qualifiers);
      }
    }
    return null;
  }

  /** Words that open a question asking whether something may be done. */
  private static final Set<String> MAY_ASK = Set.of("can", "could", "should", "may", "is", "are");

  /**
   * "Can you get a massage on blood thinners? … The answer is no.": a yes or no answers the
   * question before it (or the title's). A question with a relation cue ("Does massage help back
   * pain?") is answered with that relation, denied by a no; one that asks whether something may be
   * done ("Can you get a massage while on blood thinners?", "Is it safe to …?") is answered safe
   * for, or contraindicated for, its condition.
   */
  private void answer(Annotated s, AgentRef who) {
    List<Token> t = s.tokens();
    int at = -1;
    for (int i = 0; i + 3 < t.size(); i++) {
      // "The answer is no", "the short answer is yes".
      int a = i + 1 < t.size() && t.get(i + 1).tag().equals("ADJ") ? i + 2 : i + 1;
      if (t.get(i).lower().equals("the")
          && a + 2 < t.size()
          && t.get(a).lower().equals("answer")
          && t.get(a + 1).lemma().equals("be")) {
        at = a + 2;
      }
    }
    boolean says = at >= 0;
    String word;
    if (says) {
      word = t.get(at).lower();
    } else if (t.size() > 1
        && Set.of(",", ".", "!", ";").contains(t.get(1).lower())
        && Set.of("yes", "no").contains(t.get(0).lower())) {
      word = t.get(0).lower();
    } else if (shortAnswerLast(t)) {
      // "In most cases, yes.", "Generally, no.": a short qualifier, a comma, the answer.
      int last = t.size() - 1;
      while (last > 0 && t.get(last).isPunctuation()) {
        last--;
      }
      word = t.get(last).lower();
    } else if (!t.isEmpty() && Set.of("yes.", "no.").contains(t.get(0).lower())) {
      // "No. Massage can wait…": the tokenizer keeps "No." whole, as the abbreviation of number.
      word = t.get(0).lower().substring(0, t.get(0).lower().length() - 1);
    } else if (NO_EVIDENCE_ANSWER.matcher(text.substring(s.start(), s.end())).matches()) {
      // "Does it help with cellulite? There is little evidence that it does."
      word = "no";
    } else {
      return;
    }
    if (!word.equals("yes") && !word.equals("no")) {
      return;
    }
    Annotated q = d.asked(s, says);
    if (q == null) {
      return;
    }
    Mention intervention = null;
    Mention condition = null;
    for (Mention m : q.mentions()) {
      if (isIntervention(m)) {
        intervention = intervention == null ? m : intervention;
      } else if (m.is(Concept.Kind.CONDITION) && condition == null) {
        condition = m;
      }
    }
    Concept subject = intervention != null ? intervention.concept() : null;
    if (subject == null && asksOfPronoun(q)) {
      subject = d.subject(q); // "Does it help with cellulite?": the intervention it stands for
    }
    if (subject == null || condition == null) {
      return;
    }
    boolean no = word.equals("no");
    Cue asked = null;
    for (Cue c : lexicons.relations().find(q.tokens())) {
      if (!c.is(CueKind.NONE) && c.direction() != CueDirection.ANY) {
        asked = c;
        break;
      }
    }
    Relation r;
    boolean negated;
    String trigger;
    if (asked != null) {
      r = resolve(q, asked.kind(), condition);
      negated = no;
      trigger = "answer \"" + word + "\" to \"" + words(q, 0, q.tokens().size()) + "\"";
    } else if (!q.tokens().isEmpty() && MAY_ASK.contains(q.tokens().get(0).lower())) {
      r = no ? Relation.CONTRAINDICATED_FOR : Relation.SAFE_FOR;
      negated = false;
      trigger = "answer \"" + word + "\" to \"" + words(q, 0, q.tokens().size()) + "\"";
    } else {
      return;
    }
    int before = claims.size();
    add(s, subject, r, condition, Certainty.ASSERTED, negated, false, trigger, who);
    if (claims.size() > before) {
      answers.add(new ArrayList<>(claims.keySet()).get(claims.size() - 1));
    }
  }

  /** "Does it help…?", "Is this safe…?": a question whose subject is a pronoun. */
  private static boolean asksOfPronoun(Annotated q) {
    List<Token> t = q.tokens();
    return t.size() > 2
        && MAY_ASK_OR_DO.contains(t.get(0).lower())
        && Set.of("it", "this", "that").contains(t.get(1).lower());
  }

  /** Words that open a question whether something is so or may be done. */
  private static final Set<String> MAY_ASK_OR_DO =
      Set.of("does", "do", "can", "could", "should", "may", "is", "are", "will", "would");

  /**
   * A sentence that answers the question before it by finding no evidence for it: "There is little
   * evidence that it does.", "However, there is no scientific proof of this."
   */
  private static final java.util.regex.Pattern NO_EVIDENCE_ANSWER =
      java.util.regex.Pattern.compile(
          "(?:(?:however|but|unfortunately|sadly),?\\s+)?there (?:is|'s|’s) (?:no|little|not much|"
              + "limited|scant) (?:[\\w-]+\\s+)?(?:evidence|proof|research) (?:that (?:it|they|this|"
              + "that) (?:does|do|can|will|works?|helps?|is|are)|(?:for|of|to support) (?:this|that|it"
              + "|these claims?|such claims?))[.!]?",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * Whether a cue is one finite verb that a gerund naming a concept matched only by its stem, with
   * a condition after it: "massage heals varicose veins" says it heals them.
   */
  private static boolean verbOfName(Annotated s, Cue c) {
    if (c.to() - c.from() != 1) {
      return false;
    }
    Token t = s.tokens().get(c.from());
    if (t.lower().endsWith("ing")) {
      return false;
    }
    boolean object = false;
    for (Mention m : s.mentions()) {
      object |= m.from() >= c.to() && m.is(Concept.Kind.CONDITION);
    }
    for (Mention m : s.mentions()) {
      if (object && m.from() == c.from() && m.to() == c.to()) {
        // The tagger may call "heals" a noun: the name's "-ing" tells the gerund from the verb.
        // With nothing healed after it ("making it easier to heal"), the verb names the healing.
        return m.label().endsWith("ing") && m.label().indexOf(' ') < 0;
      }
    }
    return false;
  }

  /** Whether a sentence of a few words ends with a comma and a yes or a no. */
  private static boolean shortAnswerLast(List<Token> t) {
    int last = t.size() - 1;
    while (last > 0 && t.get(last).isPunctuation()) {
      last--;
    }
    return last >= 2
        && last <= 6
        && Set.of("yes", "no").contains(t.get(last).lower())
        && t.get(last - 1).lower().equals(",");
  }

  private Discourse.ListContext leadIn(
      Annotated s, List<Cue> relations, List<Cue> qualifiers, AgentRef who, Set<Mention> owned) {
    if (!relations.isEmpty()) {
      Cue last = relations.get(relations.size() - 1);
      boolean open = true;
      for (Mention m : s.mentions()) {
        if (m.from() >= last.to() && m.is(Concept.Kind.CONDITION)) {
          open = false;
        }
      }
      // "The main treatments for lymphoedema are:": a lead-in whose cue is a noun, that says
      // something of a condition and names no intervention, lists the interventions, as a heading
      // would. "Improves posture:" says it of the text's intervention.
      return open
          ? context(s, last, qualifiers, who)
          : listsInterventions(s, relations) ? section(s, relations, qualifiers, who) : null;
    }
    Discourse.ListContext benefits = benefitsOf(s, qualifiers, who, "lead-in");
    if (benefits != null) {
      return benefits;
    }
    Discourse.ListContext treatments = treatments(s, qualifiers, who);
    if (treatments != null) {
      return treatments;
    }
    boolean examples = qualifiers.stream().anyMatch(q -> q.is(CueKind.EXAMPLE));
    if (d.section != null && (d.lastCue == null || d.lastCueAt <= d.sectionAt)) {
      // "Our team offers the following:" under "Treatments for lymphoedema", with no claim since.
      return d.section;
    }
    return examples && d.lastCue != null && s.index() - d.lastCueAt <= 3 ? d.lastCue : null;
  }

  /**
   * "Benefits of leg massage include:", a heading "The benefits of massage for varicose veins":
   * each item of the list is a benefit of the intervention named (else of the text's), or null when
   * no noun of benefit is there.
   */
  private Discourse.ListContext benefitsOf(
      Annotated s, List<Cue> qualifiers, AgentRef who, String where) {
    for (Token t : s.tokens()) {
      if (t.tag().equals("NOUN") && BENEFIT_NOUNS.contains(t.lemma())) {
        Concept subject = null;
        for (Mention m : s.mentions()) {
          if (isIntervention(m) && subject == null) {
            subject = m.concept();
          }
        }
        return nounLeadIn(
            subject != null ? subject : d.subject(s),
            CueKind.BENEFITS,
            qualifiers,
            who,
            "cue \"" + t.text() + "\" in the " + where,
            null);
      }
    }
    return null;
  }

  /**
   * Nouns that make a heading about more than benefits ("Risks and benefits of massage"): its lists
   * need not be benefits.
   */
  private static final Set<String> NOT_ONLY_BENEFITS =
      Set.of("risk", "danger", "side", "harm", "contraindication", "myth", "drawback", "downside");

  /** A heading that names benefits and nothing else its list could be: "Benefits of massage". */
  private Discourse.ListContext benefitsHeading(Annotated s, AgentRef who) {
    if (!s.heading() || s.question()) {
      return null;
    }
    for (Token t : s.tokens()) {
      if (NOT_ONLY_BENEFITS.contains(t.lemma())) {
        return harmsHeading(s, who);
      }
    }
    return benefitsOf(s, s.qualifiers(), who, "heading");
  }

  /**
   * "Side effects of deep tissue massage", "Possible risks": a heading that names harms and no
   * benefit makes each item of its list a harm of the intervention named (else of the text's); a
   * risk is hedged, as a harm given as a risk is. Null for other headings.
   */
  private Discourse.ListContext harmsHeading(Annotated s, AgentRef who) {
    List<Token> t = s.tokens();
    String noun = null;
    for (int i = 0; i < t.size(); i++) {
      String lemma = t.get(i).lemma();
      if (BENEFIT_NOUNS.contains(lemma) || lemma.equals("myth")) {
        return null;
      }
      boolean sideEffect = lemma.equals("effect") && i > 0 && t.get(i - 1).lower().equals("side");
      if (sideEffect || Set.of("risk", "danger", "complication").contains(lemma)) {
        noun = t.get(i).text();
      }
    }
    if (noun == null) {
      return null;
    }
    Concept subject = null;
    for (Mention m : s.mentions()) {
      if (isIntervention(m) && subject == null) {
        subject = m.concept();
      }
    }
    boolean risk = !noun.toLowerCase(java.util.Locale.ROOT).startsWith("effect");
    return new Discourse.ListContext(
        subject != null ? subject : d.subject(s),
        CueKind.CAUSES,
        risk ? Certainty.HEDGED : Certainty.ASSERTED,
        false,
        who,
        "cue \"" + noun + "\" in the heading",
        null);
  }

  /** Nouns of a lead-in that make its list one of treatments: "Treatment includes:". */
  private static final Set<String> TREATMENT_NOUNS = Set.of("treatment", "therapy", "remedy");

  /**
   * "Treatment includes one or more of the following:" on a page about lymphoedema: a lead-in that
   * names treatments but neither an intervention nor a condition lists the treatments of the
   * condition the text is about (its title's, else the one named last), or null.
   */
  private Discourse.ListContext treatments(Annotated s, List<Cue> qualifiers, AgentRef who) {
    if (!s.mentions().isEmpty()) {
      return null;
    }
    for (Token t : s.tokens()) {
      if (t.tag().equals("NOUN") && TREATMENT_NOUNS.contains(t.lemma())) {
        Concept condition = d.conditionInContext(s);
        if (condition == null) {
          return null;
        }
        return nounLeadIn(
            null,
            CueKind.TREATS,
            qualifiers,
            who,
            "\"" + t.text() + "\" in the lead-in, of the text's condition",
            condition);
      }
    }
    return null;
  }

  /** The context of a lead-in whose relation a noun gives: hedged if the lead-in is. */
  private static Discourse.ListContext nounLeadIn(
      Concept subject,
      CueKind relation,
      List<Cue> qualifiers,
      AgentRef who,
      String cue,
      Concept condition) {
    boolean hedged = qualifiers.stream().anyMatch(q -> q.is(CueKind.HEDGE));
    return new Discourse.ListContext(
        subject,
        relation,
        hedged ? Certainty.HEDGED : Certainty.ASSERTED,
        false,
        who,
        cue,
        condition);
  }

  /** Whether the lead-in's last cue is a noun: "treatments for lymphoedema", not "improves". */
  private static boolean listsInterventions(Annotated s, List<Cue> relations) {
    return !relations.isEmpty()
        && s.tokens().get(relations.get(relations.size() - 1).from()).tag().equals("NOUN");
  }

  /** Nouns of a lead-in that make its list one of benefits: "Benefits of massage include:". */
  private static final Set<String> BENEFIT_NOUNS = Set.of("benefit", "advantage");

  /**
   * The context a heading gives the lists of its section when it says something of a condition and
   * names no intervention ("Treatments for lymphoedema", "What helps back pain"), or null.
   */
  private Discourse.ListContext section(
      Annotated s, List<Cue> relations, List<Cue> qualifiers, AgentRef who) {
    Cue last = relations.get(relations.size() - 1);
    if (last.direction() != CueDirection.FORWARD || last.kind().relation() == null) {
      return null;
    }
    for (Mention m : s.mentions()) {
      if (isIntervention(m)) {
        return null;
      }
    }
    for (Mention m : s.mentions()) {
      if (m.from() >= last.to() && m.is(Concept.Kind.CONDITION)) {
        return new Discourse.ListContext(
            null,
            last.kind(),
            certainty(last, qualifiers),
            negated(last, qualifiers),
            who,
            trigger(s, last, qualifiers, " in the section's heading"),
            m.concept());
      }
    }
    return null;
  }

  private Discourse.ListContext context(Annotated s, Cue cue, List<Cue> qualifiers, AgentRef who) {
    Concept subject = null;
    Mention m =
        switch (cue.direction()) {
          case ANY -> anySubject(s, cue);
          case REVERSE -> interventionAfter(s, cue.to()); // "Conditions that improve with massage:"
          default -> forwardSubject(s, cue, 0, false);
        };
    if (m != null) {
      subject = m.concept();
    } else if (mayFallBack(s, cue, 0) || onlyWhoOrWhat(s, cue)) {
      subject = d.subject(s);
    }
    return new Discourse.ListContext(
        subject,
        cue.kind(),
        certainty(cue, qualifiers),
        negated(cue, qualifiers),
        who,
        trigger(s, cue, qualifiers, " in the lead-in"),
        null);
  }

  /** Words that open a question a list can answer: "Who should avoid massage?". */
  private static final Set<String> LIST_QUESTIONS = Set.of("who", "what", "which", "when");

  /**
   * "Who should avoid massage?" over a list: the list answers it, so its items take the question's
   * relation, as under a lead-in. Null for other questions.
   */
  private Discourse.ListContext questionLeadIn(Annotated s) {
    if (s.tokens().isEmpty() || !LIST_QUESTIONS.contains(s.tokens().get(0).lower())) {
      return null;
    }
    List<Cue> relations = new ArrayList<>();
    for (Cue c : lexicons.relations().find(s.tokens())) {
      if (!c.is(CueKind.NONE) && c.kind().relation() != null) {
        relations.add(c);
      }
    }
    if (relations.isEmpty()) {
      return null;
    }
    Cue last = relations.get(relations.size() - 1);
    for (Mention m : s.mentions()) {
      if (m.from() >= last.to() && m.is(Concept.Kind.CONDITION)) {
        return null; // "What helps back pain?" asks for interventions, not conditions
      }
    }
    return context(s, last, s.qualifiers(), author);
  }

  /** Nouns of a lead-in that say who or what its list holds, not what does it. */
  private static final Set<String> LIST_NOUNS =
      Set.of(
          "condition",
          "people",
          "person",
          "client",
          "patient",
          "anyone",
          "woman",
          "man",
          "child",
          "case",
          "situation",
          "circumstance",
          "contraindication",
          "reason",
          "sign",
          "symptom");

  /**
   * "Certain conditions require caution:", "People with these should avoid massage:": a lead-in
   * whose only nouns say who or what its list holds speaks of the intervention the text is about.
   */
  private static boolean onlyWhoOrWhat(Annotated s, Cue cue) {
    for (int i = 0; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if ((t.tag().equals("NOUN") || t.tag().equals("PROPN"))
          && (i < cue.from() || i >= cue.to())
          && !inMention(s, i)
          && !LIST_NOUNS.contains(t.lemma())) {
        return false;
      }
    }
    return true;
  }

  /** One claim per condition an item of a list names, with the lead-in's relation. */
  private void items(Annotated s, AgentRef who, Set<Mention> owned) {
    if (d.list.condition() != null) {
      // Under "Treatments for lymphoedema", an item names an intervention for it.
      Concept condition = d.list.condition();
      Mention object = new Mention(condition, -1, -1, -1, -1, condition.prefLabel());
      int label = itemLabelEnd(s);
      for (Mention m : s.mentions()) {
        if (m.is(Concept.Kind.INTERVENTION) && !m.concept().equals(condition) && m.to() <= label) {
          add(
              s,
              m.concept(),
              d.list.relation().relation(),
              object,
              d.list.certainty(),
              d.list.negated(),
              false,
              d.list.cue(),
              who);
        }
      }
      return;
    }
    if (d.list.subject() == null) {
      return;
    }
    List<Mention> candidates = new ArrayList<>();
    for (Mention m : s.mentions()) {
      if (m.is(Concept.Kind.CONDITION)
          && !owned.contains(m)
          && !inParentheses(s, m)
          && !m.concept().equals(d.list.subject())) {
        candidates.add(m);
      }
    }
    for (Mention m : candidates) {
      if (!narrowerThanAnother(m, candidates)) {
        m = consequenceInItem(s, m); // "Dislodging a blood clot" under "Risks": an embolism
        Relation r = resolve(s, d.list.relation(), m);
        add(
            s,
            d.list.subject(),
            r,
            m,
            d.list.certainty(),
            d.list.negated(),
            false,
            d.list.cue(),
            who);
      }
    }
  }

  /**
   * The condition an item's own harm verb makes of {@code m} ("Dislodging a blood clot": an
   * embolism, as "massage can dislodge a clot" is), else {@code m}.
   */
  private Mention consequenceInItem(Annotated s, Mention m) {
    for (Cue c : lexicons.relations().find(s.tokens())) {
      if (c.is(CueKind.CAUSES) && c.to() <= m.from()) {
        String about =
            lexicons.consequence(
                c.pattern(), m.concept().iri(), annotator.vocabularyAncestors(m.concept()));
        if (!about.equals(m.concept().iri())) {
          Concept consequence = annotator.concepts().concept(about).orElse(null);
          if (consequence != null) {
            return new Mention(consequence, m.from(), m.to(), m.start(), m.end(), m.label());
          }
        }
      }
    }
    return m;
  }

  /**
   * Where an item's label ends: "Complex decongestive therapy (CDT) - This includes…" names its
   * treatment before the dash or colon, and what follows describes it. The whole item when no
   * intervention comes before one.
   */
  private static int itemLabelEnd(Annotated s) {
    for (int i = 1; i < s.tokens().size(); i++) {
      String w = s.tokens().get(i).text();
      if (w.equals("-") || w.equals("–") || w.equals("—") || w.equals(":")) {
        for (Mention m : s.mentions()) {
          if (m.to() <= i && isIntervention(m)) {
            return i;
          }
        }
        break;
      }
    }
    return s.tokens().size();
  }

  /** A cue with a direction: its subject before it, its conditions after it, or the reverse. */
  private void directed(
      Annotated s,
      List<Cue> relations,
      int c,
      List<Cue> qualifiers,
      AgentRef who,
      Set<Mention> owned) {
    Cue cue = relations.get(c);
    int clauseStart = clauseStart(s, cue.from(), qualifiers);
    int next = c + 1 < relations.size() ? relations.get(c + 1).from() : s.tokens().size();
    int windowEnd = windowEnd(s, cue, Math.min(next, clauseEnd(s, cue.to(), qualifiers)));
    boolean causes = cue.is(CueKind.CAUSES);
    Mention chained = null;
    if (cue.direction() == CueDirection.FORWARD && inRelativeClause(s, cue, clauseStart)) {
      chained = chainedSubject(s, relations, c, qualifiers);
      if (chained == null) {
        return;
      }
    }
    if (cue.direction() == CueDirection.FORWARD && participleOfAnEvent(s, cue)) {
      return;
    }
    List<Concept> subjects = new ArrayList<>();
    List<Mention> objects;
    if (cue.direction() == CueDirection.REVERSE) {
      int firstCue = cue.from();
      for (Cue other : relations) {
        if (other.from() >= clauseStart
            && other.from() < firstCue
            && other.direction() == CueDirection.REVERSE) {
          firstCue = other.from();
        }
      }
      objects = conditions(s, clauseStart, firstCue, Set.of());
      int afterSubjects = cue.to();
      int purposeAt = purposeAfterSubject(s, cue.to(), windowEnd);
      if (purposeAt >= 0) {
        // "Patients on warfarin can benefit from massage for stress relief": what it is for is the
        // condition; who benefits is the population.
        List<Mention> purpose =
            conditions(s, purposeAt + 1, clauseEnd(s, purposeAt, qualifiers), Set.of());
        if (!purpose.isEmpty()) {
          objects = purpose;
          owned.addAll(purpose);
          windowEnd = purposeAt;
        }
      }
      for (Mention m : s.mentions()) {
        if (m.from() >= cue.to() && m.to() <= windowEnd) {
          if (m.is(Concept.Kind.EXPOSURE) || m.is(Concept.Kind.INTERVENTION)) {
            subjects.add(m.concept());
          }
          owned.add(m);
          afterSubjects = m.to();
        }
      }
      if (objects.isEmpty()) {
        // "Conditions that may improve with massage include A, B and C."
        objects = conditions(s, afterSubjects, clauseEnd(s, afterSubjects, qualifiers), owned);
      }
    } else {
      objects = withoutCircumstances(s, conditions(s, cue.from() + 1, windowEnd, Set.of()));
      Mention harm = cue.is(CueKind.CAUSES) ? harmNamedFrom(s, cue) : null;
      if (objects.isEmpty() && harm != null && harm.to() <= clauseEnd(s, cue.to(), qualifiers)) {
        objects = List.of(harm);
      }
      if (objects.isEmpty()) {
        objects = objectBefore(s, cue, qualifiers);
      }
      if (objects.isEmpty()
          && cue.pattern().contains("relief")
          && !conditionNamed(s)
          && !s.question()
          && d.topicCondition() != null) {
        // "Massage may offer temporary relief." on a page titled "Can massage help restless legs
        // syndrome?": relief of what the page is about.
        Concept topic = d.topicCondition();
        objects = List.of(new Mention(topic, -1, -1, -1, -1, topic.prefLabel()));
      }
      Mention exposed =
          objects.isEmpty() ? riskWithoutHarm(s, cue, clauseStart) : riskFor(s, cue, objects);
      if (exposed != null) {
        // "Massaging varicose veins carries significant risks": no harm is named, so the risk is
        // that of giving the intervention to someone with the condition: a caution.
        objects = List.of(exposed);
        cue = new Cue(CueKind.CAUTION_WITH, cue.direction(), cue.pattern(), cue.from(), cue.to());
        causes = false;
      }
      if (causes && chained == null && diseaseIsSubject(s, cue, clauseStart)) {
        // "…should be avoided as venous disease does increase the risk of bleeding": the course
        // of a disease, which is no claim about what is done.
        return;
      }
      Mention subject =
          chained != null ? chained : instrument(s, windowEnd, clauseEnd(s, cue.to(), qualifiers));
      if (subject == null) {
        subject = forwardSubject(s, cue, clauseStart, causes);
      }
      if (subject == null) {
        // "…a reduction of symptoms of A and B when incorporating vascular massage"
        subject = interventionAfter(s, windowEnd);
      }
      Concept inGap = subject == null ? inCueGap(s, cue) : null;
      if (inGap != null) {
        // "Doctors prescribe these medications for heart valve disease"
        subjects.add(inGap);
      } else if (subject != null) {
        subjects.addAll(coordinated(s, subject));
      } else if (s.leadIn()
          && listsInterventions(s, relations)
          && section(s, relations, qualifiers, who) != null) {
        // The lead-in's list names the interventions; the lead-in itself is about none.
      } else if ((framedHarm(s, cue, clauseStart)
              || usedPronoun(s, clauseStart, cue.from())
              || ((!causes
                      || pronounSubject(s, cue, clauseStart)
                      || anaphor(s, clauseStart, cue.from()))
                  && mayFallBack(s, cue, clauseStart)))
          && !namedMeans(s, cue.to(), clauseEnd(s, cue.to(), qualifiers))) {
        Concept fallback =
            medicationAnaphor(s, clauseStart, cue.from()) ? d.medication(s) : d.subject(s);
        Concept meant = clauseStart == 0 ? d.pronounForCondition(s) : null;
        if (meant != null) {
          // "Varicose veins are swollen veins. They can cause aching.": the veins cause it, and
          // only an exposure is the subject of a claim.
          if (causes && meant.kinds().contains(Concept.Kind.EXPOSURE)) {
            subjects.add(meant);
          }
        } else if (fallback != null) {
          subjects.add(fallback);
        }
      }
    }
    if (subjects.isEmpty() && said != null && joinedToPrevious(s, said.end(), cue.from())) {
      subjects.addAll(said.subjects()); // "it relieves pain and speeds up healing"
    }
    if (subjects.isEmpty() && aimed != null && cue.from() > 0 && including(s, cue.from())) {
      // "The goal is to help clients with symptom relief, including improvements in pain": what
      // "including" names is part of what the earlier predicate of the sentence brings.
      subjects.addAll(aimed.subjects());
    }
    if (!subjects.isEmpty() && objects.isEmpty()) {
      aimed = new Said(List.copyOf(subjects), cue.to());
    }
    if (subjects.isEmpty() || objects.isEmpty()) {
      return;
    }
    owned.addAll(objects);
    emit(s, cue, subjects, objects, qualifiers, who);
    int end = cue.to();
    for (Mention m : objects) {
      end = Math.max(end, m.to());
    }
    said = new Said(List.copyOf(subjects), end);
  }

  /**
   * "A massage promotes the release of serotonin, which reduces stress": a clause opened by "which"
   * right after what an earlier cue of the sentence says its intervention brings about goes on with
   * that intervention's effect, so the intervention is its subject too. Null when the clause has no
   * such earlier cue (then the noun before "which" is the subject, as in "the veins, which can
   * swell").
   */
  /** The tags of the words of a plain noun phrase ("the release of serotonin"). */
  private static final Set<String> NOUN_PHRASE =
      Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART");

  private Mention chainedSubject(Annotated s, List<Cue> relations, int c, List<Cue> qualifiers) {
    Cue cue = relations.get(c);
    int which = -1;
    for (int i = cue.from() - 1; i > 0; i--) {
      if (s.tokens().get(i).lower().equals("which")) {
        which = i;
        break;
      }
      if (s.tokens().get(i).isPunctuation()) {
        return null;
      }
    }
    if (which < 0) {
      return null;
    }
    for (int k = c - 1; k >= 0; k--) {
      Cue before = relations.get(k);
      if (before.to() >= which || before.direction() != CueDirection.FORWARD) {
        continue;
      }
      if (before.is(CueKind.CAUSES) || before.is(CueKind.CONTRAINDICATED_FOR)) {
        return null; // what a harm brings about is no benefit of the intervention
      }
      int antecedentEnd = s.tokens().get(which - 1).lower().equals(",") ? which - 1 : which;
      for (int i = before.to(); i < antecedentEnd; i++) {
        if (!NOUN_PHRASE.contains(s.tokens().get(i).tag()) || isTermination(qualifiers, i)) {
          return null; // the effect must be the object of that cue, not a later clause
        }
      }
      int start = clauseStart(s, before.from(), qualifiers);
      if (inRelativeClause(s, before, start)) {
        return null;
      }
      return forwardSubject(s, before, start, false);
    }
    return null;
  }

  /** A cue that may sit anywhere ("If you have X, consult your doctor before Y"). */
  private void anywhere(
      Annotated s,
      Cue cue,
      List<Cue> relations,
      List<Cue> qualifiers,
      AgentRef who,
      Set<Mention> owned) {
    Mention subject = anySubject(s, cue);
    List<Concept> subjects = new ArrayList<>();
    if (subject != null) {
      subjects.addAll(coordinated(s, subject));
    } else {
      // A warning rarely names what it warns against: "Certain cases may require clearance."
      // But "avoid weight-bearing" names it, and it is no intervention of the vocabulary.
      Concept fallback = namedObject(s, cue) ? null : d.subject(s);
      if (fallback != null) {
        subjects.add(fallback);
      }
    }
    List<Mention> objects = new ArrayList<>();
    boolean reasons = false;
    for (Mention m : s.mentions()) {
      if (m != subject && m.is(Concept.Kind.CONDITION) && !untilHealed(s, m)) {
        if (reason(s, m, relations)) {
          reasons = true; // "unsafe due to bruising": the harm feared, not the condition
        } else if (!owned.contains(m)) {
          objects.add(m);
        }
      }
    }
    Concept medication = d.medication(s);
    if (objects.isEmpty()
        && reasons
        && medication != null
        && medicationAnaphor(s, 0, s.tokens().size())) {
      // "While on this medication, she will bruise easily, and only light touch should be used":
      // the caution is for taking the medication, the bruising is what it fears.
      objects.add(new Mention(medication, -1, -1, -1, -1, medication.prefLabel()));
    }
    if (!objects.isEmpty()
        && objects.stream().allMatch(m -> excepted(s, m, cue, qualifiers))
        && warnsOrAllows(cue)) {
      // "Unless a client has risk factors for a clot, none of them recommend restrictions": the
      // exception names whom the advice is not for, so the advice is for whom the text speaks of.
      Concept period = d.periodInContext(s);
      if (period != null) {
        objects.add(new Mention(period, -1, -1, -1, -1, period.prefLabel()));
      }
    }
    Concept pointed = objects.isEmpty() ? d.pointedCondition(s) : null;
    if (pointed != null) {
      // "… may be a sign of DVT. In that case, do not massage the leg."
      objects.add(new Mention(pointed, -1, -1, -1, -1, pointed.prefLabel()));
    }
    if (objects.isEmpty()
        && (reasons || !conditionNamed(s))
        && !s.leadIn()
        && d.topicCondition() != null) {
      // "Deep tissue massage is unsafe" in a page titled "… massage while on blood thinners?"; but
      // "Do not get a massage if you have:" warns of what its list names.
      Concept topic = d.topicCondition();
      objects.add(new Mention(topic, -1, -1, -1, -1, topic.prefLabel()));
    }
    if (subjects.isEmpty() || objects.isEmpty()) {
      return;
    }
    owned.addAll(objects);
    emit(s, cue, subjects, objects, qualifiers, who);
  }

  /**
   * "…should wait until they have healed": healing or recovery named in an "until" clause is when
   * the warning ends, not a condition it is about.
   */
  private static boolean untilHealed(Annotated s, Mention m) {
    String lemma = s.tokens().get(m.to() - 1).lemma();
    if (!Set.of("heal", "healing", "recover", "recovery").contains(lemma)) {
      return false;
    }
    for (int i = m.from() - 1; i >= 0 && i >= m.from() - 4; i--) {
      if (s.tokens().get(i).lower().equals("until")) {
        return true;
      }
    }
    return false;
  }

  /** The harm of the last claim that something causes one, and its sentence. */
  private Mention lastHarm;

  private int lastHarmAt = -100;

  /** Words that point back to a risk just named: "this risk", "such a danger". */
  private static final Set<String> POINTING = Set.of("this", "that", "such", "same");

  /**
   * "Applying pressure can cause the clot to break free. This risk exists across all massage
   * modalities.": a sentence that names no condition and points back to a risk ("this risk", "such
   * a danger") says the interventions it names carry the harm the sentence before said is caused.
   * Hedged, as a risk.
   */
  private void riskAnaphor(Annotated s, List<Cue> qualifiers, AgentRef who, Set<Mention> owned) {
    if (lastHarm == null || s.index() - lastHarmAt > 2 || s.index() == lastHarmAt) {
      return;
    }
    List<Token> t = s.tokens();
    String pointed = null;
    for (int i = 0; i + 1 < t.size() && pointed == null; i++) {
      int noun = t.get(i + 1).lower().equals("a") && i + 2 < t.size() ? i + 2 : i + 1;
      if (POINTING.contains(t.get(i).lower())
          && Scopes.FRAMING_NOUNS.contains(t.get(noun).lemma())) {
        pointed = words(s, i, noun + 1);
      }
    }
    if (pointed == null) {
      return;
    }
    for (Mention m : s.mentions()) {
      if (m.is(Concept.Kind.CONDITION) || owned.contains(m)) {
        return;
      }
    }
    Cue strong = null;
    for (Cue q : qualifiers) {
      if (q.is(CueKind.STRONG)) {
        strong = q;
      }
    }
    for (Mention m : s.mentions()) {
      if (isIntervention(m)) {
        add(
            s,
            m.concept(),
            Relation.CAUSES,
            lastHarm,
            strong != null ? Certainty.STRONG : Certainty.HEDGED,
            false,
            false,
            "\"" + pointed + "\" points back to a harm",
            who);
      }
    }
  }

  /** Words that open a clause of time: "while on blood thinners", "when taking warfarin". */
  private static final Set<String> WHILE = Set.of("while", "when", "whilst");

  /** Words between "while" and the medication: "while on", "while you are taking". */
  private static final Set<String> TAKING = Set.of("on", "taking", "using", "take", "use");

  /**
   * "While on this medication, she will bruise and bleed easily": a sentence that opens with a
   * clause of time naming a medication taken, and whose main clause names harms that no cue of its
   * own explains, says the medication causes them; its hedge is the main clause's.
   */
  private void whileOn(Annotated s, List<Cue> qualifiers, AgentRef who, Set<Mention> owned) {
    List<Token> t = s.tokens();
    if (t.size() < 5 || !WHILE.contains(t.get(0).lower())) {
      return;
    }
    int on = -1;
    for (int i = 1; i < Math.min(5, t.size()); i++) {
      if (TAKING.contains(t.get(i).lower())) {
        on = i;
        break;
      }
    }
    int comma = -1;
    for (int i = on + 1; on > 0 && i < t.size(); i++) {
      if (t.get(i).lower().equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0 || comma - on > 5) {
      return;
    }
    Concept medication = null;
    for (Mention m : s.mentions()) {
      if (m.from() > on && m.to() <= comma && m.is(Concept.Kind.INTERVENTION)) {
        medication = isIntervention(m) ? null : m.concept();
      }
    }
    if (medication == null && medicationAnaphor(s, on + 1, comma)) {
      medication = d.medication(s);
    }
    if (medication == null) {
      return;
    }
    int end = clauseEnd(s, comma + 1, qualifiers);
    Cue hedge = null;
    for (Cue q : qualifiers) {
      if (q.from() > comma && q.to() <= end && (q.is(CueKind.HEDGE) || q.is(CueKind.STRONG))) {
        hedge = hedge == null ? q : hedge;
      }
    }
    for (Mention m : s.mentions()) {
      if (m.from() > comma
          && m.to() <= end
          && m.is(Concept.Kind.CONDITION)
          && !m.is(Concept.Kind.INTERVENTION)
          && !owned.contains(m)
          && !lexicons.isFaculty(m.label())) {
        owned.add(m);
        add(
            s,
            medication,
            Relation.CAUSES,
            m,
            hedge == null
                ? Certainty.ASSERTED
                : hedge.is(CueKind.STRONG) ? Certainty.STRONG : Certainty.HEDGED,
            false,
            false,
            "\"" + words(s, 0, on + 1) + "\" a medication",
            who);
      }
    }
  }

  /** Words that open a clause conceding something: "while it may have temporary benefits". */
  private static final Set<String> CONCESSIVE = Set.of("while", "although", "though", "whereas");

  /**
   * The qualifiers without the hedges of a concession closed before the cue: in "Massage, while it
   * may have temporary benefits, will not heal varicose veins", the "may" is the concession's, and
   * the denial is not hedged. A hedge counts as the concession's when one of its words opens the
   * clause a few words before the hedge and a comma closes it before the cue.
   */
  private static List<Cue> outsideConcessions(Annotated s, Cue cue, List<Cue> qualifiers) {
    List<Cue> kept = null;
    for (Cue q : qualifiers) {
      if ((q.is(CueKind.HEDGE) || q.is(CueKind.DOUBT))
          && q.to() <= cue.from()
          && conceded(s, q.from(), cue.from())) {
        if (kept == null) {
          kept = new ArrayList<>(qualifiers);
        }
        kept.remove(q);
      }
    }
    return kept == null ? qualifiers : kept;
  }

  private static boolean conceded(Annotated s, int hedge, int cue) {
    List<Token> t = s.tokens();
    boolean opened = false;
    for (int i = hedge - 1; i >= 0 && i >= hedge - 5; i--) {
      if (t.get(i).lower().equals(",")) {
        break;
      }
      if (CONCESSIVE.contains(t.get(i).lower())) {
        opened = true;
        break;
      }
    }
    if (!opened) {
      return false;
    }
    for (int i = hedge + 1; i < cue; i++) {
      if (t.get(i).lower().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** Nouns after which "of when", "of whether" opens a question: "the question of when…". */
  private static final Set<String> ASKING_NOUNS = Set.of("question", "issue", "matter");

  /**
   * Whether the cue stands in a question the sentence only mentions: "whether massage is safe
   * depends on…", "the question of when massage is safe…". The nearest clause opener before the
   * cue, within a few words and with no comma between, decides.
   */
  private static boolean asked(Annotated s, Cue cue) {
    List<Token> t = s.tokens();
    for (int i = cue.from() - 1; i >= 0 && i >= cue.from() - 6; i--) {
      String w = t.get(i).lower();
      if (w.equals(",") || w.equals(";") || w.equals("that")) {
        return false;
      }
      if (w.equals("whether")) {
        return true;
      }
      if ((w.equals("when") || w.equals("how") || w.equals("if"))
          && i >= 2
          && t.get(i - 1).lower().equals("of")
          && ASKING_NOUNS.contains(t.get(i - 2).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The risk noun a causal cue speaks through ("carries the risk of", "increases the risk of"), or
   * that stands with "of" right before it ("the risk of dislodging a clot"), or null.
   */
  private static String risk(Annotated s, Cue cue) {
    for (int i = cue.from(); i < cue.to(); i++) {
      if (Scopes.FRAMING_NOUNS.contains(s.tokens().get(i).lemma())) {
        return s.tokens().get(i).text();
      }
    }
    int before = cue.from() - 1;
    if (before >= 1
        && s.tokens().get(before).is("of")
        && Scopes.FRAMING_NOUNS.contains(s.tokens().get(before - 1).lemma())) {
      return s.tokens().get(before - 1).text();
    }
    return null;
  }

  /** What the last directed cue of the sentence said of which subjects, and where it ended. */
  private record Said(List<Concept> subjects, int end) {}

  private Said said;

  /** The last directed cue of the sentence that found its subject and named no object. */
  private Said aimed;

  /** Whether "including" (or "such as") stands right before token {@code at}. */
  private static boolean including(Annotated s, int at) {
    String before = s.tokens().get(at - 1).lower();
    return before.equals("including")
        || (at > 1 && before.equals("as") && s.tokens().get(at - 2).lower().equals("such"));
  }

  /** Words that join a second predicate to the first: "relieves pain and speeds up healing". */
  private static final Set<String> JOINERS = Set.of("and", "or", ",", "also", "then", "so");

  /** The tags of words that may go on naming the object before the conjunction. */
  private static final Set<String> OBJECT_TAIL =
      Set.of("NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM");

  /**
   * Whether only a conjunction (with a comma or an adverb) lies in {@code [from, to)}, after the
   * rest of the first predicate's object ("lower stress hormones and improve mood"): a verb there
   * shares the subject of the predicate before it.
   */
  private static boolean joinedToPrevious(Annotated s, int from, int to) {
    int start = from;
    while (start < to
        && start < from + 5
        && OBJECT_TAIL.contains(s.tokens().get(start).tag())
        && !JOINERS.contains(s.tokens().get(start).lower())) {
      start++;
    }
    boolean conjunction = false;
    for (int i = start; i < to; i++) {
      Token t = s.tokens().get(i);
      if (!JOINERS.contains(t.lower()) && !t.tag().equals("ADV")) {
        return false;
      }
      conjunction |= t.lower().equals("and") || t.lower().equals("or");
    }
    return conjunction;
  }

  /**
   * "Prevent blood clots during pregnancy", "DVT after knee arthroplasty", "hyperglycemia in
   * diabetics": a condition after "during", "after", "following", "in" or "among", following
   * another that the cue takes, is when or in whom, not what.
   */
  private static List<Mention> withoutCircumstances(Annotated s, List<Mention> objects) {
    if (objects.size() < 2) {
      return objects;
    }
    List<Mention> out = new ArrayList<>();
    for (int k = 0; k < objects.size(); k++) {
      Mention m = objects.get(k);
      // "after breast cancer surgery", "in people with cancer", "in people on blood thinners": a
      // few words may describe the setting, or who has it, before its name.
      int b = m.from() - 1;
      while (b > 0
          && m.from() - b <= 4
          && !inMention(s, b)
          && (Set.of("NOUN", "ADJ", "DET").contains(s.tokens().get(b).tag())
              || Set.of("with", "who", "have", "has", "on", "taking", "using")
                  .contains(s.tokens().get(b).lower()))) {
        b--;
      }
      boolean during = b >= 0 && SETTINGS.contains(s.tokens().get(b).lower());
      if (!(during && k > 0)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * What a cue with a gap ("prescribe * for") holds in the gap: an intervention it names, or the
   * medication an anaphor there stands for; or null.
   */
  private Concept inCueGap(Annotated s, Cue cue) {
    for (Mention m : s.mentions()) {
      if (m.from() > cue.from() && m.to() < cue.to() && m.is(Concept.Kind.INTERVENTION)) {
        return m.concept();
      }
    }
    return medicationAnaphor(s, cue.from() + 1, cue.to()) ? d.medication(s) : null;
  }

  /**
   * The condition of a cue that names none after it, named before it instead: "blood flow to the
   * feet, which massage can help increase" (the object of a relative clause whose subject is an
   * intervention), or, for a helping cue, "If you often feel bloated, a lymphatic drainage massage
   * can make a difference" (the condition of an "if" clause before it).
   */
  private List<Mention> objectBefore(Annotated s, Cue cue, List<Cue> qualifiers) {
    for (int i = cue.from() - 1; i > 1; i--) {
      String w = s.tokens().get(i).lower();
      if ((w.equals("which") || w.equals("that")) && s.tokens().get(i - 1).lower().equals(",")) {
        boolean subjectInside = false;
        for (Mention m : s.mentions()) {
          subjectInside |= m.from() > i && m.to() <= cue.from() && isIntervention(m);
        }
        for (Mention m : s.mentions()) {
          if (subjectInside && m.is(Concept.Kind.CONDITION) && tailOf(s, m.to(), i - 1)) {
            return List.of(m);
          }
        }
        break;
      }
    }
    boolean helps = cue.is(CueKind.BENEFITS) || cue.is(CueKind.LOWER) || cue.is(CueKind.TREATS);
    Mention fronted = helps ? frontedSubject(s, cue) : null;
    if (fronted != null) {
      return List.of(fronted);
    }
    if (helps) {
      for (Cue q : qualifiers) {
        if (q.is(CueKind.CONDITIONAL) && q.to() <= cue.from()) {
          int end = q.to();
          while (end < cue.from() && !s.tokens().get(end).lower().equals(",")) {
            end++;
          }
          if (end >= cue.from()) {
            continue; // the cue is inside the "if" clause, not in the main clause after it
          }
          for (Mention m : s.mentions()) {
            if (m.from() >= q.to()
                && m.to() <= end
                && m.is(Concept.Kind.CONDITION)
                && !isIntervention(m)) {
              return List.of(m);
            }
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The condition of a risk that names no harm: "massaging varicose veins carries significant
   * risks", "for people with DVT, a massage poses a risk". A cue of risk with nothing after it in
   * its clause, and a condition (not an intervention) named before it in the clause: the last one.
   * Null otherwise.
   */
  private static Mention riskWithoutHarm(Annotated s, Cue cue, int clauseStart) {
    if (!cue.is(CueKind.CAUSES) || !cue.pattern().contains("risk")) {
      return null;
    }
    for (int i = cue.to(); i < s.tokens().size(); i++) {
      String tag = s.tokens().get(i).tag();
      if (tag.equals("NOUN") || tag.equals("PROPN") || inMention(s, i)) {
        return null; // a harm is named, or something else is: not a risk of its own
      }
      if (tag.equals("PUNCT") || tag.equals("SCONJ") || tag.equals("PRON") || tag.equals("ADP")) {
        break;
      }
    }
    Mention last = null;
    for (Mention m : s.mentions()) {
      if (m.from() >= clauseStart
          && m.to() <= cue.from()
          && m.is(Concept.Kind.CONDITION)
          && !isIntervention(m)) {
        last = m;
      }
    }
    return last;
  }

  /** Who a risk may be for: "a risk for people with varicose veins". */
  private static final Set<String> POPULATION =
      Set.of(
          "people",
          "patients",
          "those",
          "anyone",
          "individuals",
          "women",
          "men",
          "clients",
          "persons",
          "someone",
          "mothers",
          "adults",
          "children");

  /**
   * "Massage carries a risk for people with varicose veins": a risk whose first object is the
   * condition of those it is a risk for names no harm; it is a caution about that condition.
   */
  private Mention riskFor(Annotated s, Cue cue, List<Mention> objects) {
    if (!cue.is(CueKind.CAUSES) || !cue.pattern().contains("risk") || objects.isEmpty()) {
      return null;
    }
    Mention first = objects.get(0);
    List<Token> t = s.tokens();
    int i = cue.to();
    if (i >= first.from() || !(t.get(i).lower().equals("for") || t.get(i).lower().equals("to"))) {
      return null;
    }
    i++;
    if (i < first.from() && POPULATION.contains(t.get(i).lower())) {
      i++;
    } else {
      return null;
    }
    if (i >= first.from()) {
      return null;
    }
    String rest = words(s, i, first.from()).toLowerCase(java.util.Locale.ROOT);
    return Set.of("with", "who have", "who has", "suffering from", "living with").contains(rest)
        ? first
        : null;
  }

  /** Prepositions that front the means of a clause: "With a sports massage, …". */
  private static final Set<String> FRONTING = Set.of("with", "after", "through", "following");

  /**
   * "With a sports massage, your vascular function will improve": a clause fronted by a phrase that
   * names an intervention, whose subject is a condition and whose cue takes no object after it. The
   * condition is the subject: the one named between the fronting phrase's comma and the cue.
   */
  private static Mention frontedSubject(Annotated s, Cue cue) {
    if (s.tokens().isEmpty() || !FRONTING.contains(s.tokens().get(0).lower())) {
      return null;
    }
    int comma = -1;
    for (int i = 1; i < cue.from(); i++) {
      if (s.tokens().get(i).lower().equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0) {
      return null;
    }
    boolean means = false;
    Mention subject = null;
    for (Mention m : s.mentions()) {
      if (m.to() <= comma && isIntervention(m)) {
        means = true;
      } else if (m.from() > comma
          && m.to() <= cue.from()
          && m.is(Concept.Kind.CONDITION)
          && !isIntervention(m)) {
        subject = subject == null ? m : subject;
      }
    }
    return means ? subject : null;
  }

  /**
   * Whether tokens {@code [from, to)} are nothing, or a short phrase that only completes the noun
   * before them: "blood flow to the feet".
   */
  private static boolean tailOf(Annotated s, int from, int to) {
    if (from > to || to - from > 4) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String tag = s.tokens().get(k).tag();
      if (!(tag.equals("ADP") || tag.equals("DET") || tag.equals("NOUN") || tag.equals("ADJ"))) {
        return false;
      }
    }
    return from == to || s.tokens().get(from).tag().equals("ADP");
  }

  /** "Avoid weight-bearing…": a verb cue followed by a noun of its own that names no concept. */
  private static boolean namedObject(Annotated s, Cue cue) {
    if (!s.tokens().get(cue.from()).tag().equals("VERB") && cue.from() != 0) {
      return false; // a verb, or the first word of an imperative ("Avoid…", tagged unreliably)
    }
    for (int i = cue.to(); i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (inMention(s, i)) {
        return false;
      }
      String tag = t.tag();
      if (tag.equals("NOUN") || tag.equals("PROPN")) {
        return true;
      }
      if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("ADV") || tag.equals("PUNCT"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "…the uterus presses on the veins, causing a rise in blood pressure": a participle after a
   * comma speaks of the event before it; with no intervention named before it in the sentence, it
   * states nothing about one.
   */
  private static boolean participleOfAnEvent(Annotated s, Cue cue) {
    if (cue.from() == 0
        || !s.tokens().get(cue.from()).lower().endsWith("ing")
        || !s.tokens().get(cue.from() - 1).lower().equals(",")) {
      return false;
    }
    for (Mention m : s.mentions()) {
      if (m.to() <= cue.from() && isIntervention(m)) {
        return false;
      }
    }
    // "The technique helps remove fluid, reducing swelling": the technique is the subject.
    return !anaphor(s, 0, cue.from());
  }

  /**
   * A mention of the harm feared rather than of the condition a warning is for: after a "due to" or
   * "because of", as the object of a harm ("this can cause a stroke"), or named by a verb of the
   * verb of a harm ("avoid it — this can dislodge clots").
   */
  /** Subjects of a clause that says something of the person the claim is for. */
  private static final Set<String> PERSONS =
      Set.of("you", "they", "he", "she", "we", "patients", "people", "clients", "women", "men");

  private static boolean reason(Annotated s, Mention m, List<Cue> relations) {
    if (m.to() - m.from() == 1 && harmVerb(s, m.from())) {
      return true;
    }
    for (int i = 0; i < m.from(); i++) {
      // "…can be harmful for people with diabetes, because nerve damage may stop them from
      // noticing burns": what the reason clause names is why, not for whom.
      // But "…may not be advisable because you will be taking anticoagulant drugs" says of whom.
      if (s.tokens().get(i).lower().equals("because")
          && i + 1 < s.tokens().size()
          && !s.tokens().get(i + 1).lower().equals("of")
          && !PERSONS.contains(s.tokens().get(i + 1).lower())) {
        boolean cueBefore = false;
        for (Cue c : relations) {
          cueBefore |= c.to() <= i;
        }
        if (cueBefore) {
          return true;
        }
      }
    }
    for (Cue c : relations) {
      // The sentence's harm cues, the one that opens a name ("dislodge clots") among them.
      boolean opensName = c.from() == m.from() && c.to() < m.to();
      boolean before =
          c.direction() != CueDirection.ANY && c.to() <= m.from() && m.from() - c.to() <= 4;
      if (c.is(CueKind.CAUSES) && (opensName || before)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cue warns about giving the intervention or allows it: advice, not an effect. */
  private static boolean warnsOrAllows(Cue cue) {
    return cue.is(CueKind.CAUTION_WITH)
        || cue.is(CueKind.CONTRAINDICATED_FOR)
        || cue.is(CueKind.SAFE_FOR);
  }

  private static boolean conditionNamed(Annotated s) {
    for (Mention m : s.mentions()) {
      if (m.is(Concept.Kind.CONDITION) && !m.is(Concept.Kind.INTERVENTION)) {
        return true;
      }
    }
    return false;
  }

  private void emit(
      Annotated s,
      Cue cue,
      List<Concept> subjects,
      List<Mention> objects,
      List<Cue> qualifiers,
      AgentRef who) {
    if (asked(s, cue)) {
      return; // "The question of when massage is safe depends on…" asks; it does not say
    }
    qualifiers = outsideConcessions(s, cue, qualifiers);
    Certainty certainty = certainty(cue, qualifiers);
    boolean negated = negated(cue, qualifiers);
    String risk = certainty == Certainty.ASSERTED && cue.is(CueKind.CAUSES) ? risk(s, cue) : null;
    if (risk != null) {
      certainty = Certainty.HEDGED; // "carries the risk of dislodging a clot": a risk, hedged
    }
    for (Concept subject : subjects) {
      for (Mention object : objects) {
        if (excepted(s, object, cue, qualifiers)) {
          continue;
        }
        String about =
            lexicons.consequence(
                cue.pattern(),
                object.concept().iri(),
                annotator.vocabularyAncestors(object.concept()));
        if (!about.equals(object.concept().iri())) {
          Concept consequence = annotator.concepts().concept(about).orElse(null);
          if (consequence != null) {
            object =
                new Mention(
                    consequence,
                    object.from(),
                    object.to(),
                    object.start(),
                    object.end(),
                    object.label());
          }
        }
        if (!object.concept().equals(subject)) {
          Relation r = resolve(s, cue.kind(), object);
          int[] circumstance = circumstance(s, object, qualifiers);
          if (circumstance == null && r == Relation.CAUSES) {
            circumstance = appliedTo(s, subject, object);
          }
          String trigger = trigger(s, cue, qualifiers, "");
          if (risk != null && !trigger.contains("hedge")) {
            trigger += "; hedge \"" + risk + "\"";
          }
          if (circumstance != null) {
            trigger += "; circumstance \"" + words(s, circumstance[0], circumstance[1]) + "\"";
          }
          add(s, subject, r, object, certainty, negated, circumstance != null, trigger, who);
        }
      }
    }
  }

  /** Words between an intervention and the condition it is applied to: "massage over the". */
  private static final Set<String> APPLIED_TO =
      Set.of("on", "over", "of", "to", "the", "a", "an", "your", "their", "his", "her", "these");

  /**
   * "Massaging varicose veins risks thrombophlebitis", "massage over a clot can dislodge it": the
   * tokens {@code [from, to)} of the intervention applied to a condition other than the harm, a
   * circumstance of the harm; or null.
   */
  private static int[] appliedTo(Annotated s, Concept subject, Mention harm) {
    for (Mention m : s.mentions()) {
      if (!m.concept().equals(subject)) {
        continue;
      }
      int at = m.to();
      while (at < s.tokens().size()
          && at - m.to() < 3
          && APPLIED_TO.contains(s.tokens().get(at).lower())) {
        at++;
      }
      for (Mention c : s.mentions()) {
        if (c.from() == at
            && c.is(Concept.Kind.CONDITION)
            && !c.concept().equals(harm.concept())
            && c.from() != harm.from()) {
          return new int[] {m.from(), c.to()};
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- roles

  /** "she will bruise", "you may bleed": a condition's verb after a modal, something happening. */
  private static boolean harmVerb(Annotated s, int at) {
    if (!s.tokens().get(at).tag().equals("VERB")) {
      return false;
    }
    for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
      Token t = s.tokens().get(i);
      if (t.tag().equals("AUX") && MODALS.contains(t.lower())) {
        return true;
      }
      if (!t.tag().equals("ADV") && !t.tag().equals("VERB") && !t.tag().equals("CCONJ")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> MODALS =
      Set.of("will", "may", "might", "can", "could", "would", "'ll");

  /** The condition whose name starts with the cue's words and goes on after them, or null. */
  private static Mention harmNamedFrom(Annotated s, Cue cue) {
    for (Mention m : s.mentions()) {
      if (m.from() == cue.from() && m.to() > cue.to() && m.is(Concept.Kind.CONDITION)) {
        return m;
      }
    }
    return null;
  }

  private List<Mention> conditions(Annotated s, int from, int to, Set<Mention> except) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : s.mentions()) {
      if (m.from() >= from && m.to() <= to && m.is(Concept.Kind.CONDITION) && !except.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The subject of a forward cue: the last intervention before it in the clause; for "causes", an
   * exposure will do when no intervention is there ("Poor circulation can cause swelling"). A
   * condition that is no exposure ("stress", "hypertension") is not the subject of a claim: the
   * statement is about the course of a disease, not about what is done or met.
   */
  private Mention forwardSubject(Annotated s, Cue cue, int clauseStart, boolean causes) {
    Mention intervention = null;
    Mention any = null;
    Mention medication = null;
    for (Mention m : s.mentions()) {
      if (m.to() <= cue.from() && m.from() >= clauseStart) {
        if (intervention != null && m.from() > 0 && s.tokens().get(m.from() - 1).is("by")) {
          // "Vascular massage works by applying pressure to the veins": the means of the
          // intervention already named, not a subject of its own.
          continue;
        }
        if (intervention != null && afterThan(s, m.from())) {
          // "Massage is more effective than stretching for relieving back pain": what the
          // subject is measured against is no subject of its own.
          continue;
        }
        if (intervention != null && ofPhrase(s, m.from())) {
          // "MLD is one of the corner stones of the CDT programme for…": what the subject is a
          // part of, not a subject of its own.
          continue;
        }
        if (isIntervention(m)) {
          intervention = m;
        } else if (m.is(Concept.Kind.INTERVENTION) && medication == null) {
          medication = m; // "Blood thinners slow clot formation": the clause's first mention
        }
        if (m.is(Concept.Kind.EXPOSURE) || m.is(Concept.Kind.INTERVENTION)) {
          any = m;
        }
      }
    }
    if (intervention != null) {
      return intervention;
    }
    if (medication != null && s.mentions().indexOf(medication) == firstMentionIn(s, clauseStart)) {
      return medication;
    }
    return causes ? any : null;
  }

  /**
   * Whether the mention right before a cue, with only auxiliaries and adverbs between, is a
   * condition that is no exposure: the subject of the cue is the disease ("venous disease does
   * increase the risk of bleeding").
   */
  private static boolean diseaseIsSubject(Annotated s, Cue cue, int clauseStart) {
    Mention last = null;
    for (Mention m : s.mentions()) {
      if (m.to() <= cue.from() && m.from() >= clauseStart) {
        last = m;
      }
    }
    if (last == null
        || !last.is(Concept.Kind.CONDITION)
        || last.is(Concept.Kind.INTERVENTION)
        || last.is(Concept.Kind.EXPOSURE)) {
      return false;
    }
    for (int i = last.to(); i < cue.from(); i++) {
      String tag = s.tokens().get(i).tag();
      if (!tag.equals("AUX") && !tag.equals("ADV") && !tag.equals("PART")) {
        return false;
      }
    }
    // "Massage over a blood clot can cause…": the clot is what the massage is applied to.
    int at = last.from();
    while (at > clauseStart
        && last.from() - at < 3
        && APPLIED_TO.contains(s.tokens().get(at - 1).lower())) {
      at--;
    }
    for (Mention m : s.mentions()) {
      if (m.to() == at && at < last.from() && m.is(Concept.Kind.INTERVENTION)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The "for" right after the intervention a reverse cue names, within {@code [from, to)}: "benefit
   * from massage for stress relief"; or -1.
   */
  private int purposeAfterSubject(Annotated s, int from, int to) {
    for (Mention m : s.mentions()) {
      if (m.from() >= from && m.to() < to && isIntervention(m)) {
        return s.tokens().get(m.to()).lower().equals("for") ? m.to() : -1;
      }
    }
    return -1;
  }

  /** Whether the mention at {@code from} follows "than" (perhaps with a determiner). */
  private static boolean afterThan(Annotated s, int from) {
    int i = from - 1;
    if (i >= 0 && Set.of("the", "a", "an").contains(s.tokens().get(i).lower())) {
      i--;
    }
    return i >= 0 && s.tokens().get(i).is("than");
  }

  /** Whether the mention at {@code from} opens a phrase "of (the|a|an|this) …". */
  private static boolean ofPhrase(Annotated s, int from) {
    int i = from - 1;
    if (i >= 0 && Set.of("the", "a", "an", "this", "that").contains(s.tokens().get(i).lower())) {
      i--;
    }
    return i >= 0 && s.tokens().get(i).is("of");
  }

  /** "you can reduce muscle pain by applying heavy pressure": the means is the subject. */
  private Mention instrument(Annotated s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.tokens().get(i).lower().equals("by")) {
        for (Mention m : s.mentions()) {
          if (m.from() > i && m.from() <= i + 3 && m.to() <= to && isIntervention(m)) {
            return m;
          }
        }
      }
    }
    return null;
  }

  private static int firstMentionIn(Annotated s, int clauseStart) {
    for (int k = 0; k < s.mentions().size(); k++) {
      if (s.mentions().get(k).from() >= clauseStart) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "You can get rid of this tiredness by drinking lots of water": the means is named, and it is
   * none of the vocabulary's interventions, so the claim is not about the one in context.
   */
  private static boolean namedMeans(Annotated s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (s.tokens().get(i).lower().equals("by")
          && s.tokens().get(i + 1).lower().endsWith("ing")
          && !inMention(s, i + 1)) {
        return true;
      }
    }
    return false;
  }

  private Mention interventionAfter(Annotated s, int from) {
    for (Mention m : s.mentions()) {
      if (m.from() >= from && isIntervention(m)) {
        return m;
      }
    }
    return null;
  }

  /** For a cue that can sit anywhere: the pure intervention nearest to it. */
  private Mention anySubject(Annotated s, Cue cue) {
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : s.mentions()) {
      if (isIntervention(m)) {
        int d = m.to() <= cue.from() ? cue.from() - m.to() : m.from() - cue.to();
        if (Math.abs(d) < bestDistance) {
          best = m;
          bestDistance = Math.abs(d);
        }
      }
    }
    return best;
  }

  /**
   * The subject and the interventions coordinated with it: "deep tissue, sports massage and cupping
   * are unsafe", "should not walk or massage the area".
   */
  private List<Concept> coordinated(Annotated s, Mention subject) {
    List<Concept> out = new ArrayList<>();
    out.add(subject.concept());
    int at = s.mentions().indexOf(subject);
    for (int step = -1; step <= 1; step += 2) {
      Mention near = subject;
      for (int k = at + step; k >= 0 && k < s.mentions().size(); k += step) {
        Mention m = s.mentions().get(k);
        int from = step < 0 ? m.to() : near.to();
        int to = step < 0 ? near.from() : m.from();
        if (!isIntervention(m) || !onlyCoordination(s, from, to)) {
          break;
        }
        if (!out.contains(m.concept())) {
          out.add(m.concept());
        }
        near = m;
      }
    }
    return out;
  }

  /** True when tokens [from, to) are only commas, "and", "or", "nor", "and/or". */
  private static boolean onlyCoordination(Annotated s, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String w = s.tokens().get(i).lower();
      if (!(w.equals(",")
          || w.equals("and")
          || w.equals("or")
          || w.equals("nor")
          || w.equals("/"))) {
        return false;
      }
    }
    return true;
  }

  /** Words before a condition that make it the setting of another ("DVT after knee surgery"). */
  private static final Set<String> SETTINGS = Set.of("during", "after", "following", "in", "among");

  /** Words for how often a condition comes about: lowering them prevents it. */
  private static final Set<String> OCCURRENCE =
      Set.of("incidence", "risk", "rate", "occurrence", "odds", "likelihood", "chance");

  private Relation resolve(Annotated s, CueKind kind, Mention object) {
    return switch (kind) {
      case RAISE -> faculty(object) ? Relation.BENEFITS : Relation.CAUSES;
      case LOWER ->
          faculty(object)
              ? Relation.CAUSES
              : occurrenceOf(s, object) ? Relation.PREVENTS : Relation.BENEFITS;
      case CAUSES -> caused(s, object);
      case TREATS, BENEFITS -> prevention(s, object) ? Relation.PREVENTS : kind.relation();
      default -> kind.relation();
    };
  }

  /**
   * Whether a mention names a faculty (raising it helps), by its words, or by its words before a
   * phrase that says of what or when: "recovery after intense training" is recovery. (Not by its
   * concept's labels: "toxins" name detoxification, which removing them helps.)
   */
  private boolean faculty(Mention m) {
    if (lexicons.isFaculty(m.label())) {
      return true;
    }
    java.util.regex.Matcher head = HEAD_BEFORE_PHRASE.matcher(m.label());
    return head.find() && lexicons.isFaculty(head.group(1));
  }

  /** The words of a name before a phrase that says of what or when: "recovery | after training". */
  private static final java.util.regex.Pattern HEAD_BEFORE_PHRASE =
      java.util.regex.Pattern.compile("^(.+?) (?:after|from|of|to|in|during|following) ");

  /**
   * Whether "prevention" follows the condition ("prescribed for stroke prevention"): a treatment or
   * benefit for the prevention of a condition prevents it.
   */
  private static boolean prevention(Annotated s, Mention object) {
    int at = object.to();
    return at >= 0
        && at < s.tokens().size()
        && Set.of("prevention", "prophylaxis").contains(s.tokens().get(at).lower());
  }

  /** Words before a condition that say it is lowered: a massage "results in reduced pain". */
  private static final Set<String> LOWERED =
      Set.of(
          "reduce",
          "reduced",
          "decrease",
          "decreased",
          "less",
          "fewer",
          "lower",
          "lessen",
          "lessened");

  /** Words before a condition that say it is made better: "leads to improved sleep". */
  private static final Set<String> BETTERED =
      Set.of("improve", "improved", "better", "enhance", "enhanced");

  /** Words before a condition that say it is raised: "results in increased blood flow". */
  private static final Set<String> RAISED =
      Set.of("increase", "increased", "more", "greater", "higher", "boost", "boosted");

  /**
   * What a cue of causing says of its object: it causes it, unless the object is named as its own
   * relief ("pain relief"), as lowered ("reduced pain"), made better ("improved sleep") or, for a
   * faculty, raised ("increased blood flow"); those are benefits.
   */
  private Relation caused(Annotated s, Mention object) {
    if (relieved(s, object)) {
      return Relation.BENEFITS;
    }
    int before = object.from() - 1;
    if (before < 0) {
      return Relation.CAUSES;
    }
    Token t = s.tokens().get(before);
    String w = t.lower();
    boolean faculty = lexicons.isFaculty(object.label());
    if (BETTERED.contains(w) || BETTERED.contains(t.lemma())) {
      return Relation.BENEFITS;
    }
    if (LOWERED.contains(w) || LOWERED.contains(t.lemma())) {
      return faculty ? Relation.CAUSES : Relation.BENEFITS;
    }
    if (RAISED.contains(w) || RAISED.contains(t.lemma())) {
      return faculty ? Relation.BENEFITS : Relation.CAUSES;
    }
    return Relation.CAUSES;
  }

  /** Nouns after a condition that name its relief: "pain relief" happens after a massage. */
  private static final Set<String> RELIEF = Set.of("relief", "reduction", "improvement");

  /**
   * Whether the condition is named as its own relief ("pain relief", "stress reduction"), by the
   * words after it or by the end of the label that named it.
   */
  private static boolean relieved(Annotated s, Mention object) {
    return (object.to() < s.tokens().size() && RELIEF.contains(s.tokens().get(object.to()).lemma()))
        || RELIEF.contains(s.tokens().get(object.to() - 1).lemma());
  }

  /** "the incidence of DVT", "the risk of a clot": the object counted is how often it happens. */
  private static boolean occurrenceOf(Annotated s, Mention object) {
    int of = object.from() - 1;
    while (of > 0 && s.tokens().get(of).tag().equals("DET")) {
      of--;
    }
    return of > 0
        && s.tokens().get(of).lower().equals("of")
        && OCCURRENCE.contains(s.tokens().get(of - 1).lemma());
  }

  private boolean narrowerThanAnother(Mention m, List<Mention> others) {
    for (Mention o : others) {
      if (o != m
          && !o.concept().equals(m.concept())
          && annotator.vocabularyAncestors(m.concept()).contains(o.concept().iri())) {
        return true;
      }
    }
    return false;
  }

  // -------------------------------------------------------------------- output

  private void add(
      Annotated s,
      Concept subject,
      Relation relation,
      Mention object,
      Certainty certainty,
      boolean negated,
      boolean conditional,
      String trigger,
      AgentRef who) {
    if (subject == null) {
      return;
    }
    boolean added =
        put(
            s,
            subject.ref(),
            relation,
            object.concept().ref(),
            certainty,
            negated,
            conditional,
            trigger
                + "; condition named \""
                + object.label()
                + "\""
                + (reportedCue == null ? "" : "; reported \"" + reportedCue + "\""),
            who);
    if (added && relation == Relation.CAUSES && !negated) {
      lastHarm = object;
      lastHarmAt = s.index();
    }
  }

  /**
   * Records a claim of sentence {@code s}, unless the same one is already recorded there; whether
   * it was recorded.
   */
  private boolean put(
      Annotated s,
      ConceptRef subject,
      Relation relation,
      ConceptRef object,
      Certainty certainty,
      boolean negated,
      boolean conditional,
      String note,
      AgentRef who) {
    int start = codePoints.offset(s.start());
    int end = codePoints.offset(s.end());
    String id =
        Ids.claim(
            article.slug(), start, end, subject.iri(), relation.code(), object.iri(), negated);
    if (claims.containsKey(id)) {
      return false;
    }
    sentenceOf.put(id, s.index());
    claims.put(
        id,
        new Claim(
            id,
            article.slug(),
            subject,
            relation,
            object,
            certainty,
            negated,
            conditional,
            who,
            new Span(start, end, text.substring(s.start(), s.end())),
            Curation.EXTRACTED,
            note));
    return true;
  }

  /**
   * The words that triggered a claim, for its comment: the relation cue and the hedge or emphasis
   * and the negation that govern it, each as the article words it.
   */
  private String trigger(Annotated s, Cue cue, List<Cue> qualifiers, String where) {
    String out = "cue \"" + words(s, cue.from(), cue.to()) + "\"" + where;
    Cue how = certaintyCue(cue, qualifiers);
    if (how != null) {
      out +=
          (how.is(CueKind.STRONG) ? "; emphasis \"" : "; hedge \"")
              + words(s, how.from(), how.to())
              + "\"";
    }
    Cue not = negation(cue, qualifiers);
    if (not != null) {
      out += "; negation \"" + words(s, not.from(), not.to()) + "\"";
    }
    return out;
  }

  /** The words of the article that tokens {@code [from, to)} of a sentence cover. */
  private String words(Annotated s, int from, int to) {
    return text.substring(s.tokens().get(from).start(), s.tokens().get(to - 1).end());
  }
}
