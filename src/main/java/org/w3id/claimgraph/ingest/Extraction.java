package org.w3id.claimgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.claimgraph.StoreException;
import org.w3id.claimgraph.vocab.Ids;

/**
 * Extraction as a step of its own, with no store: each article's graph (its text, metadata, claims
 * with their spans, qualifiers and attribution) written as one N-Quads file named by its slug, in
 * the named graph {@code ingest} would give it. The same file always gives the same bytes, so the
 * step can run on many machines at once and any server can bulk-load what it writes. Every file is
 * read and checked before any is written; each is written whole (to a temporary file, then moved
 * into place).
 */
public final class Extraction {
  private final Preparer preparer;

  public Extraction(Preparer preparer) {
    this.preparer = preparer;
  }

  /** What one run wrote. */
  public record Result(int articles, int claims, List<Path> files) {}

  /** Extracts {@code inputs} (files, and directories of .txt, .md and .html) into {@code out}. */
  public Result extract(List<Path> inputs, Path out) {
    List<Path> files = Ingester.checkedArticles(inputs, preparer);
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new StoreException("cannot create " + out + ": " + e.getMessage(), e);
    }
    int claims = 0;
    List<Path> written = new ArrayList<>();
    for (Path file : files) {
      String slug = Preparer.slug(file);
      Prepared p = preparer.prepare(file, slug);
      claims += p.claims().size();
      written.add(write(out.resolve(slug + ".nq"), slug, p));
    }
    return new Result(files.size(), claims, written);
  }

  /** The article's graph as N-Quads, its lines sorted, written whole. */
  private static Path write(Path target, String slug, Prepared p) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    dsg.addGraph(NodeFactory.createURI(Ids.articleGraph(slug)), p.graph());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RDFDataMgr.write(bytes, dsg, Lang.NQUADS);
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    Arrays.sort(lines);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      if (!line.isBlank()) {
        text.append(line).append('\n');
      }
    }
    try {
      Path tmp = target.resolveSibling("." + slug + ".nq.tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
