package org.w3id.claimgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.claimgraph.StoreException;

/**
 * The embedded store: a TDB2 dataset on local disk (or in memory, for tests). Reads and writes each
 * run in one transaction; a write that fails is aborted and leaves the store as it was.
 *
 * <p>The default graph of queries is the union of the named graphs, so a researcher's query that
 * uses no GRAPH pattern sees every article; the query library names its graphs explicitly so that
 * it runs the same on any SPARQL server.
 */
public final class LocalStore implements Store {
  private final DatasetGraph dataset;
  private final String description;
  private final boolean onDisk;

  private LocalStore(DatasetGraph dataset, String description, boolean onDisk) {
    this.dataset = dataset;
    this.description = description;
    this.onDisk = onDisk;
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
  }

  /**
   * Opens (creating if needed) the TDB2 store in {@code dir}. A directory that exists, is not empty
   * and is not a TDB2 store is refused, never written into.
   */
  public static LocalStore open(Path dir) {
    checkDirectory(dir);
    try {
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath()));
      return new LocalStore(dsg, "TDB2 store at " + dir, true);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the TDB2 store at " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A fresh TDB2 store in memory. */
  public static LocalStore inMemory() {
    return new LocalStore(
        DatabaseMgr.connectDatasetGraph(Location.mem()), "in-memory TDB2 store", false);
  }

  /** True when {@code dir} holds a TDB2 store (it has a {@code Data-NNNN} directory). */
  public static boolean exists(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(
          p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d{4}"));
    } catch (IOException e) {
      throw new StoreException("cannot read " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Refuses a path that exists and is anything but an empty directory or a TDB2 store. */
  static void checkDirectory(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new StoreException(dir + " is a file, not a store directory");
    }
    try (Stream<Path> files = Files.list(dir)) {
      if (files.findAny().isEmpty()) {
        return;
      }
    } catch (IOException e) {
      throw new StoreException("cannot read " + dir + ": " + e.getMessage(), e);
    }
    if (!exists(dir)) {
      // Bad input, as a wrong path is: exit code 2.
      throw new org.w3id.claimgraph.InputException(
          dir,
          "is not a TDB2 store (it is not empty and has no Data-NNNN directory); refusing to"
              + " write into it: choose another --store directory");
    }
  }

  @Override
  public <T> T read(Function<RDFLink, T> work) {
    RDFLink link = RDFLinkFactory.connect(dataset);
    return Txn.calculateRead(dataset, () -> work.apply(link));
  }

  /**
   * A write transaction as its work sees it: the dataset, and where it stages changes beside the
   * store (the search index's) that must land with it.
   */
  public static final class Writing {
    private final DatasetGraph dataset;
    private final java.util.List<Staged> staged = new java.util.ArrayList<>();

    private Writing(DatasetGraph dataset) {
      this.dataset = dataset;
    }

    /** The dataset, inside the write transaction. */
    public DatasetGraph dataset() {
      return dataset;
    }

    /** Stages {@code changes}: committed after the store commits, rolled back if it does not. */
    public void stage(Staged changes) {
      staged.add(changes);
    }
  }

  /**
   * Runs {@code work} in one write transaction and returns what it returns: the one write path of
   * the store and its index. The store commits first, then what the work staged; if the work or the
   * store's commit fails, what it staged is rolled back and the store is as it was. (If a staged
   * commit itself fails after the store committed, the index lags a generation behind the store,
   * which every later command detects and repairs.)
   */
  public <T> T calculateWrite(Function<Writing, T> work) {
    Writing w = new Writing(dataset);
    T value;
    try {
      value = Txn.calculateWrite(dataset, () -> work.apply(w));
    } catch (RuntimeException | Error e) {
      for (Staged s : w.staged) {
        try {
          s.rollback();
        } catch (RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
    for (Staged s : w.staged) {
      s.commit();
    }
    return value;
  }

  /** Runs read-only work directly on the dataset, in a read transaction. */
  public <T> T readDataset(Function<DatasetGraph, T> work) {
    return Txn.calculateRead(dataset, () -> work.apply(dataset));
  }

  /**
   * The dataset itself, for a server that manages its own transactions (Fuseki). Everything else
   * goes through {@link #read}, {@link #readDataset} and {@link #calculateWrite}.
   */
  public DatasetGraph datasetGraph() {
    return dataset;
  }

  /** The dataset's context: what queries run against it can find (the text searcher, say). */
  public org.apache.jena.sparql.util.Context context() {
    return dataset.getContext();
  }

  @Override
  public String description() {
    return description;
  }

  /**
   * Rewrites the store without the space earlier transactions left behind (TDB2 keeps old versions
   * of what a transaction changed), through the bulk loader ({@link BulkCompaction}); call outside
   * any transaction. Nothing for a store in memory.
   */
  public void compact() {
    if (onDisk) {
      BulkCompaction.compact(dataset);
    }
  }

  /**
   * Closes the store and, for one on disk, releases its directory, so another process (a second
   * command, a resumed ingest) can open it while this one still runs.
   */
  @Override
  public void close() {
    if (onDisk) {
      TDBInternal.expel(dataset);
    } else {
      dataset.close();
    }
  }
}
