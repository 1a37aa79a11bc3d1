package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A condition outside the vocabulary, through the command line: ingested, it is an unreviewed
 * concept that {@code concepts --unreviewed} lists with its claims, whose claims {@code claims}
 * shows and {@code check} weighs a draft against; gone when no article names it any more.
 */
class UnreviewedConceptsCliTest {
  @Test
  void anIngestedNewConditionIsListedForReviewAndLeavesWithTheLastArticleNamingIt(@TempDir Path dir)
      throws IOException {
    Path store = dir.resolve("store");
    Path article = dir.resolve("liver.txt");
    Files.writeString(
        article,
        "Massage and the liver\n\nMassage is contraindicated for people with liver disease."
            + " Gentle massage eases bursitis of the hip.\n");
    Cli ingest = Cli.run(store, "ingest", article.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();

    Cli listed = Cli.run(store, "concepts", "--unreviewed", "--format", "json");
    assertThat(listed.exit()).as(listed.err()).isZero();
    JsonNode concepts = new ObjectMapper().readTree(listed.out()).get("concepts");
    assertThat(concepts).hasSize(2);
    JsonNode bursitis =
        concepts.get(0).get("label").asText().equals("bursitis")
            ? concepts.get(0)
            : concepts.get(1);
    assertThat(bursitis.get("id").asText())
        .isEqualTo("https://w3id.org/claimgraph/id/concept/new/bursitis");
    assertThat(bursitis.get("broaderLabel").asText()).isEqualTo("inflammation");
    assertThat(bursitis.get("claims").asInt()).isEqualTo(1);
    assertThat(bursitis.get("quote").asText())
        .isEqualTo("Gentle massage eases bursitis of the hip.");

    Cli claims = Cli.run(store, "claims", "--article", "liver");
    assertThat(claims.out())
        .contains("massage — contraindicated for — liver disease")
        .contains("massage — benefits — bursitis");

    // A draft meets the stored claims about the same new condition.
    Path draft = dir.resolve("draft.txt");
    Files.writeString(draft, "Massage is a good treatment for liver disease.\n");
    Cli check = Cli.run(store, "check", draft.toString());
    assertThat(check.out())
        .contains("massage — treats — liver disease")
        .contains("massage — contraindicated for — liver disease");

    // The article changed: it names neither any more, and neither is listed.
    Files.writeString(article, "Massage and the liver\n\nMassage eases back pain.\n");
    assertThat(Cli.run(store, "ingest", article.toString()).exit()).isZero();
    Cli after = Cli.run(store, "concepts", "--unreviewed");
    assertThat(after.out()).startsWith("0 unreviewed concepts");
    assertThat(Cli.run(store, "validate").out()).contains("Conforms");
  }
}
