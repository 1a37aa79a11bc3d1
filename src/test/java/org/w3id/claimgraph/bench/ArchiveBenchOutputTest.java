package org.w3id.claimgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveBenchOutputTest {
  static final ArchiveBench.Row ROW =
      new ArchiveBench.Row(
          1000, 48320, 4000000, 160.0, 10.5, 9.5, 0.5, 23.35, 1960.7, 19980.2, 0.94, 5.08, 1595,
          603, 1538, 19, 21126);

  @Test
  void theCsvHasOneNamedColumnPerFigureWithDerivedRates() {
    String[] lines = ArchiveBench.csv(List.of(ROW)).split("\n");
    assertThat(lines[0])
        .isEqualTo(
            "articles,claims,triples,ingest_s,articles_per_s,triples_per_s,extract_s,"
                + "raw_tdb2_load_s,raw_lucene_index_s,raw_articles_per_s,ratio_to_raw,grade_s,"
                + "conflicts_query_ms,conflicts_command_ms,disputes,search_p50_ms,search_p99_ms,"
                + "peak_heap_mb,heap_after_gc_mb,store_mb,index_mb");
    // 1000 / 160 s = 6.25 articles/s; 4e6 / 160 = 25000 triples/s; the raw pipeline (extraction,
    // bulk load, Lucene) 1000 / 20.5 s = 48.8/s, so 6.25 / 48.78 = 0.128 of it.
    assertThat(lines[1])
        .isEqualTo(
            "1000,48320,4000000,160.0,6.3,25000,10.5,9.5,0.5,48.8,0.128,23.35,1960.7,19980.2,"
                + "21126,0.94,5.08,1595,603,1538,19");
  }

  @Test
  void thePrintedTableLinesUpUnderItsHeadings() {
    StringWriter s = new StringWriter();
    ArchiveBench.print(List.of(ROW), new PrintWriter(s));
    String[] lines = s.toString().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith(" articles").contains("ratio").endsWith("index MB");
    assertThat(lines[1]).hasSameSizeAs(lines[0]).startsWith("    1,000").contains("0.128");
  }
}
