package org.w3id.claimgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.w3id.claimgraph.Workspace;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.derive.Conflicts;
import org.w3id.claimgraph.derive.Derivations;
import org.w3id.claimgraph.extract.Extractor;
import org.w3id.claimgraph.extract.Segmenter;
import org.w3id.claimgraph.ingest.Ingester;
import org.w3id.claimgraph.ingest.Preparer;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Sentence;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.search.SearchRequest;
import org.w3id.claimgraph.search.Searcher;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.validate.ShapeValidator;
import org.w3id.claimgraph.vocab.Ids;

/**
 * How claimgraph's cost grows with the archive. For each size: generate the articles; ingest them
 * end to end (extraction, RDF, search index, then conflicts and grades of the whole graph); load
 * the same triples with Jena's TDB2 bulk loader and index the same texts with plain Lucene, in the
 * same run, as the raw baseline; time extraction alone, grading the whole graph again, the
 * conflicts query and searches; record the peak heap and the sizes on disk.
 */
public final class ArchiveBench {
  /** The figures of one archive size. */
  public record Row(
      int articles,
      long claims,
      long triples,
      double ingestSeconds,
      double extractSeconds,
      double rawLoadSeconds,
      double rawIndexSeconds,
      double gradeSeconds,
      double conflictsQueryMs,
      double conflictsCommandMs,
      double searchP50,
      double searchP99,
      long peakHeapMb,
      long liveHeapMb,
      long storeMb,
      long indexMb,
      long disputes) {
    public double articlesPerSecond() {
      return articles / ingestSeconds;
    }

    public double triplesPerSecond() {
      return triples / ingestSeconds;
    }

    /**
     * The raw pipeline's throughput over the same articles: extraction alone, then the TDB2 bulk
     * load and plain Lucene.
     */
    public double rawArticlesPerSecond() {
      return articles / (extractSeconds + rawLoadSeconds + rawIndexSeconds);
    }
  }

  private final Workspace workspace;
  private final Vocabulary vocabulary;
  private final Preparer preparer;
  private final Extractor extractor;
  private final ShapeValidator shapes;
  private final org.apache.jena.graph.Graph ontology;
  private final QueryLibrary queries;

  public ArchiveBench(
      Workspace workspace,
      Vocabulary vocabulary,
      Extractor extractor,
      Preparer preparer,
      ShapeValidator shapes,
      org.apache.jena.graph.Graph ontology,
      QueryLibrary queries) {
    this.workspace = workspace;
    this.vocabulary = vocabulary;
    this.extractor = extractor;
    this.preparer = preparer;
    this.shapes = shapes;
    this.ontology = ontology;
    this.queries = queries;
  }

