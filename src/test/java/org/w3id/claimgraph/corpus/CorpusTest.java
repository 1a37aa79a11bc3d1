package org.w3id.claimgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.rdf.RdfFiles;
import org.w3id.claimgraph.vocab.CG;
import org.w3id.claimgraph.vocab.Ids;
import org.w3id.claimgraph.vocab.Schema;

class CorpusTest {
  private final List<CorpusEntry> entries = Corpus.list(TestHome.workspace().corpus());

  @Test
  void theCorpusHasTheFiveSeedArticlesEachWithMetadataAndClaims() {
    assertThat(entries)
        .extracting(CorpusEntry::slug)
        .containsExactly(
            "are-leg-massages-safe",
            "deep-tissue-massage-blood-clots",
            "massage-benefits-leg-pain",
            "therapeutic-massage-benefits",
            "vascular-massage-therapy");
    assertThat(entries).allSatisfy(e -> assertThat(e.claims()).isPresent());
  }

  @Test
  void eachTextIsByteForByteTheSeedItsMetadataNames() {
    for (CorpusEntry e : entries) {
      Model meta = RdfFiles.readTurtle(e.metadata());
      var article = meta.getResource(Ids.article(e.slug()));
      String recorded = article.getProperty(Schema.sha256).getString();
      String fileName = article.getProperty(CG.originalFileName).getString();
      assertThat(Ids.sha256Hex(TextFile.bytes(e.text()))).as(e.slug()).isEqualTo(recorded);
      // The seed files are named NNN_<first 16 hex digits of a digest>.txt; the name is kept.
      assertThat(fileName).matches("\\d{3}_[0-9a-f]{16}\\.txt");
    }
  }

  @Test
  void aStrayFileIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "text");
    Files.writeString(dir.resolve("a.meta.ttl"), "");
    Files.writeString(dir.resolve("notes.md"), "");
    assertThatThrownBy(() -> Corpus.list(dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("notes.md")
        .hasMessageContaining("unexpected file");
  }

  @Test
  void anArticleWithoutMetadataIsAnError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "text");
    assertThatThrownBy(() -> Corpus.list(dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("a.txt")
        .hasMessageContaining("a.meta.ttl");
  }

  @Test
  void claimsWithoutTheirTextAreAnError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.claims.ttl"), "");
    assertThatThrownBy(() -> Corpus.list(dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("b.claims.ttl")
        .hasMessageContaining("b.txt");
  }
}
