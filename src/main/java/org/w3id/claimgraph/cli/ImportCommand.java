package org.w3id.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.review.Reviews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "import",
    description = {
      "Add reviews written by `export --reviews` (TriG, Turtle, N-Quads or JSON-LD, by the file's"
          + " extension) to the store's reviews graph. The file must hold reviews only, each"
          + " meeting the review shapes; otherwise nothing is stored. Importing a file twice"
          + " stores its reviews once."
    },
    footer = {
      "",
      "Example:",
      "  claimgraph export --reviews --out reviews.trig",
      "  claimgraph import --reviews reviews.trig --store other-store"
    })
final class ImportCommand implements Callable<Integer> {
  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Option(
      names = "--reviews",
      required = true,
      paramLabel = "FILE",
      description = "The reviews to add.")
  Path reviews;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(reviews)) {
      throw new InputException(reviews, "no such file");
    }
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      session.store();
      int n = Reviews.importFile(session.localStore(), reviews);
      spec.commandLine()
          .getOut()
          .println("imported " + n + (n == 1 ? " review" : " reviews") + " from " + reviews);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
