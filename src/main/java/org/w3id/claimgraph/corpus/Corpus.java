package org.w3id.claimgraph.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.vocab.Ids;

/**
 * The curated corpus directory: for each article {@code SLUG.txt} (the text exactly as published),
 * {@code SLUG.meta.ttl} (its metadata) and {@code SLUG.claims.ttl} (its curated claims).
 */
public final class Corpus {
  public static final String TEXT = ".txt";
  public static final String METADATA = ".meta.ttl";
  public static final String CLAIMS = ".claims.ttl";

  private Corpus() {}

  /** The entries of a corpus directory, sorted by slug; stray or missing files are input errors. */
  public static List<CorpusEntry> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir, "corpus directory not found");
    }
    TreeSet<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
    } catch (IOException e) {
      throw new InputException(dir, "cannot list: " + e.getMessage(), e);
    }
    List<CorpusEntry> entries = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(TEXT)) {
        entries.add(entry(dir, name.substring(0, name.length() - TEXT.length()), names));
      } else if (!name.endsWith(METADATA) && !name.endsWith(CLAIMS) && !name.startsWith(".")) {
        throw new InputException(
            dir.resolve(name),
            "unexpected file in the corpus; expected SLUG.txt, SLUG.meta.ttl or SLUG.claims.ttl");
      }
    }
    for (String name : names) {
      String slug = stripSuffix(name);
      if (slug != null && !names.contains(slug + TEXT)) {
        throw new InputException(
            dir.resolve(name), "no article text " + slug + TEXT + " beside it");
      }
    }
    return entries;
  }

  private static CorpusEntry entry(Path dir, String slug, TreeSet<String> names) {
    Path text = dir.resolve(slug + TEXT);
    if (!Ids.isSlug(slug)) {
      throw new InputException(
          text, "file name must be a slug (lower-case letters and digits joined by hyphens)");
    }
    if (!names.contains(slug + METADATA)) {
      throw new InputException(text, "no metadata file " + slug + METADATA + " beside it");
    }
    Optional<Path> claims =
        names.contains(slug + CLAIMS) ? Optional.of(dir.resolve(slug + CLAIMS)) : Optional.empty();
    return new CorpusEntry(slug, text, dir.resolve(slug + METADATA), claims);
  }

  private static String stripSuffix(String name) {
    if (name.endsWith(METADATA)) {
      return name.substring(0, name.length() - METADATA.length());
    }
    if (name.endsWith(CLAIMS)) {
      return name.substring(0, name.length() - CLAIMS.length());
    }
    return null;
  }
}