  public Row run(int n, long seed, Path work, int searches, PrintWriter progress) throws Exception {
    Path dir = work.resolve("archive-" + n);
    deleteTree(dir);
    Path articles = dir.resolve("articles");
    Files.createDirectories(articles);
    say(progress, "%,d articles: generating", n);
    ArticleGenerator gen = new ArticleGenerator(new Phrasebook(vocabulary), seed);
    for (int i = 0; i < n; i++) {
      ArticleGenerator.Generated a = gen.article(i);
      Files.writeString(articles.resolve(a.slug() + ".txt"), a.text(), StandardCharsets.UTF_8);
    }
    HeapWatch heap = new HeapWatch();
    Path storeDir = dir.resolve("store");
    long claims;
    long triples;
    double ingest;
    double grade;
    double queryMs;
    double commandMs;
    long disputes;
    double[] search;
    try (LocalStore store = LocalStore.open(storeDir);
        SearchIndex index = SearchIndex.open(storeDir.resolve("lucene"))) {
      new Builder(workspace, queries).build(store, index);
      long before = store.readDataset(dsg -> (long) dsg.stream().count());
      say(progress, "%,d articles: ingesting end to end", n);
      long t0 = System.nanoTime();
      new Ingester(
              preparer,
              queries,
              shapes,
              ontology,
              Ingester.DEFAULT_BATCH,
              Runtime.getRuntime().availableProcessors())
          .ingest(List.of(articles), store, index, progress);
      ingest = seconds(t0);
      triples = store.readDataset(dsg -> (long) dsg.stream().count()) - before;
      claims =
          store.read(
              l ->
                  Long.parseLong(
                      Sparql.select(
                              l,
                              org.apache.jena.query.QueryFactory.create(
                                  "PREFIX cg: <https://w3id.org/claimgraph/ns#>"
                                      + " SELECT (COUNT(?c) AS ?n) { GRAPH ?g { ?c a cg:Claim } }"),
                              Map.of())
                          .get(0)
                          .get("n")
                          .getLiteralLexicalForm()));
      say(progress, "%,d articles: grading the whole graph again", n);
      long t1 = System.nanoTime();
      Derivations.catchUp(store, queries, index, java.util.Set.of());
      grade = seconds(t1);
      say(progress, "%,d articles: the conflicts query", n);
      queryMs =
          bestOf(
              3,
              () ->
                  store.read(
                      l ->
                          Sparql.select(l, queries.get(QueryLibrary.CONFLICTS).query(), Map.of())
                              .size()));
      long[] count = {0};
      commandMs = bestOf(3, () -> count[0] = Conflicts.disputes(store, queries).size());
      disputes = count[0];
      say(progress, "%,d articles: searching", n);
      search = search(index, searches, seed);
    }
    long peak = heap.stop();
    long live = heap.peakAfterGcMb();
    long storeMb = size(storeDir) / (1024 * 1024);
    long indexMb = size(storeDir.resolve("lucene")) / (1024 * 1024);
    say(progress, "%,d articles: extraction alone", n);
    double extract = extractAlone(articles);
    say(progress, "%,d articles: raw TDB2 bulk load and plain Lucene", n);
    double[] raw = raw(storeDir, dir);
    return new Row(
        n,
        claims,
        triples,
        ingest,
        extract,
        raw[0],
        raw[1],
        grade,
        queryMs,
        commandMs,
        search[0],
        search[1],
        peak,
        live,
        storeMb - indexMb,
        indexMb,
        disputes);
  }

