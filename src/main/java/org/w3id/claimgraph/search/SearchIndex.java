package org.w3id.claimgraph.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.w3id.claimgraph.StoreException;
import org.w3id.claimgraph.model.Vocabulary;

/**
 * The Lucene index of sentences and claims, kept beside the store. Each commit records the store
 * generation it reflects; an index whose generation differs from the store's is stale and is
 * rebuilt from the store.
 */
public final class SearchIndex implements Closeable {
  /** Commit user data key of the store generation the index reflects. */
  static final String GENERATION = "claimgraph.generation";

  /**
   * Commit user data key of the layout of the index's documents: an index of another layout (one
   * written before its claims' entries held their propositions and strengths, or one that could
   * keep the entries of a retracted article's claims) is stale whatever its generation, and is
   * rebuilt.
   */
  static final String LAYOUT = "claimgraph.layout";

  /** The layout this version writes. */
  static final String CURRENT_LAYOUT = "3";

  private final Directory directory;
  private final String description;

  private SearchIndex(Directory directory, String description) {
    this.directory = directory;
    this.description = description;
  }

  public static SearchIndex open(Path dir) {
    try {
      return new SearchIndex(FSDirectory.open(dir), "Lucene index at " + dir);
    } catch (IOException e) {
      throw new StoreException("cannot open the search index at " + dir + ": " + e.getMessage(), e);
    }
  }

  public static SearchIndex inMemory() {
    return new SearchIndex(new ByteBuffersDirectory(), "in-memory Lucene index");
  }

  /** The analyzer documents are indexed with: health text, keyword fields as they are. */
  static Analyzer indexAnalyzer() {
    return perField(new HealthAnalyzer(), new WhitespaceAnalyzer());
  }

  /**
   * {@code text} for the analysed fields, {@code concepts} for the concept-key fields, keyword
   * fields as they are.
   */
  static Analyzer perField(Analyzer text, Analyzer concepts) {
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    for (String f : Fields.KEYWORDS) {
      perField.put(f, new KeywordAnalyzer());
    }
    for (String f : Fields.CONCEPT_KEYS) {
      perField.put(f, concepts);
    }
    return new PerFieldAnalyzerWrapper(text, perField);
  }

