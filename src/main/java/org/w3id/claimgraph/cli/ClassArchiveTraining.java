package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.claimgraph.serve.EndpointServer;
import picocli.CommandLine;

/**
 * What the launcher's class-data-sharing archive is trained on besides the command that makes it.
 *
 * <p>The launcher archives the classes of the first command that succeeds after a build (README,
 * under the set-up commands). That is usually a command on the embedded store ({@code ./claimgraph
 * conflicts} is the first set-up command), and a command that reads a SPARQL server with {@code
 * --endpoint} then loads its HTTP client, TLS and result-parsing classes from the jar on every run:
 * a third of a second more than the same command on the store, whatever the server. When the
 * launcher makes the archive it sets {@value #PROPERTY}, and after the command this starts {@code
 * serve}'s endpoint on a loopback port over an empty in-memory dataset and runs the reading
 * commands against it with {@code --endpoint}, their output discarded, so that those classes are
 * archived too (and the server's, which {@code serve} then maps instead of loading).
 */
final class ClassArchiveTraining {
  /** The system property the launcher sets on the run that makes the archive. */
  static final String PROPERTY = "claimgraph.cds.training";

  private ClassArchiveTraining() {}

  /** Whether this run makes the archive. */
  static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  /**
   * Runs the reading commands against an in-process endpoint over an empty dataset.
   *
   * @return the exit code of each command, in order; nothing when the server could not start (the
   *     archive is a start-up aid, and a command that succeeded is not failed for it)
   */
  static List<Integer> run() {
    List<Integer> codes = new ArrayList<>();
    try (EndpointServer server =
        EndpointServer.start(
            DatasetGraphFactory.createTxnMem(), EndpointServer.Settings.loopback(10), "")) {
      String url = server.queryUrl("127.0.0.1");
      for (List<String> command :
          List.of(
              List.of("conflicts"),
              List.of("conflicts", "--format", "json"),
              List.of("claims"),
              List.of("grade"),
              List.of("query", "articles"))) {
        List<String> args = new ArrayList<>(command);
        args.add("--endpoint");
        args.add(url);
        String[] argv = args.toArray(String[]::new);
        CommandLine cl = Main.commandLine(argv);
        cl.setOut(new PrintWriter(Writer.nullWriter()));
        cl.setErr(new PrintWriter(Writer.nullWriter()));
        codes.add(cl.execute(argv));
      }
    } catch (RuntimeException e) {
      // No archive training without a loopback port; the command itself has already succeeded.
    }
    return codes;
  }
}
