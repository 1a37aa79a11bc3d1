package org.w3id.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of OBO Foundry ontologies claimgraph uses: the Evidence and Conclusion Ontology (ECO), the
 * Scientific Evidence and Provenance Information Ontology (SEPIO) and the Relation Ontology (RO),
 * all under {@code http://purl.obolibrary.org/obo/}.
 */
public final class OBO {
  /** The namespace of the OBO PURLs as a string. */
  public static final String NS = "http://purl.obolibrary.org/obo/";

  private OBO() {}

  /** The namespace of the OBO PURLs as a string. */
  public static String getURI() {
    return NS;
  }

  /** ECO: author statement supported by traceable reference. */
  public static final Resource ECO_0000033 = ResourceFactory.createResource(NS + "ECO_0000033");

  /** ECO: author statement without traceable support. */
  public static final Resource ECO_0000034 = ResourceFactory.createResource(NS + "ECO_0000034");

  /** ECO: automatic assertion. */
  public static final Resource ECO_0000203 = ResourceFactory.createResource(NS + "ECO_0000203");

  /** ECO: manual assertion. */
  public static final Resource ECO_0000218 = ResourceFactory.createResource(NS + "ECO_0000218");

  /** ECO: medical practitioner statement. */
  public static final Resource ECO_0006152 = ResourceFactory.createResource(NS + "ECO_0006152");

  /** SEPIO: assertion. */
  public static final Resource SEPIO_0000001 = ResourceFactory.createResource(NS + "SEPIO_0000001");

  /** SEPIO: evidence line. */
  public static final Resource SEPIO_0000002 = ResourceFactory.createResource(NS + "SEPIO_0000002");

  /** SEPIO: has supporting evidence line. */
  public static final Property SEPIO_0000007 = ResourceFactory.createProperty(NS, "SEPIO_0000007");

  /** SEPIO: has disputing evidence line. */
  public static final Property SEPIO_0000008 = ResourceFactory.createProperty(NS, "SEPIO_0000008");

  /** SEPIO: contradicts. */
  public static final Property SEPIO_0000101 = ResourceFactory.createProperty(NS, "SEPIO_0000101");
}
