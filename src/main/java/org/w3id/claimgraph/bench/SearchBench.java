package org.w3id.claimgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Span;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.search.Documents;
import org.w3id.claimgraph.search.Fields;
import org.w3id.claimgraph.search.FieldsQueryParser;
import org.w3id.claimgraph.search.SearchHit;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.search.SearchRequest;
import org.w3id.claimgraph.search.Searcher;
import org.w3id.claimgraph.search.Snippets;
import org.w3id.claimgraph.search.WeightSearcher;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Search benchmark: generated claims indexed and searched by claimgraph (health analysis, synonyms
 * from the vocabulary, highlighting) and, in the same run, by plain Lucene (StandardAnalyzer, no
 * synonyms) over the same documents with the same queries, parsed, searched, stored fields loaded
 * and highlighted the same way. Prints both and their ratio.
 */
public final class SearchBench {
  /** The figures of one side. */
  public record Figures(
      double docsPerSecond,
      double p50Ms,
      double p99Ms,
      double meanMs,
      double meanHits,
      List<String> slowest) {}

  /** Both sides. */
  public record Result(int documents, int queries, Figures claimgraph, Figures plain) {}

  private final Vocabulary vocabulary;
  private final Phrasebook phrasebook;

  public SearchBench(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.phrasebook = new Phrasebook(vocabulary);
  }

  public Result run(int claims, int queryCount, long seed, Path workDir, PrintWriter progress) {
    List<String> queries = queries(queryCount, new Random(seed + 1));
    progress.printf("generating %,d claims…%n", claims);
    progress.flush();
    List<Claim> generated = claims(claims, new Random(seed));
    try {
      progress.println("indexing with claimgraph…");
      progress.flush();
      double ours = indexOurs(generated, workDir.resolve("claimgraph"));
      progress.println("indexing with plain Lucene…");
      progress.flush();
      double plainRate = indexPlain(generated, workDir.resolve("plain"));
      generated = null;
      Figures plain;
      Figures claimgraph;
      try (SearchIndex index = SearchIndex.open(workDir.resolve("claimgraph"));
          Searcher searcher = index.searcher(vocabulary);
          Directory dir = FSDirectory.open(workDir.resolve("plain"));
          DirectoryReader reader = DirectoryReader.open(dir)) {
        PlainSearch plainSearch = new PlainSearch(reader);
        progress.println("warming up…");
        progress.flush();
        for (String q : queries) {
          searcher.search(request(q));
          plainSearch.search(q);
        }
        progress.printf("timing %,d queries on each…%n", queries.size());
        progress.flush();
        claimgraph = timeOurs(searcher, queries, ours);
        plain = timePlain(plainSearch, queries, plainRate);
      }
      return new Result(claims, queries.size(), claimgraph, plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the figures side by side, with claimgraph / plain Lucene ratios. */
  public static void print(Result r, PrintWriter out) {
    out.printf(
        Locale.ROOT, "search benchmark: %,d claims, %,d queries%n", r.documents(), r.queries());
    out.printf(Locale.ROOT, "%-22s %14s %14s %8s%n", "", "claimgraph", "plain Lucene", "ratio");
    Figures a = r.claimgraph();
    Figures b = r.plain();
    row(out, "indexing docs/s", a.docsPerSecond(), b.docsPerSecond(), "%,.0f");
    row(out, "search p50 ms", a.p50Ms(), b.p50Ms(), "%.3f");
    row(out, "search p99 ms", a.p99Ms(), b.p99Ms(), "%.3f");
    row(out, "search mean ms", a.meanMs(), b.meanMs(), "%.3f");
    row(out, "hits per query", a.meanHits(), b.meanHits(), "%.1f");
    out.println("slowest queries, claimgraph:");
    a.slowest().forEach(q -> out.println("  " + q));
    out.println("slowest queries, plain Lucene:");
    b.slowest().forEach(q -> out.println("  " + q));
    out.flush();
  }

  private static void row(PrintWriter out, String name, double a, double b, String fmt) {
    out.printf(
        Locale.ROOT,
        "%-22s %14s %14s %8s%n",
        name,
        String.format(Locale.ROOT, fmt, a),
        String.format(Locale.ROOT, fmt, b),
        b == 0 ? "-" : String.format(Locale.ROOT, "%.2f", a / b));
  }

  private List<Claim> claims(int n, Random random) {
    List<Claim> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Phrasebook.Spec spec = phrasebook.randomSpec(random);
      String quote = phrasebook.sentence(spec, random);
      String slug = "bench-" + (i / 20);
      String name = spec.attributedTo() == null ? "author of " + slug : spec.attributedTo();
      out.add(
          new Claim(
              Ids.CLAIM + slug + "/" + Integer.toHexString(i),
              slug,
              spec.intervention().ref(),
              spec.relation(),
              spec.condition().ref(),
              spec.certainty(),
              spec.negated(),
              false,
              new AgentRef(Ids.PERSON + "bench-" + name.hashCode(), name),
              new Span(0, quote.codePointCount(0, quote.length()), quote),
              Curation.EXTRACTED,
              null));
    }
    return out;
  }

  private List<String> queries(int n, Random random) {
    return queries(phrasebook, n, random);
  }

  /** A mix: concept labels, pairs, phrases, label pairs unquoted, wildcards, OR, NOT. */
  static List<String> queries(Phrasebook phrasebook, int n, Random random) {
    List<String> out = new ArrayList<>(n);
    List<Concept> all = new ArrayList<>(phrasebook.interventions());
    all.addAll(phrasebook.conditions());
    for (int i = 0; i < n; i++) {
      Concept a = all.get(random.nextInt(all.size()));
      Concept b = all.get(random.nextInt(all.size()));
      String la = clean(Phrasebook.label(a, random));
      String lb = clean(Phrasebook.label(b, random));
      int kind = random.nextInt(20);
      String q;
      if (kind < 6) {
        q = la;
      } else if (kind < 10) {
        q = la + " AND " + lb;
      } else if (kind < 13) {
        q = "\"" + la + "\"";
      } else if (kind < 15) {
        q = la + " " + lb;
      } else if (kind < 17) {
        String w = la.split(" ")[0];
        q = (w.length() > 5 ? w.substring(0, 5) : w) + "*";
      } else if (kind < 19) {
        q = la + " OR " + lb;
      } else {
        q = la + " NOT " + lb;
      }
      out.add(q);
    }
    return out;
  }

  private static String clean(String label) {
    return label.replaceAll("[\"():/\\-*?~^\\[\\]{}!&|\\\\+]", " ").replaceAll("\\s+", " ").strip();
  }

  private static SearchRequest request(String q) {
    return new SearchRequest(q, 10, SearchRequest.Kind.ALL, null, null, null, false);
  }

  private double indexOurs(List<Claim> claims, Path dir) {
    List<Document> docs = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      docs.add(Documents.claim(c));
    }
    long t0 = System.nanoTime();
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.rebuild(docs, 1).commit();
    }
    return docs.size() / ((System.nanoTime() - t0) / 1e9);
  }

