package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.Workspace;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.extract.Evaluation;
import org.w3id.claimgraph.extract.Extractor;
import org.w3id.claimgraph.model.Claim;
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
    name = "eval",
    description = {
      "Run the extractor over a corpus of articles with curated claims (default: corpus/) and compare:"
          + " precision, recall and F1 per article and overall, with the misses and the false hits."
          + " A match is the same intervention, relation and condition with overlapping spans;"
          + " concepts one broader than the other count as half a match.",
      "With --gold DIR, score against a gold set of annotated real pages (articles/, claims.tsv,"
          + " conflicts.tsv): claims (precision, recall, F1, per relation; agreement of relation,"
          + " hedge, negation and attribution) and conflicts (the articles ingested into a scratch"
          + " store in memory), for the development half (odd-numbered files), the reporting half"
          + " (even-numbered) and the whole set."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph eval",
      "  claimgraph eval --corpus src/test/resources/heldout --details",
      "  claimgraph eval --gold ../shared/devset --details"
    })
final class EvalCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "A directory in the corpus layout (default: the home's corpus/).")
  Path corpus;

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      description = "A gold set of annotated pages (articles/, claims.tsv, conflicts.tsv).")
  Path gold;

  @Option(names = "--details", description = "List every miss and false hit.")
  boolean details;

  @Override
  public Integer call() {
    if (gold != null) {
      if (corpus != null) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--gold and --corpus cannot be given together");
      }
      try (Session session = new Session(options, spec.commandLine().getErr())) {
        PrintWriter out = spec.commandLine().getOut();
        new GoldReport(session, out, details).run(gold);
        out.flush();
      }
      return 0;
    }
    Workspace ws = Workspace.locate(options.home);
    Path conceptsFile = ws.ontology().resolve(Builder.CONCEPTS_FILE);
    Vocabulary vocabulary =
        VocabularyReader.read(RdfFiles.readTurtle(conceptsFile), conceptsFile.toString());
    Extractor extractor = new Extractor(vocabulary, ws.ontology().resolve("cues"));
    List<Evaluation.Result> results =
        Evaluation.corpus(corpus != null ? corpus : ws.corpus(), vocabulary, extractor);
    PrintWriter out = spec.commandLine().getOut();
    print(out, results);
    out.flush();
    return 0;
  }

  private void print(PrintWriter out, List<Evaluation.Result> results) {
    out.printf(
        Locale.ROOT,
        "%-34s %9s %7s %7s %9s %7s %7s%n",
        "article",
        "extracted",
        "curated",
        "matched",
        "precision",
        "recall",
        "F1");
    for (Evaluation.Result r : results) {
      row(out, r);
    }
    Evaluation.Result total = Evaluation.Result.total("overall", results);
    row(out, total);
    if (details) {
      for (Evaluation.Result r : results) {
        out.println();
        out.println("== " + r.name());
        for (Evaluation.Match m : r.matches()) {
          if (m.score() < 1) {
            out.println("  partial  " + m.extracted().summary() + "  ~  " + m.curated().summary());
          }
        }
        for (Claim c : r.misses()) {
          out.println("  missed   " + c.summary() + "  \"" + cut(c.span().quote()) + "\"");
        }
        for (Claim c : r.falseHits()) {
          out.println("  false    " + c.summary() + "  \"" + cut(c.span().quote()) + "\"");
        }
      }
    }
  }

  private static void row(PrintWriter out, Evaluation.Result r) {
    out.printf(
        Locale.ROOT,
        "%-34s %9d %7d %7.1f %9.2f %7.2f %7.2f%n",
        r.name(),
        r.extracted(),
        r.curated(),
        r.matched(),
        r.precision(),
        r.recall(),
        r.f1());
  }

  private static String cut(String s) {
    String t = s.replaceAll("\\s+", " ");
    return t.length() > 90 ? t.substring(0, 89) + "…" : t;
  }
}