  /** Extraction of every article, on every core, and nothing else. */
  private double extractAlone(Path articles) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(articles)) {
      files = s.sorted().toList();
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(
            pool.submit(
                () -> {
                  String text = Files.readString(f, StandardCharsets.UTF_8);
                  String slug = Preparer.slug(f);
                  return extractor
                      .extract(
                          new Article(slug, text),
                          new org.w3id.claimgraph.model.AgentRef(Ids.person("x"), "x"))
                      .claims()
                      .size();
                }));
      }
      for (Future<Integer> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return seconds(t0);
  }

  /**
   * The raw baseline on the same data: the generated articles' graphs written out as N-Quads and
   * loaded into an empty TDB2 by Jena's bulk loader; their sentences and claim quotes indexed by
   * plain Lucene (StandardAnalyzer, one text field) into an empty index.
   */
  private double[] raw(Path storeDir, Path dir) throws Exception {
    Path nq = dir.resolve("articles.nq");
    Path texts = dir.resolve("texts.txt");
    try (LocalStore store = LocalStore.open(storeDir);
        OutputStream out = Files.newOutputStream(nq);
        PrintWriter tw = new PrintWriter(Files.newBufferedWriter(texts, StandardCharsets.UTF_8))) {
      store.readDataset(
          dsg -> {
            Segmenter splitter = new Segmenter();
            dsg.listGraphNodes()
                .forEachRemaining(
                    g -> {
                      if (!g.getURI().startsWith(Ids.GRAPH + "article/generated-")) {
                        return;
                      }
                      DatasetGraph one = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                      one.addGraph(g, dsg.getGraph(g));
                      RDFDataMgr.write(out, one, Lang.NQUADS);
                      dsg.getGraph(g)
                          .find(Node.ANY, NodeFactory.createURI("http://schema.org/text"), Node.ANY)
                          .forEachRemaining(
                              t -> {
                                String slug = Ids.slugOf(t.getSubject().getURI());
                                for (Sentence s :
                                    splitter
                                        .segment(t.getObject().getLiteralLexicalForm())
                                        .sentences(slug)) {
                                  tw.println(s.text().replace('\n', ' '));
                                }
                              });
                      dsg.getGraph(g)
                          .find(
                              Node.ANY,
                              NodeFactory.createURI("http://www.w3.org/ns/oa#exact"),
                              Node.ANY)
                          .forEachRemaining(
                              t ->
                                  tw.println(
                                      t.getObject().getLiteralLexicalForm().replace('\n', ' ')));
                    });
            return null;
          });
    }
    Path rawStore = dir.resolve("raw-tdb2");
    long t0 = System.nanoTime();
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(rawStore));
    DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> {});
    loader.startBulk();
    loader.load(nq.toString());
    loader.finishBulk();
    double load = seconds(t0);
    TDBInternal.expel(dsg);
    long t1 = System.nanoTime();
    try (FSDirectory d = FSDirectory.open(dir.resolve("raw-lucene"));
        IndexWriter w =
            new IndexWriter(
                d, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(128));
        Stream<String> lines = Files.lines(texts, StandardCharsets.UTF_8)) {
      AtomicLong id = new AtomicLong();
      lines.forEach(
          l -> {
            Document doc = new Document();
            doc.add(new StringField("id", Long.toString(id.incrementAndGet()), Field.Store.YES));
            doc.add(new TextField("text", l, Field.Store.YES));
            try {
              w.addDocument(doc);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      w.commit();
    }
    double index = seconds(t1);
    return new double[] {load, index};
  }

  private double[] search(SearchIndex index, int n, long seed) {
    List<String> qs = SearchBench.queries(new Phrasebook(vocabulary), n, new Random(seed + 7));
    try (Searcher searcher = index.searcher(vocabulary)) {
      for (String q : qs.subList(0, Math.min(200, qs.size()))) {
        searcher.search(SearchRequest.of(q));
      }
      Latencies lat = new Latencies(qs.size());
      for (String q : qs) {
        long t0 = System.nanoTime();
        searcher.search(SearchRequest.of(q));
        lat.add(System.nanoTime() - t0, q);
      }
      return new double[] {lat.percentileMs(50), lat.percentileMs(99)};
    }
  }

  private interface Work {
    Object run() throws Exception;
  }

  private static double bestOf(int times, Work w) throws Exception {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < times; i++) {
      long t0 = System.nanoTime();
      w.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e6);
    }
    return best;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    org.apache.commons.io.file.PathUtils.deleteDirectory(dir);
  }

  private static void say(PrintWriter progress, String fmt, Object... args) {
    progress.printf(Locale.ROOT, "claimgraph: " + fmt + "%n", args);
    progress.flush();
  }

  /** The largest heap in use, sampled every 50 ms. */
  private static final class HeapWatch {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();
    private final List<java.lang.management.MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .toList();
    private final Thread thread;
    private volatile boolean running = true;

    HeapWatch() {
      System.gc();
      thread =
          new Thread(
              () -> {
                while (running) {
                  peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  // What the heap held just after the last collection of each pool.
                  long kept = 0;
                  for (var pool : pools) {
                    var u = pool.getCollectionUsage();
                    kept += u == null ? 0 : u.getUsed();
                  }
                  afterGc.accumulateAndGet(kept, Math::max);
                  try {
                    Thread.sleep(50);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-watch");
      thread.setDaemon(true);
      thread.start();
    }

    long stop() throws InterruptedException {
      running = false;
      thread.join();
      return peak.get() / (1024 * 1024);
    }

    /** The most the heap held just after a collection: the live data, roughly. */
    long peakAfterGcMb() {
      return afterGc.get() / (1024 * 1024);
    }
  }

  // ------------------------------------------------------------- output

  /**
   * A figure of a row: its CSV name and format, and its heading and format in the printed table
   * (null heading: CSV only).
   */
  private record Column(
      String name,
      String csvFormat,
      String heading,
      String tableFormat,
      java.util.function.Function<Row, Object> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("articles", "%d", "articles", "%,9d", Row::articles),
          new Column("claims", "%d", "claims", "%,10d", Row::claims),
          new Column("triples", "%d", "triples", "%,12d", Row::triples),
          new Column("ingest_s", "%.1f", "ingest s", "%9.1f", Row::ingestSeconds),
          new Column("articles_per_s", "%.1f", "art/s", "%9.1f", Row::articlesPerSecond),
          new Column("triples_per_s", "%.0f", "triples/s", "%,11.0f", Row::triplesPerSecond),
          new Column("extract_s", "%.1f", "extract s", "%9.1f", Row::extractSeconds),
          new Column("raw_tdb2_load_s", "%.1f", null, null, Row::rawLoadSeconds),
          new Column("raw_lucene_index_s", "%.1f", null, null, Row::rawIndexSeconds),
          new Column(
              "raw_articles_per_s", "%.1f", "raw art/s", "%10.1f", Row::rawArticlesPerSecond),
          new Column(
              "ratio_to_raw",
              "%.3f",
              "ratio",
              "%8.3f",
              r -> r.articlesPerSecond() / r.rawArticlesPerSecond()),
          new Column("grade_s", "%.2f", "grade s", "%8.2f", Row::gradeSeconds),
          new Column("conflicts_query_ms", "%.1f", "confl ms", "%9.1f", Row::conflictsQueryMs),
          new Column("conflicts_command_ms", "%.1f", null, null, Row::conflictsCommandMs),
          new Column("disputes", "%d", null, null, Row::disputes),
          new Column("search_p50_ms", "%.2f", "search50", "%9.2f", Row::searchP50),
          new Column("search_p99_ms", "%.2f", "p99", "%8.2f", Row::searchP99),
          new Column("peak_heap_mb", "%d", "heap MB", "%8d", Row::peakHeapMb),
          new Column("heap_after_gc_mb", "%d", "live MB", "%8d", Row::liveHeapMb),
          new Column("store_mb", "%d", "store MB", "%8d", Row::storeMb),
          new Column("index_mb", "%d", "index MB", "%8d", Row::indexMb));

  public static String csv(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.join(",", COLUMNS.stream().map(Column::name).toList())).append('\n');
    for (Row r : rows) {
      sb.append(
              String.join(
                  ",",
                  COLUMNS.stream()
                      .map(c -> String.format(Locale.ROOT, c.csvFormat(), c.value().apply(r)))
                      .toList()))
          .append('\n');
    }
    return sb.toString();
  }

  /** The width of a table format such as {@code %,10.1f}: 10. */
  private static int width(String format) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("%,?(\\d+)").matcher(format);
    if (!m.find()) {
      throw new IllegalArgumentException("no width in " + format);
    }
    return Integer.parseInt(m.group(1));
  }

  public static void print(List<Row> rows, PrintWriter out) {
    List<Column> shown = COLUMNS.stream().filter(c -> c.heading() != null).toList();
    out.println(
        String.join(
            " ",
            shown.stream()
                .map(
                    c ->
                        String.format(Locale.ROOT, "%" + width(c.tableFormat()) + "s", c.heading()))
                .toList()));
    for (Row r : rows) {
      out.println(
          String.join(
              " ",
              shown.stream()
                  .map(c -> String.format(Locale.ROOT, c.tableFormat(), c.value().apply(r)))
                  .toList()));
    }
    out.flush();
  }

  /** Runs every size, and writes the CSV and the chart to {@code out}. */
  public static List<Row> all(
      ArchiveBench bench,
      int[] sizes,
      long seed,
      Path work,
      Path out,
      int searches,
      boolean keep,
      PrintWriter progress)
      throws Exception {
    List<Row> rows = new ArrayList<>();
    Files.createDirectories(out);
    for (int n : sizes) {
      rows.add(bench.run(n, seed, work, searches, progress));
      Files.writeString(out.resolve("bench-archive.csv"), csv(rows), StandardCharsets.UTF_8);
      Files.writeString(
          out.resolve("bench-archive.svg"), ScalingChart.svg(rows), StandardCharsets.UTF_8);
      if (!keep) {
        deleteTree(work.resolve("archive-" + n));
      }
    }
    return rows;
  }
}
