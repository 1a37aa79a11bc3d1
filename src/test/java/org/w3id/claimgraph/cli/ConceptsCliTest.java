package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concepts} counts, for each concept, the claims that speak of it as intervention or
 * condition: the claims {@code claims} lists, each once, and nothing else that names the concept
 * (the propositions of the conflicts graph name it too).
 */
class ConceptsCliTest {
  @Test
  void eachConceptCountsTheClaimsThatSpeakOfIt(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("store");
    Cli claims = Cli.run(store, "claims", "--format", "json");
    assertThat(claims.exit()).as(claims.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> expected = new HashMap<>();
    for (JsonNode c : json.readTree(claims.out()).get("claims")) {
      Set<String> about = new LinkedHashSet<>();
      about.add(c.get("intervention").get("iri").asText());
      about.add(c.get("condition").get("iri").asText());
      about.forEach(iri -> expected.merge(iri, 1, Integer::sum));
    }
    assertThat(expected).isNotEmpty();

    Cli concepts = Cli.run(store, "concepts", "--format", "json");
    assertThat(concepts.exit()).as(concepts.err()).isZero();
    Map<String, Integer> counted = new HashMap<>();
    for (JsonNode c : json.readTree(concepts.out()).get("concepts")) {
      // A concept with two broader concepts is listed once for each, with the same count.
      counted.put(c.get("id").asText(), c.get("claims").asInt());
    }
    for (Map.Entry<String, Integer> e : counted.entrySet()) {
      assertThat(e.getValue()).as(e.getKey()).isEqualTo(expected.getOrDefault(e.getKey(), 0));
    }
    assertThat(counted.keySet()).containsAll(expected.keySet());
    assertThat(counted).containsEntry("https://w3id.org/claimgraph/id/concept/aneurysm", 1);
  }
}
