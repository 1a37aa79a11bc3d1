package org.w3id.claimgraph.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.Workspace;
import org.w3id.claimgraph.anchor.AnchorWriter;
import org.w3id.claimgraph.anchor.Anchoring;
import org.w3id.claimgraph.corpus.Corpus;
import org.w3id.claimgraph.corpus.CorpusEntry;
import org.w3id.claimgraph.corpus.TextFile;
import org.w3id.claimgraph.derive.Derivations;
import org.w3id.claimgraph.derive.Grading;
import org.w3id.claimgraph.derive.PolicyReader;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.rdf.ArticleWriter;
import org.w3id.claimgraph.rdf.ClaimReader;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.rdf.VocabularyReader;
import org.w3id.claimgraph.search.Indexer;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.Generations;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.validate.ShapeValidator;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.OBO;
import org.w3id.claimgraph.vocab.PROV;
import org.w3id.claimgraph.vocab.Schema;

/**
 * Builds the store from the workspace: parses every ontology file and the whole corpus, checks each
 * article against its recorded SHA-256 and each quote against the text at its offsets, validates
 * the result against the SHACL shapes, and only then replaces the corpus's graphs in the store and
 * derives the conflicts, all in one write transaction. Bad input fails before the store is touched;
 * a failure during the write aborts it. Ingested articles and reviews are kept.
 */
public final class Builder {
  /** Version of the build's output; part of the input digest, so a change forces a rebuild. */
  public static final String FORMAT_VERSION = "claimgraph-build-9";

  /** The ontology file whose concepts form the vocabulary. */
  public static final String CONCEPTS_FILE = "concepts.ttl";

  /** The ontology file that holds the SHACL shapes. */
  public static final String SHAPES_FILE = "shapes.ttl";

  /** The prefixes the store declares, so exports and query results read well. */
  public static final Map<String, String> PREFIXES =
      Map.ofEntries(
          Map.entry("cg", CG.NS),
          Map.entry("schema", Schema.NS),
          Map.entry("prov", PROV.NS),
          Map.entry("oa", OA.NS),
          Map.entry("skos", SKOS.uri),
          Map.entry("rdf", RDF.uri),
          Map.entry("rdfs", RDFS.uri),
          Map.entry("xsd", XSD.NS),
          Map.entry("owl", OWL.NS),
          Map.entry("dcterms", DCTerms.NS),
          Map.entry("obo", OBO.NS),
          Map.entry("biolink", "https://w3id.org/biolink/vocab/"),
          Map.entry("mesh", "http://id.nlm.nih.gov/mesh/"),
          Map.entry("sh", "http://www.w3.org/ns/shacl#"),
          Map.entry("concept", Ids.CONCEPT),
          Map.entry("article", Ids.ARTICLE),
          Map.entry("person", Ids.PERSON),
          Map.entry("rule", Ids.RULE),
          Map.entry("conflict", Ids.CONFLICT),
          Map.entry("graph", Ids.GRAPH));

  private static final Logger LOG = LoggerFactory.getLogger(Builder.class);

  private final Workspace workspace;
  private final QueryLibrary queries;

  public Builder(Workspace workspace, QueryLibrary queries) {
    this.workspace = workspace;
    this.queries = queries;
  }

  /**
   * Builds {@code store} from the workspace without a search index; see {@link #build(LocalStore,
   * SearchIndex)}.
   */
  public BuildResult build(LocalStore store) {
    return build(store, null);
  }

