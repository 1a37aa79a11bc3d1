package org.w3id.claimgraph.review;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.query.Sparql;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.store.LocalStore;
import org.w3id.claimgraph.store.Store;
import org.w3id.claimgraph.validate.ShapeValidator;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.PROV;
import org.w3id.claimgraph.vocab.Schema;

/**
 * The reviews graph: reading every review, writing one, importing a file of them. Each review is
 * checked against the review shapes before anything is stored.
 *
 * <pre>
 * review/1c0e… a oa:Annotation , cg:Review ; oa:motivatedBy oa:assessing ;
 *     oa:hasTarget review/1c0e…#target ; oa:hasBody review/1c0e…#note ;
 *     cg:reviewVerdict cg:Override ; cg:verdict cg:Inaccurate ;
 *     prov:wasAttributedTo person/dana-reyes ; dcterms:created "…"^^xsd:dateTime .
 * review/1c0e…#target a oa:SpecificResource ; oa:hasSource claim/… ;
 *     schema:sha256 "…" ; oa:hasSelector review/1c0e…#quote .
 * review/1c0e…#quote a oa:TextQuoteSelector ; oa:exact "…" .
 * review/1c0e…#note a oa:TextualBody ; rdf:value "…" ; dcterms:format "text/plain" .
 * person/dana-reyes a prov:Agent ; schema:name "Dana Reyes" .
 * </pre>
 */
public final class Reviews {
  /** The query that reads every review. */
  public static final String QUERY = "reviews";

  /** The ontology graph that holds the shapes. */
  private static final Node SHAPES = NodeFactory.createURI(Ids.ontologyGraph("shapes"));

  private static final Node GRAPH = NodeFactory.createURI(Ids.REVIEWS_GRAPH);

  private Reviews() {}

  /** Every review, oldest first. */
  public static List<Review> all(Store store, QueryLibrary queries) {
    List<Review> out = new ArrayList<>();
    for (Binding row :
        store.read(link -> Sparql.select(link, queries.get(QUERY).query(), Map.of()))) {
      out.add(
          new Review(
              row.get("review").getURI(),
              row.get("target").getURI(),
              Review.Verdict.ofIri(row.get("verdict").getURI())
                  .orElseThrow(
                      () ->
                          new InputException(
                              Ids.REVIEWS_GRAPH,
                              -1,
                              -1,
                              "unknown review verdict <" + row.get("verdict").getURI() + ">")),
              uri(row, "grade"),
              text(row, "gradeLabel"),
              text(row, "note"),
              text(row, "reviewer"),
              Instant.parse(text(row, "created")),
              text(row, "quote"),
              text(row, "digest")));
    }
    return out;
  }

  /** The query of the disputes each dispute review now applies to. */
  public static final String REVIEWED_DISPUTES = "reviewed-disputes";

  /**
   * What a dispute was when it was reviewed: its rule and the propositions of its two sides. A
   * dispute's IRI follows the first proposition of each side, so it changes when new claims join
   * it; a review follows the propositions.
   */
  public record DisputeState(String rule, List<String> sideA, List<String> sideB) {
    public DisputeState {
      sideA = List.copyOf(sideA);
      sideB = List.copyOf(sideB);
    }
  }

  /**
   * The review that counts for each claim and dispute in the store, by its IRI: the latest of those
   * about it. A review of a dispute applies to every dispute now in the store under the same rule
   * with one of the reviewed propositions on each side; a review whose claim or dispute is gone
   * stays under the IRI it was made for.
   */
  public static Map<String, Review> latest(Store store, QueryLibrary queries) {
    List<Review> all = all(store, queries);
    if (all.stream().allMatch(Review::ofClaim)) {
      return latest(all);
    }
    Map<String, List<String>> now = new HashMap<>();
    for (Binding row :
        store.read(link -> Sparql.select(link, queries.get(REVIEWED_DISPUTES).query(), Map.of()))) {
      now.computeIfAbsent(row.get("review").getURI(), k -> new ArrayList<>())
          .add(row.get("conflict").getURI());
    }
    List<Review> applied = new ArrayList<>();
    for (Review r : all) {
      List<String> targets = r.ofClaim() ? List.of() : now.getOrDefault(r.id(), List.of());
      if (targets.isEmpty()) {
        applied.add(r);
      }
      for (String t : targets) {
        applied.add(r.about(t));
      }
    }
    return latest(applied);
  }

  /** The latest of {@code reviews} for each target. */
  public static Map<String, Review> latest(List<Review> reviews) {
    Map<String, Review> out = new LinkedHashMap<>();
    for (Review r : reviews) {
      Review before = out.get(r.target());
      if (before == null || !r.created().isBefore(before.created())) {
        out.put(r.target(), r);
      }
    }
    return out;
  }

  /** The targets whose latest review dismisses them. */
  public static Set<String> dismissed(Map<String, Review> latest) {
    Set<String> out = new HashSet<>();
    latest.forEach(
        (target, r) -> {
          if (r.verdict() == Review.Verdict.DISMISSED) {
            out.add(target);
          }
        });
    return out;
  }

  /** The triples of one review of a claim. */
  public static Graph graph(Review r) {
    return graph(r, null);
  }

