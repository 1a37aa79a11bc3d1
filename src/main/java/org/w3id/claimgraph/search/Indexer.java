package org.w3id.claimgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.lucene.document.Document;
import org.w3id.claimgraph.extract.Segmenter;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Sentence;
import org.w3id.claimgraph.query.Grades;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.rdf.ClaimRows;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The documents of the index, read from the store with the query library: every sentence of every
 * article, then every claim. The build and {@code reindex} both call this on the store's contents,
 * so they produce the same index.
 */
public final class Indexer {
  public static final String ARTICLE_TEXTS = "article-texts";

  private Indexer() {}

  /** Every document, articles in slug order, sentences in text order, then claims. */
  public static List<Document> documents(RDFLink link, QueryLibrary queries) {
    List<Document> docs = new ArrayList<>();
    documents(link, queries, Map.of(), docs::add);
    return docs;
  }

  /**
   * Every document, in the order of {@link #documents(RDFLink, QueryLibrary)}, handed to {@code
   * out} as it is made: the rows of the texts and claims are not held, only the grades' summaries.
   */
  public static void documents(RDFLink link, QueryLibrary queries, Consumer<Document> out) {
    documents(link, queries, Map.of(), out);
  }

  /** The documents of one article: its sentences, then its claims. */
  public static List<Document> documents(RDFLink link, QueryLibrary queries, String slug) {
    List<Document> docs = new ArrayList<>();
    documents(
        link, queries, Map.of("article", NodeFactory.createURI(Ids.article(slug))), docs::add);
    return docs;
  }

  /** How many claims' grades are looked up together. */
  private static final int BATCH = 1_024;

  /** The query that reads each article as a source, as grading weighs it. */
  public static final String ARTICLE_SOURCES = "article-sources";

  /**
   * The entries of {@code claims}, with their grades' summaries and their articles as sources
   * ({@code sources}, by slug), to {@code out}; then none.
   */
  private static void graded(
      RDFLink link,
      QueryLibrary queries,
      List<Claim> claims,
      Map<String, Documents.Source> sources,
      Consumer<Document> out) {
    Map<String, Grade> grades =
        Grades.summaries(link, queries, claims.stream().map(Claim::id).toList());
    for (Claim c : claims) {
      Grade g = grades.get(c.id());
      out.accept(Documents.claim(g == null ? c : c.withGrade(g), sources.get(c.article())));
    }
    claims.clear();
  }

  /**
   * Every article (or the one {@code inputs} binds) as a source, by slug: the first row of {@link
   * #ARTICLE_SOURCES} for each.
   */
  public static Map<String, Documents.Source> sources(
      RDFLink link, QueryLibrary queries, Map<String, Node> inputs) {
    Map<String, Documents.Source> out = new java.util.HashMap<>();
    Sparql.forEach(
        link,
        queries.get(ARTICLE_SOURCES).query(),
        inputs,
        row -> out.putIfAbsent(Ids.slugOf(row.get("article").getURI()), source(row)));
    return out;
  }

  /** The source a row of {@link #ARTICLE_SOURCES} describes. */
  public static Documents.Source source(Binding row) {
    return new Documents.Source(
        row.get("kind").getURI(),
        row.get("publisher") == null ? null : row.get("publisher").toString(),
        row.get("author").getURI());
  }

  private static void documents(
      RDFLink link, QueryLibrary queries, Map<String, Node> inputs, Consumer<Document> out) {
    documents(link, queries, inputs, BATCH, out);
  }

  /**
   * As {@link #documents(RDFLink, QueryLibrary, Consumer)}, grades looked up {@code batch} at once.
   */
  static void documents(
      RDFLink link,
      QueryLibrary queries,
      Map<String, Node> inputs,
      int batchSize,
      Consumer<Document> out) {
    Segmenter segmenter = new Segmenter();
    Sparql.forEach(
        link,
        queries.get(ARTICLE_TEXTS).query(),
        inputs,
        row -> {
          String slug = Ids.slugOf(row.get("article").getURI());
          Node author = row.get("authorName");
          String text = row.get("text").getLiteralLexicalForm();
          String name = author == null ? null : author.getLiteralLexicalForm();
          for (Sentence s : segmenter.segment(text).sentences(slug)) {
            out.accept(Documents.sentence(s, name));
          }
        });
    // A claim's entry holds its grade's certainty, verdict and score: the grades' steps, without
    // the quotes and claims each step rests on (a consensus step of an archive's common claim
    // rests on thousands, and every grade read with them did not fit in 8 GB at 10,000 articles),
    // looked up for the claims as they come, a batch at a time: an archive's grades held at once
    // did not fit either.
    Map<String, Documents.Source> sources = sources(link, queries, inputs);
    List<Claim> batch = new ArrayList<>();
    Sparql.forEach(
        link,
        queries.get(QueryLibrary.CLAIMS).query(),
        inputs,
        row -> {
          batch.add(ClaimRows.claim(row));
          if (batch.size() == batchSize) {
            graded(link, queries, batch, sources, out);
          }
        });
    graded(link, queries, batch, sources, out);
  }
}
