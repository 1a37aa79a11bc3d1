package org.w3id.claimgraph.cli;

import org.w3id.claimgraph.report.Page;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How much of a ranked list to show: a table shows the first page (20), JSON and CSV everything,
 * unless {@code --limit}, {@code --offset} or {@code --all} say otherwise. The counts a command
 * prints above a table are always of the whole list.
 */
final class PageOptions {
  static final int TABLE_PAGE = 20;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Show at most N (default: " + TABLE_PAGE + " as a table; all as JSON or CSV).")
  Integer limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Skip the first N (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--all", description = "Show every one, however many.")
  boolean all;

  /** The page of {@code total} ranked items to show. */
  Page page(int total, boolean table, CommandSpec spec) {
    int[] asked = asked(table, spec);
    int from = Math.min(asked[0], total);
    return new Page(from, Math.min(asked[1], total), total);
  }

  /** The items asked for, {@code [from, to)}, before the total is known. */
  int[] asked(boolean table, CommandSpec spec) {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
    }
    if (offset < 0) {
      throw new ParameterException(
          spec.commandLine(), "--offset must not be negative, got " + offset);
    }
    if (all && limit != null) {
      throw new ParameterException(spec.commandLine(), "--all and --limit do not go together");
    }
    long n =
        all ? Integer.MAX_VALUE : limit != null ? limit : table ? TABLE_PAGE : Integer.MAX_VALUE;
    return new int[] {offset, (int) Math.min((long) offset + n, Integer.MAX_VALUE)};
  }
}
