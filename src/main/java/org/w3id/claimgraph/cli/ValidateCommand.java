package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.validate.ShapeValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "validate",
    description = {
      "Validate the store against the SHACL shapes of ontology/shapes.ttl. Exit code 0 when it"
          + " conforms, 1 when there are violations."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph validate",
      "  claimgraph validate --format turtle > report.ttl"
    })
final class ValidateCommand implements Callable<Integer> {
  enum Format {
    text,
    turtle
  }

  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      description = "text, or the SHACL validation report as turtle (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format;

  @Override
  public Integer call() {
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      session.store();
      Graph shapes =
          RdfFiles.readTurtle(session.workspace().ontology().resolve(Builder.SHAPES_FILE))
              .getGraph();
      ShapeValidator validator = new ShapeValidator(shapes);
      ShapeValidator.Result result =
          session.localStore().readDataset(dsg -> validator.validate(dsg.getUnionGraph()));
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.turtle) {
        out.print(
            RDFWriter.source(result.report().getGraph())
                .format(RDFFormat.TURTLE_PRETTY)
                .asString());
      } else {
        result.violations().forEach(out::println);
        out.println(
            result.conforms()
                ? "Conforms: the store satisfies every shape."
                : "Does not conform: " + result.violations().size() + " violations.");
      }
      out.flush();
      return result.conforms() ? 0 : 1;
    }
  }
}
