package org.w3id.claimgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.claimgraph.corpus.Corpus;
import org.w3id.claimgraph.corpus.CorpusEntry;
import org.w3id.claimgraph.corpus.TextFile;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.rdf.ClaimReader;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.Schema;

/**
 * Extracted claims compared with curated ones. A pair matches when their spans overlap, the
 * relation and polarity are the same, and the intervention and the condition are the same (a full
 * match, 1) or each the same or one broader than the other (a partial match, ½). Pairs are taken
 * best first, each claim at most once. Precision is the matched score over the extracted claims,
 * recall over the curated ones.
 */
public final class Evaluation {
  /** A matched pair and its score. */
  public record Match(Claim extracted, Claim curated, double score) {}

  /** The comparison of one article (or a sum of articles). */
  public record Result(
      String name,
      int extracted,
      int curated,
      double matched,
      List<Match> matches,
      List<Claim> misses,
      List<Claim> falseHits) {
    public double precision() {
      return extracted == 0 ? 0 : matched / extracted;
    }

    public double recall() {
      return curated == 0 ? 0 : matched / curated;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The sum of several results, for the overall figures. */
    public static Result total(String name, List<Result> parts) {
      int e = 0;
      int c = 0;
      double m = 0;
      List<Match> matches = new ArrayList<>();
      List<Claim> misses = new ArrayList<>();
      List<Claim> falseHits = new ArrayList<>();
      for (Result r : parts) {
        e += r.extracted();
        c += r.curated();
        m += r.matched();
        matches.addAll(r.matches());
        misses.addAll(r.misses());
        falseHits.addAll(r.falseHits());
      }
      return new Result(name, e, c, m, matches, misses, falseHits);
    }
  }

  private Evaluation() {}

  /**
   * Runs the extractor over every article of a directory in the corpus layout and compares with its
   * curated claims, article by article.
   */
  public static List<Result> corpus(Path dir, Vocabulary vocabulary, Extractor extractor) {
    List<Result> results = new ArrayList<>();
    for (CorpusEntry e : Corpus.list(dir)) {
      Article article = new Article(e.slug(), TextFile.read(e.text()));
      Model meta = RdfFiles.readTurtle(e.metadata());
      List<Claim> gold = List.of();
      if (e.claims().isPresent()) {
        Model claims = RdfFiles.readTurtle(e.claims().get());
        gold =
            new ClaimReader(
                    ModelFactory.createUnion(claims, meta),
                    e.claims().get().toString(),
                    article,
                    vocabulary)
                .read();
      }
      List<Claim> found = extractor.extract(article, author(meta, e.slug())).claims();
      results.add(compare(e.slug(), found, gold, vocabulary));
    }
    return results;
  }

  /** The article's author as its metadata gives it. */
  static AgentRef author(Model meta, String slug) {
    Resource a = meta.getResource(Ids.article(slug));
    Statement s = a.getProperty(Schema.author);
    if (s == null) {
      return new AgentRef(Ids.person("unnamed-author-of-" + slug), "unnamed author of " + slug);
    }
    Resource p = s.getResource();
    Statement name = p.getProperty(Schema.name);
    if (name == null) {
      name = p.getProperty(RDFS.label);
    }
    return new AgentRef(p.getURI(), name == null ? Ids.slugOf(p.getURI()) : name.getString());
  }

  public static Result compare(
      String name, List<Claim> extracted, List<Claim> curated, Vocabulary vocabulary) {
    List<Match> candidates = new ArrayList<>();
    for (Claim e : extracted) {
      for (Claim c : curated) {
        double score = score(e, c, vocabulary);
        if (score > 0) {
          candidates.add(new Match(e, c, score));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble((Match m) -> -m.score())
            .thenComparingInt(
                m -> Math.abs(m.extracted().span().start() - m.curated().span().start())));
    List<Match> chosen = new ArrayList<>();
    List<Claim> usedE = new ArrayList<>();
    List<Claim> usedC = new ArrayList<>();
    double matched = 0;
    for (Match m : candidates) {
      if (!usedE.contains(m.extracted()) && !usedC.contains(m.curated())) {
        chosen.add(m);
        usedE.add(m.extracted());
        usedC.add(m.curated());
        matched += m.score();
      }
    }
    List<Claim> misses = curated.stream().filter(c -> !usedC.contains(c)).toList();
    List<Claim> falseHits = extracted.stream().filter(e -> !usedE.contains(e)).toList();
    return new Result(name, extracted.size(), curated.size(), matched, chosen, misses, falseHits);
  }

  static double score(Claim e, Claim c, Vocabulary vocabulary) {
    boolean overlap = e.span().start() < c.span().end() && c.span().start() < e.span().end();
    if (!overlap || e.relation() != c.relation() || e.negated() != c.negated()) {
      return 0;
    }
    String ei = e.intervention().iri();
    String ci = c.intervention().iri();
    String ec = e.condition().iri();
    String cc = c.condition().iri();
    if (ei.equals(ci) && ec.equals(cc)) {
      return 1;
    }
    if (vocabulary.comparable(ei, ci) && vocabulary.comparable(ec, cc)) {
      return 0.5;
    }
    return 0;
  }
}
