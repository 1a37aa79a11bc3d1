package org.w3id.claimgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Person;
import org.w3id.claimgraph.model.Sentence;
import org.w3id.claimgraph.model.Vocabulary;

/**
 * Extracts the health claims of an article in four stages, each a class of its own: the {@link
 * Segmenter} cuts the text into blocks (headings, paragraphs, list items) and sentences; the {@link
 * Annotator} finds each sentence's tokens, concepts and qualifier cues; the {@link Discourse}
 * carries what the article is about, who is speaking and what a lead-in says from sentence to
 * sentence; the {@link ClaimFinder} links relation cues to their arguments. Claims are found with
 * rules over OpenNLP's sentences, tokens, tags and lemmas, the SKOS vocabulary and the cue
 * lexicons:
 *
 * <ul>
 *   <li>concepts are the vocabulary's labels, longest match first;
 *   <li>a relation cue ("contraindicated", "may improve", "consult your doctor") links an
 *       intervention to the conditions in its scope: forward (up to the next predicate), backward
 *       ("due to"), or anywhere in the sentence, as the lexicon says;
 *   <li>negation, hedging, emphasis and conditions are cues with scopes, in the manner of NegEx and
 *       ConText: a "not" negates the relation cue it governs, not any word of the sentence;
 *   <li>a claim is attributed to the person its sentence (or the quotation it belongs to) reports,
 *       else to the article's author;
 *   <li>a list under a lead-in ("Conditions that may improve:") gives one claim per item with the
 *       lead-in's relation and hedge; a question is context for its answer, never a claim;
 *   <li>a sentence whose predicate has no intervention ("It reduces pain") is about the
 *       intervention named last, or the one the article is about, but only when no other noun could
 *       be its subject.
 * </ul>
 *
 * The extractor is thread-safe; each thread gets its own OpenNLP tools.
 */
public final class Extractor {
  /** The version recorded on every claim it extracts, as the generating activity. */
  public static final String VERSION = "1.1";

  private final Lexicons lexicons;
  private final ThreadLocal<Tools> tools;

  /** One thread's stages: OpenNLP's tools are not thread-safe. */
  private static final class Tools {
    final Segmenter segmenter = new Segmenter();
    final Annotator annotator;

    Tools(ConceptMatcher concepts, Lexicons lexicons) {
      annotator = new Annotator(concepts, lexicons);
    }
  }

  /**
   * The vocabulary's matcher, built once, when the first article is read, and shared by every
   * thread's tools: building it tokenizes every label, which took as long as reading a short
   * article.
   */
  private final java.util.concurrent.FutureTask<ConceptMatcher> concepts;

  /**
   * @param cues the directory of the cue lexicons ({@code ontology/cues})
   */
  public Extractor(Vocabulary vocabulary, Path cues) {
    this.lexicons = Lexicons.read(cues);
    lexicons.newConditions().check(vocabulary, cues.resolve(Lexicons.NEW_CONDITIONS));
    this.concepts =
        new java.util.concurrent.FutureTask<>(() -> new ConceptMatcher(vocabulary, Nlp::new));
    this.tools = ThreadLocal.withInitial(() -> new Tools(concepts(), lexicons));
  }

  /**
   * What an article yields: its claims, the persons it reports, and its sentences (the one
   * segmentation, which the search index stores as it is).
   */
  public record Extraction(
      List<Claim> claims,
      List<Person> persons,
      List<Sentence> sentences,
      List<Concept> newConcepts) {
    public Extraction {
      claims = List.copyOf(claims);
      persons = List.copyOf(persons);
      sentences = List.copyOf(sentences);
      newConcepts = List.copyOf(newConcepts);
    }
  }

