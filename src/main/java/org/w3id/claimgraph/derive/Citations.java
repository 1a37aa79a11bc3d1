package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Finds the citation in a claim's sentence and resolves it against the documents in the store: an
 * identifier (DOI, PubMed id, a database link) against each article's URL; citation-shaped text (an
 * author and a year) against each article's author's surname and year of publication.
 */
final class Citations {
  private static final Pattern DOI = Pattern.compile("(?i)\\b(10\\.\\d{4,9}/[^\\s?#]+)");
  private static final Pattern PUBMED =
      Pattern.compile("(?i)pubmed\\.ncbi\\.nlm\\.nih\\.gov/(\\d{5,9})|\\bPMID:?\\s*(\\d{5,9})");
  private static final Pattern YEAR = Pattern.compile("\\b((19|20)\\d{2})\\b");

  /** A citation found in a sentence. */
  record Found(
      String text, String identifier, String followable, List<String> resolved, boolean shaped) {}

  private final Policy policy;
  private final Map<String, List<String>> byIdentifier = new HashMap<>();
  private final Map<String, List<String>> byAuthorYear = new HashMap<>();

  Citations(Policy policy, GradingInput input) {
    this.policy = policy;
    for (GradingInput.ArticleFacts a : input.articles().values()) {
      if (a.url() != null) {
        for (String key : keys(a.url())) {
          byIdentifier.computeIfAbsent(key, k -> new ArrayList<>()).add(a.slug());
        }
      }
      GradingInput.AgentFacts author = input.agents().get(a.author());
      String year = a.date() == null ? null : firstYear(a.date());
      if (author != null && !author.unnamed() && year != null) {
        byAuthorYear
            .computeIfAbsent(surname(author.name()) + " " + year, k -> new ArrayList<>())
            .add(a.slug());
      }
    }
  }

  /**
   * Whether {@code sentence} has a citation the policy knows (an identifier, or an author and a
   * year): whether {@link #find} can resolve anything in it.
   */
  static boolean cites(Policy policy, String sentence) {
    for (List<Pattern> patterns : List.of(policy.identifiers(), policy.citations())) {
      for (Pattern p : patterns) {
        if (p.matcher(sentence).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The citation of a sentence, or null when it has none. {@code own} is the citing article's slug,
   * which never resolves its own citation.
   */
  Found find(String sentence, String own) {
    for (Pattern p : policy.identifiers()) {
      Matcher m = p.matcher(sentence);
      if (m.find()) {
        String id = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
        List<String> resolved = new ArrayList<>();
        for (String key : keys(id)) {
          byIdentifier.getOrDefault(key, List.of()).stream()
              .filter(s -> !s.equals(own) && !resolved.contains(s))
              .forEach(resolved::add);
        }
        return new Found(m.group(), id, followable(id), resolved, false);
      }
    }
    for (Pattern p : policy.citations()) {
      Matcher m = p.matcher(sentence);
      if (m.find()) {
        List<String> resolved = new ArrayList<>();
        String author = group(m, "author");
        String year = group(m, "year");
        if (author != null && year != null) {
          byAuthorYear.getOrDefault(surname(author) + " " + year, List.of()).stream()
              .filter(s -> !s.equals(own))
              .forEach(resolved::add);
        }
        return new Found(m.group(), null, null, resolved, true);
      }
    }
    return null;
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The keys an identifier or a URL is known by: a DOI, a PubMed id, or the URL itself. */
  static List<String> keys(String idOrUrl) {
    List<String> out = new ArrayList<>();
    Matcher doi = DOI.matcher(idOrUrl);
    if (doi.find()) {
      out.add("doi " + doi.group(1).toLowerCase(Locale.ROOT));
    }
    Matcher pm = PUBMED.matcher(idOrUrl);
    if (pm.find()) {
      out.add("pmid " + (pm.group(1) != null ? pm.group(1) : pm.group(2)));
    } else if (idOrUrl.matches("\\d{5,9}")) {
      out.add("pmid " + idOrUrl);
    }
    if (idOrUrl.startsWith("http")) {
      out.add("url " + idOrUrl.replaceFirst("^https?://(www\\.)?", "").replaceAll("/+$", ""));
    }
    return out;
  }

  /** A URL a reader can follow for an identifier. */
  static String followable(String id) {
    if (id.startsWith("http")) {
      return id;
    }
    if (id.toLowerCase(Locale.ROOT).startsWith("10.")) {
      return "https://doi.org/" + id;
    }
    if (id.startsWith("PMC")) {
      return "https://www.ncbi.nlm.nih.gov/pmc/articles/" + id + "/";
    }
    if (id.matches("\\d{5,9}")) {
      return "https://pubmed.ncbi.nlm.nih.gov/" + id + "/";
    }
    return null;
  }

  static String articleIri(String slug) {
    return Ids.article(slug);
  }

  private static String firstYear(String date) {
    Matcher m = YEAR.matcher(date);
    return m.find() ? m.group(1) : null;
  }

  /** The last word of a name, lower case, without a trailing qualification ("Smith, MD"). */
  static String surname(String name) {
    String n = name.replaceAll(",.*$", "").strip();
    String[] words = n.split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }
}
