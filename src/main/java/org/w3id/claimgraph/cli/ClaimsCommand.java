package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.ClaimgraphException;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.report.ClaimText;
import org.w3id.claimgraph.report.Csv;
import org.w3id.claimgraph.report.Json;
import org.w3id.claimgraph.report.Page;
import org.w3id.claimgraph.vocab.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "claims",
    description = {"List the claims of every article, or of one, in the order they appear."},
    footer = {
      "",
      "Examples:",
      "  claimgraph claims --article vascular-massage-therapy",
      "  claimgraph claims --format csv > claims.csv"
    })
final class ClaimsCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    csv
  }

  @Mixin CommonOptions options;
  @Mixin EndpointOption endpoint;
  @Mixin PageOptions paging;
  @Spec CommandSpec spec;

  @Option(
      names = "--article",
      paramLabel = "SLUG",
      description = "Only the claims of this article.")
  String article;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  Format format;

  @Override
  public Integer call() {
    if (article != null && !Ids.isSlug(article)) {
      throw new ParameterException(
          spec.commandLine(),
          "--article takes a slug such as vascular-massage-therapy; got: " + article);
    }
    try (Session session = new Session(options, spec.commandLine().getErr()).endpoint(endpoint)) {
      // JSON carries what each step rests on; a table or CSV only the steps.
      List<Claim> claims =
          format != Format.json
              ? Claims.briefly(session.store(), session.queries(), article)
              : article == null
                  ? Claims.all(session.store(), session.queries())
                  : Claims.ofArticle(session.store(), session.queries(), article);
      if (article != null && claims.isEmpty()) {
        throw new ClaimgraphException(
            "no claims for article \""
                + article
                + "\" (is the slug right? `claimgraph query articles` lists them)");
      }
      PrintWriter out = spec.commandLine().getOut();
      Page page = paging.page(claims.size(), format == Format.table, spec);
      switch (format) {
        case json -> Json.write(Json.claims(page.of(claims)), out);
        case csv -> out.print(Csv.claims(page.of(claims)));
        case table -> out.print(ClaimText.render(claims, page));
      }
      out.flush();
      return 0;
    }
  }
}
