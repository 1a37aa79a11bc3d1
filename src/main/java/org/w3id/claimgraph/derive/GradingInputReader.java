package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.claimgraph.extract.Segmentation;
import org.w3id.claimgraph.extract.Segmenter;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Severity;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.rdf.ClaimRows;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Reads a {@link GradingInput} from a store with the library's queries, so it runs on the embedded
 * store and on any SPARQL 1.1 endpoint alike. Article texts are streamed one at a time: each is
 * read for the sentences of its claims and for the policy's commercial-interest cues, then dropped.
 */
public final class GradingInputReader {
  static final String ARTICLES = "grading-articles";
  static final String AGENTS = "grading-agents";
  static final String HOLDERS = "reported-holders";
  static final String HIERARCHY = "grading-hierarchy";
  static final String RISK = "clinical-risk";
  static final String CONSEQUENCES = "concept-consequences";
  static final String CLOSE_MATCHES = "concept-close-matches";
  static final String TEXTS = "article-texts";

  private GradingInputReader() {}

  public static GradingInput read(RDFLink link, QueryLibrary queries, Policy policy) {
    // One unordered pass, each row made a claim as it comes (no sort, no copy of the rows), then
    // the order of the claims query restored.
    List<Claim> claims = new ArrayList<>();
    Segmenter segmenter = new Segmenter();
    Sparql.forEach(
        link,
        Sparql.unordered(queries.get(QueryLibrary.CLAIMS).query()),
        Map.of(),
        row -> claims.add(ClaimRows.claim(row)));
    claims.sort(ClaimRows.QUERY_ORDER);
    Map<String, List<Claim>> byArticle = byArticle(claims);
    Map<String, String> sentences = new HashMap<>();
    Map<String, String> commerce = new HashMap<>();
    List<Pattern> cues = cues(policy);
    Sparql.forEach(
        link,
        queries.get(TEXTS).query(),
        Map.of(),
        row ->
            readText(
                row,
                byArticle.getOrDefault(Ids.slugOf(row.get("article").getURI()), List.of()),
                segmenter,
                cues,
                sentences,
                commerce));
    return input(link, queries, claims, sentences, commerce, null, null);
  }

  /** The claims about the given conditions, in the order of the claims query. */
  public static List<Claim> claimsAbout(
      RDFLink link, QueryLibrary queries, Set<String> conditions) {
    return claimsWith(link, queries, "conditionIri", conditions);
  }

  /** The claims of the articles {@code articles} (IRIs), in the order of the claims query. */
  public static List<Claim> claimsOf(RDFLink link, QueryLibrary queries, Set<String> articles) {
    return claimsWith(link, queries, "article", articles);
  }

  /** The claims query run with {@code variable} bound to each of {@code iris}, in its order. */
  private static List<Claim> claimsWith(
      RDFLink link, QueryLibrary queries, String variable, Set<String> iris) {
    List<Claim> claims = new ArrayList<>();
    org.apache.jena.query.Query claimsQuery =
        Sparql.unordered(queries.get(QueryLibrary.CLAIMS).query());
    for (String iri : iris) {
      Sparql.forEach(
          link,
          claimsQuery,
          Map.of(variable, org.apache.jena.graph.NodeFactory.createURI(iri)),
          row -> claims.add(ClaimRows.claim(row)));
    }
    claims.sort(ClaimRows.QUERY_ORDER);
    return claims;
  }

  /**
   * The input for grading a region of the archive: its {@code claims}, the sentences of those of
   * them in the articles {@code read} (slugs) and those articles' commercial-interest cues, the
   * articles' facts, the facts of the people its grading asks about (see {@link #input}), the rules
   * and the vocabulary. The texts of other articles are not read: their claims are graded from what
   * is stored of them ({@link Grader.Kept}), or weighed at it ({@link Grader.Pinned}). Every
   * article's facts are read where a sentence read cites something (what a citation resolves
   * against); else those of the region's articles, where {@code sources} (by slug, as the claims'
   * search entries keep them) does not already say what weighing their claims asks.
   */
  public static GradingInput readRegion(
      RDFLink link,
      QueryLibrary queries,
      Policy policy,
      List<Claim> claims,
      Set<String> read,
      Map<String, org.w3id.claimgraph.search.Documents.Source> sources) {
    Map<String, List<Claim>> byArticle = byArticle(claims);
    Map<String, String> sentences = new HashMap<>();
    Map<String, String> commerce = new HashMap<>();
    List<Pattern> cues = cues(policy);
    Segmenter segmenter = new Segmenter();
    org.apache.jena.query.Query texts = queries.get(TEXTS).query();
    for (String slug : new TreeSet<>(read)) {
      Sparql.forEach(
          link,
          texts,
          Map.of("article", org.apache.jena.graph.NodeFactory.createURI(Ids.article(slug))),
          row ->
              readText(
                  row,
                  byArticle.getOrDefault(slug, List.of()),
                  segmenter,
                  cues,
                  sentences,
                  commerce));
    }
    Map<String, GradingInput.ArticleFacts> articles = null;
    if (sentences.values().stream().noneMatch(s -> Citations.cites(policy, s))) {
      Set<String> asked = new TreeSet<>(read);
      for (Claim c : claims) {
        if (!sources.containsKey(c.article())) {
          asked.add(c.article());
        }
      }
      articles = new TreeMap<>(articles(link, queries, commerce, asked));
      for (Claim c : claims) {
        var s = sources.get(c.article());
        if (s != null && !articles.containsKey(c.article())) {
          articles.put(
              c.article(),
              GradingInput.ArticleFacts.weighed(c.article(), s.kind(), s.publisher(), s.author()));
        }
      }
    }
    return input(link, queries, claims, sentences, commerce, read, articles);
  }

