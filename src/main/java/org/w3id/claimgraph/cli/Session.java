package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.claimgraph.Workspace;
import org.w3id.claimgraph.build.BuildResult;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.derive.Derivations;
import org.w3id.claimgraph.extract.Extractor;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.rdf.VocabularyReader;
import org.w3id.claimgraph.search.Reindex;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.search.Searcher;
import org.w3id.claimgraph.search.TextQuery;
import org.w3id.claimgraph.store.Generations;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.store.RemoteStore;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.validate.ShapeValidator;
import org.w3id.claimgraph.vocab.CG;

/**
 * What a command works with, opened on first use and closed at the end: the workspace, the query
 * library (parsed at once, so a broken query fails every command), the store (built first when it
 * is missing or out of date) and its search index (rebuilt from the store when it does not reflect
 * the store's generation).
 */
final class Session implements AutoCloseable {
  /** The index lives in this directory inside the store directory. */
  static final String INDEX_DIR = "lucene";

  static {
    TextQuery.register();
  }

  private final CommonOptions options;
  private final PrintWriter err;
  private Workspace workspace;
  private QueryLibrary queries;
  private LocalStore local;
  private String endpoint;
  private RemoteStore remote;
  private SearchIndex index;

  /** Whether the local store has been built, derived and indexed up to date in this session. */
  private boolean checked;

  private Searcher searcher;
  private Extractor extractor;

  Session(CommonOptions options, PrintWriter err) {
    this.options = options;
    this.err = err;
  }

  /** Reads go to this SPARQL endpoint instead of the local store (null: the local store). */
  Session endpoint(EndpointOption option) {
    this.endpoint = option == null ? null : option.endpoint;
    return this;
  }

  Workspace workspace() {
    if (workspace == null) {
      workspace = Workspace.locate(options.home);
    }
    return workspace;
  }

  QueryLibrary queries() {
    if (queries == null) {
      queries = QueryLibrary.load(workspace().queries());
    }
    return queries;
  }

  /** The local store, opened but not built. */
  LocalStore localStore() {
    if (local == null) {
      queries();
      local = LocalStore.open(options.store);
    }
    return local;
  }

  /**
   * The search index beside the local store, once {@link #store()} has brought it up to date with
   * the store; null when reads go to a SPARQL endpoint.
   */
  SearchIndex currentIndex() {
    if (endpoint != null) {
      return null;
    }
    store();
    return searchIndex();
  }

  /** The search index beside the local store, opened but not checked. */
  SearchIndex searchIndex() {
    if (index == null) {
      index = SearchIndex.open(options.store.resolve(INDEX_DIR));
    }
    return index;
  }

  /**
   * The store to read from: built first if it is missing or older than the inputs, its index
   * rebuilt if stale, and {@code text:query} attached.
   */
  Store store() {
    if (endpoint != null) {
      if (remote == null) {
        queries();
        remote = RemoteStore.of(endpoint);
      }
      return remote;
    }
    LocalStore store = localStore();
    if (checked) {
      return store;
    }
    Builder builder = new Builder(workspace(), queries());
    if (!builder.isCurrent(store)) {
      progress("building " + store.description() + " (new store, or the inputs changed)");
      BuildResult r = builder.build(store, searchIndex());
      progress(
          "built the corpus's "
              + r.articles()
              + " articles ("
              + r.claims()
              + " claims); "
              + r.conflicts()
              + " conflicting claim pairs in the store");
      String moved = reanchored(r);
      if (!moved.isEmpty()) {
        err.print(moved.replaceAll("(?m)^", "claimgraph: "));
        err.flush();
      }
    }
    if (Generations.derivedIsStale(store, queries())) {
      progress(
          "the conflicts and grades are older than the articles (an ingest stopped before its"
              + " last step); deriving them");
      Derivations.catchUp(store, queries(), searchIndex(), null);
    }
    if (Reindex.isStale(store, searchIndex(), queries())) {
      progress("the search index does not match the store; rebuilding it from the store");
      Reindex.run(store, searchIndex(), queries());
    }
    // Opened at the first text:query: reading the vocabulary and building the synonyms would cost
    // every other command's queries a second for nothing.
    TextQuery.attach(store.context(), this::searcher);
    checked = true;
    return store;
  }

