package org.w3id.claimgraph.extract;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a cue's arguments or scope lie, by the code of a lexicon file's third column. */
enum CueDirection {
  /** Relations: intervention before, conditions after. Qualifiers: the words after the cue. */
  FORWARD,
  /** Relations: conditions before, the cause after. */
  REVERSE,
  /** Relations: intervention and conditions anywhere in the sentence. */
  ANY,
  /** Qualifiers: the whole sentence. */
  SENTENCE,
  /** Files of two columns, whose cues have no direction. */
  NONE;

  static final Set<CueDirection> RELATION = EnumSet.of(FORWARD, REVERSE, ANY);
  static final Set<CueDirection> QUALIFIER = EnumSet.of(FORWARD, SENTENCE);

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static CueDirection of(String code, Set<CueDirection> allowed) {
    for (CueDirection d : allowed) {
      if (d.code().equals(code)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown direction \""
            + code
            + "\"; expected one of: "
            + allowed.stream().map(CueDirection::code).collect(Collectors.joining(", ")));
  }
}
