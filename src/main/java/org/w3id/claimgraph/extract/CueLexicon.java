package org.w3id.claimgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.corpus.TextFile;

/**
 * A cue lexicon read from a tab-separated data file: a pattern and one or two values per line,
 * comments after '#'. Finding cues tries the longest patterns first and never lets two cues
 * overlap.
 */
final class CueLexicon {
  private record Entry(CuePattern pattern, CueKind kind, CueDirection direction) {}

  private final List<Entry> entries;
  private final java.util.Map<String, List<Entry>> byFirstWord = new java.util.HashMap<>();
  private final List<Entry> anyStart = new ArrayList<>();

  private CueLexicon(List<Entry> entries) {
    this.entries = entries;
    for (Entry e : entries) {
      java.util.Set<String> first = e.pattern().firstWords();
      if (first == null) {
        anyStart.add(e);
      } else {
        for (String w : first) {
          byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
        }
      }
    }
  }

  /** The entries that may start on {@code t}, longest first. */
  private List<Entry> candidates(Token t) {
    java.util.Set<Entry> found = new java.util.LinkedHashSet<>(anyStart);
    for (String key : new String[] {t.lower(), t.lemma(), t.stem()}) {
      List<Entry> l = byFirstWord.get(key);
      if (l != null) {
        found.addAll(l);
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    List<Entry> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt((Entry e) -> -e.pattern().weight())
            .thenComparingInt(entries::indexOf));
    return sorted;
  }

  /**
   * Reads {@code file}: a pattern, a kind of {@code kinds} and, where {@code directions} is not
   * empty, a direction of those. A bad line, an unknown kind or direction, names its place.
   */
  static CueLexicon read(
      Path file, java.util.Set<CueKind> kinds, java.util.Set<CueDirection> directions) {
    int columns = directions.isEmpty() ? 2 : 3;
    List<Entry> entries = new ArrayList<>();
    java.util.Map<String, Integer> given = new java.util.HashMap<>();
    String[] lines = TextFile.read(file).split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].replaceFirst("\\s+$", "");
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      Integer before = given.putIfAbsent(line.strip(), n + 1);
      if (before != null) {
        throw new InputException(
            file.toString(),
            n + 1,
            1,
            "the same cue as line " + before + ": \"" + line.strip() + "\"");
      }
      String[] cells = line.split("\t");
      if (cells.length != columns) {
        throw new InputException(
            file.toString(),
            n + 1,
            -1,
            "expected " + columns + " tab-separated columns, found " + cells.length);
      }
      CuePattern pattern;
      try {
        pattern = CuePattern.parse(cells[0]);
      } catch (IllegalArgumentException e) {
        throw new InputException(file.toString(), n + 1, 1, e.getMessage());
      }
      CueKind kind;
      try {
        kind = CueKind.of(cells[1].strip(), kinds);
      } catch (IllegalArgumentException e) {
        throw new InputException(file.toString(), n + 1, 2, e.getMessage());
      }
      CueDirection direction = CueDirection.NONE;
      if (columns > 2) {
        try {
          direction = CueDirection.of(cells[2].strip(), directions);
        } catch (IllegalArgumentException e) {
          throw new InputException(file.toString(), n + 1, 3, e.getMessage());
        }
      }
      entries.add(new Entry(pattern, kind, direction));
    }
    entries.sort(Comparator.comparingInt((Entry e) -> -e.pattern().weight()));
    return new CueLexicon(entries);
  }

  /**
   * The cues in {@code tokens}, left to right, longest first at each position, none overlapping.
   */
  List<Cue> find(List<Token> tokens) {
    List<Cue> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Cue best = null;
      for (Entry e : candidates(tokens.get(i))) {
        int end = e.pattern().match(tokens, i);
        if (end > i) {
          best = new Cue(e.kind(), e.direction(), e.pattern().text(), i, end);
          break;
        }
      }
      if (best != null) {
        out.add(best);
        i = best.to();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The single-word patterns of a kind: "what", "how"… for questions. */
  java.util.Set<String> words(CueKind kind) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Entry e : entries) {
      if (e.kind() == kind && e.pattern().weight() == 1 && !e.pattern().text().contains(" ")) {
        out.add(e.pattern().text());
      }
    }
    return out;
  }

  /** Every word a cue can start with, or null when some cue can start on any word. */
  java.util.Set<String> firstWords() {
    return anyStart.isEmpty() ? java.util.Set.copyOf(byFirstWord.keySet()) : null;
  }

  /** The patterns, for matching a whole label ("circulation") rather than a sentence. */
  List<String> patterns() {
    return entries.stream().map(e -> e.pattern().text()).toList();
  }
}
