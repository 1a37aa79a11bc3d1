package org.w3id.claimgraph.derive;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Everything grading looks at, read from the whole graph: the claims, the sentence that states
 * each, what is known of each article and of each person claims are attributed to, the conflicts,
 * and the concept hierarchy.
 *
 * @param claims every claim, in a stable order
 * @param sentences the sentence that states each claim, by claim IRI
 * @param articles by slug
 * @param agents by IRI
 * @param rules the conflict rules
 * @param broader each concept's direct broader concepts, by IRI
 * @param risk the clinical risk stated on each concept that has one, by IRI
 * @param consequences what each concept that is a consequence is a consequence of, by IRI
 * @param interchangeable the concepts that pages use for each concept ({@code skos:closeMatch},
 *     either way), by IRI
 */
public record GradingInput(
    List<Claim> claims,
    Map<String, String> sentences,
    Map<String, ArticleFacts> articles,
    Map<String, AgentFacts> agents,
    List<ConflictRule> rules,
    Map<String, Set<String>> broader,
    Map<String, Severity> risk,
    Map<String, Set<String>> consequences,
    Map<String, Set<String>> interchangeable) {

  /**
   * @param kind the IRI of the kind of source
   * @param kindLabel the kind of source in words
   * @param publisher the publisher's IRI, or null
   * @param author the author's IRI
   * @param declaredCommercial a curator's judgement of commercial interest, or null
   * @param declaredEvidence what the curator's judgement rests on, or null
   * @param commerceCue the sentence where the policy's commercial-interest cues matched, or null
   * @param date its date of publication (xsd:date or a year), or null
   * @param url where it was published, or null
   */
  public record ArticleFacts(
      String slug,
      String kind,
      String kindLabel,
      String publisher,
      String author,
      Boolean declaredCommercial,
      String declaredEvidence,
      String commerceCue,
      String date,
      String url) {

    /**
     * An article as its claims' search entries keep it: what weighing its claims asks of it (its
     * kind of source, publisher and author), not what grading its own text would.
     */
    public static ArticleFacts weighed(String slug, String kind, String publisher, String author) {
      return new ArticleFacts(
          slug, kind, Ids.slugOf(kind), publisher, author, null, null, null, null, null);
    }
  }

  /**
   * @param name the person's name, or the unnamed author's label
   * @param unnamed true for the unnamed author of an article
   * @param credentials what the data states of them
   * @param reportedHolders true for the unnamed holders of a belief an article reports in order to
   *     reject it: their claims contradict their own article, no other
   */
  public record AgentFacts(
      String iri,
      String name,
      boolean unnamed,
      List<Credential> credentials,
      boolean reportedHolders) {
    public AgentFacts(String iri, String name, boolean unnamed, List<Credential> credentials) {
      this(iri, name, unnamed, credentials, false);
    }
  }

  /**
   * @param kind title, qualification, job, credential, book or description (what the text says of a
   *     person it reports)
   */
  public record Credential(String kind, String text) {}
}
