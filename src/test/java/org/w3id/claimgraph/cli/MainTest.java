package org.w3id.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command line built with only the subcommand it runs behaves as the one with all of them. */
class MainTest {
  /** Exit code, standard output and standard error of {@code args} on {@code cl}. */
  private static List<String> run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return List.of(Integer.toString(code), out.toString(), err.toString());
  }

  @Test
  void eachCommandsHelpAndUsageErrorsAreThoseOfTheWholeCommandLine() {
    List<String> names = new ArrayList<>();
    for (Class<?> c : Main.COMMANDS) {
      String name = c.getAnnotation(Command.class).name();
      names.add(name);
      for (String[] args :
          List.of(
              new String[] {name, "--help"},
              new String[] {name, "--no-such-option"},
              new String[] {name, "--version"})) {
        assertThat(Main.commandLine(args).getSubcommands().keySet())
            .as(name)
            .containsExactly(name.equals("help") ? names(Main.COMMANDS) : new String[] {name});
        assertThat(run(Main.commandLine(args), args))
            .as(String.join(" ", args))
            .isEqualTo(run(Main.commandLine(), args));
      }
    }
    assertThat(names).hasSize(25);
    // No command, an unknown one, and help about one: every subcommand is there.
    for (String[] args :
        List.of(new String[] {}, new String[] {"conflictz"}, new String[] {"help", "check"})) {
      assertThat(run(Main.commandLine(args), args)).isEqualTo(run(Main.commandLine(), args));
    }
  }

  private static String[] names(List<Class<?>> commands) {
    return commands.stream().map(c -> c.getAnnotation(Command.class).name()).toArray(String[]::new);
  }
}
