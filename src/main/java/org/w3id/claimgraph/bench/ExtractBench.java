package org.w3id.claimgraph.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.w3id.claimgraph.extract.Extractor;
import org.w3id.claimgraph.extract.NlpModels;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Vocabulary;

/**
 * Extraction benchmark: generated articles of 2 to 15 KB, extracted on one thread and on every
 * core, beside plain OpenNLP (sentences, tokens, part-of-speech tags) on the same text in the same
 * run.
 */
public final class ExtractBench {
  /** The figures of one configuration. */
  public record Figures(
      String name,
      int threads,
      double articlesPerSecond,
      double sentencesPerSecond,
      double megabytesPerSecond,
      long claims) {}

  private final Vocabulary vocabulary;
  private final Extractor extractor;

  public ExtractBench(Vocabulary vocabulary, Extractor extractor) {
    this.vocabulary = vocabulary;
    this.extractor = extractor;
  }

  public List<Figures> run(int articles, long seed, PrintWriter progress) throws Exception {
    ArticleGenerator generator = new ArticleGenerator(new Phrasebook(vocabulary), seed);
    List<Article> input = new ArrayList<>(articles);
    long bytes = 0;
    for (int i = 0; i < articles; i++) {
      ArticleGenerator.Generated g = generator.article(i);
      input.add(new Article(g.slug(), g.text()));
      bytes += g.text().length();
    }
    progress.printf(
        Locale.ROOT, "generated %,d articles, %.1f MB; warming up…%n", articles, bytes / 1e6);
    progress.flush();
    AgentRef author = new AgentRef("https://w3id.org/claimgraph/id/person/bench", "bench");
    for (int i = 0; i < Math.min(100, articles); i++) {
      extractor.extract(input.get(i), author);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    List<Figures> out = new ArrayList<>();
    out.add(time("claimgraph extract", 1, input, bytes, a -> extract(a, author)));
    out.add(time("claimgraph extract", cores, input, bytes, a -> extract(a, author)));
    ThreadLocal<Plain> plain = ThreadLocal.withInitial(Plain::new);
    out.add(time("plain OpenNLP", 1, input, bytes, a -> plain.get().run(a)));
    out.add(time("plain OpenNLP", cores, input, bytes, a -> plain.get().run(a)));
    return out;
  }

  /** The time to extract one hostile text. */
  public record Hostile(String name, int bytes, double seconds, int sentences, int claims) {
    public double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  /**
   * Hostile text, each kind at 0.5 and 5 MB, extracted on one thread: letters and spaces with no
   * sentence break, one word repeated, and short claims end to end with no break.
   */
  public List<Hostile> hostile(long seed) {
    AgentRef author = new AgentRef("https://w3id.org/claimgraph/id/person/bench", "bench");
    java.util.Random random = new java.util.Random(seed);
    List<Hostile> out = new ArrayList<>();
    for (int size : new int[] {500_000, 5_000_000}) {
      StringBuilder letters = new StringBuilder(size);
      while (letters.length() < size) {
        letters.append(letters.length() % 7 == 6 ? ' ' : (char) ('a' + random.nextInt(26)));
      }
      out.add(hostile("letters, no break", letters.toString(), author));
      out.add(hostile("one word repeated", "massage ".repeat(size / 8), author));
      out.add(hostile("claims, no break", "massage reduces pain ".repeat(size / 21), author));
    }
    return out;
  }

  private Hostile hostile(String name, String text, AgentRef author) {
    long t0 = System.nanoTime();
    Extractor.Extraction e = extractor.extract(new Article("hostile", text), author);
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Hostile(name, text.length(), seconds, e.sentences().size(), e.claims().size());
  }

  public static void printHostile(List<Hostile> figures, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-20s %8s %9s %8s %10s %8s%n",
        "hostile text",
        "MB",
        "seconds",
        "MB/s",
        "sentences",
        "claims");
    for (Hostile h : figures) {
      out.printf(
          Locale.ROOT,
          "%-20s %8.1f %9.2f %8.2f %10d %8d%n",
          h.name(),
          h.bytes() / 1e6,
          h.seconds(),
          h.megabytesPerSecond(),
          h.sentences(),
          h.claims());
    }
    out.flush();
  }

  public static void print(List<Figures> figures, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-20s %7s %12s %14s %8s %10s%n",
        "",
        "threads",
        "articles/s",
        "sentences/s",
        "MB/s",
        "claims");
    for (Figures f : figures) {
      out.printf(
          Locale.ROOT,
          "%-20s %7d %12.1f %14.0f %8.2f %10s%n",
          f.name(),
          f.threads(),
          f.articlesPerSecond(),
          f.sentencesPerSecond(),
          f.megabytesPerSecond(),
          f.claims() < 0 ? "-" : String.format(Locale.ROOT, "%,d", f.claims()));
    }
    out.flush();
  }

  private interface Work {
    long[] apply(Article a);
  }

  /** {sentences, claims} of one article. */
  private long[] extract(Article a, AgentRef author) {
    Extractor.Extraction e = extractor.extract(a, author);
    return new long[] {e.sentences().size(), e.claims().size()};
  }

  private static Figures time(String name, int threads, List<Article> input, long bytes, Work work)
      throws Exception {
    AtomicLong sentences = new AtomicLong();
    AtomicLong claims = new AtomicLong();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      int chunk = (input.size() + threads - 1) / threads;
      for (int t = 0; t < threads; t++) {
        List<Article> part =
            input.subList(
                Math.min(input.size(), t * chunk), Math.min(input.size(), (t + 1) * chunk));
        futures.add(
            pool.submit(
                () -> {
                  for (Article a : part) {
                    long[] r = work.apply(a);
                    sentences.addAndGet(r[0]);
                    claims.addAndGet(r[1]);
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Figures(
        name,
        threads,
        input.size() / seconds,
        sentences.get() / seconds,
        bytes / 1e6 / seconds,
        name.startsWith("plain") ? -1 : claims.get());
  }

  /** OpenNLP alone: sentences per line, tokens and tags, as the extractor's first steps are. */
  private static final class Plain {
    final SentenceDetectorME sentences = new SentenceDetectorME(NlpModels.sentences());
    final TokenizerME tokens = new TokenizerME(NlpModels.tokens());
    final POSTaggerME tags = new POSTaggerME(NlpModels.pos());

    long[] run(Article a) {
      long n = 0;
      for (String line : a.text().split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        for (String s : sentences.sentDetect(line)) {
          tags.tag(tokens.tokenize(s));
          n++;
        }
      }
      return new long[] {n, 0};
    }
  }
}
