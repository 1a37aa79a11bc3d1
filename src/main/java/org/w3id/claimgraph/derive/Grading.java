package org.w3id.claimgraph.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.query.Claims;
import org.w3id.claimgraph.query.Grades;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.rdf.ClaimRows;
import org.w3id.claimgraph.rdf.Terms;
import org.w3id.claimgraph.search.Documents;
import org.w3id.claimgraph.search.Indexer;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.GraphRewriter;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.validate.ShapeValidator;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Grades the whole graph: reads the policy and every claim, article, person and conflict, grades
 * them, and checks the result against the shapes. Called inside the write transaction of a build or
 * an ingest, after the conflicts are derived, so grades always reflect the graph they are stored
 * with.
 */
public final class Grading {
  /** The name of the policy file in {@code ontology/}, and so of its graph. */
  public static final String POLICY = "grading-policy";

  /** The IRI of the policy the build applies. */
  public static final String POLICY_IRI = PolicyReader.DEFAULT_POLICY;

  /** The named graph of the policy. */
  public static final String POLICY_GRAPH = Ids.ontologyGraph(POLICY);

  /** The named graph of the ontology, where the scales' labels are. */
  public static final String ONTOLOGY_GRAPH = Ids.ontologyGraph("claimgraph");

  private Grading() {}

  /** The policy stored in {@code dataset}. */
  public static Policy policy(DatasetGraph dataset) {
    return PolicyReader.read(policyGraph(dataset), "graph <" + POLICY_GRAPH + ">");
  }

  /**
   * What a derivation found.
   *
   * @param disputes how many propositions are in conflict
   * @param pairs how many claim pairs those conflicts stand for
   * @param claims every claim, in the order of the claims query, without grades
   * @param grades every claim's grade, by claim IRI
   * @param regraded the claims whose stored grade changed (new claims included)
   * @param written triples added to and removed from the two graphs
   * @param articles the claims' articles as grading weighed them, by slug
   */
  public record Derived(
      int disputes,
      long pairs,
      List<Claim> claims,
      Map<String, Grade> grades,
      Set<String> regraded,
      long written,
      Map<String, GradingInput.ArticleFacts> articles) {}

  /** Claims whose grades are written, and checked against the shapes, as one piece. */
  static final int PIECE = 20_000;

  /** Triples of the conflicts graph compared with the stored ones as one piece. */
  static final int CONFLICT_PIECE = 100_000;

  /**
   * Derives the conflicts and the grades of {@code dataset} and brings the graphs {@code conflicts}
   * and {@code grades} (named graphs of the same dataset) to them, writing only the triples that
   * differ; call inside a write transaction. The grades are written, and checked against the
   * shapes, a piece at a time, so neither graph is ever whole in memory. Fails, leaving the
   * transaction to be aborted, if a piece violates the shapes.
   */
  public static Derived derive(
      DatasetGraph dataset, QueryLibrary queries, Graph conflicts, Graph grades) {
    Policy policy = policy(dataset);
    GradingInput input = GradingInputReader.read(RDFLinkFactory.connect(dataset), queries, policy);
    Grader.Result result = Grader.grade(input, policy);
    Graph shapes = dataset.getGraph(NodeFactory.createURI(Ids.ontologyGraph("shapes")));
    ShapeValidator validator = new ShapeValidator(shapes);
    // The lines, each once, first; then every piece is checked with the lines its grades link to.
    Graph policyGraph = policyGraph(dataset);
    GradeWriter.LineIris iris = new GradeWriter.LineIris(policy);
    Graph lines = GradeWriter.lines(result, policy, iris);
    check(validator, policyGraph, lines);
    GraphRewriter gradeWriter = new GraphRewriter(grades);
    gradeWriter.put(lines);
    Set<String> regraded = new HashSet<>();
    GradeWriter.write(
        result,
        policy,
        iris,
        PIECE,
        piece -> {
          check(validator, policyGraph, withLines(piece, lines));
          for (Node s : gradeWriter.put(piece)) {
            String claim = s.isURI() ? withoutFragment(s.getURI()) : null;
            if (claim != null && result.grades().containsKey(claim)) {
              regraded.add(claim);
            }
          }
        });
    gradeWriter.finish(
        List.of(
            Triple.create(Node.ANY, CG.grade.asNode(), Node.ANY),
            Triple.create(Node.ANY, CG.sourceProfile.asNode(), Node.ANY),
            Triple.create(Node.ANY, RDF.type.asNode(), Node.ANY)));
    GraphRewriter conflictWriter = new GraphRewriter(conflicts);
    Graph[] piece = {GraphFactory.createDefaultGraph()};
    Node[] last = {null};
    ConflictWriter.write(
        input.claims(),
        result.disputes(),
        t -> {
          if (piece[0].size() >= CONFLICT_PIECE && !t.getSubject().equals(last[0])) {
            conflictWriter.put(piece[0]);
            piece[0] = GraphFactory.createDefaultGraph();
          }
          piece[0].add(t);
          last[0] = t.getSubject();
        });
    conflictWriter.put(piece[0]);
    conflictWriter.finish(
        List.of(
            Triple.create(Node.ANY, CG.proposition.asNode(), Node.ANY),
            Triple.create(Node.ANY, RDF.type.asNode(), Node.ANY)));
    long pairs = 0;
    for (Dispute d : result.disputes()) {
      pairs += d.pairs();
    }
    return new Derived(
        result.disputes().size(),
        pairs,
        input.claims(),
        result.grades(),
        regraded,
        gradeWriter.added()
            + gradeWriter.removed()
            + conflictWriter.added()
            + conflictWriter.removed(),
        input.articles());
  }

