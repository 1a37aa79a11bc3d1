package org.w3id.claimgraph.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.util.FmtUtils;

/** Validates data against the SHACL shapes of {@code ontology/shapes.ttl} with Jena SHACL. */
public final class ShapeValidator {
  private final Shapes shapes;

  public ShapeValidator(Graph shapesGraph) {
    this.shapes = Shapes.parse(shapesGraph);
  }

  /** The violations of {@code data}, one readable line each; empty when it conforms. */
  public Result validate(Graph data) {
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    List<String> lines = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      lines.add(line(e));
    }
    lines.sort(null);
    return new Result(report.conforms(), lines, report);
  }

  private static String line(ReportEntry e) {
    String severity = e.severity() == null ? "Violation" : label(e.severity());
    String path = e.resultPath() == null ? "" : " " + e.resultPath();
    String value = e.value() == null ? "" : " value " + FmtUtils.stringForNode(e.value());
    return severity
        + ": "
        + FmtUtils.stringForNode(e.focusNode())
        + path
        + value
        + ": "
        + e.message();
  }

  private static String label(Severity s) {
    String uri = s.level().getURI();
    return uri.substring(uri.lastIndexOf('#') + 1);
  }

  /** The outcome of a validation: whether the data conforms, and each violation in words. */
  public record Result(boolean conforms, List<String> violations, ValidationReport report) {
    public Result {
      violations = List.copyOf(violations);
    }
  }
}
