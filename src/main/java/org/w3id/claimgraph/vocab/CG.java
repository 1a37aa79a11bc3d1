package org.w3id.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The claimgraph ontology, {@code https://w3id.org/claimgraph/ns#} (ontology/claimgraph.ttl). */
public final class CG {
  /** The namespace of the vocabulary as a string. */
  public static final String NS = "https://w3id.org/claimgraph/ns#";

  /** The ontology itself. */
  public static final Resource ONTOLOGY =
      ResourceFactory.createResource("https://w3id.org/claimgraph/ns");

  private CG() {}

  /** The namespace of the vocabulary as a string. */
  public static String getURI() {
    return NS;
  }

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS, local);
  }

  // Classes

  /** A published text that makes or reports health claims. */
  public static final Resource Article = resource("Article");

  /** A health claim: intervention, relation and condition, with certainty, attribution and span. */
  public static final Resource Claim = resource("Claim");

  /** A named person who writes an article or is reported making a claim. */
  public static final Resource Person = resource("Person");

  /** The author of an article that does not name its author. */
  public static final Resource UnnamedAuthor = resource("UnnamedAuthor");

  /** The unnamed holders of a belief an article reports in order to reject it. */
  public static final Resource ReportedHolders = resource("ReportedHolders");

  /** A concept of the claimgraph vocabulary that a claim can speak of. */
  public static final Resource Concept = resource("Concept");

  /** A condition minted by the extractor from an article's words, not yet in the vocabulary. */
  public static final Resource UnreviewedConcept = resource("UnreviewedConcept");

  /** Something done to or taken by a person. */
  public static final Resource Intervention = resource("Intervention");

  /** A disease, symptom, state or circumstance of a person that a claim is about. */
  public static final Resource Condition = resource("Condition");

  /** A circumstance that a claim says causes or raises the risk of a condition. */
  public static final Resource Exposure = resource("Exposure");

  /** The kind of predication a claim makes. */
  public static final Resource Relation = resource("Relation");

  /** How sure the text sounds when it states a claim. */
  public static final Resource Certainty = resource("Certainty");

  /** Whether a claim was checked by hand or found by the extractor. */
  public static final Resource CurationStatus = resource("CurationStatus");

  /** What kind of publication an article is. */
  public static final Resource SourceKind = resource("SourceKind");

  /** How much a conflict between two claims matters to a reader's safety. */
  public static final Resource Severity = resource("Severity");

  /** Two relations that contradict each other, and the severity of the contradiction. */
  public static final Resource ConflictRule = resource("ConflictRule");

  /** Two claims about comparable concepts whose relations contradict each other. */
  public static final Resource Conflict = resource("Conflict");

  /** The loading of the ontology, the vocabulary and the corpus into a store. */
  public static final Resource Build = resource("Build");

  // Claim properties

  /** The subject of the predication: what is done, taken or undergone. */
  public static final Property intervention = property("intervention");

  /** The kind of predication the claim makes. */
  public static final Property relation = property("relation");

  /** The object of the predication: the disease, symptom or state the claim is about. */
  public static final Property condition = property("condition");

  /** The certainty of the claim as written. */
  public static final Property certainty = property("certainty");

  /** True when the text denies the predication. */
  public static final Property negated = property("negated");

  /** True when the text states the claim only under a further circumstance. */
  public static final Property conditional = property("conditional");

  /** Whether the claim was curated by hand or extracted automatically. */
  public static final Property curation = property("curation");

  /** An ECO class that describes how the claim was asserted or supported. */
  public static final Property evidenceCode = property("evidenceCode");

  /** The Web Annotation specific resource that selects the exact text of the claim. */
  public static final Property span = property("span");

  // Article properties

  /** The kind of source an article is. */
  public static final Property sourceKind = property("sourceKind");

  /** What in the text the judgement of the kind of source rests on. */
  public static final Property sourceKindReason = property("sourceKindReason");

  /** The name of the file the article text was received as. */
  public static final Property originalFileName = property("originalFileName");

  /** How the article came into the store. */
  public static final Property origin = property("origin");

  /** From the curated corpus. */
  public static final Resource CorpusOrigin = resource("CorpusOrigin");

  /** Ingested. */
  public static final Resource IngestOrigin = resource("IngestOrigin");

  // Conflict properties

  /** The first relation of a conflict rule. */
  public static final Property relationA = property("relationA");

  /** Whether the first relation of a conflict rule is negated. */
  public static final Property negatedA = property("negatedA");

  /** The second relation of a conflict rule. */
  public static final Property relationB = property("relationB");

  /** Whether the second relation of a conflict rule is negated. */
  public static final Property negatedB = property("negatedB");

  /** When true, the rule ignores claims stated only under a further circumstance. */
  public static final Property unconditionalOnly = property("unconditionalOnly");

  /** The severity of a conflict rule or conflict. */
  public static final Property severity = property("severity");

  /** Order of a severity: higher is more severe. */
  public static final Property rank = property("rank");

  /** The rule a conflict was found by. */
  public static final Property rule = property("rule");

  /** What a claim asserts apart from who asserts it and where. */
  public static final Resource Proposition = resource("Proposition");

  /** The proposition a claim makes. */
  public static final Property proposition = property("proposition");

  /** The proposition of a conflict whose relation is the rule's first relation. */
  public static final Property propositionA = property("propositionA");

  /** The proposition of a conflict whose relation is the rule's second relation. */
  public static final Property propositionB = property("propositionB");

  /** How many claims make a proposition. */
  public static final Property claimCount = property("claimCount");

  public static final Property propositionCountA = property("propositionCountA");
  public static final Property propositionCountB = property("propositionCountB");
  public static final Property claimCountA = property("claimCountA");
  public static final Property claimCountB = property("claimCountB");
  public static final Property sourceCountA = property("sourceCountA");
  public static final Property sourceCountB = property("sourceCountB");
  public static final Property strongestA = property("strongestA");
  public static final Property strongestB = property("strongestB");
  public static final Property sourceNameA = property("sourceNameA");
  public static final Property sourceNameB = property("sourceNameB");

  /** True when some article makes both propositions of a conflict. */
  public static final Property withinArticle = property("withinArticle");

  /** Shortcut from a proposition to a proposition it is in conflict with. */
  public static final Property conflictsWith = property("conflictsWith");

  // Build properties

  /** SHA-256 over the names and contents of every file a build read. */
  public static final Property inputDigest = property("inputDigest");

  public static final Property inputQuery = property("inputQuery");

  /** How many times the store has been written. */
  public static final Property generation = property("generation");

  // Relations

  /** The intervention cures or treats the condition itself. */
  public static final Resource Treats = resource("Treats");

  /** The intervention improves the condition or relieves its symptoms. */
  public static final Resource Benefits = resource("Benefits");

  /** The intervention prevents the condition or lowers its risk. */
  public static final Resource Prevents = resource("Prevents");

  /** The intervention or exposure causes the condition, raises its risk or makes it worse. */
  public static final Resource Causes = resource("Causes");

  /** The intervention should not be given to a person with the condition. */
  public static final Resource ContraindicatedFor = resource("ContraindicatedFor");

  /** A relative contraindication: consult a doctor first. */
  public static final Resource CautionWith = resource("CautionWith");

  /** The intervention is safe for a person with the condition. */
  public static final Resource SafeFor = resource("SafeFor");

  // Certainty

  /** Stated as fact, without hedging or emphasis. */
  public static final Resource Asserted = resource("Asserted");

  /** Stated as possible or tentative. */
  public static final Resource Hedged = resource("Hedged");

  /** Stated with emphasis or a claim of proof. */
  public static final Resource Strong = resource("Strong");

  // Curation status

  /** Checked by hand against the text. */
  public static final Resource Curated = resource("Curated");

  /** Found by the automatic extractor and not checked by hand. */
  public static final Resource Extracted = resource("Extracted");

  // Kinds of source (the others are used as data in corpus/*.meta.ttl)

  /** An ingested article whose kind of source nobody has judged yet. */
  public static final Resource Unclassified = resource("Unclassified");

  // Severities

  /** Following one claim could harm a person the other claim warns about. */
  public static final Resource High = resource("High");

  /** One claim recommends what the other says needs a doctor's clearance first. */
  public static final Resource Medium = resource("Medium");

  /** The claims pull in different directions without a direct safety risk. */
  public static final Resource Low = resource("Low");

  /** The generation the conflicts and grades were last derived at. */
  public static final Property derivedGeneration = property("derivedGeneration");

  public static final Property pendingArticle = property("pendingArticle");
  public static final Property pendingCondition = property("pendingCondition");
  public static final Property pendingClaim = property("pendingClaim");
  public static final Property pendingAgent = property("pendingAgent");
  public static final Property pendingAgentFacts = property("pendingAgentFacts");

  /** SHA-256 of an ingested article's graph as the extractor made it. */
  public static final Property ingestDigest = property("ingestDigest");

  // Grading

  /** The kinds of support, factors and mappings that grade claims. */
  public static final Resource GradingPolicy = resource("GradingPolicy");

  /** What a claim rests on: a cited study, a named expert, or nothing. */
  public static final Resource SupportLevel = resource("SupportLevel");

  /** A reason to move a claim's grade up or down. */
  public static final Resource GradingFactor = resource("GradingFactor");

  /** A range of scores and what it means on each scale. */
  public static final Resource GradeBand = resource("GradeBand");

  /** A verdict that overrides the band's when a factor applied. */
  public static final Resource VerdictRule = resource("VerdictRule");

  /** The grade of one claim under a policy. */
  public static final Resource Grade = resource("Grade");

  /** One step of a grade's derivation. */
  public static final Resource FactorLine = resource("FactorLine");

  /** What grading needs to know of an article. */
  public static final Resource SourceProfile = resource("SourceProfile");

  /** Support: a traceable source of unstated design. */
  public static final Resource CitesUnspecifiedStudy = resource("CitesUnspecifiedStudy");

  /** Support: a named expert, or the author of a book. */
  public static final Resource ExpertOpinion = resource("ExpertOpinion");

  /** Support: a named person with no stated credentials. */
  public static final Resource UncredentialedPerson = resource("UncredentialedPerson");

  /** Support: none; the article asserts it without citing anyone. */
  public static final Resource NoSource = resource("NoSource");

  /** Factor: certainty as written. */
  public static final Resource Wording = resource("Wording");

  /** Factor: the article sells what it recommends. */
  public static final Resource ConflictOfInterest = resource("ConflictOfInterest");

  /** Factor: wording stronger than its support. */
  public static final Resource Overstatement = resource("Overstatement");

  /** Factor: independent sources make the same claim. */
  public static final Resource Consensus = resource("Consensus");

  /** Factor: disputed by a claim of another article of equal or higher grade. */
  public static final Resource Contradiction = resource("Contradiction");

  /** Factor: disputed by a claim of its own article of equal or higher grade. */
  public static final Resource InternalInconsistency = resource("InternalInconsistency");

  /** A kind of support a policy knows, or the one a factor line found. */
  public static final Property supportLevel = property("supportLevel");

  /** A factor a policy applies, or the factor a line is about. */
  public static final Property factor = property("factor");

  /** A band of a policy. */
  public static final Property band = property("band");

  /** A verdict rule of a policy. */
  public static final Property verdictRule = property("verdictRule");

  /** The support an article's own assertions have by its kind of source. */
  public static final Property sourceKindSupport = property("sourceKindSupport");

  /** A kind of support. */
  public static final Property support = property("support");

  /** The score of a kind of support or the delta of a factor. */
  public static final Property weight = property("weight");

  /** A regular expression showing a traceable reference or a study design. */
  public static final Property citationPattern = property("citationPattern");

  /** A regular expression whose match makes a factor apply. */
  public static final Property cuePattern = property("cuePattern");

  /** A relation a factor applies to. */
  public static final Property appliesToRelation = property("appliesToRelation");

  /** A certainty a factor applies to. */
  public static final Property appliesToCertainty = property("appliesToCertainty");

  /** A kind of source a factor or support applies to. */
  public static final Property appliesToSourceKind = property("appliesToSourceKind");

  /** The factor applies only below this weight of support. */
  public static final Property supportBelow = property("supportBelow");

  /** The least severity of conflict that counts. */
  public static final Property minSeverity = property("minSeverity");

  /** The least severity of conflict in which a rule's warning side counts as disputed. */
  public static final Property warningMinSeverity = property("warningMinSeverity");

  /** Independent sources needed for consensus. */
  public static final Property minIndependentSources = property("minIndependentSources");

  /** The least score of a band. */
  public static final Property minScore = property("minScore");

  /** The least score of a disputing claim for a verdict rule. */
  public static final Property opposingMinScore = property("opposingMinScore");

  /** Order of verdict rules; lower first. */
  public static final Property priority = property("priority");

  /** GRADE certainty. */
  public static final Property gradeCertainty = property("gradeCertainty");

  /** SORT level. */
  public static final Property sortLevel = property("sortLevel");

  /** Oxford CEBM level. */
  public static final Property cebmLevel = property("cebmLevel");

  /** schema.org MedicalEvidenceLevel. */
  public static final Property medicalEvidenceLevel = property("medicalEvidenceLevel");

  /** A fact-checker's verdict. */
  public static final Property verdict = property("verdict");

  /** The grade of a claim. */
  public static final Property grade = property("grade");

  // Reviews

  /** A reviewer's adjudication of a claim or a conflict (a Web Annotation). */
  public static final Resource Review = resource("Review");

  /** What a reviewer decided. */
  public static final Resource ReviewVerdict = resource("ReviewVerdict");

  /** The scheme of the reviewer's verdicts. */
  public static final Resource reviewVerdicts = resource("reviewVerdicts");

  /** The reviewer agrees with what the tool found. */
  public static final Resource Confirmed = resource("Confirmed");

  /** The reviewer finds it wrong. */
  public static final Resource Dismissed = resource("Dismissed");

  /** Right as far as it goes, but a reader needs more. */
  public static final Resource NeedsContext = resource("NeedsContext");

  /** The reviewer replaces the computed verdict. */
  public static final Resource Override = resource("Override");

  /** A pair of propositions, one of each side of a dispute, that its rule matched. */
  public static final Resource PropositionPair = resource("PropositionPair");

  /** A pair of propositions the dispute's rule matched. */
  public static final Property matchedPair = property("matchedPair");

  /** How many claim pairs a dispute or a matched pair stands for. */
  public static final Property pairCount = property("pairCount");

  /** What a review decided. */
  public static final Property reviewVerdict = property("reviewVerdict");

  // Re-anchoring

  /** A claim whose quote is no longer in its article's text. */
  public static final Resource OrphanedClaim = resource("OrphanedClaim");

  /** How a claim was found again after its article's text changed. */
  public static final Resource AnchorStatus = resource("AnchorStatus");

  /** The scheme of anchor statuses. */
  public static final Resource anchorStatuses = resource("anchorStatuses");

  /** The quote is unchanged, at other offsets. */
  public static final Resource Moved = resource("Moved");

  /** The quote was edited and followed through a word diff. */
  public static final Resource Edited = resource("Edited");

  /** The quote is not in the text any more. */
  public static final Resource Orphaned = resource("Orphaned");

  /** How the claim was re-anchored. */
  public static final Property anchoring = property("anchoring");

  /** How far its start moved. */
  public static final Property anchorShift = property("anchorShift");

  /** The share of the old quote's words an edited claim keeps. */
  public static final Property keptShare = property("keptShare");

  // Revisions

  /** An earlier text of an article. */
  public static final Resource ArticleRevision = resource("ArticleRevision");

  /** A claim an earlier revision made and the current one does not. */
  public static final Resource WithdrawnClaim = resource("WithdrawnClaim");

  /** The revision a withdrawn claim was made in. */
  public static final Property withdrawnIn = property("withdrawnIn");

  /** The status of an article: retracted. */
  public static final Resource ArticleStatus = resource("ArticleStatus");

  /** A retracted article. */
  public static final Resource Retracted = resource("Retracted");

  /** An article's status. */
  public static final Property articleStatus = property("articleStatus");

  /** Why an article was retracted. */
  public static final Property retractionReason = property("retractionReason");

  /** The policy a grade was computed under. */
  public static final Property policy = property("policy");

  /** The score of a grade. */
  public static final Property score = property("score");

  /** The score before disputes. */
  public static final Property provisionalScore = property("provisionalScore");

  /** A factor line of a grade. */
  public static final Property hasFactor = property("hasFactor");

  /** What a factor line adds to the score. */
  public static final Property delta = property("delta");

  /** The position of a factor line in the derivation. */
  public static final Property step = property("step");

  /** Why a factor applies. */
  public static final Property reason = property("reason");

  /** Words of the text a factor rests on. */
  public static final Property evidenceQuote = property("evidenceQuote");

  /** The source profile of an article. */
  public static final Property sourceProfile = property("sourceProfile");

  /** True when an article sells what it writes about. */
  public static final Property commercialInterest = property("commercialInterest");

  /** The words that show an article's commercial interest. */
  public static final Property commercialInterestEvidence = property("commercialInterestEvidence");

  /** A credential an article's author states. */
  public static final Property authorCredential = property("authorCredential");

  /** Factor: citation-shaped text that resolves to nothing. */
  public static final Resource UnverifiedCitation = resource("UnverifiedCitation");

  /** Factor: a citation that resolves to a document that does not say it. */
  public static final Resource CitationDoesNotSupport = resource("CitationDoesNotSupport");

  /** Factor: a qualified source's warning is not lowered by weaker dissent. */
  public static final Resource Precaution = resource("Precaution");

  /** A qualification the policy recognises, or the one recognised in a source. */
  public static final Property qualification = property("qualification");

  /** A regular expression showing a qualification. */
  public static final Property qualificationPattern = property("qualificationPattern");

  /** A regular expression finding an identifier of a cited document. */
  public static final Property identifierPattern = property("identifierPattern");

  /** The place of a factor in the grading pipeline. */
  public static final Property order = property("order");

  /** The clinical risk of a condition, as a severity. */
  public static final Property clinicalRisk = property("clinicalRisk");

  /** The condition is what another, already present, leads to. */
  public static final Property consequenceOf = property("consequenceOf");

  /** The best score before disputes of a conflict's side A. */
  public static final Property strengthA = property("strengthA");

  /** The best score before disputes of a conflict's side B. */
  public static final Property strengthB = property("strengthB");
}
