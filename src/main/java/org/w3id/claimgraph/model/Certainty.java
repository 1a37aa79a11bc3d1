package org.w3id.claimgraph.model;

/** How sure the text sounds when it states a claim, whatever its support. */
public enum Certainty {
  /** Stated as fact, without hedging or emphasis. */
  ASSERTED("asserted"),
  /** Stated as possible or tentative: "may", "shows promise". */
  HEDGED("hedged"),
  /** Stated with emphasis or a claim of proof: "absolutely", "clinically proven". */
  STRONG("strong");

  private final String code;

  Certainty(String code) {
    this.code = code;
  }

  /** The code used in JSON and the certainty's skos:notation. */
  public String code() {
    return code;
  }

  public static Certainty fromCode(String code) {
    for (Certainty c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown certainty \"" + code + "\"; expected asserted, hedged or strong");
  }
}