  /** The triples of one review; of a dispute, with what the dispute was ({@code state}). */
  public static Graph graph(Review r, DisputeState state) {
    Graph g = GraphFactory.createDefaultGraph();
    Node review = uri(r.id());
    Node target = uri(r.id() + "#target");
    Node who = uri(Ids.person(reviewerSlug(r.reviewer())));
    Node when = NodeFactory.createLiteralDT(r.created().toString(), XSDDatatype.XSDdateTime);
    g.add(review, RDF.type.asNode(), OA.Annotation.asNode());
    g.add(review, RDF.type.asNode(), CG.Review.asNode());
    g.add(review, OA.motivatedBy.asNode(), OA.assessing.asNode());
    g.add(review, OA.hasTarget.asNode(), target);
    g.add(review, CG.reviewVerdict.asNode(), r.verdict().iri().asNode());
    if (r.grade() != null) {
      g.add(review, CG.verdict.asNode(), uri(r.grade()));
    }
    g.add(review, PROV.wasAttributedTo.asNode(), who);
    g.add(review, DCTerms.created.asNode(), when);
    g.add(review, PROV.generatedAtTime.asNode(), when);
    g.add(who, RDF.type.asNode(), PROV.Agent.asNode());
    g.add(who, Schema.name.asNode(), NodeFactory.createLiteralString(r.reviewer()));
    g.add(target, RDF.type.asNode(), OA.SpecificResource.asNode());
    g.add(target, OA.hasSource.asNode(), uri(r.target()));
    if (r.digest() != null) {
      g.add(target, Schema.sha256.asNode(), NodeFactory.createLiteralString(r.digest()));
    }
    if (state != null) {
      g.add(target, CG.rule.asNode(), uri(state.rule()));
      state.sideA().forEach(p -> g.add(target, CG.propositionA.asNode(), uri(p)));
      state.sideB().forEach(p -> g.add(target, CG.propositionB.asNode(), uri(p)));
    }
    if (r.quote() != null) {
      Node selector = uri(r.id() + "#quote");
      g.add(target, OA.hasSelector.asNode(), selector);
      g.add(selector, RDF.type.asNode(), OA.TextQuoteSelector.asNode());
      g.add(selector, OA.exact.asNode(), NodeFactory.createLiteralString(r.quote()));
    }
    if (r.note() != null) {
      Node body = uri(r.id() + "#note");
      g.add(review, OA.hasBody.asNode(), body);
      g.add(body, RDF.type.asNode(), OA.TextualBody.asNode());
      g.add(body, RDF.value.asNode(), NodeFactory.createLiteralString(r.note()));
      g.add(body, DCTerms.format.asNode(), NodeFactory.createLiteralString("text/plain"));
    }
    return g;
  }

  /**
   * The slug of a reviewer's name, for their IRI; an {@link IllegalArgumentException} when the name
   * has no letters or digits.
   */
  public static String reviewerSlug(String name) {
    String slug = Ids.slugify(name == null ? "" : name);
    if (slug.isEmpty()) {
      throw new IllegalArgumentException(
          "a reviewer's name needs letters or digits; got: \"" + name + "\"");
    }
    return slug;
  }

  /**
   * Adds {@code review} to the reviews graph, checked against the shapes first.
   *
   * @param state for a dispute, what it was when reviewed; null for a claim
   */
  public static void record(LocalStore store, Review review, DisputeState state) {
    add(store, graph(review, state), "the review");
  }

  /**
   * Adds the reviews of an RDF file (TriG, Turtle, N-Quads, JSON-LD: every graph of it) to the
   * reviews graph, after checking that it holds only reviews and that they meet the shapes; nothing
   * is stored when it does not. Importing the same file twice stores its reviews once.
   *
   * @return how many reviews the file holds
   */
  public static int importFile(LocalStore store, Path file) {
    DatasetGraph read = RdfFiles.readDataset(file);
    Graph g = GraphFactory.createDefaultGraph();
    read.find().forEachRemaining(q -> g.add(q.asTriple()));
    Set<Node> reviews = new HashSet<>();
    g.find(Node.ANY, RDF.type.asNode(), CG.Review.asNode())
        .forEachRemaining(t -> reviews.add(t.getSubject()));
    if (reviews.isEmpty()) {
      throw new InputException(file, "holds no cg:Review (export --reviews writes them)");
    }
    Set<Node> parts = new HashSet<>();
    for (Node r : reviews) {
      parts.add(r);
      g.find(r, PROV.wasAttributedTo.asNode(), Node.ANY)
          .forEachRemaining(t -> parts.add(t.getObject()));
      if (r.isURI()) {
        parts.add(uri(r.getURI() + "#target"));
        parts.add(uri(r.getURI() + "#quote"));
        parts.add(uri(r.getURI() + "#note"));
      }
    }
    for (Triple t : g.find().toList()) {
      if (!parts.contains(t.getSubject())) {
        throw new InputException(
            file,
            "holds a statement about "
                + t.getSubject()
                + ", which is not part of a review; only reviews can be imported");
      }
    }
    add(store, g, file.toString());
    return reviews.size();
  }

  private static void add(LocalStore store, Graph g, String source) {
    store.calculateWrite(
        w -> {
          DatasetGraph dsg = w.dataset();
          Graph shapes = dsg.getGraph(SHAPES);
          if (shapes.isEmpty()) {
            throw new IllegalStateException("the store has no shapes graph; build it first");
          }
          ShapeValidator.Result result = new ShapeValidator(shapes).validate(g);
          if (!result.conforms()) {
            throw new InputException(
                source,
                -1,
                -1,
                "does not meet the review shapes ("
                    + result.violations().size()
                    + " violations); first: "
                    + result.violations().get(0));
          }
          g.find()
              .forEachRemaining(
                  t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
          return null;
        });
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static String uri(Binding row, String var) {
    Node n = row.get(var);
    return n == null ? null : n.getURI();
  }

  private static String text(Binding row, String var) {
    Node n = row.get(var);
    return n == null ? null : n.getLiteralLexicalForm();
  }
}