  private static double indexPlain(List<Claim> claims, Path dir) throws IOException {
    List<Document> docs = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      docs.add(Documents.claim(c));
    }
    long t0 = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(plainAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(128);
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, config)) {
      for (Document doc : docs) {
        w.addDocument(doc);
      }
      w.commit();
    }
    return docs.size() / ((System.nanoTime() - t0) / 1e9);
  }

  static Analyzer plainAnalyzer() {
    Map<String, Analyzer> keywords = new HashMap<>();
    for (String f : Fields.KEYWORDS) {
      keywords.put(f, new KeywordAnalyzer());
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), keywords);
  }

  private static Figures timeOurs(Searcher searcher, List<String> queries, double docsPerSecond) {
    Latencies lat = new Latencies(queries.size());
    long hits = 0;
    for (String q : queries) {
      long t0 = System.nanoTime();
      List<SearchHit> found = searcher.search(request(q));
      lat.add(System.nanoTime() - t0, q);
      hits += found.size();
    }
    return new Figures(
        docsPerSecond,
        lat.percentileMs(50),
        lat.percentileMs(99),
        lat.meanMs(),
        (double) hits / queries.size(),
        lat.slowest(5));
  }

  private static Figures timePlain(PlainSearch plain, List<String> queries, double docsPerSecond)
      throws IOException {
    Latencies lat = new Latencies(queries.size());
    long hits = 0;
    for (String q : queries) {
      long t0 = System.nanoTime();
      int found = plain.search(q);
      lat.add(System.nanoTime() - t0, q);
      hits += found;
    }
    return new Figures(
        docsPerSecond,
        lat.percentileMs(50),
        lat.percentileMs(99),
        lat.meanMs(),
        (double) hits / queries.size(),
        lat.slowest(5));
  }

  /**
   * Plain Lucene doing what claimgraph's searcher does, the same way: parse (StandardAnalyzer, no
   * synonyms), search with one weight, load the stored fields, and mark the matches with that
   * weight's Matches; only the analysis differs.
   */
  private static final class PlainSearch {
    private final WeightSearcher searcher;
    private final Analyzer analyzer = plainAnalyzer();

    PlainSearch(DirectoryReader reader) {
      this.searcher = new WeightSearcher(reader);
    }

    int search(String text) throws IOException {
      FieldsQueryParser parser = new FieldsQueryParser(Fields.DEFAULT, analyzer);
      Query query;
      try {
        query = parser.parse(text);
      } catch (ParseException e) {
        return 0;
      }
      Weight weight = searcher.weight(query);
      TopDocs top = searcher.top(weight, 10);
      Snippets snippets = new Snippets(searcher, weight, Fields.TEXT);
      for (ScoreDoc sd : top.scoreDocs) {
        snippets.mark(sd.doc, searcher.storedFields().document(sd.doc).get(Fields.TEXT));
      }
      return top.scoreDocs.length;
    }
  }
}
