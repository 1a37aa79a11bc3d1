package org.w3id.claimgraph.search;

import java.util.Set;

/** The fields of the search index. */
public final class Fields {
  /** "sentence" or "claim". */
  public static final String TYPE = "type";

  /** The claim's IRI, or {@code slug#start-end} for a sentence. */
  public static final String ID = "id";

  /** The article's slug. */
  public static final String ARTICLE = "article";

  /** Offsets in the article, code points. */
  public static final String START = "start";

  public static final String END = "end";

  /** The sentence, or the claim's quote: analysed, stored, with offsets for highlighting. */
  public static final String TEXT = "text";

  /**
   * The keys of the claim's intervention and condition; a query's concept labels (any of them) are
   * rewritten to these keys, so a concept is found whatever words name it.
   */
  public static final String CONCEPTS = "concepts";

  /** The key of the claim's intervention. */
  public static final String INTERVENTION = "intervention";

  /** The key of the claim's condition. */
  public static final String CONDITION = "condition";

  /** The relation's code. */
  public static final String RELATION = "relation";

  /** The name of the person the claim is attributed to (or the article's author), analysed. */
  public static final String AUTHOR = "author";

  /** That name in lower case, for exact filtering. */
  public static final String AUTHOR_KEY = "author_key";

  public static final String CURATION = "curation";
  public static final String CERTAINTY = "certainty";
  public static final String NEGATED = "negated";

  /** The claim's GRADE certainty ("very_low") and verdict ("unsupported"), as codes. */
  public static final String GRADE = "grade";

  public static final String VERDICT = "verdict";

  /** Stored only: display values. */
  public static final String INTERVENTION_LABEL = "intervention_label";

  public static final String CONDITION_LABEL = "condition_label";
  public static final String AUTHOR_NAME = "author_name";
  public static final String GRADE_LABEL = "grade_label";
  public static final String GRADE_SCORE = "grade_score";
  public static final String VERDICT_LABEL = "verdict_label";

  /**
   * The IRI of the claim's proposition (its intervention, relation, polarity, condition and whether
   * conditional), indexed as it is: a draft check finds the claims it is weighed against by their
   * propositions.
   */
  public static final String PROPOSITION = "proposition";

  /** Stored only: the rest of a claim as the store holds it, and its strength. */
  public static final String INTERVENTION_IRI = "intervention_iri";

  public static final String CONDITION_IRI = "condition_iri";
  public static final String CONDITIONAL = "conditional";
  public static final String AGENT = "agent";
  public static final String NOTE = "note";

  /** The claim's article as a source: its kind of source, publisher and author (IRIs, or text). */
  public static final String SOURCE_KIND = "source_kind";

  public static final String SOURCE_PUBLISHER = "source_publisher";
  public static final String SOURCE_AUTHOR = "source_author";

  /** The grade's score before disputes. */
  public static final String PROVISIONAL = "provisional";

  /** What agreement added to it (its consensus line's delta), where it added anything. */
  public static final String CONSENSUS = "consensus";

  /** Fields matched without analysis. */
  public static final Set<String> KEYWORDS =
      Set.of(TYPE, ID, ARTICLE, RELATION, AUTHOR_KEY, CURATION, CERTAINTY, NEGATED, GRADE, VERDICT);

  /** Fields indexed as concept keys. */
  public static final Set<String> CONCEPT_KEYS = Set.of(CONCEPTS, INTERVENTION, CONDITION);

  /** What a query without a field prefix searches. */
  public static final String[] DEFAULT = {TEXT, CONCEPTS};

  private Fields() {}
}
