package org.w3id.claimgraph.search;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query language over several default fields, where a run of words without a field
 * prefix matches when it matches in any one of the fields as a whole. Lucene's {@link
 * MultiFieldQueryParser} instead pairs up the fields' queries word by word, which goes wrong when
 * synonyms rewrite the words differently per field ("blood clot" is two words in the text but one
 * concept key).
 */
public final class FieldsQueryParser extends MultiFieldQueryParser {
  /** The any-field disjunctions this parser made, which must stay whole. */
  private final Set<Query> disjunctions = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Default operator AND, whole runs of text analysed at once (for multi-word synonyms). */
  public FieldsQueryParser(String[] fields, Analyzer analyzer) {
    super(fields, analyzer);
    setDefaultOperator(QueryParser.Operator.AND);
    setSplitOnWhitespace(false);
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (field != null) {
      return super.getFieldQuery(field, queryText, quoted);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int n = 0;
    for (String f : fields) {
      Query q = super.getFieldQuery(f, queryText, quoted);
      if (q != null) {
        any.add(q, BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : disjunction(any);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (field != null) {
      return super.getFieldQuery(field, queryText, slop);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int n = 0;
    for (String f : fields) {
      Query q = super.getFieldQuery(f, queryText, slop);
      if (q != null) {
        any.add(q, BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : disjunction(any);
  }

  private Query disjunction(BooleanQuery.Builder any) {
    Query q = any.build();
    disjunctions.add(q);
    return q;
  }

  /** Keeps an any-field disjunction whole, where the classic parser would split its clauses. */
  @Override
  protected void addMultiTermClauses(List<BooleanClause> clauses, Query q) {
    if (q != null && disjunctions.contains(q)) {
      Operator op = getDefaultOperator();
      clauses.add(
          newBooleanClause(
              q, op == Operator.OR ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST));
    } else {
      super.addMultiTermClauses(clauses, q);
    }
  }
}
