package org.w3id.claimgraph.derive;

import java.util.List;
import org.w3id.claimgraph.model.Certainty;

/**
 * What one grading step found for one claim, as structured facts: which factor, what it adds, and
 * the things it rests on (claims by their index in the {@link ClaimIndex}, quotes, names). {@link
 * Reasons} writes the English; nothing here is prose.
 */
sealed interface Fact {
  String code();

  String label();

  double delta();

  /** The quotes of the text it rests on, most telling first. */
  default List<String> quotes() {
    return List.of();
  }

  /** The claims it rests on, by index: every one of them. */
  default List<Integer> claims() {
    return List.of();
  }

  /** A fact of one of the policy's factors: its code, label and weight are the factor's. */
  sealed interface OfFactor extends Fact {
    Policy.Factor factor();

    @Override
    default String code() {
      return factor().code();
    }

    @Override
    default String label() {
      return factor().label();
    }

    @Override
    default double delta() {
      return factor().weight();
    }
  }

  /** How a claim's support was found. */
  enum Basis {
    /** A citation with an identifier, not in the store: recorded and followable. */
    IDENTIFIED_CITATION,
    /** A citation resolved to a document in the store that makes a compatible claim. */
    VERIFIED_CITATION,
    /** Attributed to a person or body whose qualification the policy recognises. */
    QUALIFIED_PERSON,
    /** Attributed to a named person with no recognised qualification. */
    NAMED_PERSON,
    /** Attributed to unnamed others the article reports ("some people believe"). */
    UNNAMED_REPORTED,
    /** The article's own assertion, worth what its kind of source makes it. */
    SOURCE_KIND,
    /** The article's own assertion, its author qualified. */
    QUALIFIED_AUTHOR,
    /** The article's own assertion, saying what a qualified person it quotes says. */
    QUOTED_EXPERT,
    /** The article's own assertion, with nothing behind it. */
    NONE
  }

  /**
   * The claim's kind of support: its base score.
   *
   * @param citation the citation text, or null
   * @param design the study design its sentence names, or null
   * @param cited what the citation points to: the cited document's IRI or the identifier's URL, or
   *     null
   * @param person who the support rests on (the person it is attributed to, the article's author,
   *     or the quoted expert), or null
   * @param standing that person's qualification and what the data says of them, or empty
   * @param kindLabel the article's kind of source in words
   */
  record Supported(
      Policy.Support level,
      Basis basis,
      String citation,
      String design,
      String cited,
      String person,
      List<String> standing,
      String kindLabel,
      List<String> quotes,
      List<Integer> claims)
      implements Fact {
    public String code() {
      return level.code();
    }

    public String label() {
      return level.label();
    }

    public double delta() {
      return level.weight();
    }
  }

  /** What a citation check found when the citation could not lend its level. */
  enum CitationOutcome {
    /** Citation-shaped, no identifier, resolves to nothing. */
    UNVERIFIED,
    /** Resolves to a document in the store that makes no compatible claim. */
    DOES_NOT_SUPPORT
  }

  /**
   * @param citation the citation text
   * @param cited the document it resolves to, or null
   * @param citedTitle that document's slug, or null
   */
  record CitationChecked(
      Policy.Factor factor,
      CitationOutcome outcome,
      String citation,
      String cited,
      String citedTitle,
      List<String> quotes)
      implements OfFactor {}

  /**
   * How sure the text sounds, against its support.
   *
   * @param overstated whether the wording outruns the support (the factor is then overstatement)
   * @param cue the words of proof or cure that made it so, or null
   * @param support the support, in a few words
   */
  record Worded(
      Policy.Factor factor,
      Certainty certainty,
      boolean overstated,
      boolean warning,
      boolean negated,
      String cue,
      String support,
      List<String> quotes)
      implements OfFactor {}

  /** The article sells what the claim recommends. */
  record Commercial(Policy.Factor factor, String reason, List<String> quotes) implements OfFactor {}

  /**
   * Independent sources make the same claim.
   *
   * @param sources how many other independent sources agree
   * @param shown one claim of each agreeing source, for the reason
   * @param claims every agreeing claim that lends, the strongest first
   * @param setAside how many agreeing sources lend nothing because their claim is graded Very low
   * @param counts whether enough sources lend for the factor to apply; when not, the line is
   *     informational and says which agreement was set aside
   */
  record Agreed(
      Policy.Factor factor,
      int sources,
      List<Integer> shown,
      List<Integer> claims,
      int setAside,
      boolean counts)
      implements OfFactor {
    @Override
    public double delta() {
      return counts ? factor.weight() : 0;
    }
  }

  /** An opposing claim, and the severity of the conflict it is found in. */
  record Opponent(int claim, org.w3id.claimgraph.model.Severity severity, double score) {}

  /**
   * Disputed by evidence at least as strong.
   *
   * @param within by claims of its own article
   * @param sources how many independent sources dispute it (claims, within one article)
   * @param opponents every disputing claim, strongest first
   */
  record Disputed(Policy.Factor factor, boolean within, int sources, List<Opponent> opponents)
      implements OfFactor {
    @Override
    public List<Integer> claims() {
      return opponents.stream().map(Opponent::claim).toList();
    }
  }

  /**
   * A qualified source's warning, and the weaker dissent set aside.
   *
   * @param setAside the opposing claims that did not count, strongest first
   * @param sources how many independent sources they come from
   */
  record Precaution(Policy.Factor factor, List<Opponent> setAside, int sources)
      implements OfFactor {
    @Override
    public List<Integer> claims() {
      return setAside.stream().map(Opponent::claim).toList();
    }
  }

  /**
   * A line of a claim's stored grade that no other claim can have changed (its support, wording,
   * citation checks, commercial interest), kept as stored when only the claim's agreement and
   * disputes are weighed again.
   */
  record StoredLine(org.w3id.claimgraph.model.Factor line) implements Fact {
    @Override
    public String code() {
      return line.code();
    }

    @Override
    public String label() {
      return line.label();
    }

    @Override
    public double delta() {
      return line.delta();
    }

    @Override
    public List<String> quotes() {
      return line.quotes();
    }
  }
}
