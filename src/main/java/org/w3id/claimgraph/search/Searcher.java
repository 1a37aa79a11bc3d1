package org.w3id.claimgraph.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.w3id.claimgraph.QueryException;
import org.w3id.claimgraph.StoreException;
import org.w3id.claimgraph.model.Vocabulary;

/**
 * Searches the index: parses the query with synonyms from the vocabulary, applies the filters,
 * ranks by BM25 (ties in article and text order, so results never depend on how the index was
 * built), and highlights each hit. Thread-safe.
 */
public final class Searcher implements Closeable {
  private static final Sort ORDER =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.ORDER, SortField.Type.STRING));

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer synonyms;
  private final Analyzer narrowerSynonyms;

  Searcher(DirectoryReader reader, Vocabulary vocabulary) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.synonyms =
        SearchIndex.withKeywords(new HealthAnalyzer(VocabularySynonyms.build(vocabulary, false)));
    this.narrowerSynonyms =
        SearchIndex.withKeywords(new HealthAnalyzer(VocabularySynonyms.build(vocabulary, true)));
  }

  /** The number of documents in the index. */
  public int size() {
    return reader.numDocs();
  }

  /** Parses {@code text} as the query language; a syntax error is a one-line QueryException. */
  public Query parse(String text, boolean narrower) {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(Fields.DEFAULT, narrower ? narrowerSynonyms : synonyms);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(false);
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      String message = e.getMessage() == null ? "syntax error" : e.getMessage();
      int cut = message.indexOf("Was expecting");
      if (cut > 0) {
        message = message.substring(0, cut);
      }
      throw new QueryException(
          "bad search query \"" + text + "\": " + message.replaceAll("\\s+", " ").strip());
    } catch (IllegalArgumentException | org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new QueryException("bad search query \"" + text + "\": " + e.getMessage());
    }
  }

  /** The hits of a search, best first. */
  public List<SearchHit> search(SearchRequest request) {
    Query userQuery = parse(request.query(), request.narrower());
    Query query = filtered(userQuery, request);
    try {
      TopFieldDocs top = searcher.search(query, request.limit(), ORDER, true);
      int[] docIds = new int[top.scoreDocs.length];
      for (int i = 0; i < docIds.length; i++) {
        docIds[i] = top.scoreDocs[i].doc;
      }
      Snippets.Marked[] marked = new Snippets(searcher).mark(Fields.TEXT, userQuery, docIds);
      List<SearchHit> hits = new ArrayList<>();
      for (int i = 0; i < docIds.length; i++) {
        hits.add(hit(top.scoreDocs[i], marked[i]));
      }
      return hits;
    } catch (IOException e) {
      throw new StoreException("cannot search the index: " + e.getMessage(), e);
    }
  }

  private static Query filtered(Query userQuery, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
    switch (r.kind()) {
      case SENTENCE -> filter(b, Fields.TYPE, Documents.SENTENCE);
      case CLAIM -> filter(b, Fields.TYPE, Documents.CLAIM);
      case ALL -> {}
    }
    if (r.article() != null) {
      filter(b, Fields.ARTICLE, r.article());
    }
    if (r.author() != null) {
      filter(b, Fields.AUTHOR_KEY, r.author().strip().toLowerCase(Locale.ROOT));
    }
    if (r.relation() != null) {
      filter(b, Fields.RELATION, r.relation());
    }
    return b.build();
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
  }

  private SearchHit hit(ScoreDoc sd, Snippets.Marked marked) throws IOException {
    Document d = searcher.storedFields().document(sd.doc);
    String text = d.get(Fields.TEXT);
    int start = d.getField(Fields.START).numericValue().intValue();
    List<int[]> matches = new ArrayList<>();
    String snippet = text;
    if (marked != null) {
      snippet = marked.snippet();
      for (int[] m : marked.matches()) {
        matches.add(
            new int[] {start + text.codePointCount(0, m[0]), start + text.codePointCount(0, m[1])});
      }
    }
    return new SearchHit(
        d.get(Fields.TYPE),
        d.get(Fields.ID),
        d.get(Fields.ARTICLE),
        start,
        d.getField(Fields.END).numericValue().intValue(),
        Float.isNaN(sd.score) ? 0f : sd.score,
        text,
        snippet,
        matches,
        d.get(Fields.RELATION),
        d.get(Fields.INTERVENTION_LABEL),
        d.get(Fields.CONDITION_LABEL),
        d.get(Fields.AUTHOR_NAME),
        d.get(Fields.CERTAINTY),
        d.get(Fields.CURATION));
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the index reader: " + e.getMessage(), e);
    }
  }
}
