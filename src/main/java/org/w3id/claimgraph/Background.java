package org.w3id.claimgraph;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work done beside the caller, on daemon threads (so none keeps the JVM alive after a command
 * ends), and its result taken back with the exception it ended with rethrown as it was thrown: an
 * {@link InputException} from another thread still reaches the command as one line.
 */
public final class Background {
  private Background() {}

  /** A pool of {@code threads} daemon threads called {@code name}. */
  public static ExecutorService pool(String name, int threads) {
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /** The value of {@code work}, or the exception it ended with, as it was thrown. */
  public static <T> T get(Future<T> work) {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + work, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