  /**
   * What a build says of claims whose article's text changed under them: one line each (file,
   * claim, what it claims, moved, edited or orphaned), then the counts; empty when every claim was
   * where its file said.
   */
  static String reanchored(BuildResult r) {
    if (r.reanchored().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (Builder.Reanchored x : r.reanchored()) {
      sb.append(x.file())
          .append(": claim <")
          .append(x.claim())
          .append("> (")
          .append(x.summary())
          .append("): ")
          .append(x.describe())
          .append('\n');
    }
    long orphaned = r.orphaned();
    sb.append(r.reanchored().size() - orphaned)
        .append(" claims re-anchored in changed texts, ")
        .append(orphaned)
        .append(" orphaned")
        .append(
            orphaned > 0 ? " (kept aside, out of grading and conflicts: `claimgraph orphans`)" : "")
        .append('\n');
    return sb.toString();
  }

  /** A searcher over the index, with synonyms from the store's vocabulary. */
  synchronized Searcher searcher() {
    if (searcher == null) {
      searcher = searchIndex().searcher(vocabulary());
    }
    return searcher;
  }

  private Vocabulary vocabulary() {
    Graph g =
        localStore()
            .read(link -> Sparql.graph(link, queries().get("vocabulary").query(), Map.of()));
    return VocabularyReader.read(
        ModelFactory.createModelForGraph(g), "the store's concept vocabulary");
  }

  /** The concept vocabulary of the workspace (ontology/concepts.ttl). */
  Vocabulary workspaceVocabulary() {
    Path file = workspace().ontology().resolve(Builder.CONCEPTS_FILE);
    return VocabularyReader.read(RdfFiles.readTurtle(file), file.toString());
  }

  /** The claim extractor, with the workspace's vocabulary and cue lexicons. */
  Extractor extractor() {
    if (extractor == null) {
      extractor = new Extractor(workspaceVocabulary(), workspace().ontology().resolve("cues"));
    }
    return extractor;
  }

  /** The ontology and the concept vocabulary of the workspace, as one graph. */
  Graph ontologyGraph() {
    Model m = RdfFiles.readTurtle(workspace().ontology().resolve(ONTOLOGY_FILE));
    m.add(RdfFiles.readTurtle(workspace().ontology().resolve(Builder.CONCEPTS_FILE)));
    return m.getGraph();
  }

  /** The SHACL shapes of the workspace. */
  ShapeValidator shapes() {
    return new ShapeValidator(
        RdfFiles.readTurtle(workspace().ontology().resolve(Builder.SHAPES_FILE)).getGraph());
  }

  /** The kinds of source of the ontology, by notation. */
  Map<String, String> sourceKinds() {
    Model m = RdfFiles.readTurtle(workspace().ontology().resolve(ONTOLOGY_FILE));
    Map<String, String> out = new java.util.TreeMap<>();
    m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, CG.SourceKind)
        .forEachRemaining(
            r -> {
              var n = r.getProperty(org.apache.jena.vocabulary.SKOS.notation);
              if (n != null) {
                out.put(n.getString(), r.getURI());
              }
            });
    return out;
  }

  static final String ONTOLOGY_FILE = "claimgraph.ttl";

  void progress(String message) {
    err.println("claimgraph: " + message);
    err.flush();
  }

  @Override
  public void close() {
    if (remote != null) {
      remote.close();
    }
    if (searcher != null) {
      searcher.close();
    }
    if (index != null) {
      index.close();
    }
    if (local != null) {
      local.close();
    }
  }
}