  /** {@code iri} without its fragment. */
  static String withoutFragment(String iri) {
    int hash = iri.indexOf('#');
    return hash < 0 ? iri : iri.substring(0, hash);
  }

  /** The query that fetches one named graph, by SPARQL, so any endpoint can answer it. */
  public static final String GRAPH_QUERY = "graph";

  /** The policy of the store {@code link} reads. */
  public static Policy policy(RDFLink link, QueryLibrary queries) {
    Graph both = GraphFactory.createDefaultGraph();
    fetch(link, queries, ONTOLOGY_GRAPH).find().forEachRemaining(both::add);
    fetch(link, queries, POLICY_GRAPH).find().forEachRemaining(both::add);
    return PolicyReader.read(both, "graph <" + POLICY_GRAPH + ">");
  }

  /** A named graph of the store, read with a CONSTRUCT query. */
  public static Graph fetch(RDFLink link, QueryLibrary queries, String graph) {
    return Sparql.graph(
        link, queries.get(GRAPH_QUERY).query(), Map.of("g", NodeFactory.createURI(graph)));
  }

  /**
   * What grading read, and what it found; with the stored scores of the claims it was weighed
   * against where it read them with the claims (from the search index), else none.
   */
  public record Judged(GradingInput input, Grader.Result result, Map<String, Grades.Score> scores) {
    public Judged(GradingInput input, Grader.Result result) {
      this(input, result, Map.of());
    }
  }

  /**
   * Grades the store as if {@code article} (an article's graph, not stored) were in it, and finds
   * the conflicts its claims raise: what a draft would have once ingested, reading and grading the
   * whole store. The reference {@link #gradeNear} is held to. Nothing is written.
   *
   * @param slug the article's slug
   */
  public static Judged gradeWith(Store store, QueryLibrary queries, String slug, Graph article) {
    return store.read(
        link -> {
          Policy policy = policy(link, queries);
          GradingInput stored = GradingInputReader.read(link, queries, policy);
          DatasetGraph draft = DatasetGraphFactory.create();
          for (String g : List.of(ONTOLOGY_GRAPH, Ids.CONCEPTS_GRAPH, POLICY_GRAPH)) {
            draft.addGraph(NodeFactory.createURI(g), fetch(link, queries, g));
          }
          draft.addGraph(NodeFactory.createURI(Ids.articleGraph(slug)), article);
          org.w3id.claimgraph.rdf.UnreviewedConcepts.sync(draft);
          GradingInput added;
          try (RDFLink local = RDFLinkFactory.connect(draft)) {
            added = GradingInputReader.read(local, queries, policy);
          }
          GradingInput merged = merge(stored, added);
          return new Judged(merged, Grader.grade(merged, policy));
        });
  }

  /** The query that reads the stored claims that make one proposition, with their strengths. */
  public static final String NEIGHBOURHOOD = "neighbourhood";

  /** The query that finds the stored propositions about one condition. */
  public static final String NEIGHBOURHOOD_PROPOSITIONS = "neighbourhood-propositions";

