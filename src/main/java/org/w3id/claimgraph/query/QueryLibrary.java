package org.w3id.claimgraph.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.QueryException;
import org.w3id.claimgraph.corpus.TextFile;

/**
 * The SPARQL library: every {@code queries/*.rq}, parsed once at start as strict SPARQL 1.1 (no ARQ
 * extensions), so a syntax error in any of them fails at once with its file, line and column.
 */
public final class QueryLibrary {
  /** Every claim with its details. */
  public static final String CLAIMS = "claims";

  /** Every conflict between two propositions, once, with both sides counted. */
  public static final String CONFLICTS = "conflicts";

  /** What ranks and counts the disputes, without the rest of what they say. */
  public static final String CONFLICT_ORDER = "conflict-order";

  /** Every conflicting pair of claims. */
  public static final String CONFLICT_PAIRS = "conflict-pairs";

  /** The conflicting pairs one article takes part in. */
  public static final String CONFLICT_PAIRS_OF_ARTICLE = "conflict-pairs-of-article";

  /** Who makes each side of each conflict. */
  public static final String CONFLICT_SOURCES = "conflict-sources";

  private final Map<String, NamedQuery> queries;

  /** The names of the queries asked for so far, so a build can record what it read. */
  private final Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private QueryLibrary(Map<String, NamedQuery> queries) {
    this.queries = Collections.unmodifiableMap(queries);
  }

  /** Loads and parses every {@code *.rq} in {@code dir}. */
  public static QueryLibrary load(Path dir) {
    Map<String, NamedQuery> queries = new TreeMap<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new InputException(dir, "cannot list queries: " + e.getMessage(), e);
    }
    // The first is parsed here, which loads the parser; the rest on every core. A broken file is
    // reported as before: the first in name order.
    Object[] parsed = new Object[files.size()];
    if (!files.isEmpty()) {
      parsed[0] = attempt(files.get(0));
    }
    java.util.stream.IntStream.range(1, files.size())
        .parallel()
        .forEach(i -> parsed[i] = attempt(files.get(i)));
    for (Object q : parsed) {
      if (q instanceof RuntimeException e) {
        throw e;
      }
      NamedQuery named = (NamedQuery) q;
      queries.put(named.name(), named);
    }
    return new QueryLibrary(queries);
  }

  /** The query {@code file} holds, or the exception parsing it ended with. */
  private static Object attempt(Path file) {
    try {
      return parse(file);
    } catch (RuntimeException e) {
      return e;
    }
  }

  /** Parses one query file as strict SPARQL 1.1. */
  public static NamedQuery parse(Path file) {
    String text = TextFile.read(file);
    String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
    try {
      Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
      return new NamedQuery(name, file, description(text), query);
    } catch (QueryParseException e) {
      throw parseError(file.toString(), e);
    } catch (org.apache.jena.query.QueryException e) {
      // Found while the parser builds the query: a projection that names a variable twice, or a
      // constant expression that cannot be evaluated (REGEX("a", "(")).
      throw new InputException(
          file.toString(), -1, -1, String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip());
    }
  }

  /**
   * A parse error at the offending token ("at line L, column C" in the parser's message, which is
   * one token past the position the exception carries), without the long list of expected tokens.
   */
  public static InputException parseError(String source, QueryParseException e) {
    String message = e.getMessage() == null ? "syntax error" : e.getMessage();
    long line = e.getLine();
    long column = e.getColumn();
    Matcher m = AT.matcher(message);
    if (m.find()) {
      line = Long.parseLong(m.group(1));
      column = Long.parseLong(m.group(2));
    }
    int cut = message.indexOf("Was expecting");
    if (cut > 0) {
      message = message.substring(0, cut).strip();
    }
    return new InputException(source, line, column, message.replace('\n', ' ').strip());
  }

  private static final Pattern AT = Pattern.compile("at line (\\d+), column (\\d+)");

  /** The comment lines at the top of a query, joined, without their '#'. */
  static String description(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith("#")) {
        String words = t.replaceFirst("^#+\\s?", "").strip();
        if (!words.isEmpty()) {
          sb.append(sb.length() > 0 ? " " : "").append(words);
        }
      } else if (!t.isEmpty()) {
        break;
      }
    }
    return sb.toString();
  }

  /** The query of that name, or an error listing the names there are. */
  public NamedQuery get(String name) {
    NamedQuery q = queries.get(name);
    if (q == null) {
      throw new QueryException(
          "no query named \""
              + name
              + "\"; the library has: "
              + String.join(", ", queries.keySet()));
    }
    used.add(name);
    return q;
  }

  /** The names of the library's queries asked for through {@link #get} so far, sorted. */
  public java.util.SortedSet<String> used() {
    return new java.util.TreeSet<>(used);
  }

  public Collection<NamedQuery> all() {
    return queries.values();
  }
}
