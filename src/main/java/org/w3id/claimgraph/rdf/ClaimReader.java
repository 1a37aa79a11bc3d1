package org.w3id.claimgraph.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.anchor.Anchoring;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Span;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.PROV;
import org.w3id.claimgraph.vocab.Schema;

/**
 * Reads the curated claims of one article from Turtle into {@link Claim} records, checking that
 * each names known concepts, a known agent, and a quote that is the article's text at its offsets.
 * Errors name the file and the claim.
 */
public final class ClaimReader {
  private final String source;
  private final Article article;
  private final String slug;
  private final Model model;
  private final Vocabulary vocabulary;
  private String oldText;
  private Anchoring anchoring;
  private final Map<String, Anchoring.Anchor> anchors = new LinkedHashMap<>();
  private final Map<String, Anchoring.Selector> stated = new LinkedHashMap<>();
  private final List<Claim> orphans = new ArrayList<>();

  /**
   * @param model the claims and the article's metadata (which defines the persons)
   * @param source the claims file, for messages
   * @param article the text the claims' offsets point into
   */
  public ClaimReader(Model model, String source, Article article, Vocabulary vocabulary) {
    this.model = model;
    this.source = source;
    this.article = article;
    this.slug = article.slug();
    this.vocabulary = vocabulary;
  }

  /**
   * Re-anchors claims whose quote is not at its offsets (the article's text changed since they were
   * curated) instead of refusing them; {@code textBefore} is the text they were made on, when known
   * (the article as the store last held it), for a word diff.
   */
  public ClaimReader reanchoring(String textBefore) {
    this.oldText = textBefore;
    this.anchoring = new Anchoring(textBefore, article.text());
    return this;
  }

  /**
   * Every {@code cg:Claim} in the model, sorted by offsets then IRI; when re-anchoring, the moved
   * and edited ones at their new spans, without the orphaned ones ({@link #orphans()}).
   */
  public List<Claim> read() {
    List<Claim> claims = new ArrayList<>();
    for (Resource r : model.listSubjectsWithProperty(RDF.type, CG.Claim).toList()) {
      Claim c = claim(r);
      Anchoring.Anchor a = anchors.get(c.id());
      if (a != null && a.status() == Anchoring.Status.ORPHANED) {
        orphans.add(c);
      } else {
        claims.add(c);
      }
    }
    claims.sort(
        (x, y) -> {
          int c = Integer.compare(x.span().start(), y.span().start());
          if (c == 0) {
            c = Integer.compare(x.span().end(), y.span().end());
          }
          return c != 0 ? c : x.id().compareTo(y.id());
        });
    return claims;
  }

  /** How each claim that is not where it was stated was re-anchored, by claim IRI. */
  public Map<String, Anchoring.Anchor> anchors() {
    return anchors;
  }

  /** The claims re-anchoring could not find, with their spans as stated. */
  public List<Claim> orphans() {
    return orphans;
  }

  /** A claim's selector as stated in the file, for each re-anchored claim. */
  public Map<String, Anchoring.Selector> stated() {
    return stated;
  }

  /** The text the claims were made on, when known. */
  public String textBefore() {
    return oldText;
  }

  private Claim claim(Resource r) {
    if (!r.isURIResource() || !r.getURI().startsWith(Ids.CLAIM + slug + "/")) {
      throw error(r, "a claim's IRI must start with " + Ids.CLAIM + slug + "/");
    }
    Resource appearance = resource(r, Schema.appearance);
    if (!appearance.getURI().equals(Ids.article(slug))) {
      throw error(
          r, "schema:appearance must be <" + Ids.article(slug) + ">; got <" + appearance + ">");
    }
    Relation relation = Terms.relation(resource(r, CG.relation).getURI());
    if (relation == null) {
      throw error(
          r, "cg:relation must be one of the relations of the ontology (" + Relation.codes() + ")");
    }
    Certainty certainty = Terms.certainty(resource(r, CG.certainty).getURI());
    if (certainty == null) {
      throw error(r, "cg:certainty must be cg:Asserted, cg:Hedged or cg:Strong");
    }
    Curation curation = Curation.CURATED;
    if (r.hasProperty(CG.curation)) {
      curation = Terms.curation(resource(r, CG.curation).getURI());
      if (curation != Curation.CURATED) {
        throw error(r, "a claim in a curated file must have cg:curation cg:Curated");
      }
    }
    String note =
        r.hasProperty(SKOS.editorialNote) ? literal(r, SKOS.editorialNote).getLexicalForm() : null;
    return new Claim(
        r.getURI(),
        slug,
        concept(r, CG.intervention),
        relation,
        concept(r, CG.condition),
        certainty,
        bool(r, CG.negated),
        bool(r, CG.conditional),
        agent(r),
        span(r),
        curation,
        note);
  }

  private ConceptRef concept(Resource claim, org.apache.jena.rdf.model.Property p) {
    Resource c = resource(claim, p);
    Concept concept =
        vocabulary
            .get(c.getURI())
            .orElseThrow(
                () ->
                    error(
                        claim,
                        p.getLocalName()
                            + " <"
                            + c.getURI()
                            + "> is not a concept of the vocabulary"));
    return concept.ref();
  }

