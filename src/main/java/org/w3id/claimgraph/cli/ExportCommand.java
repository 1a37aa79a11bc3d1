package org.w3id.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.claimgraph.ClaimgraphException;
import org.w3id.claimgraph.audit.Audit;
import org.w3id.claimgraph.audit.Audits;
import org.w3id.claimgraph.audit.ClaimReviews;
import org.w3id.claimgraph.derive.Conflicts;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.report.Csv;
import org.w3id.claimgraph.report.Json;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.vocab.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "export",
    description = {
      "Write the whole dataset, every named graph, as TriG, N-Quads or JSON-LD 1.1: loadable by any"
          + " RDF tool or SPARQL server. Or, for fact-checkers, schema.org ClaimReview JSON-LD of"
          + " every graded claim (--flagged: only those rated Unsupported, Misleading or"
          + " Inaccurate); or, for spreadsheets, CSV with one row per claim, its grade and how many"
          + " conflicts it is in."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph export --format trig --out claimgraph.trig",
      "  claimgraph export --format nquads | gzip > claimgraph.nq.gz",
      "  claimgraph export --format claimreview --flagged --reviewer 'Health Desk' --out reviews.jsonld",
      "  claimgraph export --format csv --out claims.csv"
    })
final class ExportCommand implements Callable<Integer> {
  enum Format {
    trig,
    nquads,
    jsonld,
    claimreview,
    csv
  }

  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "trig")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Option(
      names = "--reviews",
      description =
          "trig, nquads or jsonld: only the reviewers' adjudications (the reviews graph), for"
              + " `import --reviews`.")
  boolean reviewsOnly;

  @Option(names = "--flagged", description = "claimreview: only claims rated 2 or worse.")
  boolean flagged;

  @Option(
      names = "--reviewer",
      paramLabel = "NAME",
      description = "claimreview: the reviewing organisation (default: claimgraph).")
  String reviewer;

  @Option(
      names = "--reviewer-url",
      paramLabel = "URL",
      description = "claimreview: its web site (default: https://w3id.org/claimgraph).")
  String reviewerUrl;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "claimreview: the date of the reviews (default: today).")
  String date;

  @Override
  public Integer call() throws IOException {
    if (format != Format.claimreview
        && (flagged || reviewer != null || reviewerUrl != null || date != null)) {
      throw new ParameterException(
          spec.commandLine(),
          "--flagged, --reviewer, --reviewer-url and --date go with --format claimreview");
    }
    if (reviewsOnly && (format == Format.claimreview || format == Format.csv)) {
      throw new ParameterException(
          spec.commandLine(), "--reviews goes with --format trig, nquads or jsonld");
    }
    if (date != null) {
      try {
        LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD; got: " + date);
      }
    }
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      session.store();
      if (format == Format.claimreview || format == Format.csv) {
        write(format == Format.csv ? csv(session) : claimReview(session));
        return 0;
      }
      LocalStore store = session.localStore();
      RDFFormat rdfFormat =
          switch (format) {
            case trig -> RDFFormat.TRIG_BLOCKS;
            case nquads -> RDFFormat.NQUADS;
            default -> RDFFormat.JSONLD11_PRETTY;
          };
      if (out == null) {
        spec.commandLine().getOut().flush();
        store.readDataset(
            dsg -> {
              RDFWriter.source(shown(dsg)).format(rdfFormat).output(new NonClosing(System.out));
              return null;
            });
        System.out.flush();
      } else {
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".export", ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
          store.readDataset(
              dsg -> {
                RDFWriter.source(shown(dsg)).format(rdfFormat).output(os);
                return null;
              });
        } catch (UncheckedIOException | ClaimgraphException e) {
          Files.deleteIfExists(tmp);
          throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getErr().println("claimgraph: wrote " + out);
      }
      return 0;
    }
  }

  /** The whole dataset, or with --reviews a dataset of the reviews graph alone. */
  private org.apache.jena.sparql.core.DatasetGraph shown(
      org.apache.jena.sparql.core.DatasetGraph dsg) {
    if (!reviewsOnly) {
      return dsg;
    }
    org.apache.jena.sparql.core.DatasetGraph only =
        org.apache.jena.sparql.core.DatasetGraphFactory.create();
    only.prefixes().putAll(dsg.prefixes());
    org.apache.jena.graph.Node g = NodeFactory.createURI(Ids.REVIEWS_GRAPH);
    dsg.find(
            g,
            org.apache.jena.graph.Node.ANY,
            org.apache.jena.graph.Node.ANY,
            org.apache.jena.graph.Node.ANY)
        .forEachRemaining(only::add);
    return only;
  }

  private String csv(Session session) {
    List<Claim> claims = Claims.all(session.store(), session.queries());
    Map<String, Integer> conflicts = new HashMap<>();
    for (Conflict c : Conflicts.list(session.store(), session.queries())) {
      conflicts.merge(c.a().id(), 1, Integer::sum);
      conflicts.merge(c.b().id(), 1, Integer::sum);
    }
    return Csv.claimsWithConflicts(claims, conflicts);
  }

  private String claimReview(Session session) {
    Audits audits = new Audits(session.store(), session.queries());
    Map<String, Audit.ArticleInfo> articles = new HashMap<>();
    for (String slug : audits.slugs()) {
      articles.put(slug, audits.info(slug));
    }
    List<Claim> claims = new ArrayList<>();
    audits.slugs().forEach(s -> claims.addAll(audits.claims(s)));
    ClaimReviews.Reviewer who =
        reviewer == null && reviewerUrl == null
            ? ClaimReviews.Reviewer.DEFAULT
            : new ClaimReviews.Reviewer(
                reviewer == null ? ClaimReviews.Reviewer.DEFAULT.name() : reviewer, reviewerUrl);
    String json =
        Json.write(
            ClaimReviews.document(
                claims,
                articles,
                ClaimReviews.ranks(session.store(), session.queries()),
                who,
                date == null ? LocalDate.now(ZoneOffset.UTC).toString() : date,
                flagged,
                org.w3id.claimgraph.review.Reviews.latest(session.store(), session.queries())));
    // What we publish must read back as the ClaimReviews we meant.
    Graph shapes =
        session
            .localStore()
            .readDataset(
                dsg -> {
                  Graph copy = GraphFactory.createDefaultGraph();
                  dsg.getGraph(NodeFactory.createURI(Ids.ontologyGraph("shapes")))
                      .find()
                      .forEachRemaining(copy::add);
                  return copy;
                });
    List<String> violations = ClaimReviews.violations(json, shapes);
    if (!violations.isEmpty()) {
      throw new ClaimgraphException(
          "the ClaimReview export violates its shapes; first: " + violations.get(0));
    }
    return json;
  }

  /** To --out, whole or not at all, or to standard output. */
  private void write(String content) throws IOException {
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(content);
      w.flush();
      return;
    }
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".export", ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    spec.commandLine().getErr().println("claimgraph: wrote " + out);
  }

  /** Lets a writer flush standard output without closing it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
