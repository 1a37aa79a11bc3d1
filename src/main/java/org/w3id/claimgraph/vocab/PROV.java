package org.w3id.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms claimgraph uses, {@code http://www.w3.org/ns/prov#}. */
public final class PROV {
  /** The namespace of the vocabulary as a string. */
  public static final String NS = "http://www.w3.org/ns/prov#";

  private PROV() {}

  /** The namespace of the vocabulary as a string. */
  public static String getURI() {
    return NS;
  }

  /** A physical, digital, conceptual, or other kind of thing with some fixed aspects. */
  public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

  /** Something that occurs over a period of time and acts upon or with entities. */
  public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");

  /** Something that bears some form of responsibility for an activity or an entity. */
  public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");

  /** Ascribing an entity to an agent. */
  public static final Property wasAttributedTo =
      ResourceFactory.createProperty(NS, "wasAttributedTo");

  /** A transformation of an entity into another. */
  public static final Property wasDerivedFrom =
      ResourceFactory.createProperty(NS, "wasDerivedFrom");

  /** Generation is the completion of production of a new entity by an activity. */
  public static final Property wasGeneratedBy =
      ResourceFactory.createProperty(NS, "wasGeneratedBy");

  /** A repeat of (some or all of) an entity, such as text or image, by someone else. */
  public static final Property wasQuotedFrom = ResourceFactory.createProperty(NS, "wasQuotedFrom");

  /** When an entity was completely created and available for use. */
  public static final Property generatedAtTime =
      ResourceFactory.createProperty(NS, "generatedAtTime");

  /** A revision of an entity. */
  public static final Property wasRevisionOf = ResourceFactory.createProperty(NS, "wasRevisionOf");

  /** When an entity stopped being usable. */
  public static final Property invalidatedAtTime =
      ResourceFactory.createProperty(NS, "invalidatedAtTime");
}
