package org.w3id.claimgraph.extract;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.claimgraph.model.Person;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Finds who a sentence reports: "According to [description] NAME, …", "NAME[, appositive,] says
 * that …", "… says [description] NAME", with NAME a run of proper nouns (titles such as "Dr."
 * included). A surname alone ("Bodner says") is the person of that surname met earlier in the
 * article; "he" or "she" before a verb of saying is the person reported last. Keeps the persons of
 * one article with what the text says of them.
 */
final class Speakers {
  private static final int MAX_DESCRIPTION = 4;
  private static final int MAX_APPOSITIVE = 14;

  private final CueLexicon cues;
  private final String text;
  private final Map<String, Person> persons = new LinkedHashMap<>();

  Speakers(CueLexicon cues, String articleText) {
    this.cues = cues;
    this.text = articleText;
  }

  Collection<Person> persons() {
    return persons.values();
  }

  /** The person the sentence reports, if it names one with a cue of attribution. */
  Optional<Person> speaker(List<Token> tokens) {
    for (Cue cue : cues.find(tokens)) {
      Optional<Person> p =
          switch (cue.kind()) {
            case SOURCE -> after(tokens, cue.to());
            case SPEECH ->
                before(tokens, cue.from())
                    .or(() -> speakerAfter(tokens, cue.to()))
                    .or(() -> subjectAfterParticiple(tokens, cue));
            default -> Optional.empty();
          };
      if (p.isPresent()) {
        last = p.get();
        return p;
      }
    }
    return Optional.empty();
  }

  /** The person a sentence reported last: who "she says" or "he adds" means. */
  private Person last;

  /** Personal pronouns that may open a report of the person named last. */
  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she");

  /**
   * "Claiming that massage might spread cancer, authors Jeffrey M. Cullers and Ross Turchaninov
   * raised a concern": a sentence that opens with a participle of saying says what the subject of
   * its main clause, after the participle's comma, says.
   */
  private Optional<Person> subjectAfterParticiple(List<Token> tokens, Cue cue) {
    if (cue.from() != 0 || !tokens.get(0).lower().endsWith("ing")) {
      return Optional.empty();
    }
    for (int k = cue.to(); k + 1 < tokens.size(); k++) {
      if (tokens.get(k).lower().equals(",")) {
        return after(tokens, k + 1);
      }
    }
    return Optional.empty();
  }

  /** "according to sports physician Dr. Omar Reyes", "says physiotherapist Dr. Hannah Price". */
  /**
   * The speaker after a verb of saying: "…, says Bodner", "recommended by Dr. Lee". A preposition
   * other than "by" opens what the verb is about, not who says it ("recommended for DVT").
   */
  private Optional<Person> speakerAfter(List<Token> tokens, int from) {
    if (from < tokens.size() && tokens.get(from).tag().equals("ADP")) {
      return tokens.get(from).lower().equals("by") ? after(tokens, from + 1) : Optional.empty();
    }
    return after(tokens, from);
  }

  private Optional<Person> after(List<Token> tokens, int from) {
    int i = from;
    int described = 0;
    while (i < tokens.size()
        && !startsName(tokens.get(i))
        && !capitalisedInside(tokens, i)
        && described < MAX_DESCRIPTION) {
      if (tokens.get(i).isPunctuation()) {
        return Optional.empty();
      }
      i++;
      described++;
    }
    int end = nameEnd(tokens, i);
    if (end <= i) {
      return Optional.empty();
    }
    if (end + 2 < tokens.size() && tokens.get(end).lower().equals("and")) {
      // "authors Jeffrey M. Cullers and Ross Turchaninov": two full names, one voice.
      int second = nameEnd(tokens, end + 1);
      if (second >= end + 3) {
        end = second;
      }
    }
    String description = described > 0 ? span(tokens, from, i) : null;
    String appositive = appositiveAfter(tokens, end);
    if (appositive != null) {
      description = description == null ? appositive : description + ", " + appositive;
    }
    return Optional.of(person(tokens, i, end, description));
  }

