package org.w3id.claimgraph.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Analysis of English health text: standard tokenizer, possessives removed, lower case, accents
 * folded, Porter stemming. The query-side variant adds a synonym graph built from the concept
 * vocabulary after stemming, so "DVT" is also "deep vein thrombosis" and "blood clot in your leg";
 * multi-word synonyms stay a graph, which the query parser turns into phrases. No stop words are
 * removed: labels such as "a blood clot in your leg" need them.
 */
public final class HealthAnalyzer extends Analyzer {
  private final SynonymMap synonyms;

  /** The index-time analyzer. */
  public HealthAnalyzer() {
    this(null);
  }

  /** The query-time analyzer with {@code synonyms}, or the index-time one when null. */
  public HealthAnalyzer(SynonymMap synonyms) {
    this.synonyms = synonyms;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(tokenizer);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new PorterStemFilter(stream);
    if (synonyms != null && synonyms.fst != null) {
      stream = new SynonymGraphFilter(stream, synonyms, true);
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
