package org.w3id.claimgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.w3id.claimgraph.ClaimgraphException;

/**
 * Apache OpenNLP's published English models (Universal Dependencies English Web Treebank), loaded
 * once from the model jars on the classpath. Models are thread-safe; the tools built on them are
 * not, so each user makes its own.
 */
public final class NlpModels {
  static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private NlpModels() {}

  private static final class Sentences {
    static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
  }

  private static final class Tokens {
    static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
  }

  private static final class Pos {
    static final POSModel MODEL = load(POS, POSModel::new);
  }

  private static final class Lemmas {
    static final LemmatizerModel MODEL = load(LEMMAS, LemmatizerModel::new);
  }

  public static SentenceModel sentences() {
    return Sentences.MODEL;
  }

  public static TokenizerModel tokens() {
    return Tokens.MODEL;
  }

  public static POSModel pos() {
    return Pos.MODEL;
  }

  public static LemmatizerModel lemmas() {
    return Lemmas.MODEL;
  }

  private interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Loader<T> loader) {
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ClaimgraphException("OpenNLP model " + resource + " is not on the classpath");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new ClaimgraphException(
          "cannot load OpenNLP model " + resource + ": " + e.getMessage(), e);
    }
  }
}
