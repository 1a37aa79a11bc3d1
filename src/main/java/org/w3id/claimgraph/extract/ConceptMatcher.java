package org.w3id.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Vocabulary;

/**
 * Finds the vocabulary's concepts in a sentence: every label (preferred and alternative), matched
 * word by word on the lower-cased form, the lemma or the stem, so "blood clots in your legs" and
 * "Blood clot in your leg" both name deep vein thrombosis. At each position the longest label wins,
 * and mentions do not overlap.
 */
final class ConceptMatcher {
  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    Concept concept;
    String label;
  }

  /**
   * Words too common to tell that a sentence may name a concept. A fixed list: the tagger, given a
   * label alone, tags its words unreliably ("fever" as a preposition).
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "any", "some", "of", "in", "on", "at", "by", "to", "for", "from",
          "with", "and", "or", "your", "my", "our", "their", "his", "her", "its", "one", "one's",
          "'s", "this", "that", "these", "those", "is", "are", "be", "-", "/", ",", "(", ")");

  private final Node root = new Node();
  private final Set<String> contentWords = new java.util.HashSet<>();
  private final Vocabulary vocabulary;

  /**
   * The matcher of {@code vocabulary}'s labels. The labels are tokenized on every core (each worker
   * with the {@link Nlp} {@code nlps} gives it) and put into the matcher in the vocabulary's order,
   * so the result does not depend on how the work was shared.
   */
  ConceptMatcher(Vocabulary vocabulary, Supplier<Nlp> nlps) {
    this.vocabulary = vocabulary;
    ThreadLocal<Nlp> nlp = ThreadLocal.withInitial(nlps);
    List<Labelled> named = new ArrayList<>();
    for (Concept c : vocabulary.concepts()) {
      Set<String> labels = new LinkedHashSet<>();
      labels.add(c.prefLabel());
      labels.addAll(c.altLabels());
      for (String label : labels) {
        named.add(new Labelled(c, label, List.of()));
      }
    }
    List<Labelled> labelled =
        named.parallelStream()
            .map(l -> new Labelled(l.concept(), l.label(), tokens(nlp.get(), l.label())))
            .filter(l -> !l.tokens().isEmpty())
            .toList();
    for (Labelled l : labelled) {
      for (Token t : l.tokens()) {
        if (!FUNCTION_WORDS.contains(t.lower())) {
          contentWords.add(t.lower());
          contentWords.add(t.lemma());
          contentWords.add(t.stem());
        }
      }
      for (int form = 0; form < 3; form++) {
        insert(l.tokens(), l.concept(), l.label(), form);
      }
    }
    // Then the same names turned round, where no label says so: "rupture of the vein wall" is a
    // vein wall rupture, "massage of the legs" a leg massage. After every label, so a label keeps
    // its own words.
    List<Labelled> turned =
        labelled.parallelStream()
            .filter(
                l ->
                    l.tokens().size() >= 2
                        && l.tokens().size() <= 3
                        && l.tokens().stream().noneMatch(t -> FUNCTION_WORDS.contains(t.lower()))
                        && !STATE_NOUNS.contains(l.tokens().get(l.tokens().size() - 1).lower()))
            .map(
                l -> {
                  List<Token> tokens = l.tokens();
                  String words =
                      tokens.get(tokens.size() - 1).text()
                          + " of "
                          + l.label().substring(0, tokens.get(tokens.size() - 2).end()).strip();
                  return new Labelled(l.concept(), l.label(), tokens(nlp.get(), words));
                })
            .toList();
    for (Labelled l : turned) {
      for (int form = 0; form < 3; form++) {
        Node n = node(l.tokens(), form);
        if (n.concept == null) {
          n.concept = l.concept();
          n.label = l.label();
        }
      }
    }
  }

  private static List<Token> tokens(Nlp nlp, String text) {
    return nlp.tokens(text, 0, text.length());
  }

  /** A label of a concept, with its tokens. */
  private record Labelled(Concept concept, String label, List<Token> tokens) {}

  /**
   * Last words of labels that turned round name a state, not the thing: "the condition of the skin"
   * is how it is, not a skin condition.
   */
  private static final Set<String> STATE_NOUNS =
      Set.of(
          "condition",
          "conditions",
          "health",
          "function",
          "problem",
          "problems",
          "care",
          "risk",
          "risks",
          "danger",
          "chance");

  /** The node a label's words lead to, by their lower-cased forms (0), lemmas (1) or stems (2). */
  private Node node(List<Token> tokens, int form) {
    Node n = root;
    for (Token t : tokens) {
      String key = form == 0 ? t.lower() : form == 1 ? t.lemma() : t.stem();
      n = n.next.computeIfAbsent(key, k -> new Node());
    }
    return n;
  }

  /** Inserts a label by its words' lower-cased forms (0), lemmas (1) or stems (2). */
  private void insert(List<Token> tokens, Concept c, String label, int form) {
    Node n = node(tokens, form);
    // The first concept to claim a label keeps it; concepts are read in IRI order. A label that
    // an intervention and a condition share ("lymphatic drainage") has the other as a second
    // sense, chosen by the sentence (see Annotator).
    if (n.concept == null) {
      n.concept = c;
      n.label = label;
    } else if (n.concept != c
        && n.concept.kinds().contains(Concept.Kind.INTERVENTION)
            != c.kinds().contains(Concept.Kind.INTERVENTION)) {
      otherSense.put(label.toLowerCase(java.util.Locale.ROOT), c);
    }
  }

  private final Map<String, Concept> otherSense = new HashMap<>();

  /** The second concept a mention's label names, if an intervention and a condition share it. */
  java.util.Optional<Concept> otherSense(Mention m) {
    return java.util.Optional.ofNullable(
        otherSense.get(m.label().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * Every form (lower case, lemma, stem) of the content words of every label: a sentence that names
   * a concept has at least one of them.
   */
  java.util.Set<String> contentWords() {
    return java.util.Set.copyOf(contentWords);
  }

  /** The concept of that IRI. */
  java.util.Optional<Concept> concept(String iri) {
    return vocabulary.get(iri);
  }

  /** The mentions in {@code tokens}, left to right. */
  List<Mention> find(List<Token> tokens) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int[] best = {-1};
      Node[] found = {null};
      longest(tokens, i, root, best, found);
      if (found[0] != null) {
        int end = best[0];
        out.add(
            new Mention(
                found[0].concept,
                i,
                end,
                tokens.get(i).start(),
                tokens.get(end - 1).end(),
                found[0].label));
        i = end;
      } else {
        i++;
      }
    }
    return withSharedHeads(tokens, out);
  }

  /** Words that join the conjuncts of a coordination. */
  private static final Set<String> JOINERS = Set.of(",", "and", "or", "/");

  /**
   * "Deep tissue, sports massage and cupping", "upper and lower back pain": a conjunct that names
   * nothing by itself but names a concept with the head word of the next conjunct shares that head
   * ("deep tissue massage").
   */
  private List<Mention> withSharedHeads(List<Token> tokens, List<Mention> mentions) {
    if (mentions.isEmpty()) {
      return mentions;
    }
    boolean[] covered = new boolean[tokens.size()];
    for (Mention m : mentions) {
      for (int k = m.from(); k < m.to(); k++) {
        covered[k] = true;
      }
    }
    List<Mention> added = new ArrayList<>();
    for (Mention m : mentions) {
      Token head = tokens.get(m.to() - 1);
      if (!coordination(tokens, m)) {
        continue;
      }
      int at = m.from();
      // Walk back over "A, B and" before the mention, one conjunct at a time.
      while (at > 0 && JOINERS.contains(tokens.get(at - 1).lower())) {
        int sep = at - 1;
        while (sep > 0 && JOINERS.contains(tokens.get(sep - 1).lower())) {
          sep--; // ", and"
        }
        int end = sep;
        int start = end;
        while (start > 0
            && end - start < 3
            && !covered[start - 1]
            && !JOINERS.contains(tokens.get(start - 1).lower())
            && !tokens.get(start - 1).isPunctuation()) {
          start--;
        }
        if (start == end) {
          break;
        }
        Mention shared = sharedHead(tokens, start, end, head);
        if (shared == null) {
          break;
        }
        added.add(shared);
        at = start;
      }
    }
    if (added.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(Mention::from));
    return out;
  }

  /**
   * Whether a mention ends a coordination: an "and", "or" or "/" before it, after the commas, or
   * shortly after it ("deep tissue, sports massage and cupping"). A comma alone is no coordination
   * ("According to the Mayo Clinic, massage…").
   */
  private static boolean coordination(List<Token> tokens, Mention m) {
    int at = m.from();
    while (at > 0 && JOINERS.contains(tokens.get(at - 1).lower())) {
      if (!tokens.get(at - 1).lower().equals(",")) {
        return true;
      }
      at--;
    }
    if (at == m.from()) {
      return false;
    }
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 4); k++) {
      String w = tokens.get(k).lower();
      if (w.equals("and") || w.equals("or") || w.equals("/")) {
        return true;
      }
    }
    return false;
  }

  /** The concept that tokens {@code [start, end)} and {@code head} name together, as a mention. */
  private Mention sharedHead(List<Token> tokens, int start, int end, Token head) {
    // The longest suffix of the conjunct that, with the head, is a whole label.
    for (int from = start; from < end; from++) {
      List<Token> phrase = new ArrayList<>(tokens.subList(from, end));
      phrase.add(head);
      int[] best = {-1};
      Node[] found = {null};
      longest(phrase, 0, root, best, found);
      if (found[0] != null && best[0] == phrase.size()) {
        return new Mention(
            found[0].concept,
            from,
            end,
            tokens.get(from).start(),
            tokens.get(end - 1).end(),
            found[0].label);
      }
    }
    return null;
  }

  /** At most this many modifiers may stand between two words of a label. */
  private static final int MAX_GAP = 3;

  private static void longest(List<Token> tokens, int i, Node n, int[] best, Node[] found) {
    longest(tokens, i, n, best, found, 0);
  }

  /**
   * The longest label from token {@code i} on. Between two words of a label the sentence may put
   * modifiers ("dislodging an existing, unnoticed clot" names a dislodged clot): determiners,
   * adjectives, adverbs, numbers, participles and a comma between two of those adjectives or
   * participles, at most {@link #MAX_GAP} of them, never before the first word or after the last.
   */
  private static void longest(
      List<Token> tokens, int i, Node n, int[] best, Node[] found, int gap) {
    if (n.concept != null && i > best[0]) {
      best[0] = i;
      found[0] = n;
    }
    if (i >= tokens.size()) {
      return;
    }
    Token t = tokens.get(i);
    Node a = n.next.get(t.lower());
    if (a != null) {
      longest(tokens, i + 1, a, best, found, MAX_GAP);
    }
    if (!t.lemma().equals(t.lower())) {
      Node b = n.next.get(t.lemma());
      if (b != null) {
        longest(tokens, i + 1, b, best, found, MAX_GAP);
      }
    }
    if (!t.stem().equals(t.lower()) && !t.stem().equals(t.lemma())) {
      Node c = n.next.get(t.stem());
      if (c != null) {
        longest(tokens, i + 1, c, best, found, MAX_GAP);
      }
    }
    if (t.lower().length() > 2 && t.lower().endsWith("'s")) {
      // "DVT's": the tokenizer keeps the possessive on an abbreviation.
      Node d = n.next.get(t.lower().substring(0, t.lower().length() - 2));
      if (d != null) {
        longest(tokens, i + 1, d, best, found, MAX_GAP);
      }
    }
    if (gap > 0 && !n.next.isEmpty() && modifier(tokens, i)) {
      // Skipping never makes a match of its own: only a label word after the gap records one.
      int[] inner = {-1};
      Node[] innerFound = {null};
      longest(tokens, i + 1, n, inner, innerFound, gap - 1);
      if (innerFound[0] != null && innerFound[0] != n && inner[0] > best[0]) {
        best[0] = inner[0];
        found[0] = innerFound[0];
      }
    }
  }

  /** A word that may modify the next word of a label without ending it. */
  private static boolean modifier(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return switch (t.tag()) {
      // A determiner after a verb opens the verb's object: "dislodge a clot" is a cue and its
      // object, not one name.
      case "DET" ->
          !tokens.get(i - 1).tag().equals("VERB")
              && !FUNCTION_WORDS_NOT_MODIFIERS.contains(t.lower());
      case "ADJ", "ADV", "NUM" -> !FUNCTION_WORDS_NOT_MODIFIERS.contains(t.lower());
      case "VERB" -> participle(t);
      case "PUNCT" ->
          t.lower().equals(",")
              && adjectival(tokens.get(i - 1))
              && i + 1 < tokens.size()
              && adjectival(tokens.get(i + 1));
      default -> false;
    };
  }

  /** A verb in "-ed" or "-ing" form: a participle, which may describe a noun. */
  static boolean participle(Token t) {
    return t.tag().equals("VERB") && (t.lower().endsWith("ed") || t.lower().endsWith("ing"));
  }

  /** An adjective or a participle used as one: "an existing, unnoticed clot". */
  private static boolean adjectival(Token t) {
    return t.tag().equals("ADJ") || participle(t);
  }

  /** Determiners and adverbs that turn a phrase rather than modify a word of it. */
  private static final Set<String> FUNCTION_WORDS_NOT_MODIFIERS =
      Set.of("no", "not", "never", "neither", "nor", "without", "than", "too", "also", "then");
}
