package org.w3id.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.claimgraph.TestHome;
import org.w3id.claimgraph.audit.Audit;
import org.w3id.claimgraph.audit.AuditHtml;
import org.w3id.claimgraph.audit.AuditMarkdown;
import org.w3id.claimgraph.audit.Audits;
import org.w3id.claimgraph.bench.ArticleGenerator;
import org.w3id.claimgraph.bench.Phrasebook;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.query.QueryLibrary;
import org.w3id.claimgraph.search.SearchIndex;
import org.w3id.claimgraph.store.LocalStore;

/**
 * {@code report --article} reads one article's claims, conflicts and details alone; its page must
 * be the page {@code report --all} writes for that article, on an archive where articles conflict
 * with many others.
 */
class OneArticleReportTest {
  @TempDir Path dir;

  private final QueryLibrary queries = QueryLibrary.load(TestHome.workspace().queries());

  @Test
  void anArticleReadAloneHasThePageOfTheWholeReport() throws Exception {
    ArticleGenerator generator = new ArticleGenerator(new Phrasebook(IngestTest.VOCABULARY), 7);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      ArticleGenerator.Generated a = generator.article(i);
      Path file = dir.resolve(a.slug() + ".txt");
      Files.writeString(file, a.text(), StandardCharsets.UTF_8);
      files.add(file);
    }
    try (LocalStore store = LocalStore.inMemory();
        SearchIndex index = SearchIndex.inMemory()) {
      new Builder(TestHome.workspace(), queries).build(store, index);
      IngestTest.ingester(queries, Options.defaults()).ingest(files, store, index, null);

      Audits whole = new Audits(store, queries);
      assertThat(whole.slugs()).hasSize(29);
      int withConflicts = 0;
      for (String slug : whole.slugs()) {
        Audits alone = Audits.ofArticle(store, queries, slug);
        assertThat(alone).as(slug).isNotNull();
        Audit expected = whole.of(slug);
        Audit actual = alone.of(slug);
        assertThat(actual.conflicts()).as(slug).isEqualTo(expected.conflicts());
        assertThat(AuditHtml.render(actual, null))
            .as(slug)
            .isEqualTo(AuditHtml.render(expected, null));
        assertThat(AuditMarkdown.render(actual)).as(slug).isEqualTo(AuditMarkdown.render(expected));
        withConflicts += expected.conflicts().size() > 1 ? 1 : 0;
      }
      // The case that matters: pages whose conflicts reach into other articles.
      assertThat(withConflicts).isGreaterThan(20);

      // A page that shows the first three of its conflicts: read alone (ranked from the claims'
      // scores and positions, three pairs read in full), it is the page of the whole report.
      Audits wholeOfThree = new Audits(store, queries, 3);
      int cut = 0;
      for (String slug : whole.slugs()) {
        Audit all = whole.of(slug);
        Audit expected = wholeOfThree.of(slug);
        Audit actual = Audits.ofArticle(store, queries, slug, 3).of(slug);
        assertThat(actual.conflicts()).as(slug).isEqualTo(expected.conflicts());
        assertThat(actual.conflicts())
            .as(slug)
            .isEqualTo(all.conflicts().subList(0, Math.min(3, all.conflicts().size())));
        assertThat(actual.pairCount()).as(slug).isEqualTo(all.conflicts().size());
        for (var c : actual.claims()) {
          assertThat(actual.pairCount(c)).as(c.id()).isEqualTo(all.conflictsOf(c).size());
        }
        assertThat(actual.summary()).as(slug).isEqualTo(all.summary());
        assertThat(AuditHtml.render(actual, null))
            .as(slug)
            .isEqualTo(AuditHtml.render(expected, null));
        assertThat(AuditMarkdown.render(actual)).as(slug).isEqualTo(AuditMarkdown.render(expected));
        if (all.conflicts().size() > 3) {
          cut++;
          assertThat(actual.shownNote())
              .startsWith("The 3 strongest of " + all.conflicts().size() + " conflicting");
          assertThat(AuditHtml.render(actual, null)).contains("--conflicts all");
        } else {
          assertThat(actual.shownNote()).isNull();
        }
      }
      assertThat(cut).isGreaterThan(10);
      assertThat(Audits.ofArticle(store, queries, "no-such-article")).isNull();
    }
  }
}
