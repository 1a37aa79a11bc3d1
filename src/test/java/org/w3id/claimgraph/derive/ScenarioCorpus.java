package org.w3id.claimgraph.derive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.Workspace;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Span;
import org.w3id.claimgraph.rdf.ClaimWriter;
import org.w3id.claimgraph.vocab.Ids;

/**
 * A small corpus written by a test: articles of one sentence per claim, with metadata and claims
 * files in the corpus format, beside a copy of the real ontology and queries.
 */
final class ScenarioCorpus {
  private final Map<String, List<String[]>> articles = new LinkedHashMap<>();

  /** Adds a claim {@code intervention relation condition} to article {@code slug}. */
  ScenarioCorpus claim(String slug, String intervention, Relation relation, String condition) {
    return claim(slug, intervention, relation, condition, false, false);
  }

  ScenarioCorpus claim(
      String slug,
      String intervention,
      Relation relation,
      String condition,
      boolean negated,
      boolean conditional) {
    articles
        .computeIfAbsent(slug, k -> new ArrayList<>())
        .add(
            new String[] {
              intervention,
              relation.code(),
              condition,
              Boolean.toString(negated),
              Boolean.toString(conditional)
            });
    return this;
  }

  /** Writes the workspace under {@code dir}; returns it. */
  Workspace write(Path dir) {
    Workspace ws = TestHome.copyTo(dir);
    try (var files = Files.list(ws.corpus())) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
      for (var e : articles.entrySet()) {
        writeArticle(ws.corpus(), e.getKey(), e.getValue());
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return ws;
  }

  private static void writeArticle(Path corpus, String slug, List<String[]> specs)
      throws IOException {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (String[] s : specs) {
      int start = text.length();
      text.append("Sentence ")
          .append(spans.size())
          .append(": ")
          .append(String.join(" ", s))
          .append('.');
      spans.add(new int[] {start, text.length()});
      text.append(' ');
    }
    String body = text.toString();
    Article article = new Article(slug, body);
    Files.writeString(corpus.resolve(slug + ".txt"), body, StandardCharsets.UTF_8);
    String sha = Ids.sha256Hex(body.getBytes(StandardCharsets.UTF_8));
    String author = Ids.person("author-of-" + slug);
    Files.writeString(
        corpus.resolve(slug + ".meta.ttl"),
        """
        @prefix cg: <https://w3id.org/claimgraph/ns#> .
        @prefix schema: <http://schema.org/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <%s> a cg:Article ; rdfs:label "%s" ; schema:author <%s> ;
            cg:sourceKind cg:HealthBlog ; cg:sourceKindReason "test" ; schema:sha256 "%s" .
        <%s> a cg:UnnamedAuthor ; rdfs:label "author of %s" .
        """
            .formatted(Ids.article(slug), slug, author, sha, author, slug));
    Graph graph = GraphFactory.createDefaultGraph();
    for (int i = 0; i < specs.size(); i++) {
      String[] s = specs.get(i);
      int start = spans.get(i)[0];
      int end = spans.get(i)[1];
      boolean negated = Boolean.parseBoolean(s[3]);
      String intervention = Ids.concept(s[0]);
      String condition = Ids.concept(s[2]);
      Claim claim =
          new Claim(
              Ids.claim(slug, start, end, intervention, s[1], condition, negated),
              slug,
              new ConceptRef(intervention, s[0]),
              Relation.fromCode(s[1]),
              new ConceptRef(condition, s[2]),
              Certainty.ASSERTED,
              negated,
              Boolean.parseBoolean(s[4]),
              new AgentRef(author, "author of " + slug),
              new Span(start, end, article.slice(start, end)),
              Curation.CURATED,
              null);
      ClaimWriter.write(claim, article, graph);
    }
    Files.writeString(
        corpus.resolve(slug + ".claims.ttl"),
        RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).asString());
  }
}
