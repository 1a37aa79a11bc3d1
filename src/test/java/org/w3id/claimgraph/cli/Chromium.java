package org.w3id.claimgraph.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium, as a person's browser sees a page: the DOM after parsing (and after any script
 * would have run), and a screenshot. On CI (the environment variable CI is set) Chromium must be
 * there, and .ci/run installs it; elsewhere a test that needs it is skipped with a message saying
 * how to install it.
 */
public final class Chromium {
  private static final String[] NAMES = {"chromium", "chromium-browser", "google-chrome"};

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /** The browser, or the test is skipped (failed on CI) when there is none. */
  public static Chromium require() {
    Path found = find();
    if (found == null && System.getenv("CI") != null) {
      throw new AssertionError("Chromium is needed on CI: apt-get install chromium");
    }
    assumeTrue(found != null, "no Chromium on this machine (apt-get install chromium); skipped");
    return new Chromium(found);
  }

  private static Path find() {
    String given = System.getenv("CHROMIUM");
    if (given != null && Files.isExecutable(Path.of(given))) {
      return Path.of(given);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : NAMES) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** The page's DOM as Chromium serialises it after loading it. */
  public String dumpDom(Path page) throws IOException, InterruptedException {
    return run(page.toAbsolutePath().toUri().toString(), "--dump-dom");
  }

  /**
   * The DOM of the page at {@code url} after its scripts have had {@code millis} of virtual time
   * (fetches included) to run.
   */
  public String dumpDomAfterScripts(String url, int millis)
      throws IOException, InterruptedException {
    return run(url, "--dump-dom", "--virtual-time-budget=" + millis);
  }

  /** A PNG of the page at the given window size. */
  public void screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    Files.createDirectories(png.getParent());
    run(
        page.toAbsolutePath().toUri().toString(),
        "--screenshot=" + png.toAbsolutePath(),
        "--window-size=" + width + "," + height);
  }

  private String run(String url, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(executable.toString());
    cmd.add("--headless");
    cmd.add("--no-sandbox");
    cmd.add("--disable-gpu");
    cmd.add("--hide-scrollbars");
    cmd.add("--no-first-run");
    cmd.add("--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    cmd.addAll(List.of(args));
    cmd.add(url);
    Path log = Files.createTempFile("chromium", ".log");
    Process p =
        new ProcessBuilder(cmd)
            .redirectError(log.toFile())
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 120 s: " + cmd);
    }
    if (p.exitValue() != 0) {
      throw new AssertionError(
          "Chromium exited with "
              + p.exitValue()
              + ": "
              + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