  /**
   * Builds {@code store} from the workspace; nothing is written unless all input is good. When
   * {@code index} is given it is rebuilt in the same batch: prepared inside the store's write
   * transaction, committed after it, rolled back if the store's commit fails.
   */
  public BuildResult build(LocalStore store, SearchIndex index) {
    Map<String, Model> ontology = readOntology();
    Vocabulary vocabulary = vocabulary(ontology);
    addBroaderTransitive(ontology.get(CONCEPTS_FILE.replace(".ttl", "")));
    DatasetGraph staged = DatasetGraphFactory.create();
    ontology.forEach(
        (name, model) -> staged.addGraph(node(Ids.ontologyGraph(name)), model.getGraph()));
    int claims = 0;
    List<CorpusEntry> entries = Corpus.list(workspace.corpus());
    Map<String, String> before = textsBefore(store, entries);
    List<Reanchored> reanchored = new ArrayList<>();
    for (CorpusEntry entry : entries) {
      claims += stageArticle(entry, vocabulary, staged, before.get(entry.slug()), reanchored);
    }
    validate(staged, ontology);
    long[] built =
        store.calculateWrite(
            w -> {
              DatasetGraph dsg = w.dataset();
              long generation = Generations.next(dsg);
              replaceCorpusGraphs(dsg, staged);
              PREFIXES.forEach(dsg.prefixes()::add);
              dsg.removeGraph(node(Ids.BUILD_GRAPH));
              dsg.addGraph(node(Ids.BUILD_GRAPH), buildRecord(generation));
              long pairs = Derivations.run(w, queries, generation, null, null, true).pairs();
              if (index != null) {
                RDFLink link = RDFLinkFactory.connect(dsg);
                w.stage(
                    index.rebuildFrom(out -> Indexer.documents(link, queries, out), generation));
              }
              recordInputs(dsg.getGraph(node(Ids.BUILD_GRAPH)), queries.used());
              long count = dsg.stream().count();
              return new long[] {pairs, count};
            });
    long[] conflicts = {built[0]};
    long[] triples = {built[1]};
    LOG.debug("built {} articles, {} claims, {} conflicts", entries.size(), claims, conflicts[0]);
    return new BuildResult(entries.size(), claims, triples[0], conflicts[0], reanchored);
  }

  /**
   * A claim that is not where its claims file says, because the article's text changed: how it was
   * found again, or that it was not.
   *
   * @param file the claims file
   * @param claim the claim's IRI
   * @param summary what it claims
   * @param shift how far it moved, in code points
   */
  public record Reanchored(
      Path file, String claim, String summary, Anchoring.Status status, int shift) {
    /** "moved by +17", "edited (kept 83% of its words), moved by −4", "orphaned". */
    public String describe() {
      String by = "moved by " + (shift >= 0 ? "+" : "\u2212") + Math.abs(shift);
      return switch (status) {
        case MOVED -> by;
        case EDITED -> "edited, " + by;
        default -> status.code();
      };
    }
  }

  /** The text each corpus article had in the store before this build, where it was there. */
  private static Map<String, String> textsBefore(LocalStore store, List<CorpusEntry> entries) {
    return store.readDataset(
        dsg -> {
          Map<String, String> out = new java.util.HashMap<>();
          for (CorpusEntry e : entries) {
            Node g = node(Ids.articleGraph(e.slug()));
            if (!dsg.containsGraph(g)) {
              continue;
            }
            var it =
                dsg.getGraph(g).find(node(Ids.article(e.slug())), Schema.text.asNode(), Node.ANY);
            if (it.hasNext()) {
              out.put(e.slug(), it.next().getObject().getLiteralLexicalForm());
            }
          }
          return out;
        });
  }

  /** True when {@code store} was built from exactly the files now in the workspace. */
  public boolean isCurrent(LocalStore store) {
    return store.readDataset(
        dsg -> {
          Node g = node(Ids.BUILD_GRAPH);
          if (!dsg.containsGraph(g)) {
            return false;
          }
          Graph record = dsg.getGraph(g);
          List<String> read =
              record
                  .find(Node.ANY, CG.inputQuery.asNode(), Node.ANY)
                  .mapWith(t -> t.getObject().getLiteralLexicalForm())
                  .toList();
          String digest = InputDigest.of(workspace, read);
          return record
              .find(Node.ANY, CG.inputDigest.asNode(), Node.ANY)
              .filterKeep(t -> t.getObject().getLiteralLexicalForm().equals(digest))
              .hasNext();
        });
  }

