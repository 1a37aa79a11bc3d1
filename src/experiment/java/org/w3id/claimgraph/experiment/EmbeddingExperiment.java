package org.w3id.claimgraph.experiment;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.w3id.claimgraph.eval.GoldEvaluation;
import org.w3id.claimgraph.eval.GoldSet;
import org.w3id.claimgraph.extract.Extractor;
import org.w3id.claimgraph.ingest.Options;
import org.w3id.claimgraph.ingest.Prepared;
import org.w3id.claimgraph.ingest.Preparer;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Sentence;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.rdf.VocabularyReader;

/**
 * Whether a sentence-embedding model would find the claims the rules leave undecided: the
 * measurement behind the choice not to ship one. Every sentence of a gold set is embedded with the
 * quantized all-MiniLM-L6-v2 (ONNX Runtime, in process, on the CPU); a sentence the rules made no
 * claim of but that names a condition is a candidate. A classifier trained on the sentences of one
 * half (labelled by the annotation: the relation group of the claim annotated there, or none)
 * says which candidates of the other half bear a claim: k nearest neighbours by cosine, and
 * logistic regression on the embedding. It prints how many of those it finds, how many it gets
 * wrong, and the embedding rate.
 *
 * <p>Run with {@code mvn -B -Pembedding-experiment -DskipTests compile exec:java} (the model is a
 * dependency of that profile only, not of claimgraph).
 */
public final class EmbeddingExperiment {
  private EmbeddingExperiment() {}

  /** A sentence of the gold set: its article's number, annotation, embedding and rule outcome. */
  private record Labelled(int article, String group, float[] vector, boolean ruled) {
    boolean bearsClaim() {
      return !group.equals("NONE");
    }
  }

  public static void main(String[] args) {
    Path gold = Path.of(args.length > 0 ? args[0] : "../shared/devset");
    Path ontology = Path.of("ontology");
    Path concepts = ontology.resolve("concepts.ttl");
    Vocabulary vocabulary =
        VocabularyReader.read(RdfFiles.readTurtle(concepts), concepts.toString());
    Extractor extractor = new Extractor(vocabulary, ontology.resolve("cues"));
    Preparer preparer = new Preparer(extractor, Options.defaults(), Map.of());
    GoldSet set = GoldSet.read(gold);

    List<String> texts = new ArrayList<>();
    List<Labelled> rows = new ArrayList<>();
    int sentences = 0;
    for (GoldSet.GoldArticle a : set.articles()) {
      Prepared p = preparer.prepare(a.file(), a.slug());
      String text = p.article().text();
      List<GoldSet.GoldClaim> claims = set.claimsOf(a.name());
      for (Sentence s : p.sentences()) {
        sentences++;
        boolean ruled =
            p.claims().stream()
                .anyMatch(c -> c.span().start() < s.end() && s.start() < c.span().end());
        String words = text.substring(s.start(), s.end());
        boolean condition =
            extractor.conceptsIn(words).stream()
                .anyMatch(k -> k.kinds().contains(Concept.Kind.CONDITION));
        if (!ruled && !condition) {
          continue;
        }
        // The annotation's offsets are in code points.
        int from = text.codePointCount(0, s.start());
        int to = text.codePointCount(0, s.end());
        Optional<GoldSet.GoldClaim> annotated =
            claims.stream().filter(c -> c.start() < to && from < c.end()).findFirst();
        texts.add(words);
        rows.add(
            new Labelled(
                a.number(),
                annotated.map(c -> GoldEvaluation.Group.of(c.relation()).name()).orElse("NONE"),
                null,
                ruled));
      }
    }
    EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    long started = System.nanoTime();
    List<Embedding> embedded = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
    double seconds = (System.nanoTime() - started) / 1e9;
    List<Labelled> all = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Labelled r = rows.get(i);
      all.add(new Labelled(r.article(), r.group(), embedded.get(i).vector(), r.ruled()));
    }
    long undecided = all.stream().filter(r -> !r.ruled()).count();
    System.out.printf(
        "%d sentences; %d with a claim of the rules; %d undecided that name a condition, %d of"
            + " them with an annotated claim%n",
        sentences,
        all.stream().filter(Labelled::ruled).count(),
        undecided,
        all.stream().filter(r -> !r.ruled() && r.bearsClaim()).count());
    System.out.printf(
        "embedded %d sentences in %.1f s: %.0f sentences/s%n",
        texts.size(), seconds, texts.size() / seconds);
    for (int trainParity : new int[] {1, 0}) {
      List<Labelled> train = all.stream().filter(r -> r.article() % 2 == trainParity).toList();
      List<Labelled> test =
          all.stream().filter(r -> r.article() % 2 != trainParity && !r.ruled()).toList();
      System.out.printf(
          "trained on the %s half (%d sentences, %d with a claim); tried on the other half's %d"
              + " undecided (%d with a claim)%n",
          trainParity == 1 ? "odd" : "even",
          train.size(),
          train.stream().filter(Labelled::bearsClaim).count(),
          test.size(),
          test.stream().filter(Labelled::bearsClaim).count());
      for (int k : new int[] {1, 3, 5}) {
        int right = 0;
        int groupRight = 0;
        int wrong = 0;
        for (Labelled c : test) {
          String predicted = nearest(train, c, k);
          if (!predicted.equals("NONE")) {
            if (c.bearsClaim()) {
              right++;
              groupRight += predicted.equals(c.group()) ? 1 : 0;
            } else {
              wrong++;
            }
          }
        }
        System.out.printf(
            "  %d nearest: %d said to bear a claim, %d do (%d of the right relation group), %d"
                + " do not%n",
            k, right + wrong, right, groupRight, wrong);
      }
      double[] w = logistic(train);
      for (double threshold : new double[] {0.5, 0.7, 0.9}) {
        int right = 0;
        int wrong = 0;
        for (Labelled c : test) {
          if (probability(w, c.vector()) >= threshold) {
            if (c.bearsClaim()) {
              right++;
            } else {
              wrong++;
            }
          }
        }
        System.out.printf(
            "  logistic regression, p >= %.1f: %d said to bear a claim, %d do, %d do not%n",
            threshold, right + wrong, right, wrong);
      }
    }
  }

  private static String nearest(List<Labelled> train, Labelled c, int k) {
    List<Labelled> near =
        train.stream()
            .sorted(Comparator.comparingDouble((Labelled t) -> -cosine(t.vector(), c.vector())))
            .limit(k)
            .toList();
    Map<String, Integer> votes = new HashMap<>();
    near.forEach(t -> votes.merge(t.group(), 1, Integer::sum));
    return votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow()
        .getKey();
  }

  /** Weights (and bias, last) of a logistic regression: claim or none, by stochastic gradient. */
  private static double[] logistic(List<Labelled> train) {
    int n = train.get(0).vector().length;
    double[] w = new double[n + 1];
    Random random = new Random(1);
    List<Labelled> order = new ArrayList<>(train);
    for (int epoch = 0; epoch < 200; epoch++) {
      java.util.Collections.shuffle(order, random);
      for (Labelled c : order) {
        double gradient = (c.bearsClaim() ? 1 : 0) - probability(w, c.vector());
        for (int i = 0; i < n; i++) {
          w[i] += 0.05 * (gradient * c.vector()[i] - 0.001 * w[i]);
        }
        w[n] += 0.05 * gradient;
      }
    }
    return w;
  }

  private static double probability(double[] w, float[] v) {
    double z = w[v.length];
    for (int i = 0; i < v.length; i++) {
      z += w[i] * v[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }
}
