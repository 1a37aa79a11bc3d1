package org.w3id.claimgraph.extract;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.w3id.claimgraph.corpus.TextFile;

/**
 * The extractor's cue lexicons, data files a curator can extend: relation cues, qualifier cues
 * (negation, hedging, emphasis, conditions, scope terminations), attribution cues, the labels that
 * name a faculty rather than a disorder, and the words that name conditions outside the vocabulary.
 */
record Lexicons(
    CueLexicon relations,
    CueLexicon qualifiers,
    CueLexicon attribution,
    Set<String> faculties,
    java.util.Map<String, java.util.Map<String, String>> consequences,
    NewConditions newConditions) {
  /** The directory of the lexicons under a claimgraph home: {@code ontology/cues}. */
  static final String DIR = "cues";

  /** The lexicon of conditions outside the vocabulary, in that directory. */
  static final String NEW_CONDITIONS = "new-conditions.tsv";

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
        Set.copyOf(faculties),
        consequences(dir.resolve("consequences.tsv")),
        NewConditions.read(dir.resolve(NEW_CONDITIONS)));
  }

  /**
   * consequences.tsv: relation cue pattern, condition slug, consequence slug. A line that is not
   * three columns names its place.
   */
  private static java.util.Map<String, java.util.Map<String, String>> consequences(Path f) {
    java.util.Map<String, java.util.Map<String, String>> out = new java.util.HashMap<>();
    if (!java.nio.file.Files.exists(f)) {
      return out;
    }
    String[] lines = TextFile.read(f).split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String l = lines[n].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] cells = lines[n].split("\t");
      if (cells.length != 3) {
        throw new org.w3id.claimgraph.InputException(
            f.toString(), n + 1, -1, "expected 3 tab-separated columns, found " + cells.length);
      }
      out.computeIfAbsent(cells[0].strip(), k -> new java.util.HashMap<>())
          .put(
              org.w3id.claimgraph.vocab.Ids.concept(cells[1].strip()),
              org.w3id.claimgraph.vocab.Ids.concept(cells[2].strip()));
    }
    return out;
  }

  /**
   * The concept a claim with cue {@code pattern} is about when the text names {@code condition} (or
   * {@code condition} itself): "dislodge" a clot is about embolism.
   */
  String consequence(String pattern, String condition, Set<String> ancestors) {
    java.util.Map<String, String> byCondition = consequences.get(pattern);
    if (byCondition == null) {
      return condition;
    }
    String to = byCondition.get(condition);
    if (to != null) {
      return to;
    }
    for (String a : ancestors) {
      to = byCondition.get(a);
      if (to != null) {
        return to;
      }
    }
    return condition;
  }

  /** True when the label names a faculty (blood flow) rather than a disorder (pain). */
  boolean isFaculty(String label) {
    return faculties.contains(label.toLowerCase(Locale.ROOT));
  }
}
