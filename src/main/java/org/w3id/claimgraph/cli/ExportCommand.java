package org.w3id.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.w3id.claimgraph.ClaimgraphException;
import org.w3id.claimgraph.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    mixinStandardHelpOptions = true,
    name = "export",
    description = {
      "Write the whole dataset, every named graph, as TriG, N-Quads or JSON-LD 1.1: loadable by any"
          + " RDF tool or SPARQL server."
    },
    footer = {
      "",
      "Examples:",
      "  claimgraph export --format trig --out claimgraph.trig",
      "  claimgraph export --format nquads | gzip > claimgraph.nq.gz"
    })
final class ExportCommand implements Callable<Integer> {
  enum Format {
    trig,
    nquads,
    jsonld
  }

  @Mixin CommonOptions options;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "trig")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    try (Session session = new Session(options, spec.commandLine().getErr())) {
      session.store();
      LocalStore store = session.localStore();
      RDFFormat rdfFormat =
          switch (format) {
            case trig -> RDFFormat.TRIG_BLOCKS;
            case nquads -> RDFFormat.NQUADS;
            case jsonld -> RDFFormat.JSONLD11_PRETTY;
          };
      if (out == null) {
        spec.commandLine().getOut().flush();
        store.readDataset(
            dsg -> {
              RDFWriter.source(dsg).format(rdfFormat).output(new NonClosing(System.out));
              return null;
            });
        System.out.flush();
      } else {
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".export", ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
          store.readDataset(
              dsg -> {
                RDFWriter.source(dsg).format(rdfFormat).output(os);
                return null;
              });
        } catch (UncheckedIOException | ClaimgraphException e) {
          Files.deleteIfExists(tmp);
          throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getErr().println("claimgraph: wrote " + out);
      }
      return 0;
    }
  }

  /** Lets a writer flush standard output without closing it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