  /**
   * Grades {@code article} (a draft's graph, not stored) against its neighbourhood in the store
   * rather than the whole archive: the stored claims about the draft's conditions, and every
   * broader or narrower one, whose interventions are the draft's or broader or narrower, read by
   * condition from the store's indexes. They are weighed at their stored strength (score before
   * disputes, and without agreement), not graded again; no article text is read. Nothing is
   * written.
   *
   * @param slug the draft's slug
   */
  public static Judged gradeNear(Store store, QueryLibrary queries, String slug, Graph article) {
    return gradeNear(store, queries, slug, article, PART, null);
  }

  /**
   * As {@link #gradeNear(Store, QueryLibrary, String, Graph)}, with the neighbourhood's claims read
   * from the entries of {@code index} (the search index beside the store, current with it) rather
   * than from the store: a few stored fields a claim instead of a score of index reads. Null reads
   * them from the store (a SPARQL server has no such index).
   */
  public static Judged gradeNear(
      Store store, QueryLibrary queries, String slug, Graph article, SearchIndex index) {
    return gradeNear(store, queries, slug, article, PART, index);
  }

  /**
   * As {@link #gradeNear(Store, QueryLibrary, String, Graph)}, reading the neighbourhood on as many
   * cores as it has {@code part} claims for (up to the number of cores).
   */
  public static Judged gradeNear(
      Store store, QueryLibrary queries, String slug, Graph article, long part) {
    return gradeNear(store, queries, slug, article, part, null);
  }

  private static Judged gradeNear(
      Store store, QueryLibrary queries, String slug, Graph article, long part, SearchIndex index) {
    return store.read(
        link -> {
          // Each graph the grading needs read once; the policy is read from two of them.
          DatasetGraph draft = DatasetGraphFactory.create();
          for (String g :
              List.of(
                  ONTOLOGY_GRAPH,
                  Ids.CONCEPTS_GRAPH,
                  POLICY_GRAPH,
                  Ids.ontologyGraph(PropositionConflicts.RULES))) {
            draft.addGraph(NodeFactory.createURI(g), fetch(link, queries, g));
          }
          Policy policy = policy(draft);
          draft.addGraph(NodeFactory.createURI(Ids.articleGraph(slug)), article);
          org.w3id.claimgraph.rdf.UnreviewedConcepts.sync(draft);
          GradingInput added;
          try (RDFLink local = RDFLinkFactory.connect(draft)) {
            added = GradingInputReader.read(local, queries, policy);
          }
          PropositionConflicts hierarchy =
              new PropositionConflicts(
                  added.broader(), added.risk(), added.consequences(), added.interchangeable());
          Set<String> interventions = new java.util.TreeSet<>();
          Set<String> conditions = new java.util.TreeSet<>();
          for (Claim c : added.claims()) {
            interventions.addAll(hierarchy.related(c.intervention().iri()));
            conditions.addAll(hierarchy.related(c.condition().iri()));
          }
          List<Claim> claims = new ArrayList<>(added.claims());
          Map<String, GradingInput.ArticleFacts> articles = new LinkedHashMap<>(added.articles());
          Map<String, Grader.Pinned> pinned = new HashMap<>();
          Map<String, Grades.Score> scores = new HashMap<>();
          List<Neighbour> near =
              neighbours(
                  store,
                  link,
                  queries,
                  interventions,
                  conditions,
                  part,
                  candidates -> weighed(added, hierarchy, candidates),
                  index);
          for (Neighbour n : near) {
            Claim c = n.claim();
            if (c.article().equals(slug)
                || !interventions.contains(c.intervention().iri())
                || pinned.containsKey(c.id())) {
              continue;
            }
            pinned.put(c.id(), new Grader.Pinned(n.provisional(), n.provisional() - n.consensus()));
            if (n.score() != null) {
              scores.put(c.id(), new Grades.Score(n.score(), n.provisional()));
            }
            claims.add(c);
            articles.computeIfAbsent(
                c.article(),
                a -> GradingInput.ArticleFacts.weighed(a, n.kind(), n.publisher(), n.author()));
          }
          GradingInput neighbourhood =
              new GradingInput(
                  claims,
                  added.sentences(),
                  articles,
                  added.agents(),
                  added.rules(),
                  added.broader(),
                  added.risk(),
                  added.consequences(),
                  added.interchangeable());
          return new Judged(neighbourhood, Grader.grade(neighbourhood, policy, pinned), scores);
        });
  }

