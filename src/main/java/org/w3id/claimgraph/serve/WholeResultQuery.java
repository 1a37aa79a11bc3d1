package org.w3id.claimgraph.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * SPARQL Query that evaluates the whole result before the first byte is sent, so that a query which
 * runs past its timeout is answered {@code 503} with a one-line body instead of a {@code 200} whose
 * body stops in the middle. Fuseki streams a SELECT's rows as they are found; once the status line
 * is sent, a timeout can only cut the body short. Here the rows of a SELECT (and the items of a
 * JSON query) are read into memory first, up to {@code maxRows}; a larger result is refused with
 * {@code 400} and a message saying to page it with LIMIT and OFFSET. CONSTRUCT and DESCRIBE results
 * are built whole by Fuseki already, and an ASK is one value.
 */
final class WholeResultQuery extends SPARQL_QueryDataset {
  private final int maxRows;

  WholeResultQuery(int maxRows) {
    this.maxRows = maxRows;
  }

  @Override
  protected QueryExecResult executeQuery(
      HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
    if (requestQuery.isSelectType()) {
      RowSet rows = queryExec.select();
      List<Binding> all = new ArrayList<>();
      while (rows.hasNext()) {
        tooMany(all.size());
        all.add(rows.next());
      }
      return new QueryExecResult(RowSetStream.create(rows.getResultVars(), all.iterator()));
    }
    if (requestQuery.isJsonType()) {
      Iterator<JsonObject> items = queryExec.execJsonItems();
      List<JsonObject> all = new ArrayList<>();
      while (items.hasNext()) {
        tooMany(all.size());
        all.add(items.next());
      }
      return new QueryExecResult(all.iterator());
    }
    return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
  }

  private void tooMany(int read) {
    if (read >= maxRows) {
      ServletOps.errorBadRequest(
          "the result has more than "
              + maxRows
              + " rows; page through it with LIMIT and OFFSET (serve --max-rows raises the limit)");
    }
  }
}
