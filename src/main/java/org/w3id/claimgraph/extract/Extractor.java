package org.w3id.claimgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Person;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Span;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Extracts the health claims of an article with rules over OpenNLP's sentences, tokens, tags and
 * lemmas, the SKOS vocabulary and the cue lexicons:
 *
 * <ul>
 *   <li>concepts are the vocabulary's labels, longest match first;
 *   <li>a relation cue ("contraindicated", "may improve", "consult your doctor") links an
 *       intervention to the conditions in its scope: forward (up to the next predicate), backward
 *       ("due to"), or anywhere in the sentence, as the lexicon says;
 *   <li>negation, hedging, emphasis and conditions are cues with scopes, in the manner of NegEx and
 *       ConText: a "not" negates the relation cue it governs, not any word of the sentence;
 *   <li>a claim is attributed to the person its sentence (or the quotation it belongs to) reports,
 *       else to the article's author;
 *   <li>a list under a lead-in ("Conditions that may improve:") gives one claim per item with the
 *       lead-in's relation and hedge; a question is context for its answer, never a claim;
 *   <li>a sentence whose predicate has no intervention ("It reduces pain") is about the
 *       intervention named last, or the one the article is about, but only when no other noun could
 *       be its subject.
 * </ul>
 *
 * The extractor is thread-safe; each thread gets its own OpenNLP tools.
 */
public final class Extractor {
  /** The version recorded on every claim it extracts, as the generating activity. */
  public static final String VERSION = "1.0";

  private static final Pattern LIST_MARKER =
      Pattern.compile("^\\s*(?:[•·▪◦‣∙*\\-–—]|\\d{1,2}[.)])\\s+");
  private static final Pattern LINE_BREAK =
      Pattern.compile("\n|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Set<String> PRONOUN_SUBJECTS =
      Set.of("it", "this", "they", "these", "that", "those", "which");
  private static final int HEDGE_REACH = 8;
  private static final int NEGATION_REACH = 6;
  private static final int CONTEXT_REACH = 6;

  private final Lexicons lexicons;
  private final Set<String> questionWords;
  private final ThreadLocal<Tools> tools;

  private static final class Tools {
    final Nlp nlp = new Nlp();
    final SentenceDetectorME sentences = new SentenceDetectorME(NlpModels.sentences());
    final ConceptMatcher concepts;

    Tools(Vocabulary vocabulary) {
      concepts = new ConceptMatcher(vocabulary, nlp);
    }
  }

  /**
   * @param cues the directory of the cue lexicons ({@code ontology/cues})
   */
  public Extractor(Vocabulary vocabulary, Path cues) {
    this.lexicons = Lexicons.read(cues);
    this.questionWords = lexicons.qualifiers().words("question");
    this.tools = ThreadLocal.withInitial(() -> new Tools(vocabulary));
  }

  /** What an article yields: its claims, the persons it reports, and how many sentences it has. */
  public record Extraction(List<Claim> claims, List<Person> persons, int sentences) {}

  /** The claims of {@code article}, attributed to {@code author} unless the text says otherwise. */
  public Extraction extract(Article article, AgentRef author) {
    return new Run(tools.get(), article, author).run();
  }

  /**
   * The vocabulary's concepts a phrase names ("blood flow to the feet" names blood flow), longest
   * label first, as the extractor would find them in a sentence.
   */
  public List<Concept> conceptsIn(String phrase) {
    Tools t = tools.get();
    List<Concept> out = new ArrayList<>();
    for (Mention m : t.concepts.find(t.nlp.tokens(phrase, 0, phrase.length()))) {
      if (!out.contains(m.concept())) {
        out.add(m.concept());
      }
    }
    return out;
  }

  /** The Porter stems of the content words of a phrase, for comparing phrases with no concept. */
  public Set<String> contentStems(String phrase) {
    Tools t = tools.get();
    Set<String> out = new java.util.LinkedHashSet<>();
    for (Token tok : t.nlp.tokens(phrase, 0, phrase.length())) {
      String tag = tok.tag();
      if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("VERB")) {
        out.add(tok.stem());
      }
    }
    return out;
  }

  // ----------------------------------------------------------------- one article

  private record Sentence(
      int index,
      int start,
      int end,
      boolean item,
      boolean question,
      boolean leadIn,
      List<Token> tokens,
      List<Mention> mentions,
      List<Cue> qualifiers) {}

