package org.w3id.claimgraph.model;

/** How much a conflict between two claims matters to a reader's safety. */
public enum Severity {
  HIGH("high", 3),
  MEDIUM("medium", 2),
  LOW("low", 1);

  private final String code;
  private final int rank;

  Severity(String code, int rank) {
    this.code = code;
    this.rank = rank;
  }

  /** The code used in JSON and the severity's skos:notation. */
  public String code() {
    return code;
  }

  /** Higher is more severe. */
  public int rank() {
    return rank;
  }

  public static Severity fromCode(String code) {
    for (Severity s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity \"" + code + "\"; expected high, medium or low");
  }

  /** The severity of this rank (1 low, 2 medium, 3 high). */
  public static Severity ofRank(int rank) {
    for (Severity s : values()) {
      if (s.rank == rank) {
        return s;
      }
    }
    throw new IllegalArgumentException("no severity of rank " + rank);
  }
}
