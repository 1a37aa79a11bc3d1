package org.w3id.claimgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.corpus.TextFile;
import org.w3id.claimgraph.ingest.Preparer;
import org.w3id.claimgraph.ingest.Source;
import org.w3id.claimgraph.ingest.SourceReader;
import org.w3id.claimgraph.model.Relation;

/**
 * A gold set of annotated real pages: {@code articles/*.txt} (each may start with a {@code # key:
 * value} header), {@code claims.tsv} (file, intervention, relation, condition, hedge,
 * attributed_to, quote, negated) and {@code conflicts.tsv} (file_a, quote_a, file_b, quote_b, why).
 * Tab-separated, no quoting, a header row first. Every quote must be found in its article's text; a
 * row that breaks the layout is an error naming the file and line.
 */
public record GoldSet(
    Path dir, List<GoldArticle> articles, List<GoldClaim> claims, List<GoldConflict> conflicts) {

  /** An article of the set: its file, slug, number (the leading digits of the name), and text. */
  public record GoldArticle(Path file, String name, String slug, int number, Source source) {
    public String text() {
      return source.text();
    }
  }

  /**
   * An annotated claim, with its quote's offsets in code points.
   *
   * @param hedge certain, hedged or strong
   * @param attributedTo "article" for the page's own voice, else who
   */
  public record GoldClaim(
      String file,
      int line,
      String intervention,
      Relation relation,
      String condition,
      String hedge,
      String attributedTo,
      String quote,
      boolean negated,
      int start,
      int end) {
    public boolean ownVoice() {
      return attributedTo.equals("article");
    }
  }

  /** An annotated conflict between two quotes. */
  public record GoldConflict(
      int line,
      String fileA,
      String quoteA,
      int startA,
      int endA,
      String fileB,
      String quoteB,
      int startB,
      int endB,
      String why) {}

  /** Reads the set in {@code dir}. */
  public static GoldSet read(Path dir) {
    Path articlesDir = dir.resolve("articles");
    if (!Files.isDirectory(articlesDir)) {
      throw new InputException(dir, "is not a gold set: it has no articles/ directory");
    }
    SourceReader reader = new SourceReader(SourceReader.DEFAULT_MAX_BYTES);
    Map<String, GoldArticle> byName = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(articlesDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        byName.put(name, new GoldArticle(f, name, Preparer.slug(f), number(name), reader.read(f)));
      }
    } catch (IOException e) {
      throw new InputException(articlesDir, "cannot list: " + e.getMessage(), e);
    }
    List<GoldClaim> claims = new ArrayList<>();
    Path claimsFile = dir.resolve("claims.tsv");
    List<String[]> rows = rows(claimsFile, 8);
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      int line = i + 2;
      GoldArticle a = article(byName, claimsFile, line, r[0]);
      Relation relation;
      try {
        relation = Relation.fromCode(r[2]);
      } catch (IllegalArgumentException e) {
        throw new InputException(claimsFile.toString(), line, 3, e.getMessage());
      }
      String hedge = r[4].toLowerCase(Locale.ROOT);
      if (!List.of("certain", "hedged", "strong").contains(hedge)) {
        throw new InputException(
            claimsFile.toString(),
            line,
            5,
            "hedge \"" + r[4] + "\" is not certain, hedged or strong");
      }
      if (!r[7].equals("yes") && !r[7].equals("no")) {
        throw new InputException(claimsFile.toString(), line, 8, "negated must be yes or no");
      }
      int[] span = find(a, r[6], claimsFile, line, 7);
      claims.add(
          new GoldClaim(
              r[0],
              line,
              r[1],
              relation,
              r[3],
              hedge,
              r[5],
              r[6],
              r[7].equals("yes"),
              span[0],
              span[1]));
    }
    List<GoldConflict> conflicts = new ArrayList<>();
    Path conflictsFile = dir.resolve("conflicts.tsv");
    if (Files.exists(conflictsFile)) {
      List<String[]> crows = rows(conflictsFile, 5);
      for (int i = 0; i < crows.size(); i++) {
        String[] r = crows.get(i);
        int line = i + 2;
        int[] sa = find(article(byName, conflictsFile, line, r[0]), r[1], conflictsFile, line, 2);
        int[] sb = find(article(byName, conflictsFile, line, r[2]), r[3], conflictsFile, line, 4);
        conflicts.add(
            new GoldConflict(line, r[0], r[1], sa[0], sa[1], r[2], r[3], sb[0], sb[1], r[4]));
      }
    }
    return new GoldSet(dir, List.copyOf(byName.values()), claims, conflicts);
  }

  private static GoldArticle article(
      Map<String, GoldArticle> byName, Path file, int line, String name) {
    GoldArticle a = byName.get(name);
    if (a == null) {
      throw new InputException(file.toString(), line, 1, "no article " + name + " in articles/");
    }
    return a;
  }

  private static int[] find(GoldArticle a, String quote, Path file, int line, int column) {
    String text = a.text();
    int at = text.indexOf(quote);
    if (at < 0 || quote.isEmpty()) {
      throw new InputException(
          file.toString(), line, column, "the quote is not in " + a.name() + ": \"" + quote + "\"");
    }
    int start = text.codePointCount(0, at);
    return new int[] {start, start + quote.codePointCount(0, quote.length())};
  }

  private static List<String[]> rows(Path file, int fields) {
    String text = TextFile.read(file);
    String[] lines = text.split("\r?\n", -1);
    List<String[]> out = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] r = lines[i].split("\t", -1);
      if (r.length != fields) {
        throw new InputException(
            file.toString(), i + 1, -1, "has " + r.length + " fields; expected " + fields);
      }
      out.add(r);
    }
    return out;
  }

  private static int number(String name) {
    int i = 0;
    while (i < name.length() && Character.isDigit(name.charAt(i))) {
      i++;
    }
    return i == 0 ? -1 : Integer.parseInt(name.substring(0, Math.min(i, 9)));
  }

  /** The claims of one article. */
  public List<GoldClaim> claimsOf(String name) {
    return claims.stream().filter(c -> c.file().equals(name)).toList();
  }
}