  private record ListContext(
      Concept subject,
      String relation,
      Certainty certainty,
      boolean negated,
      AgentRef speaker,
      String cue) {}

  private final class Run {
    private final Tools tools;
    private final Article article;
    private final String text;
    private final AgentRef author;
    private final Speakers speakers;
    private final CodePoints codePoints;
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final Map<Concept, Integer> lastSeen = new HashMap<>();
    private Concept dominant;
    private Concept question;
    private int questionAt = -1;
    private ListContext list;
    private ListContext lastCue;
    private int lastCueAt = -100;
    private AgentRef lastQuoteSpeaker;
    private int sentenceCount;

    Run(Tools tools, Article article, AgentRef author) {
      this.tools = tools;
      this.article = article;
      this.text = article.text();
      this.author = author;
      this.speakers = new Speakers(lexicons.attribution(), text);
      this.codePoints = new CodePoints(text);
    }

    Extraction run() {
      List<List<Sentence>> paragraphs = paragraphs();
      dominant = dominant(paragraphs);
      for (List<Sentence> paragraph : paragraphs) {
        AgentRef[] speakerOf = speakers(paragraph);
        for (int i = 0; i < paragraph.size(); i++) {
          sentence(paragraph.get(i), speakerOf[i]);
        }
      }
      return new Extraction(
          List.copyOf(claims.values()), List.copyOf(speakers.persons()), sentenceCount);
    }

    // --------------------------------------------------------------- segmentation

    /**
     * Lines (a web page's "<br>
     * " too) are paragraphs; each is split into sentences.
     */
    private List<List<Sentence>> paragraphs() {
      List<List<Sentence>> out = new ArrayList<>();
      Matcher breaks = LINE_BREAK.matcher(text);
      int lineStart = 0;
      while (true) {
        boolean found = breaks.find();
        int lineEnd = found ? breaks.start() : text.length();
        List<Sentence> p = line(lineStart, lineEnd);
        if (!p.isEmpty()) {
          out.add(p);
        }
        if (!found) {
          break;
        }
        lineStart = breaks.end();
      }
      return out;
    }

    private List<Sentence> line(int from, int to) {
      String line = text.substring(from, to);
      List<Sentence> out = new ArrayList<>();
      if (line.isBlank()) {
        return out;
      }
      Matcher m = LIST_MARKER.matcher(line);
      boolean item = m.find();
      int skip = item ? m.end() : 0;
      String body = line.substring(skip);
      for (opennlp.tools.util.Span span : tools.sentences.sentPosDetect(body)) {
        int s = from + skip + span.getStart();
        int e = from + skip + span.getEnd();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          out.add(sentence(s, e, item));
        }
      }
      return out;
    }

    private Sentence sentence(int s, int e, boolean item) {
      List<Token> tokens = tools.nlp.tokens(text, s, e);
      String last = text.substring(e - 1, e);
      boolean question =
          last.equals("?")
              || (!tokens.isEmpty()
                  && questionWords.contains(tokens.get(0).lower())
                  && !last.equals(":"));
      List<Mention> mentions = tools.concepts.find(tokens);
      mentions = withoutSpeechVerbs(tokens, mentions);
      mentions = compounds(mentions);
      return new Sentence(
          sentenceCount++,
          s,
          e,
          item,
          question,
          last.equals(":"),
          tokens,
          mentions,
          lexicons.qualifiers().find(tokens));
    }

    /**
     * "migraine headaches": of two adjacent mentions, one narrower than the other, keep the
     * narrower.
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
          if (c.kind().equals("speech")
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

    private boolean afterSpeaker(List<Token> tokens, int i) {
      if (i == 0) {
        return false;
      }
      Token before = tokens.get(i - 1);
      return before.isProperNoun() || before.isPunctuation();
    }

    /** The intervention the article is about: most mentioned, the title counting three times. */
    private Concept dominant(List<List<Sentence>> paragraphs) {
      Map<Concept, Integer> counts = new LinkedHashMap<>();
      boolean title = true;
      for (List<Sentence> p : paragraphs) {
        for (Sentence s : p) {
          for (Mention m : s.mentions()) {
            if (isIntervention(m)) {
              counts.merge(m.concept(), title ? 3 : 1, Integer::sum);
            }
          }
        }
        title = false;
      }
      Concept best = null;
      for (Map.Entry<Concept, Integer> e : counts.entrySet()) {
        if (best == null || e.getValue() > counts.get(best)) {
          best = e.getKey();
        }
      }
      return best;
    }

