package org.w3id.claimgraph.search;

import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.model.Sentence;

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

  /** A claim: its quote, concepts, relation, attribution, qualifiers and grade. */
  public static Document claim(Claim c) {
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
    if (c.grade() != null) {
      d.add(new StringField(Fields.GRADE, Grade.code(c.grade().certainty()), Field.Store.NO));
      d.add(new StringField(Fields.VERDICT, Grade.code(c.grade().verdict()), Field.Store.NO));
      d.add(new StoredField(Fields.GRADE_LABEL, c.grade().certainty()));
      d.add(new StoredField(Fields.GRADE_SCORE, c.grade().score()));
      d.add(new StoredField(Fields.VERDICT_LABEL, c.grade().verdict()));
    }
    return d;
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
