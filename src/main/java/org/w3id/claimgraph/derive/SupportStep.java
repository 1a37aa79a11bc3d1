package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.SourceProfile;

/**
 * The first step: what a claim rests on, its base score. A citation in its sentence lends the level
 * of the design the sentence names only when it can be checked: it carries an identifier a reader
 * can follow, or it resolves to a document in the store that makes a compatible claim. A citation
 * that resolves to a document that does not say it, or citation-shaped text that resolves to
 * nothing, lends nothing, and the citation-check factors say so. Without a citation that counts: a
 * qualified person the claim is attributed to, else a named person with no recognised
 * qualification; or, for the article's own assertion, what its kind of source, its author's
 * qualification, or a qualified person it quotes saying the same thing makes it worth.
 */
final class SupportStep implements GradingStep {
  private final GradingState st;
  private final Citations citations;

  SupportStep(GradingState st) {
    this.st = st;
    this.citations = new Citations(st.policy, st.ix.input);
  }

  @Override
  public Fact apply(int i) {
    Fact.Supported cited = cited(i);
    Fact.Supported s = cited != null ? cited : uncited(i);
    st.support[i] = s;
    return s;
  }

  private Fact.Supported cited(int i) {
    Policy policy = st.policy;
    ClaimIndex ix = st.ix;
    Claim c = ix.claim(i);
    String sentence = ix.sentence(i);
    Citations.Found cite = citations.find(sentence, c.article());
    if (cite == null) {
      return null;
    }
    Policy.Support design = null;
    String designText = null;
    for (Policy.Support d : policy.designs()) {
      String named = firstMatch(sentence, d.designs());
      if (named != null) {
        design = d;
        designText = named;
        break;
      }
    }
    String kindLabel = kindLabel(i);
    if (!cite.resolved().isEmpty()) {
      List<Integer> agreeing = new ArrayList<>();
      String supporting = null;
      for (String slug : cite.resolved()) {
        Integer a = ix.articleIndex.get(slug);
        if (a == null) {
          continue;
        }
        for (int j : ix.claimsOfArticle.get(a)) {
          if (ix.compatible(i, j)) {
            agreeing.add(j);
            if (supporting == null) {
              supporting = slug;
            }
          }
        }
      }
      if (supporting != null) {
        Policy.Support level = design;
        if (level == null) {
          GradingInput.ArticleFacts doc = ix.input.articles().get(supporting);
          Policy.Support byKind = doc == null ? null : policy.bySourceKind().get(doc.kind());
          level = byKind != null ? byKind : policy.cited();
        }
        st.cites[i] = Citations.articleIri(supporting);
        return new Fact.Supported(
            level,
            Fact.Basis.VERIFIED_CITATION,
            cite.text(),
            designText,
            Citations.articleIri(supporting),
            null,
            List.of(),
            kindLabel,
            List.of(sentence),
            agreeing);
      }
      String first = cite.resolved().get(0);
      st.cites[i] = Citations.articleIri(first);
      if (policy.citationDoesNotSupport() != null) {
        st.citation[i] =
            new Fact.CitationChecked(
                policy.citationDoesNotSupport(),
                Fact.CitationOutcome.DOES_NOT_SUPPORT,
                cite.text(),
                Citations.articleIri(first),
                first,
                List.of(sentence));
      }
      return null;
    }
    if (cite.identifier() != null) {
      st.cites[i] = cite.followable();
      return new Fact.Supported(
          design != null ? design : policy.cited(),
          Fact.Basis.IDENTIFIED_CITATION,
          cite.text(),
          designText,
          cite.followable(),
          null,
          List.of(),
          kindLabel,
          List.of(sentence),
          List.of());
    }
    if (policy.unverifiedCitation() != null) {
      st.citation[i] =
          new Fact.CitationChecked(
              policy.unverifiedCitation(),
              Fact.CitationOutcome.UNVERIFIED,
              cite.text(),
              null,
              null,
              List.of(sentence));
    }
    return null;
  }

  private Fact.Supported uncited(int i) {
    Policy policy = st.policy;
    ClaimIndex ix = st.ix;
    Claim c = ix.claim(i);
    String kindLabel = kindLabel(i);
    GradingInput.AgentFacts agent = ix.agent(i);
    if (ix.reported(i)) {
      if (agent == null || agent.unnamed()) {
        return supported(
            policy.none(), Fact.Basis.UNNAMED_REPORTED, c.attributedTo().name(), List.of(), i);
      }
      Qualifications.Found q = st.qualifications.of(agent);
      if (q != null) {
        return supported(
            policy.expert(), Fact.Basis.QUALIFIED_PERSON, agent.name(), standing(q, agent), i);
      }
      return supported(policy.namedPerson(), Fact.Basis.NAMED_PERSON, agent.name(), List.of(), i);
    }
    GradingInput.ArticleFacts article = ix.article(i);
    Policy.Support best = policy.none();
    Fact.Basis basis = Fact.Basis.NONE;
    Policy.Support byKind = article == null ? null : policy.bySourceKind().get(article.kind());
    if (byKind != null && byKind.weight() > best.weight()) {
      best = byKind;
      basis = Fact.Basis.SOURCE_KIND;
    }
    if (policy.expert().weight() > best.weight()) {
      Qualifications.Found q = st.qualifications.of(agent);
      if (q != null) {
        return supported(
            policy.expert(),
            Fact.Basis.QUALIFIED_AUTHOR,
            c.attributedTo().name(),
            standing(q, agent),
            i);
      }
      List<Integer> quoted = new ArrayList<>();
      Qualifications.Found first = null;
      String firstName = null;
      for (int j : ix.claimsOfArticle.get(ix.articleOf[i])) {
        if (j == i || !ix.reported(j) || !ix.compatible(i, j)) {
          continue;
        }
        GradingInput.AgentFacts other = ix.agent(j);
        if (other == null || other.unnamed()) {
          continue;
        }
        Qualifications.Found oq = st.qualifications.of(other);
        if (oq != null) {
          quoted.add(j);
          if (first == null) {
            first = oq;
            firstName = other.name();
          }
        }
      }
      if (first != null) {
        return new Fact.Supported(
            policy.expert(),
            Fact.Basis.QUOTED_EXPERT,
            null,
            null,
            null,
            firstName,
            standing(first, ix.agent(quoted.get(0))),
            kindLabel,
            List.of(),
            quoted);
      }
    }
    return supported(best, basis, c.attributedTo().name(), List.of(), i);
  }

  private Fact.Supported supported(
      Policy.Support level, Fact.Basis basis, String person, List<String> standing, int i) {
    return new Fact.Supported(
        level, basis, null, null, null, person, standing, kindLabel(i), List.of(), List.of());
  }

  /** The qualification, then what the data states of the person. */
  private static List<String> standing(Qualifications.Found q, GradingInput.AgentFacts agent) {
    List<String> out = new ArrayList<>();
    out.add(q.qualification().label());
    if (agent != null) {
      for (GradingInput.Credential c : agent.credentials()) {
        if (!out.contains(c.text())) {
          out.add(c.text());
        }
      }
    }
    return out;
  }

  private String kindLabel(int i) {
    SourceProfile p = st.profile(i);
    return p == null ? "article" : p.kindLabel();
  }

  static String firstMatch(String text, List<Pattern> patterns) {
    int best = -1;
    String found = null;
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      if (m.find() && (best < 0 || m.start() < best)) {
        best = m.start();
        found = m.group();
      }
    }
    return found;
  }
}
