package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Consensus: independent sources make the same claim (the same relation and polarity, interventions
 * and conditions each the same or one broader than the other). Sources are independent when they
 * differ in publisher (or article) and in the person the claim is attributed to; one source saying
 * it five times is one source. A claim lends agreement only when its score before consensus reaches
 * the policy's minimum: a claim graded Very low lends none.
 */
final class ConsensusStep implements GradingStep {
  private final GradingState st;
  private final Policy.Factor consensus;
  private double[] before;
  private final Map<Integer, int[]> agreeingClaims = new HashMap<>();

  ConsensusStep(GradingState st, Policy.Factor consensus) {
    this.st = st;
    this.consensus = consensus;
  }

  @Override
  public boolean local() {
    return false;
  }

  @Override
  public void begin() {
    before = new double[st.ix.n];
    for (int i = 0; i < st.ix.n; i++) {
      before[i] = st.pinned[i] != null ? st.pinned[i].beforeConsensus() : st.sum(i);
    }
  }

  /** Every claim of every statement that agrees with statement k, in index order. */
  private int[] claimsAgreeingWith(int k) {
    return agreeingClaims.computeIfAbsent(
        k,
        key -> {
          TreeSet<Integer> out = new TreeSet<>();
          for (int s : st.ix.agreeing(key)) {
            for (int x : st.ix.claimsOfStmt.get(s)) {
              out.add(x);
            }
          }
          return out.stream().mapToInt(Integer::intValue).toArray();
        });
  }

  @Override
  public Fact apply(int i) {
    ClaimIndex ix = st.ix;
    double least = consensus.minScore() == null ? Double.NEGATIVE_INFINITY : consensus.minScore();
    Map<Integer, Integer> firstOfSource = new LinkedHashMap<>();
    TreeSet<Integer> agents = new TreeSet<>();
    TreeSet<Integer> weakSources = new TreeSet<>();
    List<Integer> lenders = new ArrayList<>();
    for (int x : claimsAgreeingWith(ix.stmtOf[i])) {
      if (ix.sourceOf[x] == ix.sourceOf[i] || ix.agentOf[x] == ix.agentOf[i]) {
        continue;
      }
      if (before[x] < least) {
        weakSources.add(ix.sourceOf[x]);
        continue;
      }
      lenders.add(x);
      firstOfSource.putIfAbsent(ix.sourceOf[x], x);
      agents.add(ix.agentOf[x]);
    }
    weakSources.removeAll(firstOfSource.keySet());
    // The strongest first (before consensus), then in the claims' order.
    lenders.sort(
        java.util.Comparator.comparingDouble((Integer x) -> -before[x]).thenComparingInt(x -> x));
    int others = Math.min(firstOfSource.size(), agents.size());
    boolean counts = 1 + others >= consensus.minIndependentSources();
    if (!counts && weakSources.isEmpty()) {
      return null;
    }
    return new Fact.Agreed(
        consensus,
        others,
        List.copyOf(firstOfSource.values()),
        counts ? lenders : List.of(),
        weakSources.size(),
        counts);
  }
}