  /**
   * The input from the claims and texts read, with the articles' facts {@code known} (every
   * article's where null), and the facts of every person; or, for a region whose articles {@code
   * read} (slugs) are graded in full, of those its grading asks about: the people the claims of
   * those articles are attributed to, their authors (what their source profiles name), and the
   * authors of dated articles (what a citation by author and year resolves against). Of the people
   * the region's other claims are attributed to, whose claims are weighed but not graded from their
   * text, a grading asks only whether they hold a belief their article reports in order to reject
   * it; those that do are given that fact alone.
   */
  private static GradingInput input(
      RDFLink link,
      QueryLibrary queries,
      List<Claim> claims,
      Map<String, String> sentences,
      Map<String, String> commerce,
      Set<String> read,
      Map<String, GradingInput.ArticleFacts> known) {
    Map<String, GradingInput.ArticleFacts> articles =
        known == null ? articles(link, queries, commerce) : known;
    org.apache.jena.query.Query query = queries.get(AGENTS).query();
    Map<String, GradingInput.AgentFacts> agents;
    if (read != null) {
      Set<String> people = new TreeSet<>();
      Map<String, String> others = new HashMap<>();
      for (Claim c : claims) {
        if (read.contains(c.article())) {
          people.add(c.attributedTo().iri());
        } else {
          others.putIfAbsent(c.attributedTo().iri(), c.attributedTo().name());
        }
      }
      for (GradingInput.ArticleFacts a : articles.values()) {
        if (read.contains(a.slug()) || a.date() != null) {
          people.add(a.author());
        }
      }
      List<Node> nodes = people.stream().map(org.apache.jena.graph.NodeFactory::createURI).toList();
      agents = new LinkedHashMap<>();
      for (int i = 0; i < nodes.size(); i += LOOKUPS) {
        List<Node> part = nodes.subList(i, Math.min(nodes.size(), i + LOOKUPS));
        agents.putAll(agents(link, Sparql.values(query, "agent", part)));
      }
      List<Node> weighed =
          others.keySet().stream()
              .filter(iri -> !agents.containsKey(iri))
              .sorted()
              .map(org.apache.jena.graph.NodeFactory::createURI)
              .toList();
      org.apache.jena.query.Query holders = queries.get(HOLDERS).query();
      for (int i = 0; i < weighed.size(); i += LOOKUPS) {
        List<Node> part = weighed.subList(i, Math.min(weighed.size(), i + LOOKUPS));
        for (Binding row : Sparql.select(link, Sparql.values(holders, "agent", part), Map.of())) {
          String iri = row.get("agent").getURI();
          agents.put(
              iri, new GradingInput.AgentFacts(iri, others.get(iri), false, List.of(), true));
        }
      }
    } else {
      agents = agents(link, query);
    }
    return new GradingInput(
        claims,
        sentences,
        articles,
        agents,
        PropositionConflicts.rules(link, queries),
        hierarchy(link, queries),
        risk(link, queries),
        consequences(link, queries),
        interchangeable(link, queries));
  }

