package org.w3id.claimgraph.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.lucene.document.Document;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.grade.Grading;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.search.Indexer;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.Generations;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.validate.ShapeValidator;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Adds articles to the store in one batch: every file is read, extracted and validated first (a bad
 * file fails the batch before anything is written); then one write transaction replaces the graphs
 * of the articles that are new or changed, re-derives the conflicts and records the new generation,
 * and the search index is updated in the same two-phase batch. An article whose new graph would be
 * isomorphic to the stored one (same text, metadata and extractor output) is skipped.
 */
public final class Ingester {
  private final Preparer preparer;
  private final QueryLibrary queries;
  private final ShapeValidator validator;
  private final Graph ontology;

  /**
   * @param ontology the ontology and concept graphs the shapes check the new graphs against
   */
  public Ingester(
      Preparer preparer, QueryLibrary queries, ShapeValidator validator, Graph ontology) {
    this.preparer = preparer;
    this.queries = queries;
    this.validator = validator;
    this.ontology = ontology;
  }

  public IngestResult ingest(
      List<Path> files, LocalStore store, SearchIndex index, PrintWriter progress) {
    Map<String, Prepared> batch = new LinkedHashMap<>();
    List<String> unchanged = new ArrayList<>();
    int claims = 0;
    for (Path file : files) {
      String slug = Preparer.slug(file);
      if (batch.containsKey(slug)) {
        throw new InputException(
            file, "has the same slug \"" + slug + "\" as " + batch.get(slug).file());
      }
      Prepared p = preparer.prepare(file, slug);
      State state = state(store, p);
      if (state == State.CORPUS) {
        throw new InputException(
            file, "its slug \"" + slug + "\" is an article of the curated corpus; rename the file");
      }
      if (state == State.SAME) {
        unchanged.add(slug);
        continue;
      }
      validate(p);
      batch.put(slug, p);
      claims += p.claims().size();
      if (progress != null && batch.size() % 100 == 0) {
        progress.printf(
            "claimgraph: prepared %d of %d files%n", batch.size() + unchanged.size(), files.size());
        progress.flush();
      }
    }
    if (batch.isEmpty()) {
      return new IngestResult(List.of(), unchanged, 0, 0);
    }
    long conflicts = write(batch, store, index);
    return new IngestResult(new ArrayList<>(batch.keySet()), unchanged, claims, conflicts);
  }

  private enum State {
    ABSENT,
    CORPUS,
    SAME,
    CHANGED
  }

  /**
   * Whether the store already has this article: from the curated corpus (which ingest must not
   * replace), with exactly the graph the file gives now, or with another one.
   */
  private State state(LocalStore store, Prepared p) {
    String slug = p.article().slug();
    return store.readDataset(
        dsg -> {
          Node g = NodeFactory.createURI(Ids.articleGraph(slug));
          if (!dsg.containsGraph(g)) {
            return State.ABSENT;
          }
          Graph stored = dsg.getGraph(g);
          Node a = NodeFactory.createURI(Ids.article(slug));
          if (stored.contains(a, CG.origin.asNode(), CG.CorpusOrigin.asNode())) {
            return State.CORPUS;
          }
          return stored.isIsomorphicWith(p.graph()) ? State.SAME : State.CHANGED;
        });
  }

  private void validate(Prepared p) {
    Graph both = GraphFactory.createDefaultGraph();
    ontology.find().forEachRemaining(both::add);
    p.graph().find().forEachRemaining(both::add);
    ShapeValidator.Result r = validator.validate(both);
    if (!r.conforms()) {
      throw new InputException(
          p.file(),
          "the extracted graph violates the SHACL shapes; first: " + r.violations().get(0));
    }
  }

  private long write(Map<String, Prepared> batch, LocalStore store, SearchIndex index) {
    long[] conflicts = {0};
    SearchIndex.Batch[] pending = {null};
    try {
      store.write(
          dsg -> {
            long generation = Generations.next(dsg);
            for (Prepared p : batch.values()) {
              Node g = NodeFactory.createURI(Ids.articleGraph(p.article().slug()));
              dsg.removeGraph(g);
              dsg.addGraph(g, p.graph());
            }
            Grading.Derived derived = Grading.derive(dsg, queries);
            replace(dsg, Ids.CONFLICTS_GRAPH, derived.conflicts());
            replace(dsg, Ids.GRADES_GRAPH, derived.grades());
            conflicts[0] = derived.pairs();
            setGeneration(dsg, generation);
            if (index != null) {
              List<Document> docs = new ArrayList<>();
              for (String slug : batch.keySet()) {
                docs.addAll(Indexer.documents(RDFLinkFactory.connect(dsg), queries, slug));
              }
              pending[0] = index.update(batch.keySet(), docs, generation);
            }
          });
    } catch (RuntimeException e) {
      if (pending[0] != null) {
        pending[0].rollback();
      }
      throw e;
    }
    if (pending[0] != null) {
      pending[0].commit();
    }
    return conflicts[0];
  }

  private static void replace(DatasetGraph dsg, String graph, Graph content) {
    Node g = NodeFactory.createURI(graph);
    dsg.removeGraph(g);
    dsg.addGraph(g, content);
  }

  private static void setGeneration(DatasetGraph dsg, long generation) {
    Node g = NodeFactory.createURI(Ids.BUILD_GRAPH);
    Node build = NodeFactory.createURI(Generations.BUILD);
    dsg.deleteAny(g, build, CG.generation.asNode(), Node.ANY);
    dsg.add(g, build, CG.generation.asNode(), Generations.literal(generation));
  }
}
