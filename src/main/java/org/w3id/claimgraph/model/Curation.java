package org.w3id.claimgraph.model;

/** Whether a claim was checked by hand or found by the extractor. */
public enum Curation {
  CURATED("curated"),
  EXTRACTED("extracted");

  private final String code;

  Curation(String code) {
    this.code = code;
  }

  /** The code used in JSON and the status's skos:notation. */
  public String code() {
    return code;
  }

  public static Curation fromCode(String code) {
    for (Curation c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown curation status \"" + code + "\"; expected curated or extracted");
  }
}