    /**
     * Who each sentence of a paragraph reports: its own speaker, or the speaker of the quotation it
     * belongs to (named where the quotation opens or closes, or carried over from the quotation
     * just before, when the paragraph is all quotation).
     */
    private AgentRef[] speakers(List<Sentence> paragraph) {
      AgentRef[] out = new AgentRef[paragraph.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = speakers.speaker(paragraph.get(i).tokens()).map(Person::ref).orElse(null);
      }
      char first = text.charAt(paragraph.get(0).start());
      boolean quotedParagraph = first == '“' || first == '"';
      boolean anyQuote = false;
      int depth = 0;
      int open = -1;
      for (int i = 0; i < out.length; i++) {
        Sentence s = paragraph.get(i);
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
              closeQuote(out, open, i, quotedParagraph);
            }
          }
        }
      }
      if (!anyQuote) {
        lastQuoteSpeaker = null;
      }
      return out;
    }

    private void closeQuote(AgentRef[] out, int open, int close, boolean quotedParagraph) {
      AgentRef who = out[close] != null ? out[close] : out[open];
      if (who == null && quotedParagraph) {
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

    // --------------------------------------------------------------------- claims

    private void sentence(Sentence s, AgentRef speaker) {
      if (!s.item()) {
        list = null;
      }
      if (s.question()) {
        question = firstIntervention(s);
        questionAt = s.index();
        remember(s);
        return;
      }
      List<Cue> relations = new ArrayList<>();
      for (Cue c : lexicons.relations().find(s.tokens())) {
        // A cue inside a concept's name ("promotes healing") is the name, not a cue; a cue that
        // only ends on one ("never massage") is still a cue.
        boolean named = true;
        for (int i = c.from(); i < c.to(); i++) {
          named &= inMention(s, i);
        }
        if (!c.kind().equals("none") && !named && !gerundSubject(s, c) && !attributive(s, c)) {
          relations.add(c);
        }
      }
      List<Cue> qualifiers = new ArrayList<>();
      for (Cue q : s.qualifiers()) {
        // "because" ends a scope, but not inside the cue "because of".
        if (!(q.kind().equals("termination") && inCue(relations, q.from()))) {
          qualifiers.add(q);
        }
      }
      AgentRef who =
          speaker != null ? speaker : (s.item() && list != null ? list.speaker() : author);
      Set<Mention> owned = new HashSet<>();
      List<Mention> found = new ArrayList<>();
      for (int c = 0; c < relations.size(); c++) {
        if (!relations.get(c).direction().equals("any")) {
          directed(s, relations, c, qualifiers, who, owned);
        }
      }
      for (Cue cue : relations) {
        if (cue.direction().equals("any")) {
          anywhere(s, cue, qualifiers, who, owned);
        }
      }
      if (s.item() && list != null) {
        items(s, who, owned);
      }
      if (!relations.isEmpty()) {
        Cue last = relations.get(relations.size() - 1);
        lastCue = context(s, last, qualifiers, who);
        lastCueAt = s.index();
      }
      if (s.leadIn()) {
        list = leadIn(s, relations, qualifiers, who, owned);
      }
      remember(s);
    }

    private ListContext leadIn(
        Sentence s, List<Cue> relations, List<Cue> qualifiers, AgentRef who, Set<Mention> owned) {
      if (!relations.isEmpty()) {
        Cue last = relations.get(relations.size() - 1);
        boolean open = true;
        for (Mention m : s.mentions()) {
          if (m.from() >= last.to() && m.is(Concept.Kind.CONDITION)) {
            open = false;
          }
        }
        return open ? context(s, last, qualifiers, who) : null;
      }
      boolean examples = qualifiers.stream().anyMatch(q -> q.kind().equals("example"));
      return examples && lastCue != null && s.index() - lastCueAt <= 3 ? lastCue : null;
    }

    private ListContext context(Sentence s, Cue cue, List<Cue> qualifiers, AgentRef who) {
      Concept subject = null;
      Mention m =
          cue.direction().equals("any") ? anySubject(s, cue) : forwardSubject(s, cue, 0, false);
      if (m != null) {
        subject = m.concept();
      } else if (mayFallBack(s, cue, 0)) {
        subject = contextSubject(s);
      }
      return new ListContext(
          subject,
          cue.kind(),
          certainty(cue, qualifiers),
          negated(cue, qualifiers),
          who,
          cue.pattern());
    }

    /** One claim per condition an item of a list names, with the lead-in's relation. */
    private void items(Sentence s, AgentRef who, Set<Mention> owned) {
      if (list.subject() == null) {
        return;
      }
      List<Mention> candidates = new ArrayList<>();
      for (Mention m : s.mentions()) {
        if (m.is(Concept.Kind.CONDITION)
            && !owned.contains(m)
            && !inParentheses(s, m)
            && !m.concept().equals(list.subject())) {
          candidates.add(m);
        }
      }
      for (Mention m : candidates) {
        if (!narrowerThanAnother(m, candidates)) {
          Relation r = resolve(list.relation(), m);
          add(s, list.subject(), r, m, list.certainty(), list.negated(), false, list.cue(), who);
        }
      }
    }

    /** A cue with a direction: its subject before it, its conditions after it, or the reverse. */
    private void directed(
        Sentence s,
        List<Cue> relations,
        int c,
        List<Cue> qualifiers,
        AgentRef who,
        Set<Mention> owned) {
      Cue cue = relations.get(c);
      int clauseStart = clauseStart(s, cue.from(), qualifiers);
      int next = c + 1 < relations.size() ? relations.get(c + 1).from() : s.tokens().size();
      int windowEnd = windowEnd(s, cue, Math.min(next, clauseEnd(s, cue.to(), qualifiers)));
      boolean causes = cue.kind().equals("causes");
      List<Concept> subjects = new ArrayList<>();
      List<Mention> objects;
      if (cue.direction().equals("reverse")) {
        int firstCue = cue.from();
        for (Cue other : relations) {
          if (other.from() >= clauseStart
              && other.from() < firstCue
              && other.direction().equals("reverse")) {
            firstCue = other.from();
          }
        }
        objects = conditions(s, clauseStart, firstCue, Set.of());
        int afterSubjects = cue.to();
        for (Mention m : s.mentions()) {
          if (m.from() >= cue.to() && m.to() <= windowEnd) {
            subjects.add(m.concept());
            owned.add(m);
            afterSubjects = m.to();
          }
        }
        if (objects.isEmpty()) {
          // "Conditions that may improve with massage include A, B and C."
          objects = conditions(s, afterSubjects, clauseEnd(s, afterSubjects, qualifiers), owned);
        }
      } else {
        objects = conditions(s, cue.from() + 1, windowEnd, Set.of());
        Mention subject = instrument(s, windowEnd, clauseEnd(s, cue.to(), qualifiers));
        if (subject == null) {
          subject = forwardSubject(s, cue, clauseStart, causes);
        }
        if (subject == null) {
          // "…a reduction of symptoms of A and B when incorporating vascular massage"
          subject = interventionAfter(s, windowEnd);
        }
        if (subject != null) {
          subjects.add(subject.concept());
        } else if ((!causes || pronounSubject(s, cue, clauseStart))
            && mayFallBack(s, cue, clauseStart)) {
          Concept fallback = contextSubject(s);
          if (fallback != null) {
            subjects.add(fallback);
          }
        }
      }
      if (subjects.isEmpty() || objects.isEmpty()) {
        return;
      }
      owned.addAll(objects);
      emit(s, cue, subjects, objects, qualifiers, who);
    }

    /** A cue that may sit anywhere ("If you have X, consult your doctor before Y"). */
    private void anywhere(
        Sentence s, Cue cue, List<Cue> qualifiers, AgentRef who, Set<Mention> owned) {
      Mention subject = anySubject(s, cue);
      List<Concept> subjects = new ArrayList<>();
      if (subject != null) {
        subjects.add(subject.concept());
      } else {
        // A warning rarely names what it warns against: "Certain cases may require clearance."
        Concept fallback = contextSubject(s);
        if (fallback != null) {
          subjects.add(fallback);
        }
      }
      List<Mention> objects = new ArrayList<>();
      for (Mention m : s.mentions()) {
        if (m != subject && m.is(Concept.Kind.CONDITION) && !owned.contains(m)) {
          objects.add(m);
        }
      }
      if (subjects.isEmpty() || objects.isEmpty()) {
        return;
      }
      owned.addAll(objects);
      emit(s, cue, subjects, objects, qualifiers, who);
    }

    private void emit(
        Sentence s,
        Cue cue,
        List<Concept> subjects,
        List<Mention> objects,
        List<Cue> qualifiers,
        AgentRef who) {
      Certainty certainty = certainty(cue, qualifiers);
      boolean negated = negated(cue, qualifiers);
      for (Concept subject : subjects) {
        for (Mention object : objects) {
          if (!object.concept().equals(subject)) {
            Relation r = resolve(cue.kind(), object);
            boolean conditional = conditional(s, object, qualifiers);
            add(s, subject, r, object, certainty, negated, conditional, cue.pattern(), who);
          }
        }
      }
    }

    // ---------------------------------------------------------------- roles

    private List<Mention> conditions(Sentence s, int from, int to, Set<Mention> except) {
      List<Mention> out = new ArrayList<>();
      for (Mention m : s.mentions()) {
        if (m.from() >= from
            && m.to() <= to
            && m.is(Concept.Kind.CONDITION)
            && !except.contains(m)) {
          out.add(m);
        }
      }
      return out;
    }

    /**
     * The subject of a forward cue: the last intervention before it in the clause; for "causes",
     * any concept will do when no intervention is there ("Poor circulation can cause swelling").
     */
    private Mention forwardSubject(Sentence s, Cue cue, int clauseStart, boolean causes) {
      Mention intervention = null;
      Mention any = null;
      for (Mention m : s.mentions()) {
        if (m.to() <= cue.from() && m.from() >= clauseStart) {
          if (isIntervention(m)) {
            intervention = m;
          }
          any = m;
        }
      }
      return intervention != null ? intervention : (causes ? any : null);
    }

    /** "you can reduce muscle pain by applying heavy pressure": the means is the subject. */
    private Mention instrument(Sentence s, int from, int to) {
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

    private Mention interventionAfter(Sentence s, int from) {
      for (Mention m : s.mentions()) {
        if (m.from() >= from && isIntervention(m)) {
          return m;
        }
      }
      return null;
    }

    /** For a cue that can sit anywhere: the pure intervention nearest to it. */
    private Mention anySubject(Sentence s, Cue cue) {
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
     * A cue without a named subject may take the context's intervention only when nothing else in
     * its clause could be the subject: before it are only pronouns ("It reduces pain") and words
     * that are not nouns ("Do inform your therapist…").
     */
    private boolean mayFallBack(Sentence s, Cue cue, int clauseStart) {
      List<Cue> qualifiers = s.qualifiers();
      for (int i = cue.from() - 1; i >= clauseStart; i--) {
        Token t = s.tokens().get(i);
        if (t.tag().equals("AUX") || t.tag().equals("ADV") || t.tag().equals("PART")) {
          continue; // "it can also", "it does not"
        }
        if (t.tag().equals("PRON") && PRONOUN_SUBJECTS.contains(t.lower())) {
          return true; // "Many clients find it relieves anxiety"
        }
        break;
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
                    && !t.lower().equals("you"));
        if (noun && !inMention(s, i)) {
          return false;
        }
      }
      return true;
    }

    /** "Yes, it can cause bruising": a pronoun stands for the subject. */
    private boolean pronounSubject(Sentence s, Cue cue, int clauseStart) {
      for (int i = clauseStart; i < cue.from(); i++) {
        Token t = s.tokens().get(i);
        if (t.tag().equals("PRON") && PRONOUN_SUBJECTS.contains(t.lower())) {
          return true;
        }
      }
      return false;
    }

    /**
     * The intervention a sentence without one is about: one named earlier in the same sentence
     * ("Sports massage does not treat X, but it eases Y"), else named most recently, else the
     * article's.
     */
    private Concept contextSubject(Sentence s) {
      Concept inSentence = null;
      for (Mention m : s.mentions()) {
        if (isIntervention(m)) {
          inSentence = m.concept();
          break;
        }
      }
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
      return best != null ? best : dominant;
    }

    /** "Boosting blood flow allows…": a gerund that is the subject states no claim. */
    private boolean gerundSubject(Sentence s, Cue cue) {
      Token t = s.tokens().get(cue.from());
      if (!t.lower().endsWith("ing")) {
        return false;
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

    private boolean isIntervention(Mention m) {
      return m.is(Concept.Kind.INTERVENTION) && !m.is(Concept.Kind.CONDITION);
    }

    private Concept firstIntervention(Sentence s) {
      for (Mention m : s.mentions()) {
        if (isIntervention(m)) {
          return m.concept();
        }
      }
      return null;
    }

    private void remember(Sentence s) {
      for (Mention m : s.mentions()) {
        if (isIntervention(m)) {
          lastSeen.put(m.concept(), s.index());
        }
      }
    }

    private Relation resolve(String kind, Mention object) {
      return switch (kind) {
        case "raise" -> lexicons.isFaculty(object.label()) ? Relation.BENEFITS : Relation.CAUSES;
        case "lower" -> lexicons.isFaculty(object.label()) ? Relation.CAUSES : Relation.BENEFITS;
        default -> Relation.fromCode(kind);
      };
    }

    private boolean inMention(Sentence s, int token) {
      for (Mention m : s.mentions()) {
        if (m.from() <= token && token < m.to()) {
          return true;
        }
      }
      return false;
    }

    private boolean inCue(List<Cue> cues, int token) {
      for (Cue c : cues) {
        if (c.from() <= token && token < c.to()) {
          return true;
        }
      }
      return false;
    }

    private boolean inParentheses(Sentence s, Mention m) {
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

    private boolean narrowerThanAnother(Mention m, List<Mention> others) {
      for (Mention o : others) {
        if (o != m
            && !o.concept().equals(m.concept())
            && vocabularyAncestors(m.concept()).contains(o.concept().iri())) {
          return true;
        }
      }
      return false;
    }

    private Set<String> vocabularyAncestors(Concept c) {
      Set<String> out = new HashSet<>();
      List<String> todo = new ArrayList<>(c.broader());
      while (!todo.isEmpty()) {
        String next = todo.remove(todo.size() - 1);
        if (out.add(next)) {
          tools.concepts.concept(next).ifPresent(k -> todo.addAll(k.broader()));
        }
      }
      return out;
    }

    // ---------------------------------------------------------------- scopes

    /** Where the clause of a cue starts; a relative "which" leads back to what it refers to. */
    private int clauseStart(Sentence s, int at, List<Cue> qualifiers) {
      int start = 0;
      for (Cue q : qualifiers) {
        if (q.kind().equals("termination") && q.to() <= at && !q.pattern().equals("which")) {
          start = Math.max(start, q.to());
        }
      }
      for (int i = at - 1; i >= start; i--) {
        if (s.tokens().get(i).lower().equals(";")) {
          return i + 1;
        }
      }
      return start;
    }

    private int clauseEnd(Sentence s, int at, List<Cue> qualifiers) {
      int end = s.tokens().size();
      for (Cue q : qualifiers) {
        if (q.kind().equals("termination") && q.from() >= at) {
          end = Math.min(end, q.from());
        }
      }
      for (int i = at; i < end; i++) {
        if (s.tokens().get(i).lower().equals(";")) {
          return i;
        }
      }
      return end;
    }

    /**
     * A forward cue's conditions run up to the next predicate: "calm inflammation, flush waste". A
     * participle right after a noun modifies it ("symptoms associated with") and goes on.
     */
    private int windowEnd(Sentence s, Cue cue, int limit) {
      for (int i = cue.to(); i < limit; i++) {
        Token t = s.tokens().get(i);
        if ((t.tag().equals("VERB") || t.tag().equals("AUX"))
            && !inMention(s, i)
            && !modifier(s, i)) {
          return i;
        }
      }
      return limit;
    }

    /**
     * "…form in any vein, and deep tissue massage is inadvisable": a new clause with its own
     * subject.
     */
    private boolean clauseBreak(Sentence s, int i) {
      if (!s.tokens().get(i).tag().equals("CCONJ")) {
        return false;
      }
      int j = i + 1;
      while (j < s.tokens().size()
          && (s.tokens().get(j).tag().equals("DET") || s.tokens().get(j).tag().equals("ADJ"))) {
        j++;
      }
      for (Mention m : s.mentions()) {
        if (m.from() == j && m.to() < s.tokens().size()) {
          String tag = s.tokens().get(m.to()).tag();
          return tag.equals("AUX") || tag.equals("VERB");
        }
      }
      return false;
    }

    /**
     * A verb that only describes a noun: a participle right after it ("symptoms associated with"),
     * or the verb of a relative clause ("anything that restricts blood flow").
     */
    private boolean modifier(Sentence s, int i) {
      String w = s.tokens().get(i).lower();
      if (i == 0) {
        return false;
      }
      String before = s.tokens().get(i - 1).lower();
      return ((w.endsWith("ed") || w.endsWith("ing")) && s.tokens().get(i - 1).tag().equals("NOUN"))
          || before.equals("that")
          || before.equals("which")
          || before.equals("who");
    }

    /**
     * "increased circulation", "enhanced blood flow": a participle before a concept describes it.
     */
    private boolean attributive(Sentence s, Cue cue) {
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

    private boolean negated(Cue cue, List<Cue> qualifiers) {
      for (Cue q : qualifiers) {
        if (!q.kind().equals("negation") || q.to() > cue.from()) {
          continue;
        }
        if (q.direction().equals("sentence")) {
          return true;
        }
        if (cue.from() - q.to() <= NEGATION_REACH
            && !terminatedBetween(qualifiers, q.to(), cue.from())) {
          return true;
        }
      }
      return false;
    }

    private Certainty certainty(Cue cue, List<Cue> qualifiers) {
      boolean hedged = false;
      for (Cue q : qualifiers) {
        if (q.kind().equals("strong")) {
          return Certainty.STRONG;
        }
        if (q.kind().equals("hedge")) {
          if (q.direction().equals("sentence")) {
            hedged = true;
          } else if (q.to() <= cue.to()
              && cue.from() - q.to() <= HEDGE_REACH
              && !terminatedBetween(qualifiers, q.to(), cue.from())) {
            hedged = true;
          }
        }
      }
      return hedged ? Certainty.HEDGED : Certainty.ASSERTED;
    }

    /**
     * True when a condition clause ("if…", "when…") of the sentence states a circumstance other
     * than the claim's condition: "if you have a blood clot" only names the condition.
     */
    private boolean conditional(Sentence s, Mention object, List<Cue> qualifiers) {
      for (Cue q : qualifiers) {
        if (!q.kind().equals("conditional")) {
          continue;
        }
        int end = q.to();
        while (end < s.tokens().size()
            && !s.tokens().get(end).lower().equals(",")
            && !isTermination(qualifiers, end)) {
          end++;
        }
        boolean namesCondition = false;
        for (Mention m : s.mentions()) {
          if (m.from() >= q.to() && m.to() <= end && m.concept().equals(object.concept())) {
            namesCondition = true;
          }
        }
        if (!namesCondition && end > q.to()) {
          return true;
        }
      }
      return false;
    }

    private boolean terminatedBetween(List<Cue> qualifiers, int from, int to) {
      for (Cue q : qualifiers) {
        if (q.kind().equals("termination") && q.from() >= from && q.to() <= to) {
          return true;
        }
      }
      return false;
    }

    private boolean isTermination(List<Cue> qualifiers, int at) {
      for (Cue q : qualifiers) {
        if (q.kind().equals("termination") && q.from() == at) {
          return true;
        }
      }
      return false;
    }

    // -------------------------------------------------------------------- output

    private void add(
        Sentence s,
        Concept subject,
        Relation relation,
        Mention object,
        Certainty certainty,
        boolean negated,
        boolean conditional,
        String cue,
        AgentRef who) {
      if (subject == null) {
        return;
      }
      int start = codePoints.offset(s.start());
      int end = codePoints.offset(s.end());
      String id =
          Ids.claim(
              article.slug(),
              start,
              end,
              subject.iri(),
              relation.code(),
              object.concept().iri(),
              negated);
      if (claims.containsKey(id)) {
        return;
      }
      claims.put(
          id,
          new Claim(
              id,
              article.slug(),
              subject.ref(),
              relation,
              object.concept().ref(),
              certainty,
              negated,
              conditional,
              who,
              new Span(start, end, text.substring(s.start(), s.end())),
              Curation.EXTRACTED,
              "cue \"" + cue + "\"; condition named \"" + object.label() + "\""));
    }
  }
}
