package org.w3id.claimgraph.rdf;

import java.util.Collection;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Person;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.Schema;

/**
 * The metadata of an article that comes in by ingest rather than from the curated corpus: what the
 * file and the command line say of it, the persons it reports, and the agent its claims default to.
 */
public final class MetadataWriter {
  private MetadataWriter() {}

  /** What is known of an ingested article; any field but slug, label, kind and file may be null. */
  public record Metadata(
      String slug,
      String label,
      String headline,
      AgentRef author,
      boolean authorNamed,
      String publisher,
      String url,
      String date,
      String sourceKindIri,
      String sourceKindReason,
      String fileName,
      String sha256) {}

  public static Model model(Metadata m, Collection<Person> persons) {
    Model model = ModelFactory.createDefaultModel();
    Resource a = model.createResource(Ids.article(m.slug()));
    a.addProperty(RDF.type, CG.Article);
    a.addProperty(RDFS.label, m.label(), "en");
    if (m.headline() != null) {
      a.addProperty(Schema.headline, m.headline(), "en");
    }
    Resource author = model.createResource(m.author().iri());
    a.addProperty(Schema.author, author);
    if (m.authorNamed()) {
      author.addProperty(RDF.type, CG.Person).addProperty(Schema.name, m.author().name());
    } else {
      author
          .addProperty(RDF.type, CG.UnnamedAuthor)
          .addProperty(RDFS.label, m.author().name(), "en");
    }
    if (m.publisher() != null) {
      String slug = Ids.slugify(m.publisher());
      Resource org =
          model.createResource(Ids.BASE + "organization/" + (slug.isEmpty() ? "unnamed" : slug));
      a.addProperty(Schema.publisher, org.addProperty(Schema.name, m.publisher()));
    }
    if (m.url() != null) {
      a.addProperty(Schema.url, m.url());
    }
    if (m.date() != null) {
      a.addProperty(Schema.datePublished, m.date());
    }
    a.addProperty(CG.sourceKind, model.createResource(m.sourceKindIri()));
    a.addProperty(CG.sourceKindReason, m.sourceKindReason(), "en");
    a.addProperty(CG.originalFileName, m.fileName());
    a.addProperty(Schema.sha256, m.sha256());
    for (Person p : persons) {
      Resource r = model.createResource(p.iri());
      r.addProperty(RDF.type, CG.Person).addProperty(Schema.name, p.name());
      if (p.reportedHolders()) {
        r.addProperty(RDF.type, CG.ReportedHolders);
      }
      if (p.description() != null) {
        r.addProperty(Schema.description, p.description(), "en");
      }
    }
    return model;
  }
}
