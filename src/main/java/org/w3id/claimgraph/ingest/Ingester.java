package org.w3id.claimgraph.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.lucene.document.Document;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.anchor.Revisions;
import org.w3id.claimgraph.derive.Derivations;
import org.w3id.claimgraph.derive.Pending;
import org.w3id.claimgraph.model.Sentence;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.search.Documents;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.Generations;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.validate.ShapeValidator;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.Schema;

/**
 * Adds articles to the store in batches. Every file is first read and checked (size, binary, UTF-8)
 * so a bad file stops the ingest before anything is written. Then, batch by batch, the articles are
 * extracted on every core and checked against the shapes, and one write transaction replaces the
 * graphs of those that are new or changed while the search index takes their entries in the same
 * two-phase step; the next batch is extracted meanwhile. An article whose graph would be the same
 * as the stored one (same text, metadata and extractor: the same {@code cg:ingestDigest}) is
 * skipped, so an ingest that was stopped resumes where it stopped when run again. Last, the
 * conflicts and grades of the whole graph are derived once, and the search entries of every claim
 * whose grade changed are updated. With one batch, a bad file fails the whole ingest; with many,
 * each batch is all or nothing, and until the last step is done the next command derives what is
 * missing.
 */
public final class Ingester {
  /** Articles per write transaction. */
  public static final int DEFAULT_BATCH = 500;

  /** After the first batch, one article in this many is checked against the shapes. */
  public static final int SAMPLE = 10;

  private final Preparer preparer;
  private final QueryLibrary queries;
  private final ShapeValidator validator;
  private final Graph ontology;
  private final int batchSize;
  private final int threads;

  /**
   * @param ontology the ontology and concept graphs the shapes check the new graphs against
   */
  public Ingester(
      Preparer preparer, QueryLibrary queries, ShapeValidator validator, Graph ontology) {
    this(
        preparer,
        queries,
        validator,
        ontology,
        DEFAULT_BATCH,
        Runtime.getRuntime().availableProcessors());
  }

  public Ingester(
      Preparer preparer,
      QueryLibrary queries,
      ShapeValidator validator,
      Graph ontology,
      int batchSize,
      int threads) {
    if (batchSize < 1 || threads < 1) {
      throw new IllegalArgumentException("batchSize and threads must be >= 1");
    }
    this.preparer = preparer;
    this.queries = queries;
    this.validator = validator;
    this.ontology = ontology;
    this.batchSize = batchSize;
    this.threads = threads;
  }

  /** The files to ingest: those given, and under each directory given every .txt, .md and .html. */
  public static List<Path> expand(List<Path> inputs) {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> isArticle(f.getFileName().toString()))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new InputException(p, "cannot list the directory: " + e.getMessage(), e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isArticle(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".txt")
        || n.endsWith(".md")
        || n.endsWith(".markdown")
        || n.endsWith(".html")
        || n.endsWith(".htm");
  }

  /**
   * The articles {@code inputs} name ({@link #expand}), each read and checked: two files with one
   * slug, or a file that is not an article, stop everything before anything is written.
   */
  public static List<Path> checkedArticles(List<Path> inputs, Preparer preparer) {
    List<Path> files = expand(inputs);
    Map<String, Path> slugs = new HashMap<>();
    for (Path file : files) {
      String slug = Preparer.slug(file);
      Path other = slugs.putIfAbsent(slug, file);
      if (other != null) {
        throw new InputException(file, "has the same slug \"" + slug + "\" as " + other);
      }
    }
    for (Path file : files) {
      preparer.check(file);
    }
    return files;
  }

