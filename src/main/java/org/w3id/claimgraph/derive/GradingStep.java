package org.w3id.claimgraph.derive;

/**
 * One step of the grading pipeline: a factor of the policy (or the claim's support, which always
 * comes first), applied to every claim in turn. The {@link Grader} composes the steps in the order
 * the policy gives its factors, as Lucene composes a query-node processor pipeline, and runs each
 * over all claims before the next, so a step sees every claim as the steps before it left it.
 */
interface GradingStep {
  /** Whether the step weighs disputes, and so needs every claim's score before disputes. */
  default boolean weighsDisputes() {
    return false;
  }

  /**
   * Whether what the step finds for a claim rests on the claim, its article and its people alone,
   * not on what other claims say: true but for agreement and disputes.
   */
  default boolean local() {
    return !weighsDisputes();
  }

  /** Called once before the step is applied to the claims. */
  default void begin() {}

  /** What the step finds for claim i, or null when it does not apply. */
  Fact apply(int i);
}
