package org.w3id.claimgraph.extract;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.w3id.claimgraph.corpus.TextFile;

/**
 * The extractor's cue lexicons, data files a curator can extend: relation cues, qualifier cues
 * (negation, hedging, emphasis, conditions, scope terminations), attribution cues, and the labels
 * that name a faculty rather than a disorder.
 */
record Lexicons(
    CueLexicon relations, CueLexicon qualifiers, CueLexicon attribution, Set<String> faculties) {
  /** The directory of the lexicons under a claimgraph home: {@code ontology/cues}. */
  static final String DIR = "cues";

  static Lexicons read(Path dir) {
    Set<String> faculties = new HashSet<>();
    Path f = dir.resolve("faculties.tsv");
    for (String line : TextFile.read(f).split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        faculties.add(l.toLowerCase(Locale.ROOT));
      }
    }
    return new Lexicons(
        CueLexicon.read(dir.resolve("relations.tsv"), CueKind.RELATION, CueDirection.RELATION),
        CueLexicon.read(dir.resolve("qualifiers.tsv"), CueKind.QUALIFIER, CueDirection.QUALIFIER),
        CueLexicon.read(dir.resolve("attribution.tsv"), CueKind.ATTRIBUTION, java.util.Set.of()),
        Set.copyOf(faculties));
  }

  /** True when the label names a faculty (blood flow) rather than a disorder (pain). */
  boolean isFaculty(String label) {
    return faculties.contains(label.toLowerCase(Locale.ROOT));
  }
}
