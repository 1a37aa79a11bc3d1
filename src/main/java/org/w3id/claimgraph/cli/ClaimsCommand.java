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

  /**
   * Up to this many claims of a page are looked up by their IRIs; more, in one pass over them all.
   */
  static final int PAGE_LOOKED_UP = 200;

  private void noClaims(boolean none) {
    if (article != null && none) {
      throw new ClaimgraphException(
          "no claims for article \""
              + article
              + "\" (is the slug right? `claimgraph query articles` lists them)");
    }
  }

  @Override
  public Integer call() {
    if (article != null && !Ids.isSlug(article)) {
      throw new ParameterException(
          spec.commandLine(),
          "--article takes a slug such as vascular-massage-therapy; got: " + article);
    }
    try (Session session = new Session(options, spec.commandLine().getErr()).endpoint(endpoint)) {
      PrintWriter out = spec.commandLine().getOut();
      if (format != Format.json) {
        // A table or CSV shows each grade's steps only; a page is counted and picked from the
        // claims' order, and only the claims it shows are read.
        Claims.Ordered ordered =
            Claims.page(
                session.store(),
                session.queries(),
                article,
                total -> {
                  noClaims(total == 0);
                  return paging.page(total, format == Format.table, spec);
                });
        Page page = ordered.page();
        List<String> ids = ordered.ids();
        List<Claim> shown =
            ids.size() <= PAGE_LOOKED_UP
                ? Claims.brieflyByIds(session.store(), session.queries(), ids)
                : page.of(Claims.briefly(session.store(), session.queries(), article));
        switch (format) {
          case csv -> out.print(Csv.claims(shown));
          default -> out.print(ClaimText.renderShown(shown, page));
        }
      } else {
        // JSON carries what each step rests on.
        List<Claim> claims =
            article == null
                ? Claims.all(session.store(), session.queries())
                : Claims.ofArticle(session.store(), session.queries(), article);
        noClaims(claims.isEmpty());
        Page page = paging.page(claims.size(), false, spec);
        var root = Json.claims(page.of(claims));
        // A claim a reviewer has reviewed carries the review that counts.
        var reviews = org.w3id.claimgraph.review.Reviews.latest(session.store(), session.queries());
        if (!reviews.isEmpty()) {
          for (var node : root.get("claims")) {
            var r = reviews.get(node.get("id").asText());
            if (r != null) {
              ((com.fasterxml.jackson.databind.node.ObjectNode) node).set("review", Json.review(r));
            }
          }
        }
        Json.write(root, out);
      }
      out.flush();
      return 0;
    }
  }
}
