package org.w3id.claimgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    return documents(link, queries, Map.of());
  }

  /** The documents of one article: its sentences, then its claims. */
  public static List<Document> documents(RDFLink link, QueryLibrary queries, String slug) {
    return documents(link, queries, Map.of("article", NodeFactory.createURI(Ids.article(slug))));
  }

  private static List<Document> documents(
      RDFLink link, QueryLibrary queries, Map<String, Node> inputs) {
    List<Document> docs = new ArrayList<>();
    Segmenter segmenter = new Segmenter();
    for (Binding row : Sparql.select(link, queries.get(ARTICLE_TEXTS).query(), inputs)) {
      String slug = Ids.slugOf(row.get("article").getURI());
      Node author = row.get("authorName");
      String text = row.get("text").getLiteralLexicalForm();
      for (Sentence s : segmenter.segment(text).sentences(slug)) {
        docs.add(Documents.sentence(s, author == null ? null : author.getLiteralLexicalForm()));
      }
    }
    // A claim's entry holds its grade's certainty, verdict and score: the grades' steps, without
    // the quotes and claims each step rests on (a consensus step of an archive's common claim
    // rests on thousands, and every grade read with them did not fit in 8 GB at 10,000 articles).
    Map<String, Grade> grades =
        Grades.fromRows(Sparql.select(link, queries.get(Grades.SUMMARY).query(), inputs));
    for (Binding row : Sparql.select(link, queries.get(QueryLibrary.CLAIMS).query(), inputs)) {
      Claim c = ClaimRows.claim(row);
      Grade g = grades.get(c.id());
      docs.add(Documents.claim(g == null ? c : c.withGrade(g)));
    }
    return docs;
  }
}
