package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import org.w3id.claimgraph.ClaimgraphException;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.QueryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The {@code claimgraph} command line. Exit codes: 0 success, 1 failure (including validation
 * violations), 2 bad input or usage. Errors are one line on standard error; {@code --verbose} adds
 * the stack trace.
 */
@Command(
    name = "claimgraph",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "A knowledge graph of health claims: who claims what about which intervention and condition,"
          + " how strongly, and which claims conflict."
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 failure, 2 bad input or usage, 3 the draft needs review (check).",
      "Example:",
      "  claimgraph conflicts"
    })
public final class Main {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int BAD_INPUT = 2;

  /** The subcommands, in the order the help lists them. */
  static final List<Class<?>> COMMANDS =
      List.of(
          BuildCommand.class,
          ConflictsCommand.class,
          ClaimsCommand.class,
          GradeCommand.class,
          ReportCommand.class,
          SearchCommand.class,
          IngestCommand.class,
          ExtractCommand.class,
          CheckCommand.class,
          QueryCommand.class,
          ServeCommand.class,
          ExportCommand.class,
          ValidateCommand.class,
          ReindexCommand.class,
          DeriveCommand.class,
          ReviewCommand.class,
          ReviewsCommand.class,
          OrphansCommand.class,
          ConceptsCommand.class,
          HistoryCommand.class,
          RetractCommand.class,
          ImportCommand.class,
          EvalCommand.class,
          BenchCommand.class,
          CommandLine.HelpCommand.class);

  /**
   * Lucene's notes on the JVM it runs on, through {@code java.util.logging} (on a JDK 21 or later,
   * which of its implementations it chose and that a later Lucene would use more of the JVM's
   * vector API) are not the user's business and would be printed on every run; its errors are still
   * reported. Held here so that the level stays set.
   */
  private static final java.util.logging.Logger LUCENE =
      java.util.logging.Logger.getLogger("org.apache.lucene");

  public static void main(String[] args) {
    LUCENE.setLevel(java.util.logging.Level.SEVERE);
    int code = commandLine(args).execute(args);
    if (completed(code) && ClassArchiveTraining.enabled()) {
      ClassArchiveTraining.run();
    }
    System.exit(code);
  }

  /**
   * Whether a command ran to its end: it succeeded, or it gave a verdict ({@code check}'s "needs
   * review"). The launcher keeps the class archive of such a run, and of no other.
   */
  static boolean completed(int code) {
    return code == OK || code == CheckCommand.NEEDS_REVIEW;
  }

  /** The command line with every subcommand, ready to execute; tests set its writers. */
  public static CommandLine commandLine() {
    return configure(COMMANDS);
  }

  /**
   * The command line for {@code args}: with only the subcommand they name, when they name one
   * (picocli builds each subcommand's model by reflection, a fifth of a short command's start-up
   * when all are built), else with all of them (for the help, and for a usage error that lists
   * them). {@code help} is given all, since it describes the others.
   */
  static CommandLine commandLine(String[] args) {
    if (args.length > 0) {
      for (Class<?> c : COMMANDS) {
        Command command = c.getAnnotation(Command.class);
        if (c != CommandLine.HelpCommand.class
            && (command.name().equals(args[0]) || List.of(command.aliases()).contains(args[0]))) {
          return configure(List.of(c));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine configure(List<Class<?>> commands) {
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> c : commands) {
      cl.addSubcommand(c);
    }
    cl.setExecutionExceptionHandler(new Errors());
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /**
   * A usage error, whether picocli found it or a command did: one line saying what is wrong, one
   * saying where the help is; exit code 2.
   */
  static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("claimgraph: " + ex.getMessage().replace('\n', ' '));
    err.println("see `" + cl.getCommandSpec().qualifiedName() + " --help`");
    err.flush();
    return BAD_INPUT;
  }

  /** Maps exceptions to one-line messages and exit codes. */
  static final class Errors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
      PrintWriter err = cl.getErr();
      boolean verbose =
          parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
      if (ex instanceof CommandLine.ParameterException pe) {
        return usageError(pe, new String[0]);
      }
      int code;
      String message;
      if (ex instanceof InputException || ex instanceof QueryException) {
        code = BAD_INPUT;
        message = ex.getMessage();
      } else if (ex instanceof ClaimgraphException) {
        code = FAILURE;
        message = ex.getMessage();
      } else {
        code = FAILURE;
        message =
            "internal error: " + ex + (verbose ? "" : " (run with --verbose for the stack trace)");
      }
      err.println("claimgraph: " + message.replace('\n', ' '));
      if (verbose) {
        ex.printStackTrace(err);
      }
      err.flush();
      return code;
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"claimgraph " + (v == null ? "(development build)" : v)};
    }
  }
}
