package org.w3id.claimgraph.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.Background;
import org.w3id.claimgraph.derive.Conflicts;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.model.SourceProfile;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.SourceProfiles;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.review.Review;
import org.w3id.claimgraph.review.Reviews;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Builds audit reports from a store: reads the claims with their grades, the conflicts and the
 * source profiles once, then each article's details and text.
 */
public final class Audits {
  public static final String DETAILS = "article-details";
  public static final String TEXTS = "article-texts";
  public static final String ORPHANS = "orphans";

  /** The GRADE certainties, best first: the order of every summary. */
  public static final List<String> GRADES = List.of("High", "Moderate", "Low", "Very low");

  private final Store store;
  private final QueryLibrary queries;
  private final Map<String, List<Claim>> claims = new LinkedHashMap<>();
  private final List<Conflict> conflicts;
  private final int shown;

  /** For one article: every pair it takes part in, and the first of them read in full. */
  private List<Conflicts.Pair> pairsOfOne;

  private List<Conflict> shownOfOne;
  private final java.util.Set<String> dismissed;
  private List<Dispute> disputes;
  private final Map<String, SourceProfile> profiles;
  private final Map<String, Audit.ArticleInfo> articles = new LinkedHashMap<>();
  private final Map<String, Review> reviews;
  private final Map<String, List<Audit.Orphan>> orphans = new LinkedHashMap<>();
  private final Map<String, String> texts = new HashMap<>();

  /** Every article's audit: what {@code report --all} and the exports read. */
  public Audits(Store store, QueryLibrary queries) {
    this(store, queries, null, Integer.MAX_VALUE);
  }

  /**
   * Every article's audit, each page showing the first {@code shown} conflicting pairs of its
   * claims.
   */
  public Audits(Store store, QueryLibrary queries, int shown) {
    this(store, queries, null, shown);
  }

