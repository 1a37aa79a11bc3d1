package org.w3id.claimgraph;

import org.w3id.claimgraph.extract.Extractor;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.rdf.VocabularyReader;

/** The repository's vocabulary and an extractor with its cue lexicons, shared by the tests. */
public final class TestExtractor {
  private TestExtractor() {}

  public static final Vocabulary VOCABULARY =
      VocabularyReader.read(
          RdfFiles.readTurtle(TestHome.path().resolve("ontology/concepts.ttl")), "concepts");

  public static final Extractor EXTRACTOR =
      new Extractor(VOCABULARY, TestHome.path().resolve("ontology/cues"));
}