  private ConceptMatcher concepts() {
    // The first thread to ask builds it; the others wait for it.
    concepts.run();
    try {
      return concepts.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the vocabulary's labels were read", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The claims of {@code article}, attributed to {@code author} unless the text says otherwise. */
  public Extraction extract(Article article, AgentRef author) {
    return extract(article, author, null);
  }

  /**
   * The claims of {@code article}, attributed to {@code author} unless the text says otherwise;
   * {@code title} (may be null) tells what the article is about, as its topic.
   */
  public Extraction extract(Article article, AgentRef author, String title) {
    Tools t = tools.get();
    Segmentation segmentation = t.segmenter.segment(article.text());
    List<List<Annotated>> blocks = new ArrayList<>();
    Abbreviations abbreviations = Abbreviations.of(article.text());
    for (Segmentation.Block b : segmentation.blocks()) {
      List<Annotated> block = new ArrayList<>(b.count());
      for (int i = b.first(); i < b.first() + b.count(); i++) {
        block.add(
            t.annotator.annotate(segmentation, segmentation.segments().get(i), abbreviations));
      }
      blocks.add(block);
    }
    Speakers speakers = new Speakers(lexicons.attribution(), article.text());
    Discourse discourse =
        new Discourse(
            article.text(), speakers, lexicons::isFaculty, t.annotator::vocabularyAncestors);
    Annotated heading = null;
    if (title != null && !title.isBlank()) {
      Segmentation titled = t.segmenter.segment(title.replace('\n', ' '));
      if (!titled.segments().isEmpty()) {
        heading = t.annotator.annotate(titled, titled.segments().get(0), Abbreviations.none());
      }
    }
    discourse.topic(heading, blocks);
    discourse.titleQuestion(heading);
    ClaimFinder finder = new ClaimFinder(lexicons, t.annotator, discourse, article, author);
    for (List<Annotated> block : blocks) {
      if (block == blocks.get(0) && isTitle(segmentation, block, title)) {
        // The title repeated as the first line names the topic; the text makes the claims.
        block.forEach(discourse::remember);
        continue;
      }
      AgentRef[] speakerOf = discourse.speakers(block);
      for (int i = 0; i < block.size(); i++) {
        finder.sentence(block.get(i), speakerOf[i]);
      }
    }
    List<Person> persons = new ArrayList<>(speakers.persons());
    finder.reportedAgent().ifPresent(persons::add);
    List<Claim> claims = finder.claims();
    return new Extraction(
        claims, persons, segmentation.sentences(article.slug()), newConcepts(blocks, claims));
  }

  /** The minted concepts the claims name, as the annotator found them, in order of first use. */
  private static List<Concept> newConcepts(List<List<Annotated>> blocks, List<Claim> claims) {
    java.util.Map<String, Concept> minted = new java.util.HashMap<>();
    for (List<Annotated> block : blocks) {
      for (Annotated s : block) {
        for (Mention m : s.mentions()) {
          if (NewConditions.isNew(m.concept().iri())) {
            minted.putIfAbsent(m.concept().iri(), m.concept());
          }
        }
      }
    }
    java.util.Map<String, Concept> used = new java.util.LinkedHashMap<>();
    for (Claim c : claims) {
      for (String iri : List.of(c.intervention().iri(), c.condition().iri())) {
        Concept k = minted.get(iri);
        if (k != null) {
          used.putIfAbsent(iri, k);
        }
      }
    }
    return List.copyOf(used.values());
  }

  private static boolean isTitle(Segmentation segmentation, List<Annotated> block, String title) {
    // A heading only: a plain text's title is its first line, which may be a claim of its own.
    if (title == null || block.isEmpty() || !block.get(0).heading()) {
      return false;
    }
    String first =
        segmentation.text().substring(block.get(0).start(), block.get(block.size() - 1).end());
    return normal(first).equals(normal(title));
  }

  private static String normal(String s) {
    return s.replaceAll("[\\p{Punct}\\s’‘“”]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The vocabulary's concepts a phrase names ("blood flow to the feet" names blood flow), longest
   * label first, as the extractor would find them in a sentence.
   */
  public List<Concept> conceptsIn(String phrase) {
    Annotator a = tools.get().annotator;
    List<Concept> out = new ArrayList<>();
    for (Mention m : a.concepts().find(a.nlp().tokens(phrase, 0, phrase.length()))) {
      if (!out.contains(m.concept())) {
        out.add(m.concept());
      }
    }
    return out;
  }

  /** The Porter stems of the content words of a phrase, for comparing phrases with no concept. */
  public Set<String> contentStems(String phrase) {
    Annotator a = tools.get().annotator;
    Set<String> out = new LinkedHashSet<>();
    for (Token tok : a.nlp().tokens(phrase, 0, phrase.length())) {
      String tag = tok.tag();
      if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("VERB")) {
        out.add(tok.stem());
      }
    }
    return out;
  }
}