  /**
   * The audits of every article ({@code slug} null) or of one. One article's reads only what its
   * page shows: its claims, its profile, details and orphans, each looked up by the article; the
   * conflicting pairs it takes part in, ranked from their claims' scores and positions alone; and
   * the first {@code shown} of them with the claims on their other sides in full. So it costs the
   * same however large the store, and a few index reads a pair beyond those shown.
   */
  private Audits(Store store, QueryLibrary queries, String slug, int shown) {
    if (shown < 1) {
      throw new IllegalArgumentException("a page shows at least one conflict, not " + shown);
    }
    this.store = store;
    this.queries = queries;
    this.shown = shown;
    Map<String, Node> inputs =
        slug == null ? Map.of() : Map.of("article", NodeFactory.createURI(Ids.article(slug)));
    // The reads do not depend on one another, so they run side by side: a server answers them at
    // once rather than one after another, and the embedded store reads on every core.
    ExecutorService pool = Background.pool("audit-reader", READERS);
    try {
      Future<List<Claim>> read =
          pool.submit(
              () ->
                  slug == null
                      ? Claims.all(store, queries)
                      : Claims.ofArticle(store, queries, slug));
      Future<Map<String, Review>> latest = pool.submit(() -> Reviews.latest(store, queries));
      Future<List<Conflict>> pairs =
          slug == null ? pool.submit(() -> Conflicts.list(store, queries)) : null;
      Future<List<Conflicts.Pair>> pairsOfArticle =
          slug == null ? null : pool.submit(() -> Conflicts.pairsOfArticle(store, queries, slug));
      Future<Map<String, SourceProfile>> profiled =
          pool.submit(
              () ->
                  slug == null
                      ? SourceProfiles.all(store, queries)
                      : java.util.Collections.singletonMap(
                          slug, SourceProfiles.of(store, queries, slug)));
      Future<List<Binding>> orphaned =
          pool.submit(
              () -> store.read(link -> Sparql.select(link, queries.get(ORPHANS).query(), inputs)));
      Future<List<Binding>> details =
          pool.submit(
              () -> store.read(link -> Sparql.select(link, queries.get(DETAILS).query(), inputs)));
      Future<String> text = slug == null ? null : pool.submit(() -> text(slug));

      for (Claim c : Background.get(read)) {
        claims.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
      }
      this.reviews = Background.get(latest);
      // A dispute a reviewer dismissed is not in the report, as it is not in `conflicts`.
      java.util.Set<String> dismissed = Reviews.dismissed(reviews);
      this.dismissed = dismissed;
      if (slug == null) {
        this.conflicts =
            Background.get(pairs).stream().filter(c -> !dismissed.contains(c.dispute())).toList();
      } else {
        pairsOfOne =
            Background.get(pairsOfArticle).stream()
                .filter(p -> !dismissed.contains(p.dispute()))
                .toList();
        shownOfOne = Conflicts.firstOf(store, queries, pairsOfOne, shown);
        this.conflicts = shownOfOne;
      }
      this.profiles = Background.get(profiled);
      for (Binding row : Background.get(orphaned)) {
        orphans
            .computeIfAbsent(Ids.slugOf(row.get("article").getURI()), k -> new ArrayList<>())
            .add(
                new Audit.Orphan(
                    org.w3id.claimgraph.rdf.ClaimRows.summary(row),
                    text(row, "quote"),
                    Integer.parseInt(text(row, "start")),
                    Integer.parseInt(text(row, "end"))));
      }
      for (Binding row : Background.get(details)) {
        Audit.ArticleInfo info = info(row);
        articles.put(info.slug(), info);
      }
      if (text != null && articles.containsKey(slug)) {
        texts.put(slug, Background.get(text));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The reads one audit runs at once. */
  private static final int READERS = 4;

  /** An article's text, or null when the store holds none. */
  private String text(String slug) {
    Node article = NodeFactory.createURI(Ids.article(slug));
    List<Binding> rows =
        store.read(
            link -> Sparql.select(link, queries.get(TEXTS).query(), Map.of("article", article)));
    return rows.isEmpty() ? null : rows.get(0).get("text").getLiteralLexicalForm();
  }

  /**
   * The audit of one article alone, or null when the store has no such article.
   *
   * @see #Audits(Store, QueryLibrary, String)
   */
  public static Audits ofArticle(Store store, QueryLibrary queries, String slug) {
    return ofArticle(store, queries, slug, Integer.MAX_VALUE);
  }

  /**
   * The audit of one article alone, its page showing the first {@code shown} conflicting pairs of
   * its claims; null when the store has no such article.
   */
  public static Audits ofArticle(Store store, QueryLibrary queries, String slug, int shown) {
    Audits audits = new Audits(store, queries, slug, shown);
    return audits.has(slug) ? audits : null;
  }

  /** The slugs of every article, in order. */
  public List<String> slugs() {
    return List.copyOf(articles.keySet());
  }

  public boolean has(String slug) {
    return articles.containsKey(slug);
  }

  /**
   * Every conflict in the store, ranked; for one article, the first of those it takes part in that
   * its page shows.
   */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /**
   * Every dispute in the store, ranked: the counts {@code claimgraph conflicts} gives. Read when
   * first asked for, since only the overview shows them.
   */
  public List<Dispute> disputes() {
    if (disputes == null) {
      disputes =
          Conflicts.page(store, queries, 0, Integer.MAX_VALUE, id -> !dismissed.contains(id))
              .page();
    }
    return disputes;
  }

  public Audit.ArticleInfo info(String slug) {
    return articles.get(slug);
  }

  /** The claims of one article, in text order. */
  public List<Claim> claims(String slug) {
    return claims.getOrDefault(slug, List.of());
  }

  /** The audit of one article. */
  public Audit of(String slug) {
    Audit.ArticleInfo info = articles.get(slug);
    if (info == null) {
      throw new IllegalArgumentException("no article " + slug);
    }
    String text = texts.containsKey(slug) ? texts.get(slug) : text(slug);
    if (text == null) {
      throw new IllegalStateException("the store holds no text of the article " + slug);
    }
    List<Claim> mine = claims(slug);
    List<Conflict> theirs;
    List<Conflicts.Pair> pairs;
    if (pairsOfOne != null) {
      theirs = shownOfOne;
      pairs = pairsOfOne;
    } else {
      List<Conflict> page = new ArrayList<>();
      for (Conflict c : conflicts) {
        if (c.a().article().equals(slug) || c.b().article().equals(slug)) {
          page.add(c);
        }
      }
      // Ranked among themselves (reach counted on this page), so an article's page is the same
      // whether it was read alone or with every other article.
      List<Conflict> ranked = Conflicts.rank(page);
      pairs = ranked.stream().map(Conflicts::pair).toList();
      theirs = ranked.subList(0, Math.min(shown, ranked.size()));
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Conflicts.Pair p : pairs) {
      counts.merge(p.claimA(), 1, Integer::sum);
      counts.merge(p.claimB(), 1, Integer::sum);
    }
    SourceProfile profile = profiles.get(slug);
    java.util.Set<String> about = new java.util.HashSet<>();
    mine.forEach(c -> about.add(c.id()));
    theirs.forEach(c -> about.add(c.dispute()));
    List<Review> reviewed =
        reviews.values().stream()
            .filter(r -> about.contains(r.target()))
            .sorted(java.util.Comparator.comparing(Review::created))
            .toList();
    return new Audit(
        info,
        profile,
        text,
        mine,
        theirs,
        Map.copyOf(counts),
        summary(mine, pairs),
        EditorActions.of(mine, theirs, profile, slug),
        reviewed,
        orphans.getOrDefault(slug, List.of()));
  }

  static Audit.Summary summary(List<Claim> claims, List<Conflicts.Pair> conflicts) {
    Map<String, Integer> byGrade = new LinkedHashMap<>();
    GRADES.forEach(g -> byGrade.put(g, 0));
    Map<String, Integer> byVerdict = new LinkedHashMap<>();
    int strong = 0;
    for (Claim c : claims) {
      Grade g = c.grade();
      if (g == null) {
        continue;
      }
      byGrade.merge(g.certainty(), 1, Integer::sum);
      byVerdict.merge(g.verdict(), 1, Integer::sum);
      boolean bare = g.factors().stream().anyMatch(f -> f.code().equals("unsupported"));
      boolean over =
          g.factors().stream().map(Factor::code).anyMatch(code -> code.equals("overstatement"));
      if (bare && (over || c.certainty() == org.w3id.claimgraph.model.Certainty.STRONG)) {
        strong++;
      }
    }
    Map<String, Integer> bySeverity = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      bySeverity.put(s.code(), 0);
    }
    int within = 0;
    for (Conflicts.Pair c : conflicts) {
      bySeverity.merge(c.severity().code(), 1, Integer::sum);
      within += c.withinArticle() ? 1 : 0;
    }
    return new Audit.Summary(byGrade, byVerdict, strong, bySeverity, within);
  }

  private static Audit.ArticleInfo info(Binding row) {
    return new Audit.ArticleInfo(
        Ids.slugOf(row.get("article").getURI()),
        text(row, "title"),
        text(row, "url"),
        text(row, "date"),
        text(row, "publisherName"),
        text(row, "authorName"),
        text(row, "kindLabel"),
        text(row, "reason"),
        text(row, "origin"));
  }

  private static String text(Binding row, String var) {
    Node n = row.get(var);
    if (n == null) {
      return null;
    }
    return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }
}
