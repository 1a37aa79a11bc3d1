package org.w3id.claimgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.corpus.Corpus;
import org.w3id.claimgraph.corpus.CorpusEntry;
import org.w3id.claimgraph.corpus.TextFile;
import org.w3id.claimgraph.model.Article;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Vocabulary;
import org.w3id.claimgraph.vocab.Ids;

/** The curated claims of every corpus article, checked against the article's text. */
class CuratedClaimsTest {
  private static final Vocabulary VOCABULARY =
      VocabularyReader.read(
          RdfFiles.readTurtle(TestHome.path().resolve("ontology/concepts.ttl")), "concepts.ttl");

  static Stream<CorpusEntry> articles() {
    return Corpus.list(TestHome.workspace().corpus()).stream();
  }

  private static List<Claim> claims(CorpusEntry e) {
    Model meta = RdfFiles.readTurtle(e.metadata());
    Model claims = RdfFiles.readTurtle(e.claims().orElseThrow());
    return new ClaimReader(
            ModelFactory.createUnion(claims, meta),
            "test",
            new Article(e.slug(), TextFile.read(e.text())),
            VOCABULARY)
        .read();
  }

  @ParameterizedTest
  @MethodSource("articles")
  void everyQuoteIsTheTextAtItsOffsets(CorpusEntry e) {
    Article article = new Article(e.slug(), TextFile.read(e.text()));
    List<Claim> claims = claims(e);
    assertThat(claims).hasSizeGreaterThanOrEqualTo(10);
    for (Claim c : claims) {
      assertThat(article.slice(c.span().start(), c.span().end()))
          .as("%s at [%d, %d)", c.id(), c.span().start(), c.span().end())
          .isEqualTo(c.span().quote());
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void everyClaimIriIsTheHashOfWhatMakesTheClaim(CorpusEntry e) {
    for (Claim c : claims(e)) {
      assertThat(c.id())
          .isEqualTo(
              Ids.claim(
                  e.slug(),
                  c.span().start(),
                  c.span().end(),
                  c.intervention().iri(),
                  c.relation().code(),
                  c.condition().iri(),
                  c.negated()));
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void aSpanNeverStartsOrEndsInsideAWord(CorpusEntry e) {
    Article article = new Article(e.slug(), TextFile.read(e.text()));
    for (Claim c : claims(e)) {
      String before = article.slice(c.span().start() - 1, c.span().start());
      String after = article.slice(c.span().end(), c.span().end() + 1);
      assertThat(before.isEmpty() || !Character.isLetterOrDigit(before.charAt(0)))
          .as("%s starts inside a word", c.id())
          .isTrue();
      assertThat(after.isEmpty() || !Character.isLetterOrDigit(after.charAt(0)))
          .as("%s ends inside a word", c.id())
          .isTrue();
    }
  }
}
