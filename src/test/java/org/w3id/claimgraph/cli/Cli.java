package org.w3id.claimgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.claimgraph.TestHome;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
record Cli(int exit, String out, String err) {
  static Cli run(Path store, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (store != null) {
      all.add("--store");
      all.add(store.toString());
    }
    all.add("--home");
    all.add(TestHome.path().toString());
    return runRaw(all.toArray(String[]::new));
  }

  static Cli runRaw(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Cli(exit, out.toString(), err.toString());
  }
}