  /**
   * 'According to Art Riggs, author of "Deep Tissue Massage," a clot…': the appositive between the
   * name and the next comma, when it closes within a few words; else null.
   */
  private String appositiveAfter(List<Token> tokens, int end) {
    if (end >= tokens.size() || !tokens.get(end).lower().equals(",")) {
      return null;
    }
    int k = end + 1;
    while (k < tokens.size() && !tokens.get(k).lower().equals(",") && k - end <= MAX_APPOSITIVE) {
      if (tokens.get(k).isPunctuation() && !isQuote(tokens.get(k))) {
        return null;
      }
      k++;
    }
    if (k >= tokens.size()
        || !tokens.get(k).lower().equals(",")
        || k == end + 1
        || clause(tokens, end + 1, k)
        || (k + 1 < tokens.size() && tokens.get(k + 1).tag().equals("CCONJ"))) {
      return null;
    }
    return balanced(span(tokens, end + 1, k).strip());
  }

  /**
   * Whether the words from {@code from} to {@code to} make a clause rather than a noun phrase that
   * describes someone: an auxiliary or modal ("can", "is"), or a verb in the present third person
   * ("reduces"), not inside a relative clause. In "According to Dr. Lopez, massage can ease cramps,
   * she says" what follows the name is what she says, not who she is; "a nurse trained in lymphatic
   * drainage" and "a therapist who treats athletes" describe her. (What a conjunction follows, as
   * in "According to Dr. Lopez, acupuncture reduces swelling, and…", is a clause too, whatever the
   * tagger made of its verb.)
   */
  private static boolean clause(List<Token> tokens, int from, int to) {
    boolean quoted = false;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (isQuote(t)) {
        // A title in quotes ("Healthy Legs") is a name, whatever its words.
        quoted = !quoted;
        continue;
      }
      if (quoted) {
        continue;
      }
      if (RELATIVE.contains(t.lower())) {
        return false;
      }
      boolean finite =
          t.tag().equals("AUX")
              || (t.tag().equals("VERB")
                  && t.text().equals(t.lower())
                  && t.lower().endsWith("s")
                  && !t.lower().endsWith("ss"));
      if (finite && k > from) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RELATIVE = Set.of("who", "whose", "whom", "which", "that");

  /** "Bodner says", "Whitney Lowe, author of "Orthopedic Massage," agrees". */
  private Optional<Person> before(List<Token> tokens, int verb) {
    int j = verb - 1;
    while (j >= 0 && isQuote(tokens.get(j))) {
      j--;
    }
    if (j >= 0
        && PRONOUNS.contains(tokens.get(j).lower())
        && (j == 0 || Set.of(",", "and", "but").contains(tokens.get(j - 1).lower()))) {
      // "She adds that…": the person reported last, if the article has reported one.
      return Optional.ofNullable(last);
    }
    if (j >= 0
        && tokens.get(j).lower().equals("they")
        && last != null
        && last.name().contains(" and ")) {
      // "…, they claim that…" after "authors Jeffrey M. Cullers and Ross Turchaninov": the two.
      return Optional.of(last);
    }
    String appositive = null;
    int nameEnd = j + 1;
    if (j >= 0 && tokens.get(j).lower().equals(",")) {
      int k = j - 1;
      while (k >= 0 && !tokens.get(k).lower().equals(",") && j - k <= MAX_APPOSITIVE) {
        k--;
      }
      if (k < 0 || !tokens.get(k).lower().equals(",")) {
        return Optional.empty();
      }
      appositive = balanced(span(tokens, k + 1, j).replaceAll("[,\\s]+$", "").strip());
      nameEnd = k;
    }
    int start = nameEnd;
    while (start > 0
        && (tokens.get(start - 1).isProperNoun()
            || capitalisedInside(tokens, start - 1)
            || isTitle(tokens.get(start - 1)))) {
      start--;
    }
    if (start == nameEnd) {
      return Optional.empty();
    }
    if (start > 0 && tokens.get(start - 1).tag().equals("ADP")) {
      // "a woman with RLS reported that…": the object of a preposition is not who speaks.
      return Optional.empty();
    }
    if (start == 0 && nameEnd == 1 && appositive == null && !nameElsewhere(tokens.get(0).text())) {
      // A capitalised word that opens a sentence or a list item is no name by its capital alone
      // ("Lower stress and better sleep…"); one the article capitalises inside a sentence too is
      // ("Victoria Bodner … Bodner stresses that…").
      return Optional.empty();
    }
    String description = appositive;
    if (appositive != null && isCredential(appositive) && start > 0) {
      int d = start;
      while (d > 0 && start - d < MAX_DESCRIPTION && !tokens.get(d - 1).isPunctuation()) {
        d--;
      }
      description = d < start ? span(tokens, d, start) + ", " + appositive : appositive;
    }
    return Optional.of(person(tokens, start, nameEnd, description));
  }

  /**
   * Whether {@code word} is a person met earlier or is written with its capital inside a sentence
   * of the article, after a word (not only where a sentence or an item opens).
   */
  private boolean nameElsewhere(String word) {
    if (known(word) != null) {
      return true;
    }
    if (capitalisedInside == null) {
      // One pass over the article, the first time it is asked: the time stays linear in its length.
      capitalisedInside = new java.util.HashSet<>();
      java.util.regex.Matcher m = CAPITALISED_INSIDE.matcher(text);
      while (m.find()) {
        capitalisedInside.add(m.group(1));
      }
    }
    return capitalisedInside.contains(word);
  }

  /** The capitalised words the article writes after a word, a number, a comma or a semicolon. */
  private java.util.Set<String> capitalisedInside;

  private static final java.util.regex.Pattern CAPITALISED_INSIDE =
      java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N},;] )(\\p{Lu}[\\p{L}\\p{M}'’-]*)");

  /** The person met earlier whose surname is {@code surname}, or null. */
  private Person known(String surname) {
    for (Person p : persons.values()) {
      if (p.name().endsWith(" " + surname)) {
        return p;
      }
    }
    return null;
  }

  /** 'author of "Healthy Legs' (the comma came inside the quotes) gets its closing quote back. */
  private static String balanced(String s) {
    long straight = s.chars().filter(c -> c == '"').count();
    if (straight % 2 == 1) {
      return s.endsWith("\"") ? s.substring(0, s.length() - 1).strip() : s + "\"";
    }
    if (s.indexOf('“') >= 0 && s.indexOf('”') < 0) {
      return s + "”";
    }
    return s;
  }

  private Person person(List<Token> tokens, int from, int to, String description) {
    int first = from;
    while (first < to && isTitle(tokens.get(first))) {
      first++;
    }
    String name = span(tokens, first < to ? first : from, to);
    if (!name.contains(" ")) {
      Person p = known(name);
      if (p != null) {
        return p;
      }
    }
    Person known = persons.get(name);
    if (known != null) {
      if (known.description() == null && description != null) {
        known = new Person(known.iri(), name, description);
        persons.put(name, known);
      }
      return known;
    }
    String slug = Ids.slugify(name);
    Person p = new Person(Ids.person(slug.isEmpty() ? "unnamed" : slug), name, description);
    persons.put(name, p);
    return p;
  }

  private int nameEnd(List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size()
        && (tokens.get(j).isProperNoun()
            || capitalisedInside(tokens, j)
            || (j == i && isTitle(tokens.get(j)))
            || middleInitialStop(tokens, j, i))) {
      j++;
    }
    // A title alone is not a name.
    return j > i && !(j == i + 1 && isTitle(tokens.get(i))) ? j : i;
  }

  /** A middle initial inside a name, or its full stop: "Jeffrey M. Cullers". */
  private boolean middleInitialStop(List<Token> tokens, int j, int start) {
    if (j <= start || j + 1 >= tokens.size()) {
      return false;
    }
    String w = tokens.get(j).text();
    boolean initial = w.matches("\\p{Lu}\\.?");
    boolean stop = w.equals(".") && tokens.get(j - 1).text().matches("\\p{Lu}");
    int next = j + 1;
    return (initial || stop)
        && (tokens.get(next).isProperNoun()
            || capitalisedInside(tokens, next)
            || tokens.get(next).text().equals("."));
  }

  /**
   * "The American Heart Association recommends": a capitalised noun or adjective inside a sentence
   * is part of a name even where the tagger reads it as a common word.
   */
  private static boolean capitalisedInside(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return i > 0
        && (t.tag().equals("NOUN") || t.tag().equals("ADJ"))
        && !t.text().isEmpty()
        && Character.isUpperCase(t.text().charAt(0))
        && !t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
  }

  private boolean startsName(Token t) {
    return t.isProperNoun() || isTitle(t);
  }

  private boolean isTitle(Token t) {
    return cues.find(List.of(t)).stream().anyMatch(c -> c.is(CueKind.TITLE));
  }

  private boolean isCredential(String s) {
    return s.equals(s.toUpperCase(Locale.ROOT))
        && cues.patterns().contains(s.toLowerCase(Locale.ROOT));
  }

  private static boolean isQuote(Token t) {
    return t.text().equals("\"") || t.text().equals("”") || t.text().equals("'");
  }

  private String span(List<Token> tokens, int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end()).strip();
  }
}
