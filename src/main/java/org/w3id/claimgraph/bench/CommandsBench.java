package org.w3id.claimgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.claimgraph.StoreException;

/**
 * The commands a user waits for, as a user runs them: each a new process of the launcher (the JVM's
 * start, the store's checks and the command's work), on a store of the caller's, timed from the
 * process's start to its exit, with the most memory it held resident. In each round: the first page
 * of {@code conflicts}; {@code check} of a one-sentence draft and of a generated draft of 10 to 14
 * KB (neither stored); and {@code ingest} of one generated article, a new one each round, so the
 * store keeps one more article a round (under a slug of the run's time, so that none is there
 * already). A first {@code conflicts}, not timed, lets the launcher make its class archive.
 */
public final class CommandsBench {
  /** One run of a command: its wall time, the most it held resident (0 if unknown), its exit. */
  public record Run(double seconds, long peakKb, int exit) {}

  /** A command's runs, and what the target asks of it. */
  public record Figures(String command, String target, List<Run> runs) {
    double min() {
      return runs.stream().mapToDouble(Run::seconds).min().orElse(0);
    }

    double max() {
      return runs.stream().mapToDouble(Run::seconds).max().orElse(0);
    }

    double median() {
      double[] s = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
      return s.length == 0
          ? 0
          : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    long peakKb() {
      return runs.stream().mapToLong(Run::peakKb).max().orElse(0);
    }
  }

  /** How often a running command's resident high-water mark is read. */
  static final int POLL_MS = 20;

  /** The draft of one sentence: an intervention, a relation and a condition of the vocabulary. */
  static final String ONE_SENTENCE = "Massage can help with deep vein thrombosis.\n";

  private final List<String> launcher;
  private final Path store;
  private final Path work;
  private final ArticleGenerator generator;

  /**
   * @param launcher the command that starts claimgraph (the launcher script, or a JVM and its
   *     arguments), to which each command's arguments are added
   * @param store the store the commands run on
   * @param work where the drafts and articles are written
   * @param generator what writes them; its seed should differ from the archive's
   */
  public CommandsBench(List<String> launcher, Path store, Path work, ArticleGenerator generator) {
    this.launcher = List.copyOf(launcher);
    this.store = store;
    this.work = work;
    this.generator = generator;
  }

