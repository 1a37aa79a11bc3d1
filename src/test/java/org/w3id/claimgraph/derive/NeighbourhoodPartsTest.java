package org.w3id.claimgraph.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parts a neighbourhood is read in: every proposition once, in order, parts of like weight. */
class NeighbourhoodPartsTest {
  @Test
  void partsKeepEveryKeyInOrderAndWeighAboutTheSame() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      Map<Integer, Long> weights = new LinkedHashMap<>();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        weights.put(i, 1L + random.nextInt(random.nextBoolean() ? 5 : 400));
      }
      int parts = 1 + random.nextInt(4);
      List<List<Integer>> split = Grading.split(weights, parts);
      List<Integer> joined = new ArrayList<>();
      split.forEach(joined::addAll);
      assertThat(joined).containsExactlyElementsOf(weights.keySet());
      assertThat(split).hasSizeLessThanOrEqualTo(parts).allSatisfy(p -> assertThat(p).isNotEmpty());
      long total = weights.values().stream().mapToLong(Long::longValue).sum();
      long heaviest = weights.values().stream().mapToLong(Long::longValue).max().orElse(0);
      for (List<Integer> part : split) {
        long weight = part.stream().mapToLong(weights::get).sum();
        // No part is heavier than its share by more than the one key that crossed the line.
        assertThat(weight).isLessThanOrEqualTo(total / parts + 2 * heaviest);
      }
      if (n >= parts && weights.values().stream().allMatch(w -> w == 1)) {
        assertThat(split).hasSize(parts);
      }
    }
  }
}
