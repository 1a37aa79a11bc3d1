package org.w3id.claimgraph.audit;

import java.util.List;
import java.util.Map;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.SourceProfile;
import org.w3id.claimgraph.review.Review;

/**
 * Everything an audit report of one article shows: the article and its source profile, its text,
 * its claims with their grades, the conflicts they are in, a summary, and suggested actions.
 *
 * @param claims the article's claims in text order, numbered from 1 by their position here
 * @param conflicts the conflicts its claims are in that the page shows: all of them, or the first
 *     of them when there are more than a page holds, ranked
 * @param pairs how many conflicting pairs each of its claims is in, shown or not, by claim IRI
 * @param actions suggested actions for an editor, most important first
 * @param reviews the latest review of each of its claims and of each dispute its conflicts belong
 *     to, oldest first
 * @param orphans its claims whose quotes were not found again after its text changed
 */
public record Audit(
    ArticleInfo article,
    SourceProfile profile,
    String text,
    List<Claim> claims,
    List<Conflict> conflicts,
    Map<String, Integer> pairs,
    Summary summary,
    List<Action> actions,
    List<Review> reviews,
    List<Orphan> orphans) {

  /** A claim whose quote is no longer in the article's text: what it said, and where it was. */
  public record Orphan(String summary, String quote, int start, int end) {}

  /** What is known of an article. */
  public record ArticleInfo(
      String slug,
      String title,
      String url,
      String date,
      String publisher,
      String author,
      String kindLabel,
      String kindReason,
      String origin) {}

  /**
   * Counts for the summary.
   *
   * @param byGrade claims by GRADE certainty, High first
   * @param byVerdict claims by verdict
   * @param unsupportedStrong claims worded strongly or overstated with no source
   * @param bySeverity conflicting pairs by severity, high first: every pair, shown or not
   * @param withinArticle conflicting pairs of two claims of this article
   */
  public record Summary(
      Map<String, Integer> byGrade,
      Map<String, Integer> byVerdict,
      int unsupportedStrong,
      Map<String, Integer> bySeverity,
      int withinArticle) {}

  /**
   * A suggested action for an editor.
   *
   * @param kind what sort of problem: contraindicated, caution, causes, overstatement, unsupported,
   *     interest, inconsistent
   * @param text the action in words
   * @param claims the numbers of the claims it is about
   */
  public record Action(String kind, String text, List<Integer> claims) {}

  /** The number of a claim in this report, from 1; 0 when it is not this article's. */
  public int number(Claim c) {
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).id().equals(c.id())) {
        return i + 1;
      }
    }
    return 0;
  }

  /** What a review is about, as this report names it: "claim 3" or "conflict 2". */
  public String reviewed(Review r) {
    for (Claim c : claims) {
      if (c.id().equals(r.target())) {
        return "Claim " + number(c) + " (" + c.summary() + ")";
      }
    }
    for (int i = 0; i < conflicts.size(); i++) {
      if (r.target().equals(conflicts.get(i).dispute())) {
        return "Conflict " + (i + 1) + " (" + conflicts.get(i).ruleLabel() + ")";
      }
    }
    return r.target();
  }

  /** How many conflicting pairs the article's claims are in, shown or not. */
  public int pairCount() {
    return summary.bySeverity().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * What the page says when it shows only the first of its conflicts; null when it shows them all.
   */
  public String shownNote() {
    int all = pairCount();
    if (conflicts.size() >= all) {
      return null;
    }
    return "The "
        + conflicts.size()
        + " strongest of "
        + all
        + " conflicting claim pairs are shown, ranked (claimgraph report --article "
        + article.slug()
        + " --conflicts all shows every one); the suggested actions draw on those shown.";
  }

  /** How many conflicting pairs {@code c} is in, shown or not. */
  public int pairCount(Claim c) {
    return pairs.getOrDefault(c.id(), 0);
  }

  /** The conflicts {@code c} is in that the page shows. */
  public List<Conflict> conflictsOf(Claim c) {
    return conflicts.stream()
        .filter(x -> x.a().id().equals(c.id()) || x.b().id().equals(c.id()))
        .toList();
  }
}
