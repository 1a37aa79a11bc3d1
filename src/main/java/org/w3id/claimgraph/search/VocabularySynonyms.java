package org.w3id.claimgraph.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * Synonyms generated from the SKOS vocabulary: every label of a concept (prefLabel and altLabels)
 * is a synonym of every other; with narrower expansion, a concept's labels also reach the labels of
 * every concept below it (one way: "blood clot" finds "deep vein thrombosis", not the reverse).
 * Labels are analysed by the index analyzer, so "blood clots" and "blood clot" are one entry.
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
      List<CharsRef> targets = new ArrayList<>(own);
      for (String d : below.getOrDefault(c.iri(), Set.of())) {
        targets.addAll(labels.get(d));
      }
      for (CharsRef from : own) {
        for (CharsRef to : targets) {
          if (!from.equals(to)) {
            add(from, to, true);
          }
        }
      }
    }
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
