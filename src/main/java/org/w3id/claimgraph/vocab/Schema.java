package org.w3id.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms claimgraph uses, in the {@code http://schema.org/} namespace.
 *
 * <p>Jena's {@code SchemaDO} uses {@code https://schema.org/}; schema.org's own JSON-LD context
 * (the one ClaimReview markup on the web declares) still expands terms to {@code
 * http://schema.org/}, so data written with SchemaDO would not join with that markup. This class
 * keeps the namespace the context expands to.
 */
public final class Schema {
  /** The namespace of the vocabulary as a string. */
  public static final String NS = "http://schema.org/";

  private Schema() {}

  /** The namespace of the vocabulary as a string. */
  public static String getURI() {
    return NS;
  }

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS, local);
  }

  /** An article. */
  public static final Resource Article = resource("Article");

  /** A specific, factually-oriented claim. */
  public static final Resource Claim = resource("Claim");

  /** A person. */
  public static final Resource Person = resource("Person");

  /** A book. */
  public static final Resource Book = resource("Book");

  /** A fact-checking review of claims made in some creative work. */
  public static final Resource ClaimReview = resource("ClaimReview");

  /** Indicates an occurrence of a Claim in some CreativeWork. */
  public static final Property appearance = property("appearance");

  /** The author of this content. */
  public static final Property author = property("author");

  /** Headline of the article. */
  public static final Property headline = property("headline");

  /** The textual content of this creative work. */
  public static final Property text = property("text");

  /** The name of the item. */
  public static final Property name = property("name");

  /** A description of the item. */
  public static final Property description = property("description");

  /** The SHA-2 SHA256 hash of the content of the item. */
  public static final Property sha256 = property("sha256");

  /** The language of the content. */
  public static final Property inLanguage = property("inLanguage");

  /** The publisher of the creative work. */
  public static final Property publisher = property("publisher");

  /** URL of the item. */
  public static final Property url = property("url");

  /** Date of first publication. */
  public static final Property datePublished = property("datePublished");
}
