package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.ingest.Extraction;
import org.w3id.claimgraph.ingest.Preparer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "extract",
    description = {
      "Extract the claims of articles without a store: one N-Quads file per article in --out"
          + " (its text, metadata, claims, spans, qualifiers and attribution, in the named graph"
          + " ingest would give it), the same bytes for the same file. Run it on many machines at"
          + " once and bulk-load the files into any SPARQL server, then run `derive` there.",
      "Every file is read and checked before any is written; a bad one stops it."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph extract archive/ --out extracted --source-type health_blog",
      "  find archive -name '*.html' | split -n r/8 - part.  # then on each machine:",
      "  claimgraph extract $(cat part.aa) --out extracted"
    })
final class ExtractCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Mixin ArticleOptions article;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Articles, or directories to take every .txt, .md and .html from.")
  List<Path> files;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write one <slug>.nq per article to.")
  Path out;

  @Override
  public Integer call() {
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      Preparer preparer =
          new Preparer(session.extractor(), article.options(), session.sourceKinds());
      Extraction.Result r = new Extraction(preparer).extract(files, out);
      PrintWriter o = spec.commandLine().getOut();
      o.printf("Extracted %d articles (%d claims) to %s%n", r.articles(), r.claims(), out);
      o.flush();
      return 0;
    }
  }
}
