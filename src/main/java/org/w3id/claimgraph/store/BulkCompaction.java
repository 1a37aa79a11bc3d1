package org.w3id.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.base.Sys;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.CopyDSG;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.w3id.claimgraph.StoreException;

/**
 * Compacts a TDB2 store by writing its live quads into a new generation with Jena's bulk loader.
 *
 * <p>TDB2 keeps the versions of what each transaction changed until the store is compacted. Jena's
 * own compaction ({@code DatabaseMgr.compact}) copies the live quads into a new generation ({@code
 * Data-NNNN}) one at a time, inserting each into all six indexes. This takes the same steps as it
 * (Apache Jena's {@code DatabaseOps.compact}: the copy is written to {@code Data-NNNN-tmp}, moved
 * into place when whole, the transactions are handed over to it, and the old generation is
 * deleted), but writes the copy with the bulk loader, which sorts each index and writes it in one
 * pass. A compaction stopped before the move leaves a {@code -tmp} directory, which TDB2 deletes
 * the next time the store is opened; the store is then the old generation, whole. On Windows, where
 * a directory holding mapped files cannot be moved, Jena's own compaction runs.
 */
final class BulkCompaction {
  private static final String BASE = "Data-";

  private BulkCompaction() {}

  /** Compacts the store {@code dataset} (a TDB2 store on disk); call outside any transaction. */
  static void compact(DatasetGraph dataset) {
    if (Sys.isWindows || !(dataset instanceof DatasetGraphSwitchable container)) {
      DatabaseMgr.compact(dataset, true);
      return;
    }
    synchronized (BulkCompaction.class) {
      Path db1 = DatabaseOps.findStorageLocation(container.getContainerPath());
      if (db1 == null) {
        throw new StoreException("no TDB2 generation under " + container.getContainerPath());
      }
      Location loc1 = Location.create(db1);
      DatasetGraphTDB current = (DatasetGraphTDB) container.get();
      if (!current.getLocation().equals(loc1)) {
        throw new StoreException(
            "the store in use is " + current.getLocation() + ", not its latest generation " + db1);
      }
      int generation = Integer.parseInt(db1.getFileName().toString().substring(BASE.length()));
      Path db2 = db1.resolveSibling(String.format("%s%04d", BASE, generation + 1));
      Path tmp = db1.resolveSibling(db2.getFileName() + "-tmp");
      if (Files.exists(db2) || Files.exists(tmp)) {
        throw new StoreException("cannot compact: " + db2 + " or " + tmp + " already exists");
      }
      try {
        Files.createDirectory(tmp);
        copyConfiguration(db1, tmp);
        switchOver(container, current, tmp, db2);
      } catch (IOException e) {
        deleteAll(tmp);
        throw new UncheckedIOException(e);
      } catch (RuntimeException | Error e) {
        deleteAll(tmp);
        throw e;
      }
      deleteAll(db1);
    }
  }

  /**
   * With no writer on the store, bulk-loads its live quads into {@code tmp}, moves it to {@code
   * db2}, and switches the store over to it, as Jena's compaction does.
   */
  private static void switchOver(
      DatasetGraphSwitchable container, DatasetGraphTDB current, Path tmp, Path db2) {
    TransactionCoordinator txnMgr1 = current.getTxnSystem().getTxnMgr();
    container.execReadOnlyDatabase(
        () -> {
          Location locTmp = Location.create(tmp);
          DatasetGraphTDB copy = StoreConnection.connectCreate(locTmp).getDatasetGraphTDB();
          DataLoader loader = LoaderFactory.createLoader(copy, (format, args) -> {});
          try {
            loader.startBulk();
            try {
              Txn.executeRead(
                  current, () -> current.find().forEachRemaining(loader.stream()::quad));
            } catch (RuntimeException e) {
              loader.finishException(e);
              throw e;
            }
            loader.finishBulk();
            Txn.executeRead(
                current, () -> Txn.executeWrite(copy, () -> CopyDSG.copyPrefixes(current, copy)));
          } finally {
            // closed whether or not the copy is whole: a failed one is then deleted
            StoreConnection.internalExpel(locTmp, true);
          }
          try {
            Files.move(tmp, db2);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          DatasetGraphTDB compacted =
              StoreConnection.connectCreate(Location.create(db2)).getDatasetGraphTDB();
          TransactionCoordinator txnMgr2 = compacted.getTxnSystem().getTxnMgr();
          txnMgr2.execExclusive(
              () -> {
                txnMgr2.takeOverFrom(txnMgr1);
                txnMgr2.modifyConfigDirect(
                    () -> txnMgr1.listExternals().forEach(txnMgr2::addExternal));
                if (!container.change(current, compacted)) {
                  container.set(compacted);
                }
              });
        });
    // The old generation is no longer used once its last reader has finished.
    txnMgr1.startExclusiveMode();
    StoreConnection.release(current.getLocation());
  }

  /** TDB2's configuration files of a generation ({@code tdb.cfg}, {@code *.opt}). */
  private static void copyConfiguration(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.equals("tdb.cfg") || name.endsWith(".opt")) {
          Files.copy(f, to.resolve(name));
        }
      }
    }
  }

  private static void deleteAll(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      org.apache.commons.io.file.PathUtils.deleteDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
