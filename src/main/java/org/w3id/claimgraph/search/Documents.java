package org.w3id.claimgraph.search;

import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.w3id.claimgraph.model.AgentRef;
import org.w3id.claimgraph.model.Certainty;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.ConceptRef;
import org.w3id.claimgraph.model.Curation;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Proposition;
import org.w3id.claimgraph.model.Relation;
import org.w3id.claimgraph.model.Sentence;
import org.w3id.claimgraph.model.Span;

/** Turns sentences and claims into Lucene documents. */
public final class Documents {
  public static final String SENTENCE = "sentence";
  public static final String CLAIM = "claim";

  /** Analysed, stored, with positions and offsets: what the highlighter reads. */
  static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
  }

  private Documents() {}

  /** A sentence of an article whose author is {@code author} (may be null). */
  public static Document sentence(Sentence s, String author) {
    Document d =
        common(
            SENTENCE,
            s.article() + "#" + s.start() + "-" + s.end(),
            s.article(),
            s.start(),
            s.end());
    d.add(new Field(Fields.TEXT, s.text(), TEXT_TYPE));
    author(d, author);
    return d;
  }

  /**
   * An article as a source, as grading weighs it: its kind of source (IRI), publisher (as the store
   * gives it; null if none) and author (IRI).
   */
  public record Source(String kind, String publisher, String author) {}

  /** A claim: its quote, concepts, relation, attribution, qualifiers and grade. */
  public static Document claim(Claim c) {
    return claim(c, null);
  }

  /** As {@link #claim(Claim)}, with its article as a source (null: not known). */
  public static Document claim(Claim c, Source source) {
    Document d = common(CLAIM, c.id(), c.article(), c.span().start(), c.span().end());
    d.add(new Field(Fields.TEXT, c.span().quote(), TEXT_TYPE));
    String intervention = VocabularySynonyms.key(c.intervention().iri());
    String condition = VocabularySynonyms.key(c.condition().iri());
    d.add(new TextField(Fields.CONCEPTS, intervention + " " + condition, Field.Store.NO));
    d.add(new TextField(Fields.INTERVENTION, intervention, Field.Store.NO));
    d.add(new TextField(Fields.CONDITION, condition, Field.Store.NO));
    d.add(new StoredField(Fields.INTERVENTION_LABEL, c.intervention().label()));
    d.add(new StoredField(Fields.CONDITION_LABEL, c.condition().label()));
    d.add(new StringField(Fields.RELATION, c.relation().code(), Field.Store.YES));
    d.add(new StringField(Fields.CURATION, c.curation().code(), Field.Store.YES));
    d.add(new StringField(Fields.CERTAINTY, c.certainty().code(), Field.Store.YES));
    d.add(new StringField(Fields.NEGATED, Boolean.toString(c.negated()), Field.Store.YES));
    author(d, c.attributedTo().name());
    d.add(new StringField(Fields.PROPOSITION, Proposition.of(c).iri(), Field.Store.NO));
    d.add(new StoredField(Fields.INTERVENTION_IRI, c.intervention().iri()));
    d.add(new StoredField(Fields.CONDITION_IRI, c.condition().iri()));
    d.add(new StoredField(Fields.CONDITIONAL, Boolean.toString(c.conditional())));
    d.add(new StoredField(Fields.AGENT, c.attributedTo().iri()));
    if (c.note() != null) {
      d.add(new StoredField(Fields.NOTE, c.note()));
    }
    if (source != null) {
      d.add(new StoredField(Fields.SOURCE_KIND, source.kind()));
      d.add(new StoredField(Fields.SOURCE_AUTHOR, source.author()));
      if (source.publisher() != null) {
        d.add(new StoredField(Fields.SOURCE_PUBLISHER, source.publisher()));
      }
    }
    if (c.grade() != null) {
      d.add(new StoredField(Fields.PROVISIONAL, c.grade().provisional()));
      c.grade().factors().stream()
          .filter(f -> f.code().equals(CONSENSUS))
          .findFirst()
          .ifPresent(f -> d.add(new StoredField(Fields.CONSENSUS, f.delta())));
      d.add(new StringField(Fields.GRADE, Grade.code(c.grade().certainty()), Field.Store.NO));
      d.add(new StringField(Fields.VERDICT, Grade.code(c.grade().verdict()), Field.Store.NO));
      d.add(new StoredField(Fields.GRADE_LABEL, c.grade().certainty()));
      d.add(new StoredField(Fields.GRADE_SCORE, c.grade().score()));
      d.add(new StoredField(Fields.VERDICT_LABEL, c.grade().verdict()));
    }
    return d;
  }

  /** The code of the factor agreement adds to a grade with. */
  static final String CONSENSUS = "consensus";

  /**
   * A stored claim as its entry holds it, with its strength: its score, its score before disputes,
   * and the part of that agreement gave (0 where it gave nothing); and its article as a source
   * (null where the entry was written without it).
   */
  public record Entry(
      Claim claim, double score, double provisional, double consensus, Source source) {}

  /**
   * The claim a claim's entry holds, without its grade, and its strength; null for an entry without
   * a grade (a claim not yet graded).
   */
  public static Entry entry(Document d) {
    IndexableField provisional = d.getField(Fields.PROVISIONAL);
    if (provisional == null) {
      return null;
    }
    IndexableField consensus = d.getField(Fields.CONSENSUS);
    String name = d.get(Fields.AUTHOR_NAME);
    Claim c =
        new Claim(
            d.get(Fields.ID),
            d.get(Fields.ARTICLE),
            new ConceptRef(d.get(Fields.INTERVENTION_IRI), d.get(Fields.INTERVENTION_LABEL)),
            Relation.fromCode(d.get(Fields.RELATION)),
            new ConceptRef(d.get(Fields.CONDITION_IRI), d.get(Fields.CONDITION_LABEL)),
            Certainty.fromCode(d.get(Fields.CERTAINTY)),
            Boolean.parseBoolean(d.get(Fields.NEGATED)),
            Boolean.parseBoolean(d.get(Fields.CONDITIONAL)),
            new AgentRef(d.get(Fields.AGENT), name == null ? "" : name),
            new Span(
                d.getField(Fields.START).numericValue().intValue(),
                d.getField(Fields.END).numericValue().intValue(),
                d.get(Fields.TEXT)),
            Curation.fromCode(d.get(Fields.CURATION)),
            d.get(Fields.NOTE));
    return new Entry(
        c,
        d.getField(Fields.GRADE_SCORE).numericValue().doubleValue(),
        provisional.numericValue().doubleValue(),
        consensus == null ? 0 : consensus.numericValue().doubleValue(),
        d.get(Fields.SOURCE_KIND) == null
            ? null
            : new Source(
                d.get(Fields.SOURCE_KIND),
                d.get(Fields.SOURCE_PUBLISHER),
                d.get(Fields.SOURCE_AUTHOR)));
  }

  private static Document common(String type, String id, String article, int start, int end) {
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, type, Field.Store.YES));
    d.add(new StringField(Fields.ID, id, Field.Store.YES));
    d.add(new StringField(Fields.ARTICLE, article, Field.Store.YES));
    d.add(new StoredField(Fields.START, start));
    d.add(new StoredField(Fields.END, end));
    return d;
  }

  private static void author(Document d, String name) {
    if (name != null) {
      d.add(new TextField(Fields.AUTHOR, name, Field.Store.NO));
      d.add(new StringField(Fields.AUTHOR_KEY, name.toLowerCase(Locale.ROOT), Field.Store.NO));
      d.add(new StoredField(Fields.AUTHOR_NAME, name));
    }
  }
}
