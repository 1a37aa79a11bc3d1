package org.w3id.claimgraph.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kind of predication a claim makes between its intervention and its condition. */
public enum Relation {
  TREATS("treats", "treats"),
  BENEFITS("benefits", "benefits"),
  PREVENTS("prevents", "prevents"),
  CAUSES("causes", "causes"),
  CONTRAINDICATED_FOR("contraindicated_for", "contraindicated for"),
  CAUTION_WITH("caution_with", "caution with"),
  SAFE_FOR("safe_for", "safe for");

  private final String code;
  private final String label;

  Relation(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The code used in JSON and on the command line, and the relation's skos:notation. */
  public String code() {
    return code;
  }

  /** Words for people: "contraindicated for". */
  public String label() {
    return label;
  }

  /** The relation whose code is {@code code}. */
  public static Relation fromCode(String code) {
    for (Relation r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown relation \"" + code + "\"; expected one of: " + codes());
  }

  /** All codes, comma-separated, for messages. */
  public static String codes() {
    return Arrays.stream(values()).map(Relation::code).collect(Collectors.joining(", "));
  }
}