  /**
   * Adds to the concept vocabulary the closure of its hierarchy as {@code skos:broaderTransitive}
   * (SKOS's transitive super-property of {@code skos:broader}): every concept's every broader
   * concept, stated, so that queries on any engine find ancestors with a triple pattern rather than
   * a property path with both ends open, which some engines refuse (Virtuoso 7.2: "transitive start
   * not given") or answer once per path.
   */
  static void addBroaderTransitive(Model concepts) {
    Map<org.apache.jena.rdf.model.Resource, List<org.apache.jena.rdf.model.Resource>> up =
        new java.util.HashMap<>();
    concepts
        .listStatements(
            null, org.apache.jena.vocabulary.SKOS.broader, (org.apache.jena.rdf.model.RDFNode) null)
        .forEachRemaining(
            st ->
                up.computeIfAbsent(st.getSubject(), k -> new ArrayList<>())
                    .add(st.getObject().asResource()));
    List<org.apache.jena.rdf.model.Statement> closure = new ArrayList<>();
    for (org.apache.jena.rdf.model.Resource concept : up.keySet()) {
      java.util.Set<org.apache.jena.rdf.model.Resource> seen = new java.util.LinkedHashSet<>();
      java.util.Deque<org.apache.jena.rdf.model.Resource> todo =
          new java.util.ArrayDeque<>(up.get(concept));
      while (!todo.isEmpty()) {
        org.apache.jena.rdf.model.Resource b = todo.pop();
        if (seen.add(b)) {
          todo.addAll(up.getOrDefault(b, List.of()));
        }
      }
      seen.remove(concept);
      for (org.apache.jena.rdf.model.Resource b : seen) {
        closure.add(
            concepts.createStatement(
                concept, org.apache.jena.vocabulary.SKOS.broaderTransitive, b));
      }
    }
    concepts.add(closure);
  }

  private Map<String, Model> readOntology() {
    return readOntology(workspace);
  }

  /**
   * Every {@code ontology/*.ttl} of {@code workspace}, by name (the graph it is stored in), each
   * checked as a build checks it: the required files there, the policy one the grader can use.
   */
  public static Map<String, Model> readOntology(Workspace workspace) {
    Map<String, Model> models = new TreeMap<>();
    for (Path file : turtleFiles(workspace.ontology())) {
      String name = file.getFileName().toString().replaceFirst("\\.ttl$", "");
      if (!Ids.isSlug(name)) {
        throw new InputException(file, "ontology file names must be slugs (they name graphs)");
      }
      models.put(name, RdfFiles.readTurtle(file));
    }
    for (String required : List.of(CONCEPTS_FILE, SHAPES_FILE, Grading.POLICY + ".ttl")) {
      if (!models.containsKey(required.replace(".ttl", ""))) {
        throw new InputException(workspace.ontology().resolve(required), "missing");
      }
    }
    // A policy the grader cannot use fails here, naming its file, before the store is touched.
    Model policy = ModelFactory.createDefaultModel();
    models.values().forEach(policy::add);
    PolicyReader.read(
        policy.getGraph(), workspace.ontology().resolve(Grading.POLICY + ".ttl").toString());
    return models;
  }

  private Vocabulary vocabulary(Map<String, Model> ontology) {
    String source = workspace.ontology().resolve(CONCEPTS_FILE).toString();
    return VocabularyReader.read(ontology.get(CONCEPTS_FILE.replace(".ttl", "")), source);
  }

  private int stageArticle(
      CorpusEntry entry,
      Vocabulary vocabulary,
      DatasetGraph staged,
      String textBefore,
      List<Reanchored> reanchored) {
    byte[] bytes = TextFile.bytes(entry.text());
    Article article = new Article(entry.slug(), TextFile.decode(entry.text().toString(), bytes));
    Model metadata = RdfFiles.readTurtle(entry.metadata());
    checkMetadata(entry, metadata, Ids.sha256Hex(bytes));
    List<Claim> claims = List.of();
    ClaimReader reader = null;
    if (entry.claims().isPresent()) {
      Path file = entry.claims().get();
      Model claimsModel = RdfFiles.readTurtle(file);
      Model both = ModelFactory.createUnion(claimsModel, metadata);
      reader = new ClaimReader(both, file.toString(), article, vocabulary).reanchoring(textBefore);
      claims = reader.read();
    }
    Graph graph = GraphFactory.createDefaultGraph();
    ArticleWriter.write(article, metadata, CG.CorpusOrigin, claims, graph);
    if (reader != null && !reader.anchors().isEmpty()) {
      // The text changed under its claims: say where each went, and keep the ones lost.
      AnchorWriter.write(reader.anchors(), graph);
      for (Claim orphan : reader.orphans()) {
        AnchorWriter.orphan(orphan, reader.stated().get(orphan.id()), graph);
      }
      Map<String, Claim> byId = new java.util.HashMap<>();
      claims.forEach(c -> byId.put(c.id(), c));
      reader.orphans().forEach(c -> byId.put(c.id(), c));
      for (Map.Entry<String, Anchoring.Anchor> e : reader.anchors().entrySet()) {
        reanchored.add(
            new Reanchored(
                entry.claims().get(),
                e.getKey(),
                byId.get(e.getKey()).summary(),
                e.getValue().status(),
                e.getValue().shift()));
      }
    }
    staged.addGraph(node(Ids.articleGraph(entry.slug())), graph);
    return claims.size();
  }