  /**
   * Of {@code candidates} (stored propositions about related concepts), those whose claims a
   * grading of {@code added}'s claims weighs: those that agree with one of its propositions (the
   * same relation and polarity, interventions and conditions each the same or one broader than the
   * other: its agreement, and how many sources stand on its side), those that conflict with one of
   * them, and those that agree with one of those (how many sources stand on the other side).
   */
  static Set<String> weighed(
      GradingInput added, PropositionConflicts hierarchy, Map<String, Proposition> candidates) {
    // The draft's propositions, and the candidates by their stored IRIs, told apart by identity.
    Map<String, Proposition> all = new LinkedHashMap<>(candidates);
    Set<Proposition> drafted =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Claim c : added.claims()) {
      Proposition p = Proposition.of(c);
      all.put(p.iri(), p);
      drafted.add(p);
    }
    Map<Proposition, String> stored = new java.util.IdentityHashMap<>();
    candidates.forEach((iri, p) -> stored.put(p, iri));
    Set<String> out = new java.util.TreeSet<>();
    Set<Proposition> sides = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    sides.addAll(drafted);
    for (PropositionConflicts.Match m :
        hierarchy.derive(all.values(), added.rules(), drafted::contains)) {
      for (Proposition[] pair : new Proposition[][] {{m.a(), m.b()}, {m.b(), m.a()}}) {
        if (drafted.contains(pair[0]) && stored.containsKey(pair[1])) {
          out.add(stored.get(pair[1]));
          sides.add(pair[1]);
        }
      }
    }
    // Candidates by relation and polarity, the first two things agreement asks.
    Map<String, Map<String, Proposition>> byStatement = new HashMap<>();
    candidates.forEach(
        (iri, p) ->
            byStatement
                .computeIfAbsent(p.relation() + " " + p.negated(), k -> new LinkedHashMap<>())
                .put(iri, p));
    for (Proposition side : sides) {
      byStatement
          .getOrDefault(side.relation() + " " + side.negated(), Map.of())
          .forEach(
              (iri, p) -> {
                if (hierarchy.agree(side, p)) {
                  out.add(iri);
                }
              });
    }
    return out;
  }

  /**
   * The stored claims about {@code conditions} and {@code interventions}, as rows of {@link
   * #NEIGHBOURHOOD} in its order: the propositions about those conditions first, kept where their
   * intervention is one of those and {@code weighed} keeps them (given them by IRI), then the
   * claims that make them, by their IRIs. Asking for the claims by condition and intervention at
   * once would read every claim about each condition once for each intervention. Where there are
   * many, the propositions are read in parts of about as many claims, one on each core, each in a
   * read transaction of its own.
   */
  private static List<Neighbour> neighbours(
      Store store,
      RDFLink link,
      QueryLibrary queries,
      Set<String> interventions,
      Set<String> conditions,
      long least,
      java.util.function.Function<Map<String, Proposition>, Set<String>> weighed,
      SearchIndex index) {
    if (conditions.isEmpty()) {
      return List.of();
    }
    Map<Node, Long> related = new LinkedHashMap<>();
    Map<String, Proposition> candidates = new LinkedHashMap<>();
    for (Binding row : propositionsAbout(store, link, queries, conditions)) {
      if (interventions.contains(row.get("intervention").getURI())) {
        Node node = row.get("proposition");
        related.put(node, Long.parseLong(row.get("claims").getLiteralLexicalForm()));
        // Labels play no part in which propositions agree or conflict.
        candidates.put(
            node.getURI(),
            new Proposition(
                new ConceptRef(row.get("intervention").getURI(), ""),
                Relation.fromCode(row.get("relation").getLiteralLexicalForm()),
                Terms.bool(row.get("negated").getLiteralLexicalForm()),
                new ConceptRef(row.get("condition").getURI(), ""),
                Terms.bool(row.get("conditional").getLiteralLexicalForm())));
      }
    }
    Set<String> kept = weighed.apply(candidates);
    Map<Node, Long> propositions = new LinkedHashMap<>();
    related.forEach(
        (node, claims) -> {
          if (kept.contains(node.getURI())) {
            propositions.put(node, claims);
          }
        });
    if (index != null) {
      return fromIndex(link, queries, index, propositions.keySet());
    }
    long claims = propositions.values().stream().mapToLong(Long::longValue).sum();
    int parts =
        (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), claims / least));
    List<List<Node>> split = split(propositions, parts);
    Query query = queries.get(NEIGHBOURHOOD).query();
    if (split.isEmpty()) {
      return List.of();
    }
    if (split.size() == 1) {
      return neighbours(claimsOf(link, query, split.get(0)));
    }
    java.util.concurrent.ExecutorService pool =
        org.w3id.claimgraph.Background.pool("neighbourhood-reader", split.size() - 1);
    try {
      List<java.util.concurrent.Future<List<Binding>>> rest = new ArrayList<>();
      for (List<Node> part : split.subList(1, split.size())) {
        rest.add(pool.submit(() -> store.read(l -> claimsOf(l, query, part))));
      }
      List<Binding> rows = new ArrayList<>(claimsOf(link, query, split.get(0)));
      rest.forEach(f -> rows.addAll(org.w3id.claimgraph.Background.get(f)));
      rows.sort(NEIGHBOURHOOD_ORDER);
      return neighbours(rows);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The rows of {@link #NEIGHBOURHOOD_PROPOSITIONS} for {@code conditions}, in its order (by
   * proposition): with more than one condition, those of each half read on a core of its own, in a
   * read transaction of its own (a proposition has one condition, so the halves do not meet).
   */
  private static List<Binding> propositionsAbout(
      Store store, RDFLink link, QueryLibrary queries, Set<String> conditions) {
    Query query = queries.get(NEIGHBOURHOOD_PROPOSITIONS).query();
    List<Node> all = conditions.stream().map(NodeFactory::createURI).toList();
    if (all.size() < 2 || Runtime.getRuntime().availableProcessors() < 2) {
      return Sparql.select(link, Sparql.values(query, "condition", all), Map.of());
    }
    List<Node> first = all.subList(0, all.size() / 2);
    List<Node> second = all.subList(all.size() / 2, all.size());
    java.util.concurrent.ExecutorService pool =
        org.w3id.claimgraph.Background.pool("neighbourhood-reader", 1);
    try {
      java.util.concurrent.Future<List<Binding>> other =
          pool.submit(
              () ->
                  store.read(
                      l -> Sparql.select(l, Sparql.values(query, "condition", second), Map.of())));
      List<Binding> rows =
          new ArrayList<>(Sparql.select(link, Sparql.values(query, "condition", first), Map.of()));
      rows.addAll(org.w3id.claimgraph.Background.get(other));
      rows.sort(java.util.Comparator.comparing((Binding b) -> b.get("proposition").getURI()));
      return rows;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A stored claim a draft is weighed against: the claim, its score (null where not read), its
   * score before disputes and the part of it agreement gave, and its article's kind of source,
   * publisher (null if none) and author.
   */
  record Neighbour(
      Claim claim,
      Double score,
      double provisional,
      double consensus,
      String kind,
      String publisher,
      String author) {}

  /** The neighbours rows of {@link #NEIGHBOURHOOD} stand for, in their order. */
  private static List<Neighbour> neighbours(List<Binding> rows) {
    List<Neighbour> out = new ArrayList<>(rows.size());
    for (Binding row : rows) {
      out.add(
          new Neighbour(
              org.w3id.claimgraph.rdf.ClaimRows.claim(row),
              null,
              number(row, "provisional"),
              row.get("consensus") == null ? 0 : number(row, "consensus"),
              row.get("kind").getURI(),
              row.get("publisher") == null ? null : row.get("publisher").toString(),
              row.get("author").getURI()));
    }
    return out;
  }

  /**
   * The claims that make {@code propositions}, from their entries in {@code index}, each with its
   * article as a source from its entry, or looked up in the store by IRI ({@link
   * Indexer#ARTICLE_SOURCES}) where the entry lacks it; a claim whose article is no source (no kind
   * or author) is left out, as {@link #NEIGHBOURHOOD} leaves it out. In the order of {@link
   * #NEIGHBOURHOOD}.
   */
  private static List<Neighbour> fromIndex(
      RDFLink link, QueryLibrary queries, SearchIndex index, Set<Node> propositions) {
    List<Documents.Entry> entries =
        index.claimsMaking(propositions.stream().map(Node::getURI).toList());
    Set<String> unknown = new java.util.TreeSet<>();
    for (Documents.Entry e : entries) {
      if (e.source() == null) {
        unknown.add(Ids.article(e.claim().article()));
      }
    }
    Map<String, Documents.Source> sources = new HashMap<>();
    for (Binding row :
        Claims.lookUp(link, queries.get(Indexer.ARTICLE_SOURCES).query(), "article", unknown)) {
      sources.putIfAbsent(Ids.slugOf(row.get("article").getURI()), Indexer.source(row));
    }
    List<Neighbour> out = new ArrayList<>(entries.size());
    for (Documents.Entry e : entries) {
      Documents.Source source = e.source() != null ? e.source() : sources.get(e.claim().article());
      if (source != null) {
        out.add(
            new Neighbour(
                e.claim(),
                e.score(),
                e.provisional(),
                e.consensus(),
                source.kind(),
                source.publisher(),
                source.author()));
      }
    }
    // An article's IRI is a fixed prefix and its slug: ordered by slug, as the query orders IRIs.
    out.sort(java.util.Comparator.comparing((Neighbour n) -> n.claim(), ClaimRows.QUERY_ORDER));
    return out;
  }

  /** The rows of the neighbourhood query for the claims that make {@code propositions}. */
  private static List<Binding> claimsOf(RDFLink link, Query query, List<Node> propositions) {
    return Sparql.select(link, Sparql.values(query, "proposition", propositions), Map.of());
  }

  /** The least number of claims worth a core of its own when a neighbourhood is read. */
  public static final long PART = 2_000;

  /** The order of {@link #NEIGHBOURHOOD}: {@code ORDER BY ?article ?start ?end ?claim}. */
  private static final java.util.Comparator<Binding> NEIGHBOURHOOD_ORDER =
      java.util.Comparator.comparing((Binding b) -> b.get("article").getURI())
          .thenComparingLong(b -> Long.parseLong(b.get("start").getLiteralLexicalForm()))
          .thenComparingLong(b -> Long.parseLong(b.get("end").getLiteralLexicalForm()))
          .thenComparing(b -> b.get("claim").getURI());

  /**
   * {@code weights}' keys in at most {@code parts} runs of consecutive keys, each of about the same
   * total weight.
   */
  static <K> List<List<K>> split(Map<K, Long> weights, int parts) {
    long total = weights.values().stream().mapToLong(Long::longValue).sum();
    List<List<K>> out = new ArrayList<>();
    List<K> current = new ArrayList<>();
    long done = 0;
    for (Map.Entry<K, Long> e : weights.entrySet()) {
      current.add(e.getKey());
      done += e.getValue();
      if (out.size() < parts - 1 && done * parts >= total * (out.size() + 1)) {
        out.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static double number(Binding row, String var) {
    return Double.parseDouble(row.get(var).getLiteralLexicalForm());
  }

  private static GradingInput merge(GradingInput a, GradingInput b) {
    List<Claim> claims = new ArrayList<>(a.claims());
    claims.addAll(b.claims());
    Map<String, String> sentences = new HashMap<>(a.sentences());
    sentences.putAll(b.sentences());
    Map<String, GradingInput.ArticleFacts> articles = new LinkedHashMap<>(a.articles());
    articles.putAll(b.articles());
    Map<String, GradingInput.AgentFacts> agents = new LinkedHashMap<>(a.agents());
    b.agents().forEach(agents::putIfAbsent);
    return new GradingInput(
        claims,
        sentences,
        articles,
        agents,
        a.rules(),
        a.broader(),
        a.risk(),
        a.consequences(),
        a.interchangeable());
  }

  static Graph policyGraph(DatasetGraph dataset) {
    Graph both = GraphFactory.createDefaultGraph();
    dataset.getGraph(NodeFactory.createURI(ONTOLOGY_GRAPH)).find().forEachRemaining(both::add);
    dataset.getGraph(NodeFactory.createURI(POLICY_GRAPH)).find().forEachRemaining(both::add);
    return both;
  }

  /** {@code piece} with the triples of the lines its grades link to. */
  private static Graph withLines(Graph piece, Graph lines) {
    Graph out = GraphFactory.createDefaultGraph();
    piece.find().forEachRemaining(out::add);
    piece
        .find(Node.ANY, CG.hasFactor.asNode(), Node.ANY)
        .mapWith(Triple::getObject)
        .toSet()
        .forEach(line -> lines.find(line, Node.ANY, Node.ANY).forEachRemaining(out::add));
    return out;
  }

  static void check(ShapeValidator validator, Graph policy, Graph grades) {
    Graph data = GraphFactory.createDefaultGraph();
    policy.find().forEachRemaining(data::add);
    grades.find().forEachRemaining(data::add);
    ShapeValidator.Result r = validator.validate(data);
    if (!r.conforms()) {
      throw new IllegalStateException(
          "the grades violate the shapes ("
              + r.violations().size()
              + " violations); first: "
              + r.violations().get(0));
    }
  }
}
