package org.w3id.claimgraph.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.OBO;

/**
 * The JSON interface: claims and conflicts as documented in the README. Keys are always present
 * (null where there is no value) and always in the same order, so other tools can rely on them.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A claim as a JSON object. */
  public static ObjectNode claim(Claim c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", c.id());
    o.put("article", c.article());
    o.set("intervention", concept(c.intervention()));
    o.put("relation", c.relation().code());
    o.set("condition", concept(c.condition()));
    o.put("certainty", c.certainty().code());
    o.put("negated", c.negated());
    o.put("conditional", c.conditional());
    o.set("attributedTo", agent(c.attributedTo()));
    o.put("quote", c.span().quote());
    o.put("start", c.span().start());
    o.put("end", c.span().end());
    o.put("curation", c.curation().code());
    o.put("note", c.note());
    o.set("grade", c.grade() == null ? null : grade(c.grade()));
    return o;
  }

  /**
   * A grade as a JSON object: {@code certainty} (GRADE), {@code sort}, {@code cebm}, {@code
   * evidenceLevel} (schema.org), {@code score}, {@code verdict} and the {@code factors}, each with
   * a {@code code}, a {@code delta} and a {@code reason}.
   */
  public static ObjectNode grade(Grade g) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("certainty", g.certainty());
    o.put("sort", g.sort());
    o.put("cebm", g.cebm());
    o.put("evidenceLevel", g.evidenceLevel());
    o.put("score", number(g.score()));
    o.put("scoreBeforeDisputes", number(g.provisional()));
    o.put("verdict", g.verdict());
    ArrayNode factors = o.putArray("factors");
    for (Factor f : g.factors()) {
      ObjectNode x = factors.addObject();
      x.put("code", f.code());
      x.put("label", f.label());
      x.put("delta", number(f.delta()));
      x.put("reason", f.reason());
      x.put("evidenceCode", f.evidenceCode() == null ? null : curie(f.evidenceCode()));
      ArrayNode quotes = x.putArray("quotes");
      f.quotes().forEach(quotes::add);
      ArrayNode claims = x.putArray("claims");
      f.claims().forEach(claims::add);
    }
    return o;
  }

  private static BigDecimal number(double d) {
    BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0) : b;
  }

  private static String curie(String iri) {
    return iri.startsWith(OBO.NS) ? iri.substring(OBO.NS.length()).replace('_', ':') : iri;
  }

  /** A conflict as a JSON object, with both claims in full. */
  public static ObjectNode conflict(Conflict c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", c.id());
    o.put("severity", c.severity().code());
    o.put("rule", Ids.slugOf(c.rule()));
    o.put("ruleLabel", c.ruleLabel());
    o.put("withinArticle", c.withinArticle());
    ArrayNode claims = o.putArray("claims");
    claims.add(claim(c.a()));
    claims.add(claim(c.b()));
    return o;
  }

  /** {@code {"claims": [...]}}. */
  public static ObjectNode claims(List<Claim> claims) {
    ObjectNode o = MAPPER.createObjectNode();
    ArrayNode array = o.putArray("claims");
    claims.forEach(c -> array.add(claim(c)));
    return o;
  }

  /** {@code {"conflicts": [...]}}. */
  public static ObjectNode conflicts(List<Conflict> conflicts) {
    ObjectNode o = MAPPER.createObjectNode();
    ArrayNode array = o.putArray("conflicts");
    conflicts.forEach(c -> array.add(conflict(c)));
    return o;
  }

  /** {@code {"conflicts": [...]}}, each conflict between propositions once. */
  public static ObjectNode disputes(List<Dispute> disputes) {
    return disputes(disputes, java.util.Map.of());
  }

  /** As {@link #disputes(List)}, each dispute with its latest review, if any. */
  public static ObjectNode disputes(
      List<Dispute> disputes, java.util.Map<String, org.w3id.claimgraph.review.Review> reviews) {
    ObjectNode o = MAPPER.createObjectNode();
    ArrayNode array = o.putArray("conflicts");
    for (Dispute d : disputes) {
      ObjectNode x = dispute(d);
      if (reviews.containsKey(d.id())) {
        x.set("review", review(reviews.get(d.id())));
      }
      array.add(x);
    }
    return o;
  }

  /** A reviewer's adjudication. */
  public static ObjectNode review(org.w3id.claimgraph.review.Review r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", r.id());
    o.put("target", r.target());
    o.put("targetKind", r.ofClaim() ? "claim" : "dispute");
    o.put("verdict", r.verdict().code());
    if (r.grade() != null) {
      o.put("grade", r.gradeLabel() == null ? r.grade() : r.gradeLabel());
    }
    if (r.note() != null) {
      o.put("note", r.note());
    }
    o.put("reviewer", r.reviewer());
    o.put("created", r.created().toString());
    if (r.quote() != null) {
      o.put("quote", r.quote());
    }
    if (r.digest() != null) {
      o.put("articleSha256", r.digest());
    }
    return o;
  }

  /** A conflict between propositions, with both sides counted and graded. */
  public static ObjectNode dispute(Dispute d) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", d.id());
    o.put("severity", d.severity().code());
    o.put("rule", Ids.slugOf(d.rule()));
    o.put("ruleLabel", d.ruleLabel());
    o.put("withinArticle", d.withinArticle());
    o.put("pairs", d.pairs());
    if (d.weaker() == ' ') {
      o.putNull("weaker");
    } else {
      o.put("weaker", String.valueOf(d.weaker()));
    }
    ArrayNode sides = o.putArray("sides");
    for (Dispute.Side s : List.of(d.a(), d.b())) {
      ObjectNode x = sides.addObject();
      ObjectNode p = x.putObject("proposition");
      p.put("iri", s.proposition().iri());
      p.set("intervention", concept(s.proposition().intervention()));
      p.put("relation", s.proposition().relation().code());
      p.put("negated", s.proposition().negated());
      p.set("condition", concept(s.proposition().condition()));
      p.put("conditional", s.proposition().conditional());
      x.put("strength", s.strength());
      x.put("propositions", s.propositionCount());
      x.put("claims", s.claims());
      x.put("sources", s.sources());
      ArrayNode names = x.putArray("sourceNames");
      s.sourceNames().forEach(names::add);
      x.set("strongest", claim(s.strongest()));
    }
    return o;
  }

  /** Pretty-printed with two-space indent and a final newline. */
  public static String write(Object node) {
    try {
      return MAPPER.writer(printer()).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * The same, written to {@code out} as it is made, so a large answer is never one string in
   * memory; {@code out} is flushed, not closed.
   */
  public static void write(Object node, java.io.Writer out) {
    try {
      MAPPER
          .writer(printer())
          .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, node);
      out.write("\n");
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write JSON", e);
    }
  }

  private static DefaultPrettyPrinter printer() {
    return new DefaultPrettyPrinter()
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
  }

  private static ObjectNode concept(ConceptRef c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("iri", c.iri());
    o.put("label", c.label());
    return o;
  }

  private static ObjectNode agent(AgentRef a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("iri", a.iri());
    o.put("name", a.name());
    return o;
  }
}
