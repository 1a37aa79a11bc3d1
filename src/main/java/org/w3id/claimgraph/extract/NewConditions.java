package org.w3id.claimgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.corpus.TextFile;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Conditions (and therapies) the vocabulary does not name. A noun phrase that names no concept but
 * whose last noun is a condition's head ("liver disease", "a skin rash") or has a condition's
 * suffix ("plantar fasciitis") is a condition all the same, and one headed by a therapy's noun
 * ("laser therapy") an intervention: it gets a concept of its own, minted from its words under
 * {@link #NAMESPACE}, marked unreviewed, and placed under the broader concept the lexicon gives for
 * its head or suffix. The same words give the same concept in every article, so claims about it
 * meet; a curator reviews it and moves it into the vocabulary. The heads, suffixes and the words
 * that do not make a head specific are data ({@code ontology/cues/new-conditions.tsv}).
 */
final class NewConditions {
  /** The namespace of minted concepts: {@code …/concept/new/liver-disease}. */
  static final String NAMESPACE = Ids.NEW_CONCEPT;

  /** What a head needs before it to name a condition. */
  private enum Needs {
    NOTHING,
    MODIFIER,
    NOUN
  }

  /**
   * What a head or a suffix says: what it needs before it, its broader concept slug, and what the
   * phrase it heads is (a condition, or an intervention: "laser therapy").
   */
  private record Head(Needs needs, String broader, Concept.Kind kind) {}

  private final Map<String, Head> heads;
  private final Map<String, Head> suffixes;
  private final Set<String> not;
  private final Set<String> generic;

  private NewConditions(
      Map<String, Head> heads, Map<String, Head> suffixes, Set<String> not, Set<String> generic) {
    this.heads = Map.copyOf(heads);
    this.suffixes = Map.copyOf(suffixes);
    this.not = Set.copyOf(not);
    this.generic = Set.copyOf(generic);
  }

  /** An empty lexicon: nothing is minted. */
  static NewConditions none() {
    return new NewConditions(Map.of(), Map.of(), Set.of(), Set.of());
  }

  /** Reads the lexicon; a line of an unknown kind or shape is an error naming its place. */
  static NewConditions read(Path file) {
    if (!java.nio.file.Files.exists(file)) {
      return none();
    }
    Map<String, Head> heads = new HashMap<>();
    Map<String, Head> suffixes = new HashMap<>();
    Set<String> not = new HashSet<>();
    Set<String> generic = new HashSet<>();
    String[] lines = TextFile.read(file).split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = lines[n].strip().split("\t");
      String kind = cells[0].strip();
      String word = cells.length > 1 ? cells[1].strip().toLowerCase(Locale.ROOT) : "";
      if (word.isEmpty()) {
        throw new InputException(
            file.toString(), n + 1, 1, "a word is needed after \"" + kind + "\"");
      }
      switch (kind) {
        case "head", "suffix", "intervention" -> {
          String needs = cells.length < 3 ? "" : cells[2].strip();
          if (!Set.of("modifier", "noun", "-").contains(needs)) {
            throw new InputException(
                file.toString(),
                n + 1,
                1,
                "the third column must be \"modifier\", \"noun\" or \"-\"");
          }
          Head h =
              new Head(
                  switch (needs) {
                    case "modifier" -> Needs.MODIFIER;
                    case "noun" -> Needs.NOUN;
                    default -> Needs.NOTHING;
                  },
                  cells.length > 3 && !cells[3].isBlank() ? Ids.concept(cells[3].strip()) : null,
                  kind.equals("intervention") ? Concept.Kind.INTERVENTION : Concept.Kind.CONDITION);
          (kind.equals("suffix") ? suffixes : heads).put(word, h);
        }
        case "not" -> not.add(word);
        case "generic" -> generic.add(word);
        default ->
            throw new InputException(
                file.toString(),
                n + 1,
                1,
                "unknown kind \""
                    + kind
                    + "\" (expected head, suffix, intervention, not or generic)");
      }
    }
    return new NewConditions(heads, suffixes, not, generic);
  }

  /** Fails naming the lexicon when a broader concept it gives is not in the vocabulary. */
  void check(Vocabulary vocabulary, Path file) {
    for (Map<String, Head> m : List.of(heads, suffixes)) {
      for (Map.Entry<String, Head> e : m.entrySet()) {
        String b = e.getValue().broader();
        if (b != null && vocabulary.get(b).isEmpty()) {
          throw new InputException(
              file.toString(),
              -1,
              -1,
              "the broader concept of \""
                  + e.getKey()
                  + "\", <"
                  + b
                  + ">, is not in the vocabulary");
        }
      }
    }
  }

  /** Whether a lower-cased word may head a new condition: a sentence with one is worth reading. */
  boolean mayName(String lower) {
    if (heads.containsKey(lower) || suffixOf(lower) != null) {
      return true;
    }
    for (String singular : singulars(lower)) {
      if (heads.containsKey(singular)) {
        return true;
      }
    }
    return false;
  }

  /** The words of the lexicon's heads, for the annotator's gate. */
  Set<String> headWords() {
    return heads.keySet();
  }

  /** True when the IRI is of a minted, unreviewed concept. */
  static boolean isNew(String iri) {
    return iri.startsWith(NAMESPACE);
  }

  private Head suffixOf(String lower) {
    if (not.contains(lower)) {
      return null;
    }
    for (Map.Entry<String, Head> e : suffixes.entrySet()) {
      String s = e.getKey();
      if (lower.length() >= s.length() + 3
          && lower.endsWith(s)
          && lower.chars().allMatch(Character::isLetter)) {
        return e.getValue();
      }
    }
    return null;
  }

  private Head headOf(Token t) {
    if (not.contains(t.lower()) || not.contains(t.lemma())) {
      return null;
    }
    Head h = heads.get(t.lemma());
    if (h == null) {
      h = heads.get(t.lower());
    }
    if (h == null) {
      // A plural the lemmatizer does not know ("allergies"): the head's own plural.
      for (String singular : singulars(t.lower())) {
        h = heads.get(singular);
        if (h != null) {
          break;
        }
      }
    }
    return h != null ? h : suffixOf(t.lower());
  }

  private static List<String> singulars(String w) {
    List<String> out = new ArrayList<>(2);
    if (w.endsWith("ies") && w.length() > 4) {
      out.add(w.substring(0, w.length() - 3) + "y");
    }
    if (w.endsWith("s") && w.length() > 3) {
      out.add(w.substring(0, w.length() - 1));
    }
    return out;
  }

  private static final Set<String> MODIFIER_TAGS = Set.of("NOUN", "PROPN", "ADJ");
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s");

  /**
   * The mentions of new conditions in a sentence, with {@code mentions} (those of the vocabulary)
   * left as they are: each new one is a noun phrase outside them whose last noun is a head, with
   * the nouns and adjectives before it (possessives of names kept: "Raynaud's disease"), leading
   * generic words dropped. No word of one is a word of the vocabulary's {@code matched} mentions,
   * kept or not ("DVT (deep vein thrombosis)" glosses its name; the gloss is no new condition), nor
   * of a relation cue ({@code predicates}: "relieves" tagged as a noun is still the verb).
   */
  List<Mention> find(
      List<Token> tokens, List<Mention> mentions, List<Mention> matched, List<Cue> predicates) {
    if (heads.isEmpty() && suffixes.isEmpty()) {
      return mentions;
    }
    boolean[] named = new boolean[tokens.size()];
    for (Mention m : matched) {
      for (int i = m.from(); i < m.to() && i < named.length; i++) {
        named[i] = true;
      }
    }
    for (Cue c : predicates) {
      for (int i = c.from(); i < c.to() && i < named.length; i++) {
        named[i] = true;
      }
    }
    for (Mention m : mentions) {
      for (int i = m.from(); i < m.to() && i < named.length; i++) {
        named[i] = true;
      }
    }
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      // The tagger may take the head of a compound for a verb ("vessels rupture"), and a noun
      // that can stand for a named therapy is tagged as a pronoun ("the therapy"): after a noun
      // or an adjective, either is the head of the phrase all the same.
      boolean compoundHead =
          (t.tag().equals("VERB") || t.tag().equals("PRON"))
              && i > 0
              && !named[i - 1]
              && MODIFIER_TAGS.contains(tokens.get(i - 1).tag());
      if (named[i] || !(MODIFIER_TAGS.contains(t.tag()) || compoundHead)) {
        continue;
      }
      // The head is the last noun of its phrase: "disease risk" is about a risk.
      if (i + 1 < tokens.size()
          && !named[i + 1]
          && (tokens.get(i + 1).tag().equals("NOUN") || tokens.get(i + 1).tag().equals("PROPN"))) {
        continue;
      }
      Head head = headOf(t);
      if (head == null) {
        continue;
      }
      int from = i;
      while (from > 0 && !named[from - 1]) {
        Token before = tokens.get(from - 1);
        if (MODIFIER_TAGS.contains(before.tag()) && !before.lower().equals("-")) {
          from--;
        } else if (POSSESSIVE.contains(before.lower())
            && from >= 2
            && !named[from - 2]
            && tokens.get(from - 2).isProperNoun()) {
          from -= 2;
        } else {
          break;
        }
      }
      while (from < i && generic.contains(tokens.get(from).lower())) {
        from++;
      }
      // "rupture of the vein wall": with nothing before it, a head that needs modifiers may take
      // them after "of", and names a vein wall rupture. A name of its own ("bursitis of the hip")
      // is only placed.
      int[] after =
          from == i && head.needs() != Needs.NOTHING && !STATE_HEADS.contains(t.lemma())
              ? ofPhrase(tokens, named, i)
              : null;
      int modFrom = after != null ? after[0] : from;
      int modTo = after != null ? after[1] : i;
      if (head.needs() != Needs.NOTHING && !specific(tokens, modFrom, modTo, head.needs())) {
        continue;
      }
      StringBuilder label = new StringBuilder();
      for (int k = modFrom; k < modTo; k++) {
        // "of the vein walls" names a vein wall rupture: a noun after "of" in its singular.
        String w =
            after != null && tokens.get(k).tag().equals("NOUN")
                ? tokens.get(k).lemma()
                : tokens.get(k).lower();
        if (!POSSESSIVE.contains(w) && label.length() > 0) {
          label.append(' ');
        }
        label.append(w);
      }
      if (label.length() > 0) {
        label.append(' ');
      }
      label.append(singular(t));
      String text = label.toString();
      String slug = Ids.slugify(text);
      if (slug.isEmpty()) {
        continue;
      }
      Concept c =
          new Concept(
              NAMESPACE + slug,
              text,
              List.of(),
              head.broader() == null ? Set.of() : Set.of(head.broader()),
              Set.of(head.kind()));
      int to = after != null ? after[1] : i + 1;
      found.add(new Mention(c, from, to, tokens.get(from).start(), tokens.get(to - 1).end(), text));
    }
    if (found.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    out.addAll(found);
    out.sort(java.util.Comparator.comparingInt(Mention::from));
    return out;
  }

  /** Heads that before "of" name a state, not a disorder: "the condition of the skin". */
  private static final Set<String> STATE_HEADS = Set.of("condition", "problem", "health");

  /** Determiners an "of" phrase may open with. */
  private static final Set<String> OF_DETERMINERS = Set.of("the", "a", "an", "your", "their");

  /**
   * The tokens {@code [from, to)} of the nouns and adjectives of an "of" phrase right after the
   * head at {@code head}, ending with a noun ("of the vein wall"), or null.
   */
  private static int[] ofPhrase(List<Token> tokens, boolean[] named, int head) {
    int j = head + 1;
    if (j >= tokens.size() || !tokens.get(j).lower().equals("of")) {
      return null;
    }
    j++;
    if (j < tokens.size() && OF_DETERMINERS.contains(tokens.get(j).lower())) {
      j++;
    }
    int k = j;
    while (k < tokens.size() && !named[k] && MODIFIER_TAGS.contains(tokens.get(k).tag())) {
      k++;
    }
    if (k == j || tokens.get(k - 1).tag().equals("ADJ")) {
      return null;
    }
    return new int[] {j, k};
  }

  /** Whether the words before a head make it specific: one not generic (a noun, if need be). */
  private boolean specific(List<Token> tokens, int from, int head, Needs needs) {
    for (int k = from; k < head; k++) {
      Token t = tokens.get(k);
      if (!generic.contains(t.lower())
          && !POSSESSIVE.contains(t.lower())
          && (needs != Needs.NOUN || !t.tag().equals("ADJ"))) {
        return true;
      }
    }
    return false;
  }

  private String singular(Token t) {
    if (heads.containsKey(t.lemma()) || suffixOf(t.lemma()) != null) {
      return t.lemma();
    }
    if (heads.containsKey(t.lower())) {
      return t.lower();
    }
    for (String s : singulars(t.lower())) {
      if (heads.containsKey(s)) {
        return s;
      }
    }
    return t.lower();
  }
}
