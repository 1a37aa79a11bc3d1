package org.w3id.claimgraph.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header a saved plain-text page may start with: lines {@code # key: value} for known keys,
 * ended by a blank line. Text that does not start with such a line has no header, so an article
 * whose first line is an ordinary "# Heading" keeps it.
 */
record TextHeader(Map<String, String> fields, int length) {
  private static final Set<String> KEYS =
      Set.of("source", "url", "title", "author", "publisher", "date");
  private static final Pattern LINE = Pattern.compile("# ([A-Za-z]+):[ \\t]*(.*)");

  static TextHeader parse(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    int at = 0;
    while (at < text.length()) {
      int nl = text.indexOf('\n', at);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(at, end).strip();
      if (line.isEmpty()) {
        if (fields.isEmpty()) {
          break;
        }
        return new TextHeader(fields, nl < 0 ? text.length() : nl + 1);
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches() || !KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        break;
      }
      String value = m.group(2).strip();
      if (!value.isEmpty()) {
        fields.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
      }
      if (nl < 0) {
        break;
      }
      at = nl + 1;
    }
    return new TextHeader(Map.of(), 0);
  }

  String get(String key) {
    return fields.get(key);
  }
}
