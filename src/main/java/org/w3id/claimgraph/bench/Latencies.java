package org.w3id.claimgraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Latencies in nanoseconds, each with what was timed, and their percentiles in milliseconds. */
final class Latencies {
  private final long[] nanos;
  private final String[] labels;
  private int n;

  Latencies(int capacity) {
    nanos = new long[capacity];
    labels = new String[capacity];
  }

  void add(long value, String label) {
    nanos[n] = value;
    labels[n] = label;
    n++;
  }

  int size() {
    return n;
  }

  /** The p-th percentile (0 < p <= 100) in milliseconds, nearest rank. */
  double percentileMs(double p) {
    if (n == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, n);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * n);
    return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
  }

  double meanMs() {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += nanos[i];
    }
    return n == 0 ? 0 : sum / n / 1e6;
  }

  /** The {@code k} slowest, as "12.345 ms label". */
  List<String> slowest(int k) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingLong((Integer i) -> -nanos[i]));
    List<String> out = new ArrayList<>();
    for (int i : order.subList(0, Math.min(k, n))) {
      out.add(String.format(Locale.ROOT, "%8.3f ms  %s", nanos[i] / 1e6, labels[i]));
    }
    return out;
  }
}
