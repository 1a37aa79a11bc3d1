package org.w3id.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.Workspace;
import org.w3id.claimgraph.bench.ArchiveBench;
import org.w3id.claimgraph.bench.ArticleGenerator;
import org.w3id.claimgraph.bench.CommandsBench;
import org.w3id.claimgraph.bench.ExtractBench;
import org.w3id.claimgraph.bench.Phrasebook;
import org.w3id.claimgraph.bench.SearchBench;
import org.w3id.claimgraph.bench.ServeBench;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.extract.Extractor;
import org.w3id.claimgraph.ingest.Options;
import org.w3id.claimgraph.ingest.Preparer;
import org.w3id.claimgraph.ingest.SourceReader;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.rdf.VocabularyReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "bench",
    description = {
      "Benchmarks that print their figures next to the raw dependency's, measured in the same run."
    },
    subcommands = {
      BenchCommand.Search.class,
      BenchCommand.Extract.class,
      BenchCommand.Serve.class,
      BenchCommand.Archive.class,
      BenchCommand.Commands.class
    },
    footer = {"", "Example:", "  claimgraph bench search --claims 100000 --queries 2000"})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Vocabulary vocabulary(CommonOptions options) {
    Workspace ws = Workspace.locate(options.home);
    Path file = ws.ontology().resolve(Builder.CONCEPTS_FILE);
    return VocabularyReader.read(RdfFiles.readTurtle(file), file.toString());
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      org.apache.commons.io.file.PathUtils.deleteDirectory(dir);
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "extract",
      description = {
        "Extract the claims of generated articles (2 to 15 KB, in the corpus's styles) on one thread"
            + " and on every core; print articles/s and sentences/s beside plain OpenNLP (sentences,"
            + " tokens, tags) on the same text. With --hostile, also the time to read hostile text"
            + " (no sentence break, one word repeated, claims packed end to end) of 0.5 and 5 MB, to"
            + " show that the time grows with the length and no faster."
      },
      footer = {"", "Example:", "  claimgraph bench extract --articles 2000 --hostile"})
  static final class Extract implements Callable<Integer> {
    @Mixin CommonOptions options;
    @Spec CommandSpec spec;

    @Option(
        names = "--articles",
        defaultValue = "2000",
        description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
        names = "--seed",
        defaultValue = "42",
        description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--hostile", description = "Also time hostile text of 0.5 and 5 MB.")
    boolean hostile;

    @Override
    public Integer call() throws Exception {
      Workspace ws = Workspace.locate(options.home);
      Vocabulary v = vocabulary(options);
      Extractor extractor = new Extractor(v, ws.ontology().resolve("cues"));
      ExtractBench bench = new ExtractBench(v, extractor);
      var figures = bench.run(articles, seed, spec.commandLine().getErr());
      ExtractBench.print(figures, spec.commandLine().getOut());
      if (hostile) {
        spec.commandLine().getOut().println();
        ExtractBench.printHostile(bench.hostile(seed), spec.commandLine().getOut());
      }
      return 0;
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "archive",
      description = {
        "How the cost grows with the archive: for each size, generate the articles; ingest them end"
            + " to end (extraction, RDF, search index, conflicts and grades); load the same triples"
            + " with Jena's TDB2 bulk loader and index the same texts with plain Lucene as the raw"
            + " baseline; time extraction alone, grading the whole graph, the conflicts query and"
            + " searches; record the peak heap and the sizes on disk. Writes bench-archive.csv and"
            + " a chart, bench-archive.svg, to --out."
      },
      footer = {
        "",
        "Example:",
        "  CLAIMGRAPH_JAVA_OPTS=-Xmx2g claimgraph bench archive --articles 1000,10000,100000"
      })
  static final class Archive implements Callable<Integer> {
    @Mixin CommonOptions options;
    @Spec CommandSpec spec;

    @Option(
        names = "--articles",
        split = ",",
        defaultValue = "1000,10000,100000",
        description = "Archive sizes (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(
        names = "--seed",
        defaultValue = "42",
        description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--searches",
        defaultValue = "1000",
        description = "Searches to time at each size (default: ${DEFAULT-VALUE}).")
    int searches;

    @Option(
        names = "--work",
        paramLabel = "DIR",
        description = "Where the archives and stores go (default: a temporary directory).")
    Path work;

    @Option(
        names = "--keep",
        description =
            "Keep each generated archive and its store under --work (archive-N/articles,"
                + " archive-N/store) instead of deleting them after its figures are taken.")
    boolean keep;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        defaultValue = "target/bench-archive",
        description = "Where the CSV and the chart go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
      try (Session session = new Session(options, spec.commandLine().getErr())) {
        Path dir = work != null ? work : Files.createTempDirectory("claimgraph-archive");
        Options o = new Options(null, null, null, null, null, null, SourceReader.DEFAULT_MAX_BYTES);
        Preparer preparer = new Preparer(session.extractor(), o, session.sourceKinds());
        ArchiveBench bench =
            new ArchiveBench(
                session.workspace(),
                session.workspaceVocabulary(),
                session.extractor(),
                preparer,
                session.shapes(),
                session.ontologyGraph(),
                session.queries());
        var rows =
            ArchiveBench.all(
                bench, sizes, seed, dir, out, searches, keep, spec.commandLine().getErr());
        ArchiveBench.print(rows, spec.commandLine().getOut());
        spec.commandLine()
            .getErr()
            .println(
                "claimgraph: wrote " + out.resolve("bench-archive.csv") + " and bench-archive.svg");
        return 0;
      }
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "commands",
      description = {
        "The commands a user waits for, each a new process of the launcher on --store (the JVM's"
            + " start included): the first page of conflicts, check of a one-sentence draft and of a"
            + " generated 10-14 KB draft, and ingest of one generated article (a new one each round,"
            + " kept in the store). Prints the fastest, median and slowest wall time of each and the"
            + " most memory it held resident, beside the targets; writes bench-commands.csv to"
            + " --out. Run it on the store `bench archive --keep` leaves."
      },
      footer = {
        "",
        "Example:",
        "  claimgraph bench commands --store work/archive-10000/store --runs 3"
      })
  static final class Commands implements Callable<Integer> {
    @Mixin CommonOptions options;
    @Spec CommandSpec spec;

    @Option(
        names = "--runs",
        defaultValue = "3",
        description = "Rounds of the four commands (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
        names = "--seed",
        defaultValue = "7",
        description =
            "Seed of the generator of the draft and the articles, not the archive's"
                + " (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        defaultValue = "target/bench-commands",
        description = "Where the drafts, articles and CSV go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
      if (runs < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--runs must be 1 or more, not " + runs);
      }
      if (!Files.isDirectory(options.store)) {
        throw new org.w3id.claimgraph.InputException(
            options.store, "no store here (make one with `claimgraph bench archive --keep`)");
      }
      Workspace ws = Workspace.locate(options.home);
      List<String> launcher = List.of(ws.home().resolve("claimgraph").toString());
      CommandsBench bench =
          new CommandsBench(
              launcher,
              options.store.toAbsolutePath(),
              out.toAbsolutePath(),
              new ArticleGenerator(new Phrasebook(vocabulary(options)), seed));
      var figures = bench.run(runs, spec.commandLine().getErr());
      CommandsBench.print(figures, spec.commandLine().getOut());
      Files.writeString(out.resolve("bench-commands.csv"), CommandsBench.csv(figures));
      spec.commandLine().getErr().println("claimgraph: wrote " + out.resolve("bench-commands.csv"));
      return 0;
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "serve",
      description = {
        "Load on the SPARQL endpoint: the conflicts query and a one-claim lookup at 1, 4 and 16"
            + " concurrent clients over HTTP, beside the same queries run in process; print"
            + " queries/s and p50/p99 latency for both, and their ratio."
      },
      footer = {"", "Example:", "  claimgraph bench serve --seconds 10"})
  static final class Serve implements Callable<Integer> {
    @Mixin CommonOptions options;
    @Spec CommandSpec spec;

    @Option(
        names = "--seconds",
        defaultValue = "10",
        description = "How long to measure each case (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(
        names = "--clients",
        split = ",",
        defaultValue = "1,4,16",
        description = "Numbers of concurrent clients (default: ${DEFAULT-VALUE}).")
    int[] clients;

    @Override
    public Integer call() throws Exception {
      try (Session session = new Session(options, spec.commandLine().getErr())) {
        session.store();
        ServeBench bench = new ServeBench(session.localStore(), session.queries());
        var figures = bench.run(clients, seconds, spec.commandLine().getErr());
        ServeBench.print(figures, spec.commandLine().getOut());
        return 0;
      }
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "search",
      description = {
        "Index generated claims and run mixed queries with claimgraph's search and with plain"
            + " Lucene (StandardAnalyzer, no synonyms) on the same documents; print indexing docs/s"
            + " and search latency p50/p99 for both, and their ratio."
      },
      footer = {"", "Example:", "  claimgraph bench search --claims 100000 --queries 2000"})
  static final class Search implements Callable<Integer> {
    @Mixin CommonOptions options;
    @Spec CommandSpec spec;

    @Option(
        names = "--claims",
        defaultValue = "100000",
        description = "Claims to index (default: ${DEFAULT-VALUE}).")
    int claims;

    @Option(
        names = "--queries",
        defaultValue = "2000",
        description = "Queries to time (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(
        names = "--seed",
        defaultValue = "42",
        description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--work",
        paramLabel = "DIR",
        description =
            "Where to put the two indexes (default: a temporary directory, deleted after).")
    Path work;

    @Override
    public Integer call() throws IOException {
      Path dir = work != null ? work : Files.createTempDirectory("claimgraph-bench");
      try {
        PrintWriter err = spec.commandLine().getErr();
        SearchBench.Result r =
            new SearchBench(vocabulary(options)).run(claims, queries, seed, dir, err);
        SearchBench.print(r, spec.commandLine().getOut());
        return 0;
      } finally {
        if (work == null) {
          deleteTree(dir);
        }
      }
    }
  }
}