  private static Map<String, List<Claim>> byArticle(List<Claim> claims) {
    Map<String, List<Claim>> out = new HashMap<>();
    for (Claim c : claims) {
      out.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  private static List<Pattern> cues(Policy policy) {
    return policy.conflictOfInterest() == null ? List.of() : policy.conflictOfInterest().cues();
  }

  /** One article's text read for its claims' sentences and its commercial-interest cue. */
  private static void readText(
      Binding row,
      List<Claim> of,
      Segmenter segmenter,
      List<Pattern> cues,
      Map<String, String> sentences,
      Map<String, String> commerce) {
    String slug = Ids.slugOf(row.get("article").getURI());
    String text = row.get("text").getLiteralLexicalForm();
    Segmentation segmentation = of.isEmpty() ? null : segmenter.segment(text);
    for (Claim c : of) {
      sentences.put(c.id(), sentence(segmentation, c.span().start(), c.span().end()));
    }
    String cue =
        firstMatch(text, cues, () -> segmentation != null ? segmentation : segmenter.segment(text));
    if (cue != null) {
      commerce.put(slug, cue);
    }
  }

  static Map<String, GradingInput.ArticleFacts> articles(
      RDFLink link, QueryLibrary queries, Map<String, String> commerce) {
    Map<String, GradingInput.ArticleFacts> out = new LinkedHashMap<>();
    for (Binding row : Sparql.select(link, queries.get(ARTICLES).query(), Map.of())) {
      add(out, row, commerce);
    }
    return out;
  }

  /** The facts of the articles {@code slugs}, in the order of their slugs. */
  static Map<String, GradingInput.ArticleFacts> articles(
      RDFLink link, QueryLibrary queries, Map<String, String> commerce, Set<String> slugs) {
    Map<String, GradingInput.ArticleFacts> out = new LinkedHashMap<>();
    List<Node> nodes =
        slugs.stream()
            .sorted()
            .map(s -> org.apache.jena.graph.NodeFactory.createURI(Ids.article(s)))
            .toList();
    org.apache.jena.query.Query query = queries.get(ARTICLES).query();
    for (int i = 0; i < nodes.size(); i += LOOKUPS) {
      List<Node> part = nodes.subList(i, Math.min(nodes.size(), i + LOOKUPS));
      for (Binding row : Sparql.select(link, Sparql.values(query, "article", part), Map.of())) {
        add(out, row, commerce);
      }
    }
    return out;
  }

  private static void add(
      Map<String, GradingInput.ArticleFacts> out, Binding row, Map<String, String> commerce) {
    String slug = Ids.slugOf(row.get("article").getURI());
    Node commercial = row.get("commercial");
    out.put(
        slug,
        new GradingInput.ArticleFacts(
            slug,
            row.get("kind").getURI(),
            text(row, "kindLabel", Ids.slugOf(row.get("kind").getURI())),
            row.get("publisher") == null ? null : row.get("publisher").toString(),
            row.get("author").getURI(),
            commercial == null
                ? null
                : org.w3id.claimgraph.rdf.Terms.bool(commercial.getLiteralLexicalForm()),
            text(row, "commercialEvidence", null),
            commerce.get(slug),
            text(row, "date", null),
            row.get("url") == null
                ? null
                : row.get("url").isURI() ? row.get("url").getURI() : text(row, "url", null)));
  }

  /** How many people or articles one query of a region's looks up. */
  private static final int LOOKUPS = 1_000;

  /**
   * What the archive states of each of the people or authors {@code agents} (IRIs), as a grading of
   * the whole archive reads it; those it says nothing of are absent.
   */
  static Map<String, GradingInput.AgentFacts> agentFacts(
      RDFLink link, QueryLibrary queries, java.util.Collection<String> agents) {
    org.apache.jena.query.Query query = queries.get(AGENTS).query();
    List<Node> nodes =
        new TreeSet<>(agents).stream().map(org.apache.jena.graph.NodeFactory::createURI).toList();
    Map<String, GradingInput.AgentFacts> out = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i += LOOKUPS) {
      List<Node> part = nodes.subList(i, Math.min(nodes.size(), i + LOOKUPS));
      out.putAll(agents(link, Sparql.values(query, "agent", part)));
    }
    return out;
  }

  private static Map<String, GradingInput.AgentFacts> agents(
      RDFLink link, org.apache.jena.query.Query query) {
    // One fact to a row: a name, a label, a class or a credential, in the agents' order.
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    Set<String> unnamed = new HashSet<>();
    Set<String> holders = new HashSet<>();
    Map<String, List<GradingInput.Credential>> credentials = new HashMap<>();
    for (Binding row : Sparql.select(link, query, Map.of())) {
      String iri = row.get("agent").getURI();
      List<GradingInput.Credential> list = credentials.computeIfAbsent(iri, k -> new ArrayList<>());
      // The first name in the rows' order; an agent is known from its first row, named or not.
      names.putIfAbsent(iri, text(row, "name", null));
      String label = text(row, "label", null);
      if (label != null) {
        labels.putIfAbsent(iri, label);
      }
      Node type = row.get("type");
      if (type != null && type.equals(CG.UnnamedAuthor.asNode())) {
        unnamed.add(iri);
      } else if (type != null && type.equals(CG.ReportedHolders.asNode())) {
        holders.add(iri);
      }
      String credential = text(row, "credential", null);
      if (credential != null && !credential.isBlank()) {
        String said = credential.strip();
        // A book and a description often say the same thing: "author of "Orthopedic Massage"".
        if (list.stream().noneMatch(c -> c.text().equalsIgnoreCase(said))) {
          list.add(new GradingInput.Credential(text(row, "kind", "credential"), said));
        }
      }
    }
    Map<String, GradingInput.AgentFacts> out = new LinkedHashMap<>();
    names.forEach(
        (iri, name) ->
            out.put(
                iri,
                new GradingInput.AgentFacts(
                    iri,
                    name != null ? name : labels.getOrDefault(iri, Ids.slugOf(iri)),
                    unnamed.contains(iri),
                    List.copyOf(credentials.get(iri)),
                    holders.contains(iri))));
    return out;
  }

  static Map<String, Set<String>> hierarchy(RDFLink link, QueryLibrary queries) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Binding row : Sparql.select(link, queries.get(HIERARCHY).query(), Map.of())) {
      out.computeIfAbsent(row.get("concept").getURI(), k -> new TreeSet<>())
          .add(row.get("broader").getURI());
    }
    return out;
  }

  /** The clinical risk stated on concepts, by IRI. */
  static Map<String, Severity> risk(RDFLink link, QueryLibrary queries) {
    Map<String, Severity> out = new HashMap<>();
    for (Binding row : Sparql.select(link, queries.get(RISK).query(), Map.of())) {
      out.put(
          row.get("concept").getURI(), Severity.fromCode(row.get("risk").getLiteralLexicalForm()));
    }
    return out;
  }

  /** What each consequence is a consequence of, by IRI. */
  static Map<String, Set<String>> consequences(RDFLink link, QueryLibrary queries) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Binding row : Sparql.select(link, queries.get(CONSEQUENCES).query(), Map.of())) {
      out.computeIfAbsent(row.get("concept").getURI(), k -> new TreeSet<>())
          .add(row.get("of").getURI());
    }
    return out;
  }

  /** The concepts pages use for one another ({@code skos:closeMatch}, either way), by IRI. */
  static Map<String, Set<String>> interchangeable(RDFLink link, QueryLibrary queries) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Binding row : Sparql.select(link, queries.get(CLOSE_MATCHES).query(), Map.of())) {
      String a = row.get("concept").getURI();
      String b = row.get("match").getURI();
      out.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
      out.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
    }
    return out;
  }

  private static String text(Binding row, String var, String otherwise) {
    Node n = row.get(var);
    return n == null || !n.isLiteral() ? otherwise : n.getLiteralLexicalForm();
  }

  /**
   * The sentence of the article's one segmentation (the extractor's, and the search index's) that
   * holds a span given in code points, or the sentences if it runs over several, and a reference in
   * brackets right after it: "… massage (Smith et al., 2019)." or "… massage. [12]".
   */
  static String sentence(Segmentation segmentation, int startCp, int endCp) {
    String text = segmentation.text();
    int n = text.codePointCount(0, text.length());
    int start = text.offsetByCodePoints(0, Math.min(startCp, n));
    int end = text.offsetByCodePoints(0, Math.min(endCp, n));
    int from = start;
    int to = end;
    for (Segmentation.Segment g : segmentation.segments()) {
      if (g.end() > start && g.start() < end) {
        from = Math.min(from, g.start());
        to = Math.max(to, g.end());
      }
    }
    return text.substring(from, withReference(text, to)).strip();
  }

  /** The end of a reference in brackets right after {@code to}, or {@code to}. */
  private static int withReference(String text, int to) {
    int look = to;
    while (look < text.length() && text.charAt(look) == ' ') {
      look++;
    }
    if (look < text.length() && (text.charAt(look) == '(' || text.charAt(look) == '[')) {
      char close = text.charAt(look) == '(' ? ')' : ']';
      int shut = text.indexOf(close, look);
      int line = text.indexOf('\n', look);
      if (shut > 0 && (line < 0 || shut < line) && shut - look < 300) {
        return shut + 1;
      }
    }
    return to;
  }

  /** The sentence of the first match of any pattern, or null. */
  static String firstMatch(
      String text, List<Pattern> patterns, java.util.function.Supplier<Segmentation> segmented) {
    int best = -1;
    int bestEnd = -1;
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      if (m.find() && (best < 0 || m.start() < best)) {
        best = m.start();
        bestEnd = m.end();
      }
    }
    if (best < 0) {
      return null;
    }
    return sentence(segmented.get(), text.codePointCount(0, best), text.codePointCount(0, bestEnd));
  }
}
