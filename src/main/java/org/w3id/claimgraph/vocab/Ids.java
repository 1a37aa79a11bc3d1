package org.w3id.claimgraph.vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The IRIs of claimgraph data, under {@code https://w3id.org/claimgraph/id/}. They are
 * deterministic: the same article, claim or person always gets the same IRI, so loading the same
 * input twice never duplicates anything.
 */
public final class Ids {
  /** The base of every data IRI. */
  public static final String BASE = "https://w3id.org/claimgraph/id/";

  public static final String ARTICLE = BASE + "article/";
  public static final String CLAIM = BASE + "claim/";
  public static final String PERSON = BASE + "person/";
  public static final String CONCEPT = BASE + "concept/";

  /** The scheme of the concepts the extractor mints and no curator has reviewed yet. */
  public static final String UNREVIEWED_SCHEME = CONCEPT + "unreviewed";

  /** The namespace of those concepts: {@code …/concept/new/liver-disease}. */
  public static final String NEW_CONCEPT = CONCEPT + "new/";

  public static final String GRAPH = BASE + "graph/";
  public static final String CONFLICT = BASE + "conflict/";
  public static final String RULE = BASE + "rule/";
  public static final String PROPOSITION = BASE + "proposition/";
  public static final String REVIEW = BASE + "review/";

  /** The namespace of the factor lines that grades share (a hash of what the line says). */
  public static final String LINE = BASE + "line/";

  /** The named graph that holds the concept vocabulary. */
  public static final String CONCEPTS_GRAPH = GRAPH + "concepts";

  /** The named graph that holds the derived conflicts. */
  public static final String CONFLICTS_GRAPH = GRAPH + "conflicts";

  /** The named graph that holds reviewers' adjudications; kept by every build and derivation. */
  public static final String REVIEWS_GRAPH = GRAPH + "reviews";

  /** The named graph that holds the record of the last build. */
  public static final String BUILD_GRAPH = GRAPH + "build";

  /**
   * The IRI of a proposition: a hash of its intervention, relation, polarity, condition and whether
   * it is conditional.
   */
  public static String proposition(
      String intervention,
      String relationCode,
      boolean negated,
      String condition,
      boolean conditional) {
    return PROPOSITION
        + sha256Hex(
                intervention
                    + "\n"
                    + relationCode
                    + "\n"
                    + negated
                    + "\n"
                    + condition
                    + "\n"
                    + conditional)
            .substring(0, 16);
  }

  /** The IRI of the conflict between two propositions under a rule. */
  public static String conflict(String rule, String propositionA, String propositionB) {
    return CONFLICT + sha256Hex(rule + " " + propositionA + " " + propositionB).substring(0, 16);
  }

  /** The named graph of the grades of all claims and the source profiles of all articles. */
  public static final String GRADES_GRAPH = GRAPH + "grades";

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Ids() {}

  /** True when {@code s} is a slug: lower-case letters and digits in words joined by hyphens. */
  public static boolean isSlug(String s) {
    return s != null && SLUG.matcher(s).matches();
  }

  public static String article(String slug) {
    return ARTICLE + checkSlug(slug);
  }

  /** The named graph of one article: its metadata, text and claims. */
  public static String articleGraph(String slug) {
    return GRAPH + "article/" + checkSlug(slug);
  }

  public static String person(String slug) {
    return PERSON + checkSlug(slug);
  }

  public static String concept(String slug) {
    return CONCEPT + checkSlug(slug);
  }

  /** The named graph an ontology file {@code NAME.ttl} is loaded into. */
  public static String ontologyGraph(String name) {
    return GRAPH + checkSlug(name);
  }

  /**
   * The IRI of a claim: its article and the first 12 hex digits of a SHA-256 over what makes it
   * this claim (article, span, intervention, relation, condition, polarity). Certainty and
   * attribution are qualifiers of the same claim and are not part of its identity.
   */
  public static String claim(
      String articleSlug,
      int start,
      int end,
      String interventionIri,
      String relationCode,
      String conditionIri,
      boolean negated) {
    String key =
        String.join(
            "\n",
            checkSlug(articleSlug),
            Integer.toString(start),
            Integer.toString(end),
            Objects.requireNonNull(interventionIri, "interventionIri may not be null"),
            Objects.requireNonNull(relationCode, "relationCode may not be null"),
            Objects.requireNonNull(conditionIri, "conditionIri may not be null"),
            Boolean.toString(negated));
    return CLAIM + articleSlug + "/" + sha256Hex(key).substring(0, 12);
  }

  /**
   * A slug made from any text: accents dropped, lower case, runs of other characters turned into
   * single hyphens; empty when nothing is left.
   */
  public static String slugify(String text) {
    String ascii =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.replaceAll("^-+|-+$", "");
    return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
  }

  /** The slug of an article, person or concept IRI: what follows the last '/'. */
  public static String slugOf(String iri) {
    return iri.substring(iri.lastIndexOf('/') + 1);
  }

  /** The article slug of a claim IRI {@code .../claim/{slug}/{hash}}. */
  public static String articleSlugOfClaim(String claimIri) {
    if (!claimIri.startsWith(CLAIM)) {
      throw new IllegalArgumentException("not a claim IRI: " + claimIri);
    }
    String rest = claimIri.substring(CLAIM.length());
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code s}. */
  public static String sha256Hex(String s) {
    return sha256Hex(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String checkSlug(String slug) {
    if (!isSlug(slug)) {
      throw new IllegalArgumentException(
          "a slug is lower-case letters and digits joined by hyphens; got: \"" + slug + "\"");
    }
    return slug;
  }
}