  private static void checkMetadata(CorpusEntry entry, Model metadata, String sha256) {
    Resource article = metadata.createResource(Ids.article(entry.slug()));
    if (!metadata.contains(article, RDF.type, CG.Article)) {
      throw new InputException(
          entry.metadata(), "must describe <" + Ids.article(entry.slug()) + "> a cg:Article");
    }
    if (!article.hasProperty(Schema.sha256)) {
      throw new InputException(entry.metadata(), "must give the text's schema:sha256");
    }
    Literal recorded = article.getProperty(Schema.sha256).getLiteral();
    if (!recorded.getLexicalForm().equals(sha256)) {
      throw new InputException(
          entry.metadata(),
          "schema:sha256 is "
              + recorded.getLexicalForm()
              + " but "
              + entry.text().getFileName()
              + " has "
              + sha256
              + ": the corpus text must be the article exactly as published");
    }
  }

  private void validate(DatasetGraph staged, Map<String, Model> ontology) {
    ShapeValidator validator =
        new ShapeValidator(ontology.get(SHAPES_FILE.replace(".ttl", "")).getGraph());
    ShapeValidator.Result result = validator.validate(staged.getUnionGraph());
    if (!result.conforms()) {
      throw new InputException(
          workspace.corpus().toString(),
          -1,
          -1,
          "the built graph violates the SHACL shapes ("
              + result.violations().size()
              + " violations); first: "
              + result.violations().get(0));
    }
  }

  /**
   * Removes every graph the last build wrote (all but the graphs of ingested articles and the
   * reviewers' graph) and adds the staged ones.
   */
  private static void replaceCorpusGraphs(DatasetGraph dsg, DatasetGraph staged) {
    Set<Node> keep = ingestedArticleGraphs(dsg);
    keep.add(node(Ids.REVIEWS_GRAPH));
    List<Node> remove = new ArrayList<>();
    dsg.listGraphNodes()
        .forEachRemaining(
            g -> {
              if (!keep.contains(g)) {
                remove.add(g);
              }
            });
    remove.forEach(dsg::removeGraph);
    staged.listGraphNodes().forEachRemaining(g -> dsg.addGraph(g, staged.getGraph(g)));
  }

  private static Set<Node> ingestedArticleGraphs(DatasetGraph dsg) {
    Set<Node> graphs = new HashSet<>();
    dsg.find(Node.ANY, Node.ANY, CG.origin.asNode(), CG.IngestOrigin.asNode())
        .forEachRemaining(q -> graphs.add(q.getGraph()));
    return graphs;
  }

  private static Graph buildRecord(long generation) {
    Graph g = GraphFactory.createDefaultGraph();
    Node build = node(Generations.BUILD);
    g.add(build, RDF.type.asNode(), CG.Build.asNode());
    g.add(build, CG.generation.asNode(), Generations.literal(generation));
    return g;
  }

  /**
   * Records on the build what it read: the library queries it ran, by name, and the digest of those
   * and of the ontology and corpus files, taken once the build has run them all.
   */
  private void recordInputs(Graph record, java.util.SortedSet<String> read) {
    Node build = node(Generations.BUILD);
    for (String name : read) {
      record.add(build, CG.inputQuery.asNode(), NodeFactory.createLiteralString(name));
    }
    record.add(
        build,
        CG.inputDigest.asNode(),
        NodeFactory.createLiteralString(InputDigest.of(workspace, read)));
  }

  private static List<Path> turtleFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(dir, "cannot list: " + e.getMessage(), e);
    }
  }

  private static Node node(String iri) {
    return NodeFactory.createURI(iri);
  }
}
