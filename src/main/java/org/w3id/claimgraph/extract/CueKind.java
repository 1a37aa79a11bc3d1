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
  PSEUDO,
  HEDGE,
  STRONG,
  CONDITIONAL,
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

  static final Set<CueKind> RELATION =
      EnumSet.of(
          TREATS,
          BENEFITS,
          PREVENTS,
          CAUSES,
          CONTRAINDICATED_FOR,
          CAUTION_WITH,
          SAFE_FOR,
          RAISE,
          LOWER,
          NONE);
  static final Set<CueKind> QUALIFIER =
      EnumSet.of(
          NEGATION, PSEUDO, HEDGE, STRONG, CONDITIONAL, TERMINATION, EXAMPLE, QUESTION, REPORTED);
  static final Set<CueKind> ATTRIBUTION = EnumSet.of(SPEECH, SOURCE, TITLE, CREDENTIAL);

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The relation this kind states, or null for raise, lower, none and the qualifiers. */
  Relation relation() {
    return switch (this) {
      case TREATS -> Relation.TREATS;
      case BENEFITS -> Relation.BENEFITS;
      case PREVENTS -> Relation.PREVENTS;
      case CAUSES -> Relation.CAUSES;
      case CONTRAINDICATED_FOR -> Relation.CONTRAINDICATED_FOR;
      case CAUTION_WITH -> Relation.CAUTION_WITH;
      case SAFE_FOR -> Relation.SAFE_FOR;
      default -> null;
    };
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
