package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.audit.ClaimReviews;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.review.Review;
import org.w3id.claimgraph.review.Reviews;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.vocab.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "review",
    description = {
      "Record a reviewer's adjudication of a claim or a dispute: confirmed, dismissed,"
          + " needs-context, or (a claim) override with the verdict that replaces the computed one."
          + " The review is a Web Annotation (oa:assessing) with who and when (PROV), kept in the"
          + " store's reviews graph through every build and ingest. A dismissed dispute leaves"
          + " `conflicts`; an override replaces the verdict in the ClaimReview export. The latest"
          + " review of a claim or dispute is the one that counts; `reviews` lists them."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph review 43591c3122000588 --verdict confirmed --reviewer 'Dana Reyes'",
      "  claimgraph review 43591c3122000588 --verdict dismissed --note 'Same study counted twice'",
      "  claimgraph review vascular-massage-therapy/f7f01eecaf77 --verdict override \\",
      "      --grade inaccurate --note 'Contraindicated in DVT (Warner 2019)' --reviewer 'Dana Reyes'"
    })
final class ReviewCommand implements Callable<Integer> {
  /** Where the reviewer's name comes from when --reviewer is not given. */
  static final String REVIEWER_ENV = "CLAIMGRAPH_REVIEWER";

  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "CLAIM|DISPUTE",
      description =
          "A claim (its IRI, ARTICLE/HASH, its hash, or words of its quote naming one claim) or a"
              + " dispute (its IRI or hash, as `conflicts` shows it).")
  String target;

  @Option(
      names = "--verdict",
      required = true,
      paramLabel = "VERDICT",
      description = "confirmed, dismissed, needs-context or override.")
  String verdict;

  @Option(
      names = "--grade",
      paramLabel = "VERDICT",
      description =
          "With override: the verdict that replaces the computed one (accurate, mostly_accurate,"
              + " lacks_context, unsupported, misleading, inaccurate).")
  String grade;

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      description = "Why; required to dismiss or override.")
  String note;

  @Option(
      names = "--reviewer",
      paramLabel = "NAME",
      description = "Who reviews (default: $" + REVIEWER_ENV + ", else the login name).")
  String reviewer;

  @Override
  public Integer call() {
    Review.Verdict v =
        Review.Verdict.ofCode(verdict)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "--verdict is one of " + Review.Verdict.codes() + "; got: " + verdict));
    if ((v == Review.Verdict.OVERRIDE) != (grade != null)) {
      throw new ParameterException(
          spec.commandLine(),
          v == Review.Verdict.OVERRIDE
              ? "--verdict override needs --grade, the verdict that replaces the computed one"
              : "--grade goes with --verdict override");
    }
    String why = note == null || note.isBlank() ? null : note.strip();
    if (why == null && (v == Review.Verdict.DISMISSED || v == Review.Verdict.OVERRIDE)) {
      throw new ParameterException(
          spec.commandLine(), "--verdict " + v.code() + " needs --note saying why");
    }
    String who = reviewer != null ? reviewer : System.getenv(REVIEWER_ENV);
    if (who == null || who.isBlank()) {
      who = System.getProperty("user.name");
    }
    try {
      Reviews.reviewerSlug(who);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--reviewer: " + e.getMessage());
    }
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      Store store = session.store();
      String iri = resolve(session);
      List<Binding> rows =
          store.read(
              link ->
                  Sparql.select(
                      link,
                      session.queries().get("review-target").query(),
                      Map.of("target", NodeFactory.createURI(iri))));
      if (rows.isEmpty()) {
        throw new InputException(
            target,
            -1,
            -1,
            (iri.startsWith(Ids.CONFLICT)
                    ? "no dispute <" + iri + "> (`claimgraph conflicts` lists them)"
                    : "no claim <" + iri + "> (`claimgraph claims` lists them)")
                + "; nothing was stored");
      }
      Binding row = rows.get(0);
      if (row.get("kind").getLiteralLexicalForm().equals("withdrawn")) {
        throw new InputException(
            target,
            -1,
            -1,
            "claim <"
                + iri
                + "> was withdrawn when its article was revised or retracted (`claimgraph history "
                + Ids.articleSlugOfClaim(iri)
                + "`); nothing was stored");
      }
      boolean claim = row.get("kind").getLiteralLexicalForm().equals("claim");
      if (v == Review.Verdict.OVERRIDE && !claim) {
        throw new ParameterException(
            spec.commandLine(),
            "only a claim's verdict can be overridden; confirm or dismiss a dispute");
      }
      String gradeIri = null;
      String gradeLabel = null;
      if (grade != null) {
        for (Binding b :
            store.read(
                link ->
                    Sparql.select(
                        link, session.queries().get(ClaimReviews.VERDICTS).query(), Map.of()))) {
          if (b.get("notation").getLiteralLexicalForm().equals(Grade.code(grade))) {
            gradeIri = b.get("verdict").getURI();
            gradeLabel = b.get("label").getLiteralLexicalForm();
          }
        }
        if (gradeIri == null) {
          throw new ParameterException(
              spec.commandLine(),
              "--grade is a verdict (accurate, mostly_accurate, lacks_context, unsupported,"
                  + " misleading, inaccurate); got: "
                  + grade);
        }
      }
      Review review =
          Review.of(
              iri,
              v,
              gradeIri,
              gradeLabel,
              why,
              who.strip(),
              Instant.now().truncatedTo(ChronoUnit.MILLIS),
              claim ? row.get("quote").getLiteralLexicalForm() : null,
              claim ? row.get("digest").getLiteralLexicalForm() : null);
      Reviews.DisputeState state = null;
      if (!claim) {
        java.util.Set<String> a = new java.util.TreeSet<>();
        java.util.Set<String> b = new java.util.TreeSet<>();
        rows.forEach(
            x -> {
              a.add(x.get("a").getURI());
              b.add(x.get("b").getURI());
            });
        state = new Reviews.DisputeState(row.get("rule").getURI(), List.copyOf(a), List.copyOf(b));
      }
      Reviews.record(session.localStore(), review, state);
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          (claim
                  ? "claim " + Ids.articleSlugOfClaim(iri) + "/" + Ids.slugOf(iri)
                  : "dispute " + Ids.slugOf(iri))
              + ": "
              + review.summary());
      out.println("recorded as <" + review.id() + ">");
      out.flush();
      return 0;
    }
  }

  /** The IRI the target names. */
  private String resolve(Session session) {
    String t = target.strip();
    if (t.startsWith(Ids.CONFLICT) || t.startsWith(Ids.CLAIM)) {
      return t;
    }
    if (t.matches("[0-9a-f]{16}")) {
      return Ids.CONFLICT + t;
    }
    if (t.matches("[a-z0-9]+(-[a-z0-9]+)*/[0-9a-f]{12}")) {
      return Ids.CLAIM + t;
    }
    List<Claim> found = GradeCommand.find(Claims.all(session.store(), session.queries()), t);
    if (found.size() != 1) {
      throw new InputException(
          target,
          -1,
          -1,
          found.isEmpty()
              ? "no claim or dispute has this IRI, hash or words (`claimgraph claims` and"
                  + " `claimgraph conflicts` list them); nothing was stored"
              : found.size()
                  + " claims match; give the claim's IRI or ARTICLE/HASH, e.g. "
                  + found.get(0).id()
                  + "; nothing was stored");
    }
    return found.get(0).id();
  }
}
