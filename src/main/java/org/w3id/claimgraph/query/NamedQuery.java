package org.w3id.claimgraph.query;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.query.Query;

/**
 * One query of the library: the file's name without {@code .rq}, the file, the comment at its top
 * saying what it answers, and the parsed query.
 */
public record NamedQuery(String name, Path file, String description, Query query) {
  public NamedQuery {
    Objects.requireNonNull(name, "name may not be null");
    Objects.requireNonNull(file, "file may not be null");
    Objects.requireNonNull(description, "description may not be null");
    Objects.requireNonNull(query, "query may not be null");
  }
}
