package org.w3id.claimgraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Brings a graph to new content subject by subject, writing only what differs: each subject's
 * triples are compared with those the graph holds, and only the triples that are gone are deleted
 * and only the new ones added. A derived graph that is computed again after a small change is then
 * read, not rewritten; on a TDB2 store a read costs a fraction of a delete and an add in every
 * index.
 *
 * <p>Subjects the new content no longer has are removed by {@link #finish}: every subject of the
 * graph is one of those matched by the given patterns (a predicate, and an object or {@link
 * Node#ANY}), and those not put since the rewriter was made lose all their triples.
 */
public final class GraphRewriter {
  private final Graph target;
  private final LongSet written = new LongSet();
  private long added;
  private long removed;

  public GraphRewriter(Graph target) {
    this.target = target;
  }

  /**
   * Makes the triples of every subject of {@code block} exactly the block's triples of that
   * subject. A subject must be put once, in one block.
   *
   * @return the subjects whose triples changed
   */
  public List<Node> put(Graph block) {
    Set<Node> subjects = new LinkedHashSet<>();
    block.find().forEachRemaining(t -> subjects.add(t.getSubject()));
    List<Node> changed = new ArrayList<>();
    for (Node s : subjects) {
      long h = hash(s);
      if (written.contains(h)) {
        // Its triples of the earlier block would be lost to this one's.
        throw new IllegalStateException("a subject was put in two blocks: " + s);
      }
      written.add(h);
      Set<Triple> now = block.find(s, Node.ANY, Node.ANY).toSet();
      Set<Triple> was = target.find(s, Node.ANY, Node.ANY).toSet();
      if (now.equals(was)) {
        continue;
      }
      changed.add(s);
      for (Triple t : was) {
        if (!now.contains(t)) {
          target.delete(t);
          removed++;
        }
      }
      for (Triple t : now) {
        if (!was.contains(t)) {
          target.add(t);
          added++;
        }
      }
    }
    return changed;
  }

  /**
   * Removes every triple of the subjects, matched by {@code patterns}, that were not put.
   *
   * @param patterns each a triple pattern with {@link Node#ANY} as its subject
   * @return the subjects removed
   */
  public List<Node> finish(List<Triple> patterns) {
    Set<Node> stale = new HashSet<>();
    for (Triple p : patterns) {
      target
          .find(Node.ANY, p.getPredicate(), p.getObject())
          .forEachRemaining(
              t -> {
                if (!written.contains(hash(t.getSubject()))) {
                  stale.add(t.getSubject());
                }
              });
    }
    List<Node> out = new ArrayList<>(stale);
    for (Node s : out) {
      List<Triple> triples = target.find(s, Node.ANY, Node.ANY).toList();
      triples.forEach(target::delete);
      removed += triples.size();
    }
    return out;
  }

  /** Triples added so far. */
  public long added() {
    return added;
  }

  /** Triples removed so far. */
  public long removed() {
    return removed;
  }

  /**
   * A 64-bit hash of a subject (FNV-1a over its IRI or blank-node label, then the SplitMix64
   * finaliser): millions of subjects in a few bytes each. Two subjects of ten million share a hash
   * with a chance of about 3 in a million; the cost would be one stale subject left in place.
   */
  static long hash(Node n) {
    String s = n.isURI() ? n.getURI() : n.toString();
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    h ^= h >>> 31;
    return h;
  }

  /** An open-addressing set of longs. */
  static final class LongSet {
    private long[] slots = new long[1 << 12];
    private boolean hasZero;
    private int size;

    void add(long v) {
      if (v == 0) {
        hasZero = true;
        return;
      }
      if (size * 2 >= slots.length) {
        grow();
      }
      if (insert(slots, v)) {
        size++;
      }
    }

    boolean contains(long v) {
      if (v == 0) {
        return hasZero;
      }
      int mask = slots.length - 1;
      for (int i = (int) (v ^ (v >>> 32)) & mask; ; i = (i + 1) & mask) {
        if (slots[i] == v) {
          return true;
        }
        if (slots[i] == 0) {
          return false;
        }
      }
    }

    private static boolean insert(long[] table, long v) {
      int mask = table.length - 1;
      for (int i = (int) (v ^ (v >>> 32)) & mask; ; i = (i + 1) & mask) {
        if (table[i] == v) {
          return false;
        }
        if (table[i] == 0) {
          table[i] = v;
          return true;
        }
      }
    }

    private void grow() {
      long[] bigger = new long[slots.length * 2];
      for (long v : slots) {
        if (v != 0) {
          insert(bigger, v);
        }
      }
      slots = bigger;
    }
  }
}