  private AgentRef agent(Resource claim) {
    Resource a = resource(claim, PROV.wasAttributedTo);
    if (a.hasProperty(RDF.type, CG.Person) && a.hasProperty(Schema.name)) {
      return new AgentRef(a.getURI(), a.getProperty(Schema.name).getString());
    }
    if (a.hasProperty(RDF.type, CG.UnnamedAuthor) && a.hasProperty(RDFS.label)) {
      return new AgentRef(a.getURI(), a.getProperty(RDFS.label).getString());
    }
    throw error(
        claim,
        "prov:wasAttributedTo <"
            + a.getURI()
            + "> must be a cg:Person with schema:name or a cg:UnnamedAuthor with rdfs:label in the article's metadata");
  }

  private Span span(Resource claim) {
    RDFNode spanNode = object(claim, CG.span);
    if (!spanNode.isResource()) {
      throw error(claim, "cg:span must be a resource with selectors, not a literal");
    }
    Resource span = spanNode.asResource();
    String quote = null;
    String prefix = null;
    String suffix = null;
    Integer start = null;
    Integer end = null;
    for (Statement s : span.listProperties(OA.hasSelector).toList()) {
      if (!s.getObject().isResource()) {
        throw error(claim, "oa:hasSelector must be a selector, not a literal");
      }
      Resource sel = s.getObject().asResource();
      if (sel.hasProperty(RDF.type, OA.TextQuoteSelector)) {
        quote = literal(sel, OA.exact).getLexicalForm();
        prefix = sel.hasProperty(OA.prefix) ? literal(sel, OA.prefix).getLexicalForm() : null;
        suffix = sel.hasProperty(OA.suffix) ? literal(sel, OA.suffix).getLexicalForm() : null;
      } else if (sel.hasProperty(RDF.type, OA.TextPositionSelector)) {
        start = integer(claim, sel, OA.start);
        end = integer(claim, sel, OA.end);
      }
    }
    if (quote == null || start == null) {
      throw error(
          claim,
          "cg:span needs an oa:TextQuoteSelector with oa:exact and an oa:TextPositionSelector with oa:start and oa:end");
    }
    int length = article.length();
    // A quote as long as its offsets say is re-anchored when it is not at them (the text was
    // revised); one of another length is a claims file at odds with itself, refused below.
    if (anchoring != null
        && start >= 0
        && start < end
        && quote.codePointCount(0, quote.length()) == end - start) {
      Anchoring.Selector selector = new Anchoring.Selector(start, end, quote, prefix, suffix);
      Anchoring.Anchor a = anchoring.anchor(selector);
      if (a.status() != Anchoring.Status.ANCHORED) {
        anchors.put(claim.getURI(), a);
        stated.put(claim.getURI(), selector);
      }
      try {
        return a.span() != null ? a.span() : new Span(start, end, quote);
      } catch (IllegalArgumentException e) {
        throw error(claim, "bad span: " + e.getMessage());
      }
    }
    if (start < 0 || end > length || start >= end) {
      throw error(
          claim,
          "offsets ["
              + start
              + ", "
              + end
              + ") are not a span of the text ("
              + length
              + " code points)");
    }
    String actual = article.slice(start, end);
    if (!actual.equals(quote)) {
      throw error(
          claim,
          "the quote does not match the text at ["
              + start
              + ", "
              + end
              + "): quote \""
              + quote
              + "\", text \""
              + actual
              + "\"");
    }
    try {
      return new Span(start, end, quote);
    } catch (IllegalArgumentException e) {
      throw error(claim, "bad span: " + e.getMessage());
    }
  }

  private int integer(Resource claim, Resource sel, org.apache.jena.rdf.model.Property p) {
    try {
      return literal(sel, p).getInt();
    } catch (RuntimeException e) {
      throw error(claim, "oa:" + p.getLocalName() + " must be an integer");
    }
  }

  private boolean bool(Resource r, org.apache.jena.rdf.model.Property p) {
    Literal l = literal(r, p);
    if (!l.getDatatypeURI().equals(org.apache.jena.vocabulary.XSD.xboolean.getURI())) {
      throw error(r, "cg:" + p.getLocalName() + " must be true or false");
    }
    return l.getBoolean();
  }

  private Resource resource(Resource r, org.apache.jena.rdf.model.Property p) {
    RDFNode n = object(r, p);
    if (!n.isURIResource()) {
      throw error(r, p.getLocalName() + " must be an IRI");
    }
    return n.asResource();
  }

  private Literal literal(Resource r, org.apache.jena.rdf.model.Property p) {
    RDFNode n = object(r, p);
    if (!n.isLiteral()) {
      throw error(r, p.getLocalName() + " must be a literal");
    }
    return n.asLiteral();
  }

  private RDFNode object(Resource r, org.apache.jena.rdf.model.Property p) {
    List<Statement> found = r.listProperties(p).toList();
    if (found.size() != 1) {
      throw error(
          r, "needs exactly one " + model.shortForm(p.getURI()) + "; found " + found.size());
    }
    return found.get(0).getObject();
  }

  private InputException error(Resource r, String message) {
    String name = r.isURIResource() ? "<" + r.getURI() + ">" : "a blank node";
    return new InputException(source, -1, -1, "claim " + name + ": " + message);
  }
}
