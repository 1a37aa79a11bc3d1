package org.w3id.claimgraph.extract;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.claimgraph.model.Relation;

/**
 * What a cue of the lexicons says, by the code the lexicon files use in their second column. Each
 * file allows its own kinds ({@link #RELATION}, {@link #QUALIFIER}, {@link #ATTRIBUTION}); any
 * other code is an error naming the file and line when the lexicon is read.
 */
enum CueKind {
  // relations.tsv: the relation a cue states, or one that depends on the condition, or none
  TREATS,
  BENEFITS,
  PREVENTS,
  CAUSES,
  CONTRAINDICATED_FOR,
  CAUTION_WITH,
  SAFE_FOR,
  /** Raising a faculty benefits it; raising a disorder causes it. */
  RAISE,
  /** Lowering a disorder benefits; lowering a faculty harms. */
  LOWER,
  /** Blocks a cue where the words mean something else. */
  NONE,
  // qualifiers.tsv
  NEGATION,
  /**
   * Doubts what its scope says, a hedged denial: "it is unlikely that massage causes clots" denies
   * it, tentatively.
   */
  DOUBT,
  PSEUDO,
  HEDGE,
  STRONG,
  CONDITIONAL,
  /**
   * Opens a clause that states when the claim does not hold ("unless", "except when"): what it
   * names is no condition of the claim.
   */
  EXCEPTION,
  TERMINATION,
  EXAMPLE,
  QUESTION,
  /** Reported belief the author goes on to reject: "myth", "it is often claimed". */
  REPORTED,
  // attribution.tsv
  SPEECH,
  SOURCE,
  TITLE,
  CREDENTIAL;

  // Each file's kinds are the constants listed under its name above, in that order.
  static final Set<CueKind> RELATION = EnumSet.range(TREATS, NONE);
  static final Set<CueKind> QUALIFIER = EnumSet.range(NEGATION, REPORTED);
  static final Set<CueKind> ATTRIBUTION = EnumSet.range(SPEECH, CREDENTIAL);

  /** The kinds that state a relation of their own, the same code as the relation's. */
  private static final Set<CueKind> STATED = EnumSet.range(TREATS, SAFE_FOR);

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The relation this kind states, or null for raise, lower, none and the qualifiers. */
  Relation relation() {
    return STATED.contains(this) ? Relation.fromCode(code()) : null;
  }

  /** The kind of {@code code} among {@code allowed}, or an exception listing them. */
  static CueKind of(String code, Set<CueKind> allowed) {
    for (CueKind k : allowed) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind \""
            + code
            + "\"; expected one of: "
            + allowed.stream().map(CueKind::code).collect(Collectors.joining(", ")));
  }
}
