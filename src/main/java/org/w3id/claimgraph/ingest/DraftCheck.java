package org.w3id.claimgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.claimgraph.derive.Conflicts;
import org.w3id.claimgraph.derive.Grading;
import org.w3id.claimgraph.derive.GradingInput;
import org.w3id.claimgraph.derive.PropositionConflicts;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.query.Grades;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.report.Page;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Checks a draft against the graph: its claims are extracted as for ingest, nothing is stored, and
 * the draft is graded against its neighbourhood in the store (the stored claims about related
 * concepts, at their stored strength; {@link Grading#gradeNear}), with the conflicts its claims
 * would raise, with the graph and within the draft. For each conflict the check says which side the
 * draft is on and which side's evidence is stronger (its score before disputes: support, verified
 * citations, independent agreement), and why.
 *
 * <p>The draft needs review when one of its claims is on the weaker side of a conflict of at least
 * medium severity with a claim of another article, or when it contradicts itself in such a
 * conflict; a draft that agrees with the stronger side does not.
 */
public final class DraftCheck {
  /** The least severity of a conflict that can make a draft need review. */
  public static final Severity GATE = Severity.MEDIUM;

  /** Where the draft stands in a conflict. */
  public enum Standing {
    /** The other side's evidence is stronger. */
    WEAKER("on the weaker side"),
    /** The draft's evidence is stronger. */
    STRONGER("on the stronger side"),
    /** Both sides' evidence is as strong. */
    EVEN("evidence as strong on both sides"),
    /** Both claims are the draft's. */
    SELF("contradicts itself");

    private final String words;

    Standing(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /**
   * A conflict the draft takes part in, and where the draft stands in it.
   *
   * @param draftSide 'A' or 'B', the side of the rule the draft's claim is on ('A' when both are)
   * @param draft the draft claim's score before disputes
   * @param other the other claim's score before disputes
   * @param why why the stronger side is stronger: its support, in words (empty when even or self,
   *     and for a finding outside the page a check was asked to read in full)
   */
  public record Finding(
      Conflict conflict,
      char draftSide,
      Standing standing,
      double draft,
      double other,
      String why) {
    /** Whether this finding makes the draft need review. */
    public boolean blocks() {
      return conflict.severity().rank() >= GATE.rank()
          && (standing == Standing.WEAKER || standing == Standing.SELF);
    }
  }

  /** The draft's claims and the conflicts they raise, most severe first. */
  public record Result(String article, List<Claim> claims, List<Finding> findings) {
    /** The conflicts alone. */
    public List<Conflict> conflicts() {
      return findings.stream().map(Finding::conflict).toList();
    }

    public boolean hasHigh() {
      return findings.stream().anyMatch(f -> f.conflict().severity() == Severity.HIGH);
    }

    /** Whether the draft needs review before publication. */
    public boolean needsReview() {
      return findings.stream().anyMatch(Finding::blocks);
    }
  }

  private DraftCheck() {}

  public static Result check(Path file, Preparer preparer, Store store, QueryLibrary queries) {
    return check(file, preparer, store, queries, Page::all);
  }

  /**
   * As {@link #check(Path, Preparer, Store, QueryLibrary)}, with the grades of the stored claims
   * read in full only for the findings shown: {@code shown} gives, for the number of findings, the
   * page of them that will be shown. Every finding is ranked, and says where the draft stands, from
   * the stored claims' scores alone; the findings of the page also carry the stored claims' grades
   * and the reasons the stronger side is stronger, the others neither. So a draft that raises
   * thousands of conflicts in an archive costs a few index reads for each, and the grades of a
   * page.
   */
  public static Result check(
      Path file,
      Preparer preparer,
      Store store,
      QueryLibrary queries,
      java.util.function.IntFunction<Page> shown) {
    return check(preparer.prepare(file, slug(file)), store, queries, shown);
  }

  /** The slug a draft read from {@code file} is checked under. */
  public static String slug(Path file) {
    return "draft-" + Preparer.slug(file);
  }

  /**
   * As {@link #check(Path, Preparer, Store, QueryLibrary, java.util.function.IntFunction)}, with
   * the draft already read and extracted (under {@link #slug}): a command extracts it while the
   * store opens.
   */
  public static Result check(
      Prepared draft,
      Store store,
      QueryLibrary queries,
      java.util.function.IntFunction<Page> shown) {
    return check(draft, store, queries, shown, null);
  }

  /**
   * As {@link #check(Prepared, Store, QueryLibrary, java.util.function.IntFunction)}, with the
   * stored claims the draft is weighed against read from their entries in {@code index}, the search
   * index beside the store and current with it ({@link Grading#gradeNear(Store, QueryLibrary,
   * String, Graph, SearchIndex)}); null reads them from the store.
   */
  public static Result check(
      Prepared draft,
      Store store,
      QueryLibrary queries,
      java.util.function.IntFunction<Page> shown,
      SearchIndex index) {
    String slug = draft.article().slug();
    Grading.Judged judged = Grading.gradeNear(store, queries, slug, draft.graph(), index);
    Map<String, Grade> grades = new HashMap<>(judged.result().grades());
    Map<Proposition, List<Claim>> byProposition = new HashMap<>();
    Set<Proposition> drafted = new LinkedHashSet<>();
    for (Claim c : judged.input().claims()) {
      byProposition.computeIfAbsent(Proposition.of(c), k -> new ArrayList<>()).add(c);
      if (c.article().equals(slug)) {
        drafted.add(Proposition.of(c));
      }
    }
    // A belief an article reports in order to reject it ("Myth: massage causes miscarriage") is
    // neither that article contradicting itself nor a disagreement with anyone else, in the draft
    // or in the store; nor is one voice stating a rule and its exception in conflict with itself.
    Set<String> holders = new HashSet<>();
    draft
        .graph()
        .find(Node.ANY, RDF.type.asNode(), CG.ReportedHolders.asNode())
        .forEachRemaining(t -> holders.add(t.getSubject().getURI()));
    GradingInput input = judged.input();
    input.agents().values().stream()
        .filter(GradingInput.AgentFacts::reportedHolders)
        .forEach(a -> holders.add(a.iri()));
    PropositionConflicts hierarchy =
        new PropositionConflicts(
            input.broader(), input.risk(), input.consequences(), input.interchangeable());
    List<Conflict> conflicts = new ArrayList<>();
    for (PropositionConflicts.Match m : judged.result().matches()) {
      if (!drafted.contains(m.a()) && !drafted.contains(m.b())) {
        continue;
      }
      for (Claim a : byProposition.get(m.a())) {
        for (Claim b : byProposition.get(m.b())) {
          if (!a.article().equals(slug) && !b.article().equals(slug)) {
            continue;
          }
          if (holders.contains(a.attributedTo().iri())
              || holders.contains(b.attributedTo().iri())
              || hierarchy.qualifiesItself(a, b)) {
            continue;
          }
          String rule = m.rule().iri();
          conflicts.add(
              new Conflict(
                  Ids.conflict(rule, a.id(), b.id()),
                  m.severity(),
                  rule,
                  m.rule().label(),
                  a.withGrade(grades.get(a.id())),
                  b.withGrade(grades.get(b.id()))));
        }
      }
    }
    // The stored claims the draft is weighed against keep their stored grades: their scores for
    // every conflict, as read with the claims (from the search index) or else from the grades'
    // indexes; their grades in full only for the page shown.
    Set<String> stored = new LinkedHashSet<>();
    for (Conflict c : conflicts) {
      for (Claim x : List.of(c.a(), c.b())) {
        if (x.grade() == null) {
          stored.add(x.id());
        }
      }
    }
    Map<String, Grades.Score> scores = new HashMap<>();
    Set<String> unread = new LinkedHashSet<>();
    for (String id : stored) {
      Grades.Score known = judged.scores().get(id);
      if (known != null) {
        scores.put(id, known);
      } else {
        unread.add(id);
      }
    }
    if (!unread.isEmpty()) {
      scores.putAll(store.read(link -> Grades.scores(link, queries, unread)));
    }
    java.util.function.Function<Claim, Grades.Score> score =
        x ->
            x.grade() != null
                ? new Grades.Score(x.grade().score(), x.grade().provisional())
                : scores.get(x.id());
    List<Conflict> ranked =
        Conflicts.rank(
            conflicts,
            c -> {
              Grades.Score a = score.apply(c.a());
              Grades.Score b = score.apply(c.b());
              return a == null || b == null ? 0 : Math.abs(a.score() - b.score());
            });
    Page page = shown.apply(ranked.size());
    Set<String> wanted = new LinkedHashSet<>();
    for (Conflict c : page.of(ranked)) {
      for (Claim x : List.of(c.a(), c.b())) {
        if (stored.contains(x.id())) {
          wanted.add(x.id());
        }
      }
    }
    // By their IRIs, from the grades' indexes, without the claims their steps rest on: a pass over
    // the archive's grades, or the provenance of a step agreed with by thousands, would cost what
    // the neighbourhood saved.
    Map<String, Grade> storedGrades = store.read(link -> Grades.summaries(link, queries, wanted));
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Conflict c = ranked.get(i);
      if (i >= page.from() && i < page.to()) {
        c =
            new Conflict(
                c.id(),
                c.severity(),
                c.rule(),
                c.ruleLabel(),
                graded(c.a(), storedGrades),
                graded(c.b(), storedGrades),
                c.dispute());
      }
      findings.add(finding(c, slug, score));
    }
    return new Result(slug, Grades.attach(draft.claims(), grades), findings);
  }

  private static Claim graded(Claim c, Map<String, Grade> stored) {
    Grade g = stored.get(c.id());
    return g == null ? c : c.withGrade(g);
  }

  /**
   * Where the draft stands in {@code c}, from the claims' scores; the reasons when the stronger
   * side's grade is there to give them.
   */
  private static Finding finding(
      Conflict c, String slug, java.util.function.Function<Claim, Grades.Score> score) {
    boolean aDraft = c.a().article().equals(slug);
    boolean bDraft = c.b().article().equals(slug);
    Claim mine = aDraft ? c.a() : c.b();
    Claim theirs = aDraft ? c.b() : c.a();
    double draft = mine.grade().provisional();
    Grades.Score known = score.apply(theirs);
    double other = known == null ? Double.NEGATIVE_INFINITY : known.provisional();
    if (aDraft && bDraft) {
      return new Finding(c, 'A', Standing.SELF, draft, other, "");
    }
    Standing standing =
        other > draft ? Standing.WEAKER : draft > other ? Standing.STRONGER : Standing.EVEN;
    String why =
        switch (standing) {
          case WEAKER -> support(theirs);
          case STRONGER -> support(mine);
          default -> "";
        };
    return new Finding(c, aDraft ? 'A' : 'B', standing, draft, other, why);
  }

  /**
   * What a claim's evidence rests on, in words: the reasons of the factors that raised it; empty
   * when its grade was not read (a finding outside the page shown).
   */
  private static String support(Claim c) {
    if (c.grade() == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Factor f : c.grade().factors()) {
      if (f.step() == 1 || f.delta() > 0) {
        parts.add(f.reason());
      }
    }
    return String.join(" ", parts);
  }
}
