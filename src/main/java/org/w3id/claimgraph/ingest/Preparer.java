package org.w3id.claimgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.extract.Extractor;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.rdf.ArticleWriter;
import org.w3id.claimgraph.rdf.MetadataWriter;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Reads a file and extracts its claims into the graph an ingested article will have; nothing is
 * stored. Used by ingest (which then writes the graph) and by check (which does not).
 */
public final class Preparer {
  private final Extractor extractor;
  private final Options options;
  private final SourceReader reader;
  private final Map<String, String> sourceKinds;

  /**
   * @param sourceKinds the kinds of source of the ontology: notation ("health_blog") to IRI
   */
  public Preparer(Extractor extractor, Options options, Map<String, String> sourceKinds) {
    this.extractor = extractor;
    this.options = options;
    this.reader = new SourceReader(options.maxBytes());
    this.sourceKinds = Map.copyOf(sourceKinds);
  }

  /** Reads {@code file} as an article would be read, and fails the same way if it is not one. */
  public void check(Path file) {
    reader.read(file);
  }

  /** The article of {@code file} under slug {@code slug}, with its extracted claims. */
  public Prepared prepare(Path file, String slug) {
    Source source = reader.read(file);
    Article article = new Article(slug, source.text());
    String authorName = options.author() != null ? options.author() : source.author();
    String title = options.title() != null ? options.title() : source.title();
    AgentRef author = author(source, slug);
    Extractor.Extraction extraction = extractor.extract(article, author, title);
    String kind = sourceKind(file);
    MetadataWriter.Metadata meta =
        new MetadataWriter.Metadata(
            slug,
            title != null ? title : slug,
            title,
            author,
            authorName != null,
            options.publisher() != null ? options.publisher() : source.publisher(),
            options.url() != null ? options.url() : source.url(),
            options.date() != null ? options.date() : source.date(),
            kind,
            options.sourceType() != null
                ? "given at ingest"
                : "not judged: no --source-type was given at ingest",
            source.fileName(),
            Ids.sha256Hex(source.text().getBytes(StandardCharsets.UTF_8)));
    Model metadata = MetadataWriter.model(meta, extraction.persons());
    Graph graph = GraphFactory.createDefaultGraph();
    ArticleWriter.write(
        article, metadata, CG.IngestOrigin, extraction.claims(), extraction.newConcepts(), graph);
    return new Prepared(file, article, graph, extraction.claims(), extraction.sentences());
  }

  /** Who an article read from {@code file} is attributed to when the text names no one else. */
  public AgentRef author(Path file, String slug) {
    return author(reader.read(file), slug);
  }

  private AgentRef author(Source source, String slug) {
    String authorName = options.author() != null ? options.author() : source.author();
    String title = options.title() != null ? options.title() : source.title();
    return authorName != null
        ? new AgentRef(Ids.person(nonEmpty(Ids.slugify(authorName), "unnamed")), authorName)
        : new AgentRef(
            Ids.person("unnamed-author-of-" + slug),
            "unnamed author of \"" + (title != null ? title : slug) + "\"");
  }

  /** The slug an ingested file gets: its name without the extension. */
  public static String slug(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String slug = Ids.slugify(dot > 0 ? name.substring(0, dot) : name);
    if (slug.isEmpty()) {
      throw new InputException(file, "the file name gives no slug (letters or digits needed)");
    }
    return slug;
  }

  private String sourceKind(Path file) {
    if (options.sourceType() == null) {
      return CG.Unclassified.getURI();
    }
    String code = options.sourceType().toLowerCase(Locale.ROOT).replace('-', '_');
    String iri = sourceKinds.get(code);
    if (iri == null) {
      throw new InputException(
          file,
          "--source-type \""
              + options.sourceType()
              + "\" is not one of "
              + String.join(", ", new java.util.TreeSet<>(sourceKinds.keySet())));
    }
    return iri;
  }

  private static String nonEmpty(String s, String fallback) {
    return s.isEmpty() ? fallback : s;
  }
}
