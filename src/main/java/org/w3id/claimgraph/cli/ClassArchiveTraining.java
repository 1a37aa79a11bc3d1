package org.w3id.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.claimgraph.Workspace;
import org.w3id.claimgraph.build.Builder;
import org.w3id.claimgraph.serve.EndpointServer;
import org.w3id.claimgraph.vocab.Ids;
import picocli.CommandLine;

/**
 * What the launcher's class-data-sharing archive is trained on besides the command that makes it.
 *
 * <p>The launcher archives the classes of the first command that succeeds after a build (README,
 * under the set-up commands). That is usually a command on the embedded store ({@code ./claimgraph
 * conflicts} is the first set-up command), and a command that reads a SPARQL server with {@code
 * --endpoint} then loads its HTTP client, TLS and result-parsing classes from the jar on every run:
 * a third of a second more than the same command on the store, whatever the server; and {@code
 * check}, which the launcher does not archive from (it exits 3 when a draft needs review), loaded
 * the extractor's (language models, Markdown and HTML readers, the grading of a draft) from the jar
 * on every run. When the launcher makes the archive it sets {@value #PROPERTY}, and after the
 * command this starts {@code serve}'s endpoint on a loopback port over an in-memory dataset that
 * holds only the workspace's ontology, and runs the reading commands, and {@code check} of a small
 * draft in each format, against it with {@code --endpoint}, their output discarded, so that those
 * classes are archived too (and the server's, which {@code serve} then maps instead of loading).
 */
final class ClassArchiveTraining {
  /** The system property the launcher sets on the run that makes the archive. */
  static final String PROPERTY = "claimgraph.cds.training";

  private ClassArchiveTraining() {}

  /** Whether this run makes the archive. */
  static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** A draft in each format {@code check} reads, about one of the corpus's topics. */
  private static final List<String[]> DRAFTS =
      List.of(
          new String[] {"draft.txt", "Massage helps deep vein thrombosis.\n"},
          new String[] {
            "draft.md",
            "# Leg care\n\nRegular massage *may* ease swelling, according to Dr. Jane Roe.\n\n"
                + "- Compression stockings prevent blood clots.\n"
          },
          new String[] {
            "draft.html",
            "<html><head><title>Leg care</title></head><body><h1>Leg care</h1>"
                + "<p>Massage is not recommended for people with a blood clot.</p></body></html>"
          });

  /**
   * Runs the reading commands, and {@code check} of a draft in each format, against an in-process
   * endpoint over a dataset holding only the workspace's ontology.
   *
   * @return the exit code of each command, in order; nothing when the server could not start (the
   *     archive is a start-up aid, and a command that succeeded is not failed for it)
   */
  static List<Integer> run() {
    List<Integer> codes = new ArrayList<>();
    Path drafts = null;
    try (EndpointServer server =
        EndpointServer.start(ontology(), EndpointServer.Settings.loopback(10), "")) {
      String url = server.queryUrl("127.0.0.1");
      drafts = Files.createTempDirectory("claimgraph-cds-");
      List<List<String>> commands =
          new ArrayList<>(
              List.of(
                  List.of("conflicts"),
                  List.of("conflicts", "--format", "json"),
                  List.of("claims"),
                  List.of("grade"),
                  List.of("query", "articles")));
      for (String[] draft : DRAFTS) {
        Path file = Files.writeString(drafts.resolve(draft[0]), draft[1]);
        commands.add(List.of("check", file.toString()));
      }
      commands.add(
          List.of("check", drafts.resolve(DRAFTS.get(0)[0]).toString(), "--format", "json"));
      for (List<String> command : commands) {
        List<String> args = new ArrayList<>(command);
        args.add("--endpoint");
        args.add(url);
        String[] argv = args.toArray(String[]::new);
        CommandLine cl = Main.commandLine(argv);
        cl.setOut(new PrintWriter(Writer.nullWriter()));
        cl.setErr(new PrintWriter(Writer.nullWriter()));
        codes.add(cl.execute(argv));
      }
    } catch (RuntimeException | IOException e) {
      // No archive training without a loopback port or a temporary directory; the command itself
      // has already succeeded.
    } finally {
      if (drafts != null) {
        // A temporary directory left behind is the system's to clean.
        org.apache.commons.io.FileUtils.deleteQuietly(drafts.toFile());
      }
    }
    return codes;
  }

  /** A dataset of the workspace's ontology, each file in its graph, read as a build reads it. */
  private static DatasetGraph ontology() {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    Map<String, Model> ontology = Builder.readOntology(Workspace.locate(null));
    dataset.executeWrite(
        () ->
            ontology.forEach(
                (name, model) ->
                    dataset.addGraph(
                        NodeFactory.createURI(Ids.ontologyGraph(name)), model.getGraph())));
    return dataset;
  }
}