  /** The store generation of the last commit, or -1 when there is no index yet. */
  public long generation() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return -1;
      }
      Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
      String g = data.get(GENERATION);
      return g == null || !CURRENT_LAYOUT.equals(data.get(LAYOUT)) ? -1 : Long.parseLong(g);
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Starts replacing the whole index with {@code documents}, prepared for commit but not visible:
   * the caller commits the batch once the store has committed, or rolls it back.
   */
  public Batch rebuild(Iterable<Document> documents, long generation) {
    return rebuildFrom(documents::forEach, generation);
  }

  /**
   * As {@link #rebuild(Iterable, long)}, with the documents handed to the index as {@code
   * documents} makes them, none held: an archive's sentences and claims need not fit in memory.
   */
  public Batch rebuildFrom(
      java.util.function.Consumer<java.util.function.Consumer<Document>> documents,
      long generation) {
    try {
      IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      config.setRAMBufferSizeMB(128);
      IndexWriter writer = new IndexWriter(directory, config);
      try {
        documents.accept(
            d -> {
              try {
                writer.addDocument(d);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
        writer.setLiveCommitData(commitData(generation).entrySet());
        writer.prepareCommit();
        return new Batch(writer);
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (java.io.UncheckedIOException e) {
      throw new StoreException(
          "cannot write the search index: " + e.getCause().getMessage(), e.getCause());
    } catch (IOException e) {
      throw new StoreException("cannot write the search index: " + e.getMessage(), e);
    }
  }

  /**
   * Starts replacing the documents of some articles: their old documents are deleted, {@code
   * documents} added, prepared for commit but not visible until the caller commits the batch.
   */
  public Batch update(
      java.util.Collection<String> articles, Iterable<Document> documents, long generation) {
    try {
      IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(128);
      IndexWriter writer = new IndexWriter(directory, config);
      try {
        for (String slug : articles) {
          writer.deleteDocuments(new org.apache.lucene.index.Term(Fields.ARTICLE, slug));
        }
        for (Document d : documents) {
          writer.addDocument(d);
        }
        writer.setLiveCommitData(commitData(generation).entrySet());
        writer.prepareCommit();
        return new Batch(writer);
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (IOException e) {
      throw new StoreException("cannot write the search index: " + e.getMessage(), e);
    }
  }

  /**
   * Starts replacing the documents of some claims (whose grades changed): their old documents are
   * deleted by id and {@code documents} added, prepared for commit but not visible until the caller
   * commits the batch.
   */
  public Batch updateClaims(
      java.util.Collection<String> claims, Iterable<Document> documents, long generation) {
    try {
      IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(128);
      IndexWriter writer = new IndexWriter(directory, config);
      try {
        org.apache.lucene.index.Term[] ids =
            new org.apache.lucene.index.Term[Math.min(1024, claims.size())];
        int k = 0;
        for (String id : claims) {
          ids[k++] = new org.apache.lucene.index.Term(Fields.ID, id);
          if (k == ids.length) {
            writer.deleteDocuments(ids);
            k = 0;
          }
        }
        if (k > 0) {
          writer.deleteDocuments(java.util.Arrays.copyOf(ids, k));
        }
        for (Document d : documents) {
          writer.addDocument(d);
        }
        writer.setLiveCommitData(commitData(generation).entrySet());
        writer.prepareCommit();
        return new Batch(writer);
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (IOException e) {
      throw new StoreException("cannot write the search index: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> commitData(long generation) {
    return Map.of(GENERATION, Long.toString(generation), LAYOUT, CURRENT_LAYOUT);
  }

  /**
   * The entries of the graded claims that make {@code propositions} (by IRI), from the last commit,
   * in no order: what a claim holds and its strength, from the stored fields of its entry.
   */
  public List<Documents.Entry> claimsMaking(Collection<String> propositions) {
    return claimsMaking(propositions, PARALLEL_ENTRIES);
  }

  /**
   * As {@link #claimsMaking(Collection)}, reading the entries' stored fields on two cores (where
   * the machine has them) when at least {@code parallelFrom} entries match: the same entries in the
   * same order either way.
   */
  public List<Documents.Entry> claimsMaking(Collection<String> propositions, int parallelFrom) {
    if (propositions.isEmpty()) {
      return new ArrayList<>();
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query query =
          new TermInSetQuery(Fields.PROPOSITION, propositions.stream().map(BytesRef::new).toList());
      Weight weight =
          searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      // The matching documents first (from the postings, quick); then their stored fields, the
      // most of the work, in two halves on two cores where there are enough of them.
      List<LeafReaderContext> leaves = new ArrayList<>();
      List<int[]> docs = new ArrayList<>();
      int total = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        int[] found = new int[16];
        int n = 0;
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (live == null || live.get(doc)) {
            found = org.apache.lucene.util.ArrayUtil.grow(found, n + 1);
            found[n++] = doc;
          }
        }
        leaves.add(leaf);
        docs.add(java.util.Arrays.copyOf(found, n));
        total += n;
      }
      if (total < parallelFrom || Runtime.getRuntime().availableProcessors() < 2) {
        return entries(leaves, docs, 0, total);
      }
      int half = total / 2;
      java.util.concurrent.ExecutorService pool =
          org.w3id.claimgraph.Background.pool("entry-reader", 1);
      try {
        int all = total;
        java.util.concurrent.Future<List<Documents.Entry>> second =
            pool.submit(() -> entries(leaves, docs, half, all));
        List<Documents.Entry> out = entries(leaves, docs, 0, half);
        out.addAll(org.w3id.claimgraph.Background.get(second));
        return out;
      } finally {
        pool.shutdownNow();
      }
    } catch (IOException e) {
      throw new StoreException("cannot read " + description + ": " + e.getMessage(), e);
    }
  }

  /** The fewest matching entries worth reading on two cores. */
  static final int PARALLEL_ENTRIES = 1_000;

  /**
   * The entries of the {@code from}-th to the {@code to}-th (exclusive) of {@code docs} (each
   * leaf's matching documents in order, the leaves in order), read with stored fields of their own
   * (a reader's stored fields serve one thread).
   */
  private List<Documents.Entry> entries(
      List<LeafReaderContext> leaves, List<int[]> docs, int from, int to) {
    List<Documents.Entry> out = new ArrayList<>(to - from);
    int seen = 0;
    try {
      for (int i = 0; i < leaves.size() && seen < to; i++) {
        int[] leafDocs = docs.get(i);
        int first = Math.max(0, from - seen);
        int last = Math.min(leafDocs.length, to - seen);
        if (first < last) {
          StoredFields stored = leaves.get(i).reader().storedFields();
          for (int k = first; k < last; k++) {
            Documents.Entry e = Documents.entry(stored.document(leafDocs[k]));
            if (e != null) {
              out.add(e);
            }
          }
        }
        seen += leafDocs.length;
      }
      return out;
    } catch (IOException e) {
      throw new StoreException("cannot read " + description + ": " + e.getMessage(), e);
    }
  }

  /** A searcher over the last commit, with synonyms from {@code vocabulary}. */
  public Searcher searcher(Vocabulary vocabulary) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new StoreException(description + " is empty: run `claimgraph reindex`");
      }
      return new Searcher(DirectoryReader.open(directory), vocabulary);
    } catch (IOException e) {
      throw new StoreException("cannot read " + description + ": " + e.getMessage(), e);
    }
  }

  public String description() {
    return description;
  }

  @Override
  public void close() {
    try {
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close " + description + ": " + e.getMessage(), e);
    }
  }

  /** Index changes prepared in the first phase of a two-phase commit. */
  public static final class Batch implements org.w3id.claimgraph.store.Staged {
    private final IndexWriter writer;

    Batch(IndexWriter writer) {
      this.writer = writer;
    }

    /** Makes the changes visible and durable. */
    @Override
    public void commit() {
      try (IndexWriter w = writer) {
        w.commit();
      } catch (IOException e) {
        throw new StoreException("cannot commit the search index: " + e.getMessage(), e);
      }
    }

    /** Discards the changes; the index stays as it was. */
    @Override
    public void rollback() {
      try {
        writer.rollback();
      } catch (IOException e) {
        throw new StoreException("cannot roll back the search index: " + e.getMessage(), e);
      }
    }
  }
}
