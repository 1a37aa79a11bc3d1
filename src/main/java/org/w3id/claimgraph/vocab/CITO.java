package org.w3id.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The CiTO terms claimgraph uses, {@code http://purl.org/spar/cito/}. */
public final class CITO {
  /** The namespace of the vocabulary as a string. */
  public static final String NS = "http://purl.org/spar/cito/";

  private CITO() {}

  /** The citing entity cites the cited entity. */
  public static final Property cites = ResourceFactory.createProperty(NS, "cites");
}