  /** {@code rounds} rounds of the four commands, one after another in each. */
  public List<Figures> run(int rounds, PrintWriter progress) throws IOException {
    Files.createDirectories(work);
    Path one = work.resolve("one-sentence.txt");
    Files.writeString(one, ONE_SENTENCE, StandardCharsets.UTF_8);
    Path draft = work.resolve("draft.txt");
    ArticleGenerator.Generated d = draftOf(10 * 1024, 14 * 1024);
    Files.writeString(draft, d.text(), StandardCharsets.UTF_8);
    String kb = String.format(Locale.ROOT, "%.1f KB", d.text().length() / 1024.0);
    progress.printf(
        Locale.ROOT,
        "claimgraph: the drafts and articles are in %s; each round adds one article to the store%n",
        work);
    progress.println("claimgraph: a first conflicts, not timed (the launcher's class archive)");
    progress.flush();
    measure(List.of("conflicts"), Set.of(0));
    List<Figures> out =
        List.of(
            new Figures("conflicts, first page", "<= 1 s", new ArrayList<>()),
            new Figures("check a one-sentence draft", "<= 1.5 s", new ArrayList<>()),
            new Figures("check a " + kb + " generated draft", "<= 1.5 s", new ArrayList<>()),
            new Figures("ingest one generated article", "<= 3 s", new ArrayList<>()));
    String stamp =
        java.time.LocalDateTime.now()
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT));
    for (int r = 0; r < rounds; r++) {
      progress.printf(Locale.ROOT, "claimgraph: round %d of %d%n", r + 1, rounds);
      progress.flush();
      ArticleGenerator.Generated a = generator.article(1_000_000 + r);
      // A new slug each run, so the store never holds the article already (an unchanged one
      // would be found so and skipped).
      Path article =
          work.resolve("bench-commands-" + stamp + "-" + (r + 1) + "-" + a.slug() + ".txt");
      Files.writeString(article, a.text(), StandardCharsets.UTF_8);
      List<List<String>> commands =
          List.of(
              List.of("conflicts"),
              List.of("check", one.toString()),
              List.of("check", draft.toString()),
              List.of("ingest", article.toString()));
      for (int c = 0; c < commands.size(); c++) {
        Run run = measure(commands.get(c), c == 1 || c == 2 ? Set.of(0, 3) : Set.of(0));
        out.get(c).runs().add(run);
        progress.printf(
            Locale.ROOT,
            "claimgraph: %s: %s, %s%n",
            out.get(c).command(),
            seconds(run.seconds()),
            gigabytes(run.peakKb()));
        progress.flush();
      }
    }
    return out;
  }

  /** The first generated article of {@code from} to {@code to} characters. */
  private ArticleGenerator.Generated draftOf(int from, int to) {
    for (int i = 0; ; i++) {
      ArticleGenerator.Generated g = generator.article(2_000_000 + i);
      if (g.text().length() >= from && g.text().length() <= to) {
        return g;
      }
    }
  }

  /**
   * One run of claimgraph with {@code args} on the store: its wall time and the most memory it held
   * resident ({@code VmHWM}, the kernel's own high-water mark, read every {@value #POLL_MS} ms
   * while it runs, so only what it gained in its last moments can be missed). The launcher replaces
   * its shell with the JVM, so the process is the JVM's; the first, untimed run makes the class
   * archive, the one run in which the launcher starts the JVM as a child.
   */
  Run measure(List<String> args, Set<Integer> expected) throws IOException {
    List<String> command = new ArrayList<>(launcher);
    command.addAll(args);
    command.add("--store");
    command.add(store.toString());
    Path err = Files.createTempFile(work, "stderr", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    long peak = 0;
    try {
      while (!p.waitFor(POLL_MS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, hwm(p.pid()));
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int exit = p.exitValue();
    if (!expected.contains(exit)) {
      List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
      throw new StoreException(
          String.join(" ", args)
              + " exited with "
              + exit
              + (lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1)));
    }
    Files.deleteIfExists(err);
    return new Run(seconds, peak, exit);
  }

  private static long hwm(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process has ended, or the system keeps no such file.
    }
    return 0;
  }

  /** The figures as a table: each command's runs, fastest, median and slowest, and peak memory. */
  public static void print(List<Figures> figures, PrintWriter out) {
    int width = figures.stream().mapToInt(f -> f.command().length()).max().orElse(7);
    String format = "%-" + width + "s  %4s  %8s  %8s  %8s  %9s  %s%n";
    out.printf(
        Locale.ROOT,
        format,
        "command",
        "runs",
        "fastest",
        "median",
        "slowest",
        "peak RSS",
        "target");
    for (Figures f : figures) {
      out.printf(
          Locale.ROOT,
          format,
          f.command(),
          f.runs().size(),
          seconds(f.min()),
          seconds(f.median()),
          seconds(f.max()),
          gigabytes(f.peakKb()),
          f.target() + ", < 1 GB");
    }
    out.flush();
  }

  /** The figures as CSV: one row per run. */
  public static String csv(List<Figures> figures) {
    StringBuilder sb = new StringBuilder("command,run,seconds,peak_rss_kb,exit\n");
    for (Figures f : figures) {
      for (int i = 0; i < f.runs().size(); i++) {
        Run r = f.runs().get(i);
        sb.append('"')
            .append(f.command())
            .append("\",")
            .append(i + 1)
            .append(',')
            .append(String.format(Locale.ROOT, "%.3f", r.seconds()))
            .append(',')
            .append(r.peakKb())
            .append(',')
            .append(r.exit())
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static String gigabytes(long kb) {
    return kb == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f GB", kb / 1048576.0);
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.2f s", s);
  }
}
