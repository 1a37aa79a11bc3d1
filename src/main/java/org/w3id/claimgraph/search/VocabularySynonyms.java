package org.w3id.claimgraph.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Vocabulary;

/**
 * Synonyms generated from the SKOS vocabulary. Every label of a concept (prefLabel and altLabels)
 * stands for the concept; with narrower expansion, for the concepts below it too (one way: "blood
 * clot" finds "deep vein thrombosis", not the reverse). Labels are analysed by the index analyzer,
 * so "blood clots" and "blood clot" are one entry.
 *
 * <p>A label that contains another label of the same group adds nothing to what the group matches
 * ("blood clot" already matches wherever "clot" does), so each label is rewritten to the smallest
 * set of labels that match everything the group matches. That keeps a query for a concept with many
 * phrasings small; the matches are the same.
 */
final class VocabularySynonyms extends SynonymMap.Parser {
  private VocabularySynonyms(Analyzer analyzer) {
    super(true, analyzer);
  }

  static SynonymMap build(Vocabulary vocabulary, boolean narrower) {
    VocabularySynonyms parser = new VocabularySynonyms(new HealthAnalyzer());
    try {
      parser.add(vocabulary, narrower);
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every label of a concept rewritten to the concept's key (its slug), the token the concept
   * fields are indexed with; with narrower expansion, to its descendants' keys as well.
   */
  static SynonymMap concepts(Vocabulary vocabulary, boolean narrower) {
    VocabularySynonyms parser = new VocabularySynonyms(new HealthAnalyzer());
    try {
      Map<String, Set<String>> below = narrower ? descendants(vocabulary) : Map.of();
      for (Concept c : vocabulary.concepts()) {
        List<String> keys = new ArrayList<>();
        keys.add(key(c.iri()));
        for (String d : below.getOrDefault(c.iri(), Set.of())) {
          keys.add(key(d));
        }
        for (CharsRef from : parser.analyzed(c)) {
          for (String k : keys) {
            parser.add(from, new CharsRef(k), false);
          }
        }
      }
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The token a concept is indexed as in the concept fields: the last segment of its IRI. */
  static String key(String iri) {
    return iri.substring(iri.lastIndexOf('/') + 1);
  }

  @Override
  public void parse(Reader in) {
    throw new UnsupportedOperationException("synonyms come from the vocabulary");
  }

  private void add(Vocabulary vocabulary, boolean narrower) throws IOException {
    Map<String, List<CharsRef>> labels = new LinkedHashMap<>();
    for (Concept c : vocabulary.concepts()) {
      labels.put(c.iri(), analyzed(c));
    }
    Map<String, Set<String>> below = narrower ? descendants(vocabulary) : Map.of();
    for (Concept c : vocabulary.concepts()) {
      List<CharsRef> own = labels.get(c.iri());
      Set<CharsRef> group = new LinkedHashSet<>(own);
      for (String d : below.getOrDefault(c.iri(), Set.of())) {
        group.addAll(labels.get(d));
      }
      List<CharsRef> minimal = minimal(group);
      for (CharsRef from : own) {
        for (CharsRef to : minimal) {
          add(from, to, false);
        }
      }
    }
  }

  /** The labels of the group that contain no other label of it as a run of words. */
  static List<CharsRef> minimal(Set<CharsRef> group) {
    List<CharsRef> out = new ArrayList<>();
    for (CharsRef label : group) {
      String[] words = words(label);
      boolean subsumed = false;
      for (CharsRef other : group) {
        if (!other.equals(label) && contains(words, words(other))) {
          subsumed = true;
          break;
        }
      }
      if (!subsumed) {
        out.add(label);
      }
    }
    return out;
  }

  private static String[] words(CharsRef label) {
    return label.toString().split(String.valueOf(SynonymMap.WORD_SEPARATOR));
  }

  private static boolean contains(String[] haystack, String[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }

  private List<CharsRef> analyzed(Concept c) throws IOException {
    Set<String> texts = new LinkedHashSet<>();
    texts.add(c.prefLabel());
    texts.addAll(c.altLabels());
    Set<CharsRef> out = new LinkedHashSet<>();
    for (String text : texts) {
      try {
        out.add(CharsRef.deepCopyOf(analyze(text, new CharsRefBuilder())));
      } catch (IllegalArgumentException e) {
        // A label that analyses to nothing (punctuation only) names nothing searchable.
      }
    }
    return new ArrayList<>(out);
  }

  private static Map<String, Set<String>> descendants(Vocabulary vocabulary) {
    Map<String, Set<String>> below = new LinkedHashMap<>();
    for (Concept c : vocabulary.concepts()) {
      for (String ancestor : vocabulary.selfAndAncestors(c.iri())) {
        if (!ancestor.equals(c.iri())) {
          below.computeIfAbsent(ancestor, k -> new LinkedHashSet<>()).add(c.iri());
        }
      }
    }
    return below;
  }
}
