package org.w3id.claimgraph.store;

import java.util.function.Function;
import org.apache.jena.rdflink.RDFLink;

/**
 * A SPARQL-queryable claimgraph dataset, local or remote. Everything that only reads goes through
 * {@link #read}, so the same code runs on the embedded TDB2 store and on any SPARQL 1.1 endpoint.
 */
public interface Store extends AutoCloseable {
  /**
   * Runs {@code work} against the store, inside a read transaction where the store has them. The
   * work must finish with the data it needs: results are not valid after it returns.
   */
  <T> T read(Function<RDFLink, T> work);

  /** What the store is, for messages: "TDB2 store at data" or "SPARQL endpoint http://…". */
  String description();

  @Override
  void close();
}
