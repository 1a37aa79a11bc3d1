package org.w3id.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  ConceptMatcher(Vocabulary vocabulary, Nlp nlp) {
    this.vocabulary = vocabulary;
    for (Concept c : vocabulary.concepts()) {
      Set<String> labels = new LinkedHashSet<>();
      labels.add(c.prefLabel());
      labels.addAll(c.altLabels());
      for (String label : labels) {
        List<Token> tokens = nlp.tokens(label, 0, label.length());
        if (tokens.isEmpty()) {
          continue;
        }
        for (Token t : tokens) {
          if (!FUNCTION_WORDS.contains(t.lower())) {
            contentWords.add(t.lower());
            contentWords.add(t.lemma());
            contentWords.add(t.stem());
          }
        }
        insert(tokens, c, label, 0);
        insert(tokens, c, label, 1);
        insert(tokens, c, label, 2);
      }
    }
  }

  /** Inserts a label by its words' lower-cased forms (0), lemmas (1) or stems (2). */
  private void insert(List<Token> tokens, Concept c, String label, int form) {
    Node n = root;
    for (Token t : tokens) {
      String key = form == 0 ? t.lower() : form == 1 ? t.lemma() : t.stem();
      n = n.next.computeIfAbsent(key, k -> new Node());
    }
    // The first concept to claim a label keeps it; concepts are read in IRI order.
    if (n.concept == null) {
      n.concept = c;
      n.label = label;
    }
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
    return out;
  }

  private static void longest(List<Token> tokens, int i, Node n, int[] best, Node[] found) {
    if (n.concept != null && n != null && i > best[0]) {
      best[0] = i;
      found[0] = n;
    }
    if (i >= tokens.size()) {
      return;
    }
    Token t = tokens.get(i);
    Node a = n.next.get(t.lower());
    if (a != null) {
      longest(tokens, i + 1, a, best, found);
    }
    if (!t.lemma().equals(t.lower())) {
      Node b = n.next.get(t.lemma());
      if (b != null) {
        longest(tokens, i + 1, b, best, found);
      }
    }
    if (!t.stem().equals(t.lower()) && !t.stem().equals(t.lemma())) {
      Node c = n.next.get(t.stem());
      if (c != null) {
        longest(tokens, i + 1, c, best, found);
      }
    }
  }
}
