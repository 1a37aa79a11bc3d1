package org.w3id.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.claimgraph.ClaimgraphException;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.audit.Audit;
import org.w3id.claimgraph.audit.AuditHtml;
import org.w3id.claimgraph.audit.AuditMarkdown;
import org.w3id.claimgraph.audit.Audits;
import org.w3id.claimgraph.audit.OverviewHtml;
import org.w3id.claimgraph.vocab.Ids;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "report",
    description = {
      "Audit reports for people: each article's text with its claims marked in place and coloured"
          + " by grade, its source profile, a summary, suggested actions for an editor, and its"
          + " conflicts side by side; and an overview of all articles with a map of who"
          + " contradicts whom. HTML pages are self-contained (no scripts, nothing fetched) and"
          + " print well; Markdown has the same content for a review.",
      "With --article and no --out the page goes to standard output; otherwise the files are"
          + " written to --out (default: report) and their names printed."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph report --all --out report        # report/index.html and one page per article",
      "  claimgraph report --article vascular-massage-therapy > vascular.html",
      "  claimgraph report --article vascular-massage-therapy --format md | pbcopy",
      "  claimgraph report --article vascular-massage-therapy --conflicts all > every-pair.html"
    })
final class ReportCommand implements Callable<Integer> {
  enum Format {
    html,
    md
  }

  static final class Which {
    @Option(names = "--article", paramLabel = "SLUG", description = "One article.")
    String article;

    @Option(names = "--all", description = "Every article, and an overview (the default).")
    boolean all;
  }

  @Mixin CommonOptions options;
  @Mixin EndpointOption endpoint;
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true)
  Which which;

  @Option(
      names = "--format",
      defaultValue = "html",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "DIR", description = "Directory to write the files to.")
  Path out;

  @Option(
      names = "--conflicts",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_SHOWN,
      description =
          "How many conflicting claim pairs an article's page shows, strongest first, or all"
              + " (default: ${DEFAULT-VALUE}). The counts are always of every pair.")
  String conflicts;

  /** The conflicting pairs a page shows unless asked: more than a person reads through. */
  static final int DEFAULT_SHOWN = 100;

  /** The pairs a page shows, from --conflicts. */
  private int shown() {
    if (conflicts.equals("all")) {
      return Integer.MAX_VALUE;
    }
    try {
      int n = Integer.parseInt(conflicts);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new ParameterException(
        spec.commandLine(), "--conflicts takes a number of at least 1 or all; got: " + conflicts);
  }

  @Override
  public Integer call() {
    String article = which == null ? null : which.article;
    if (article != null && !Ids.isSlug(article)) {
      throw new ParameterException(
          spec.commandLine(),
          "--article takes a slug such as vascular-massage-therapy; got: " + article);
    }
    int shown = shown();
    try (Session session = new Session(options, spec.commandLine().getErr()).endpoint(endpoint)) {
      PrintWriter stdout = spec.commandLine().getOut();
      String ext = format == Format.html ? ".html" : ".md";
      if (article != null) {
        Audits one = Audits.ofArticle(session.store(), session.queries(), article, shown);
        if (one == null) {
          throw new ClaimgraphException(
              "no article \"" + article + "\" (`claimgraph query articles` lists them)");
        }
        String page = page(one.of(article), null);
        if (out == null) {
          stdout.print(page);
        } else {
          stdout.println(write(out, article + ext, page));
        }
        stdout.flush();
        return 0;
      }
      Audits audits = new Audits(session.store(), session.queries(), shown);
      Path dir = out == null ? Path.of("report") : out;
      List<OverviewHtml.Row> rows = new ArrayList<>();
      for (String slug : audits.slugs()) {
        Audit a = audits.of(slug);
        stdout.println(write(dir, slug + ext, page(a, "index" + ext)));
        rows.add(
            new OverviewHtml.Row(
                a.article(), a.summary(), a.claims().size(), a.actions().size(), slug + ext));
      }
      String index =
          format == Format.html
              ? OverviewHtml.render(rows, audits.conflicts(), audits.disputes())
              : AuditMarkdown.overview(rows, audits.conflicts(), audits.disputes());
      stdout.println(write(dir, "index" + ext, index));
      stdout.flush();
      return 0;
    }
  }

  private String page(Audit a, String overview) {
    return format == Format.html ? AuditHtml.render(a, overview) : AuditMarkdown.render(a);
  }

  /** Writes a file whole or not at all: to a temporary file, then moved into place. */
  private static Path write(Path dir, String name, String content) {
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(name);
      Path tmp = Files.createTempFile(dir, "." + name, ".tmp");
      try {
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        // A temporary file is private; a report is for reading.
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return target;
    } catch (IOException e) {
      throw new InputException(dir, "cannot write the report: " + e.getMessage(), e);
    }
  }
}