  public IngestResult ingest(
      List<Path> inputs, LocalStore store, SearchIndex index, PrintWriter progress) {
    List<Path> files = checkedArticles(inputs, preparer);
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<IngestResult.Revised> revised = new ArrayList<>();
    int claims = 0;
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    int batches = 0;
    try {
      // The next batch is extracted while this one is checked and written: the write transaction
      // takes one core, extraction every other, and a batch waits for neither.
      List<Future<Prepared>> next =
          submit(files.subList(0, Math.min(files.size(), batchSize)), pool);
      for (int from = 0; from < files.size(); from += batchSize) {
        batches++;
        List<Path> batchFiles = files.subList(from, Math.min(files.size(), from + batchSize));
        List<Prepared> prepared = collect(next);
        int after = from + batchSize;
        next =
            after < files.size()
                ? submit(files.subList(after, Math.min(files.size(), after + batchSize)), pool)
                : List.of();
        Map<String, Prepared> batch = new LinkedHashMap<>();
        Map<String, State> states = states(store, prepared);
        for (Prepared p : prepared) {
          State state = states.get(p.article().slug());
          if (state == State.CORPUS) {
            throw new InputException(
                p.file(),
                "its slug \""
                    + p.article().slug()
                    + "\" is an article of the curated corpus; rename the file");
          }
          if (state == State.SAME) {
            unchanged.add(p.article().slug());
          } else {
            batch.put(p.article().slug(), p);
          }
        }
        validate(batch.values(), batches == 1);
        if (!batch.isEmpty()) {
          write(batch, store, index, revised);
          written.addAll(batch.keySet());
          for (Prepared p : batch.values()) {
            claims += p.claims().size();
          }
        }
        if (files.size() > batchSize) {
          report(progress, from + batchFiles.size(), files.size(), written.size(), started);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    long conflicts = 0;
    if (!written.isEmpty() || Generations.derivedIsStale(store, queries)) {
      if (progress != null && files.size() > batchSize) {
        progress.println(
            "claimgraph: deriving the conflicts and grades of what the articles change");
        progress.flush();
      }
      conflicts =
          Derivations.catchUp(
                  store,
                  queries,
                  index,
                  written.isEmpty() ? null : new java.util.HashSet<>(written))
              .pairs();
      if (batches > 1) {
        if (progress != null) {
          progress.println("claimgraph: compacting the store");
          progress.flush();
        }
        store.compact();
      }
    } else {
      conflicts = Generations.current(store, queries) > 0 ? storedPairs(store) : 0;
    }
    return new IngestResult(written, unchanged, claims, conflicts, revised);
  }

  /** The claim pairs the stored disputes stand for, as a derivation counts them. */
  private static long storedPairs(LocalStore store) {
    return store.readDataset(
        dsg ->
            org.w3id.claimgraph.derive.ConflictWriter.totals(
                    dsg.getGraph(NodeFactory.createURI(Ids.CONFLICTS_GRAPH)))
                .pairs());
  }

  /** Each file read and extracted on the pool, in order. */
  private List<Future<Prepared>> submit(List<Path> files, ExecutorService pool) {
    List<Future<Prepared>> futures = new ArrayList<>();
    for (Path f : files) {
      futures.add(pool.submit(() -> withDigest(prepareOne(f))));
    }
    return futures;
  }

  /** The articles of {@link #submit}, in order; the first failure, as the file's own error. */
  private static List<Prepared> collect(List<Future<Prepared>> futures) {
    List<Prepared> out = new ArrayList<>();
    for (Future<Prepared> future : futures) {
      try {
        out.add(future.get());
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return out;
  }

  /**
   * One file read and extracted; whatever goes wrong with it is an error that names it, so that a
   * batch is refused with the file to look at, never with a bare internal error.
   */
  private Prepared prepareOne(Path f) {
    try {
      return preparer.prepare(f, Preparer.slug(f));
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new InputException(f, "cannot be read as an article: " + e, e);
    }
  }

  /** The prepared article with {@code cg:ingestDigest}: the SHA-256 of its sorted N-Triples. */
  static Prepared withDigest(Prepared p) {
    StringWriter w = new StringWriter();
    RDFDataMgr.write(w, p.graph(), Lang.NTRIPLES);
    List<String> lines = new ArrayList<>(List.of(w.toString().split("\n")));
    lines.sort(null);
    String digest = Ids.sha256Hex(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    p.graph()
        .add(
            NodeFactory.createURI(Ids.article(p.article().slug())),
            CG.ingestDigest.asNode(),
            NodeFactory.createLiteralString(digest));
    return p;
  }

  private enum State {
    ABSENT,
    CORPUS,
    SAME,
    CHANGED
  }

  /**
   * Whether the store already has each article: from the curated corpus (which ingest must not
   * replace), with the same digest, or with another one.
   */
  private Map<String, State> states(LocalStore store, List<Prepared> prepared) {
    return store.readDataset(
        dsg -> {
          Map<String, State> out = new HashMap<>();
          for (Prepared p : prepared) {
            String slug = p.article().slug();
            Node g = NodeFactory.createURI(Ids.articleGraph(slug));
            Node a = NodeFactory.createURI(Ids.article(slug));
            if (!dsg.contains(g, a, Node.ANY, Node.ANY)) {
              out.put(slug, State.ABSENT);
            } else if (dsg.contains(g, a, CG.origin.asNode(), CG.CorpusOrigin.asNode())) {
              out.put(slug, State.CORPUS);
            } else {
              Node digest = digest(p);
              // A retracted article ingested again, even as it was, is a new revision of it.
              out.put(
                  slug,
                  dsg.contains(g, a, CG.ingestDigest.asNode(), digest)
                          && !dsg.contains(g, a, CG.articleStatus.asNode(), CG.Retracted.asNode())
                      ? State.SAME
                      : State.CHANGED);
            }
          }
          return out;
        });
  }

  private static Node digest(Prepared p) {
    return p.graph()
        .find(
            NodeFactory.createURI(Ids.article(p.article().slug())),
            CG.ingestDigest.asNode(),
            Node.ANY)
        .next()
        .getObject();
  }

  /**
   * The batch against the shapes at once; when it fails, the first article that does is named. The
   * first batch is checked whole; in a long ingest every later batch is checked on a sample, one
   * article in {@link #SAMPLE}, chosen by slug: the shapes check the extractor's output, which the
   * first batch has shown, at a cost that would otherwise rival extraction itself.
   */
  private void validate(java.util.Collection<Prepared> batch, boolean whole) {
    List<Prepared> checked = new ArrayList<>();
    for (Prepared p : batch) {
      if (whole || Math.floorMod(p.article().slug().hashCode(), SAMPLE) == 0) {
        checked.add(p);
      }
    }
    if (checked.isEmpty()) {
      return;
    }
    batch = checked;
    Graph all = GraphFactory.createDefaultGraph();
    ontology.find().forEachRemaining(all::add);
    batch.forEach(p -> p.graph().find().forEachRemaining(all::add));
    ShapeValidator.Result together = validator.validate(all);
    if (together.conforms()) {
      return;
    }
    for (Prepared p : batch) {
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
    throw new InputException(
        batch.iterator().next().file().getParent(),
        "these articles together violate the SHACL shapes, though none does alone; first: "
            + together.violations().get(0));
  }

  private void write(
      Map<String, Prepared> batch,
      LocalStore store,
      SearchIndex index,
      List<IngestResult.Revised> revised) {
    store.calculateWrite(
        w -> {
          DatasetGraph dsg = w.dataset();
          long generation = Generations.next(dsg);
          java.time.Instant now =
              java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
          for (Prepared p : batch.values()) {
            Node g = NodeFactory.createURI(Ids.articleGraph(p.article().slug()));
            Graph fresh = p.graph();
            if (dsg.containsGraph(g)) {
              // Another text of an article the store has: a new revision of it, which keeps the
              // IRIs of the claims it makes again and the old text and claims it drops.
              Graph old = GraphFactory.createDefaultGraph();
              dsg.getGraph(g).find().forEachRemaining(old::add);
              Revisions.Result r = Revisions.carry(p.article().slug(), old, fresh, now);
              if (r.graph() != fresh) {
                revised.add(
                    new IngestResult.Revised(
                        p.file(), p.article().slug(), r.carried(), r.moved(), r.withdrawn()));
              }
              fresh = r.graph();
            }
            Pending.record(dsg, queries, p.article().slug(), dsg.getGraph(g), fresh);
            dsg.removeGraph(g);
            dsg.addGraph(g, fresh);
          }
          Generations.set(dsg, generation);
          if (index != null) {
            // The articles' sentences now; their claims once the grades are derived.
            List<Document> docs = new ArrayList<>();
            for (Prepared p : batch.values()) {
              String author = authorName(p);
              for (Sentence s : p.sentences()) {
                docs.add(Documents.sentence(s, author));
              }
            }
            w.stage(index.update(batch.keySet(), docs, generation));
          }
          return generation;
        });
  }

  private static String authorName(Prepared p) {
    Node article = NodeFactory.createURI(Ids.article(p.article().slug()));
    var authors = p.graph().find(article, Schema.author.asNode(), Node.ANY);
    if (!authors.hasNext()) {
      return null;
    }
    Node a = authors.next().getObject();
    for (Node prop :
        List.of(Schema.name.asNode(), org.apache.jena.vocabulary.RDFS.label.asNode())) {
      var it = p.graph().find(a, prop, Node.ANY);
      if (it.hasNext()) {
        return it.next().getObject().getLiteralLexicalForm();
      }
    }
    return null;
  }

  private static void report(PrintWriter progress, int done, int total, int written, long started) {
    if (progress == null) {
      return;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double rate = done / Math.max(seconds, 1e-9);
    long left = Math.round((total - done) / Math.max(rate, 1e-9));
    progress.printf(
        Locale.ROOT,
        "claimgraph: %,d of %,d articles (%,d new or changed), %.0f articles/s, about %s left%n",
        done,
        total,
        written,
        rate,
        left >= 120 ? (left / 60) + " min" : left + " s");
    progress.flush();
  }
}
