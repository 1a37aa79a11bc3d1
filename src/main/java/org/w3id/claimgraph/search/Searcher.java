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
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.w3id.claimgraph.QueryException;
import org.w3id.claimgraph.StoreException;
import org.w3id.claimgraph.model.Vocabulary;

/**
 * Searches the index: parses the query with synonyms from the vocabulary, applies the filters,
 * ranks by BM25 (equal scores in index order, which is article and text order whether the index was
 * built by {@code build} or {@code reindex}: both add the same documents in the same order), and
 * highlights each hit. Thread-safe.
 */
public final class Searcher implements Closeable {
  private final DirectoryReader reader;
  private final WeightSearcher searcher;
  private final Analyzer synonyms;
  private final Analyzer narrowerSynonyms;

  Searcher(DirectoryReader reader, Vocabulary vocabulary) {
    this.reader = reader;
    this.searcher = new WeightSearcher(reader);
    this.synonyms = queryAnalyzer(vocabulary, false);
    this.narrowerSynonyms = queryAnalyzer(vocabulary, true);
  }

  private static Analyzer queryAnalyzer(Vocabulary vocabulary, boolean narrower) {
    return SearchIndex.perField(
        new HealthAnalyzer(VocabularySynonyms.build(vocabulary, narrower)),
        new HealthAnalyzer(VocabularySynonyms.concepts(vocabulary, narrower)));
  }

  /** The number of documents in the index. */
  public int size() {
    return reader.numDocs();
  }

  /** Parses {@code text} as the query language; a syntax error is a one-line QueryException. */
  public Query parse(String text, boolean narrower) {
    return parse(
        new FieldsQueryParser(Fields.DEFAULT, narrower ? narrowerSynonyms : synonyms), text);
  }

  private static Query parse(QueryParser parser, String text) {
    String shown = text.length() > 80 ? text.substring(0, 77) + "…" : text;
    try {
      return parser.parse(text);
    } catch (StackOverflowError e) {
      throw new QueryException("bad search query \"" + shown + "\": nested too deeply");
    } catch (ParseException e) {
      String message = e.getMessage() == null ? "syntax error" : e.getMessage();
      int cut = message.indexOf("Was expecting");
      if (cut > 0) {
        message = message.substring(0, cut);
      }
      throw new QueryException("bad search query \"" + shown + "\": " + brief(message));
    } catch (IllegalArgumentException | org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new QueryException("bad search query \"" + shown + "\": " + brief(e.getMessage()));
    }
  }

  /** A parser's message on one line, cut short: it may quote the whole query back. */
  private static String brief(String message) {
    String m = String.valueOf(message).replaceAll("\\s+", " ").strip();
    return m.length() > 200 ? m.substring(0, 197) + "…" : m;
  }

  /** The hits of a search, best first. */
  public List<SearchHit> search(SearchRequest request) {
    Query query = filtered(parse(request.query(), request.narrower()), request);
    try {
      Weight weight = searcher.weight(query);
      // No more hits than documents: any limit a user gives is one Lucene can collect.
      TopDocs top = searcher.top(weight, Math.max(1, Math.min(request.limit(), reader.maxDoc())));
      Snippets snippets = new Snippets(searcher, weight, Fields.TEXT);
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        hits.add(hit(sd, snippets));
      }
      return hits;
    } catch (IOException e) {
      throw new StoreException("cannot search the index: " + e.getMessage(), e);
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      String q = request.query();
      throw new QueryException(
          "bad search query \""
              + (q.length() > 80 ? q.substring(0, 77) + "…" : q)
              + "\": "
              + brief(e.getMessage()));
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
    if (r.grade() != null) {
      filter(b, Fields.GRADE, r.grade());
    }
    return b.build();
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
  }

  private SearchHit hit(ScoreDoc sd, Snippets snippets) throws IOException {
    Document d = searcher.storedFields().document(sd.doc);
    String text = d.get(Fields.TEXT);
    int start = d.getField(Fields.START).numericValue().intValue();
    List<int[]> matches = new ArrayList<>();
    Snippets.Marked marked = snippets.mark(sd.doc, text);
    for (int[] m : marked.matches()) {
      matches.add(
          new int[] {start + text.codePointCount(0, m[0]), start + text.codePointCount(0, m[1])});
    }
    return new SearchHit(
        d.get(Fields.TYPE),
        d.get(Fields.ID),
        d.get(Fields.ARTICLE),
        start,
        d.getField(Fields.END).numericValue().intValue(),
        Float.isNaN(sd.score) ? 0f : sd.score,
        text,
        marked.snippet(),
        matches,
        d.get(Fields.RELATION),
        d.get(Fields.INTERVENTION_LABEL),
        d.get(Fields.CONDITION_LABEL),
        d.get(Fields.AUTHOR_NAME),
        d.get(Fields.CERTAINTY),
        d.get(Fields.CURATION),
        d.get(Fields.GRADE_LABEL),
        d.getField(Fields.GRADE_SCORE) == null
            ? null
            : d.getField(Fields.GRADE_SCORE).numericValue().doubleValue(),
        d.get(Fields.VERDICT_LABEL));
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
