package org.w3id.claimgraph.rdf;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.claimgraph.InputException;
import org.w3id.claimgraph.corpus.TextFile;

/** Parses the Turtle files of the ontology and the corpus, reporting errors as file:line:column. */
public final class RdfFiles {
  private RdfFiles() {}

  /** The triples of a Turtle file; any syntax error or warning is an {@link InputException}. */
  public static Model readTurtle(Path file) {
    Model model = ModelFactory.createDefaultModel();
    readTurtle(file, model.getGraph());
    return model;
  }

  /** Parses a Turtle file into {@code target}. */
  public static void readTurtle(Path file, Graph target) {
    String text = TextFile.read(file);
    try {
      RDFParser.create()
          .fromString(text)
          .lang(Lang.TURTLE)
          .base(file.toUri().toString())
          .errorHandler(new Strict(file.toString()))
          .parse(target);
    } catch (InputException e) {
      throw e;
    } catch (RiotException e) {
      throw new InputException(file.toString(), -1, -1, e.getMessage());
    }
  }

  /**
   * The quads of an RDF file in any syntax Jena reads, chosen by its extension (TriG when the
   * extension says nothing); any syntax error or warning is an {@link InputException} naming the
   * file, line and column.
   */
  public static DatasetGraph readDataset(Path file) {
    String text = TextFile.read(file);
    Lang lang = RDFLanguages.resourceNameToLang(file.getFileName().toString(), Lang.TRIG);
    DatasetGraph target = DatasetGraphFactory.create();
    try {
      RDFParser.create()
          .fromString(text)
          .lang(lang)
          .base(file.toUri().toString())
          .errorHandler(new Strict(file.toString()))
          .parse(target);
    } catch (InputException e) {
      throw e;
    } catch (RiotException e) {
      throw new InputException(file.toString(), -1, -1, e.getMessage());
    } catch (StackOverflowError e) {
      throw new InputException(file, "nested too deeply to read");
    }
    return target;
  }

  /** Turns every warning and error of the parser into an {@link InputException}. */
  private record Strict(String source) implements ErrorHandler {
    @Override
    public void warning(String message, long line, long col) {
      throw new InputException(source, line, col, message);
    }

    @Override
    public void error(String message, long line, long col) {
      throw new InputException(source, line, col, message);
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw new InputException(source, line, col, message);
    }
  }
}
