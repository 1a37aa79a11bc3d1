package org.w3id.claimgraph;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Bad input: a file that cannot be read, parsed or trusted. The message names the file and, where
 * known, the position, as {@code file:line:column: message}.
 */
public final class InputException extends ClaimgraphException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final long column;

  /** An error at a line and column of a file; use -1 for an unknown line or column. */
  public InputException(String source, long line, long column, String message) {
    super(format(source, line, column, message));
    this.source = Objects.requireNonNull(source, "source may not be null");
    this.line = line;
    this.column = column;
  }

  /** An error about a file as a whole. */
  public InputException(Path file, String message) {
    this(file.toString(), -1, -1, message);
  }

  public InputException(Path file, String message, Throwable cause) {
    super(format(file.toString(), -1, -1, message), cause);
    this.source = file.toString();
    this.line = -1;
    this.column = -1;
  }

  public String source() {
    return source;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  private static String format(String source, long line, long column, String message) {
    StringBuilder sb = new StringBuilder(source);
    if (line >= 0) {
      sb.append(':').append(line);
      if (column >= 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(message).toString();
  }
}
