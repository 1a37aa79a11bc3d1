package org.w3id.claimgraph.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3id.claimgraph.anchor.Anchoring.Anchor;
import org.w3id.claimgraph.anchor.Anchoring.Selector;
import org.w3id.claimgraph.anchor.Anchoring.Status;
import org.w3id.claimgraph.model.Article;

/** Re-anchoring a claim after each kind of edit, with the outcome a reader would expect. */
class AnchoringTest {
  private static final String P1 =
      "Massage can ease muscle tension after a long run. Many runners book one a week.";
  private static final String P2 =
      "Massage is contraindicated for deep vein thrombosis until a doctor has treated the clot.";
  private static final String P3 = "Light stroking of the legs may help swelling in pregnancy.";
  private static final String OLD = P1 + "\n\n" + P2 + "\n\n" + P3 + "\n";

  /** The selector of {@code quote} in {@link #OLD}, with 20 characters of context each side. */
  private static Selector selector(String quote) {
    int at = OLD.indexOf(quote);
    Article a = new Article("x", OLD);
    int start = a.codePointOffset(at);
    int end = start + quote.codePointCount(0, quote.length());
    return new Selector(
        start,
        end,
        quote,
        OLD.substring(Math.max(0, at - 20), at),
        OLD.substring(at + quote.length(), Math.min(OLD.length(), at + quote.length() + 20)));
  }

  private static final String CLAIM = "Massage is contraindicated for deep vein thrombosis";

  @Test
  void anUnchangedTextKeepsEveryClaimWhereItWas() {
    Anchor a = new Anchoring(OLD, OLD).anchor(selector(CLAIM));
    assertThat(a.status()).isEqualTo(Status.ANCHORED);
    assertThat(a.shift()).isZero();
    assertThat(a.span().quote()).isEqualTo(CLAIM);
  }

  @Test
  void anInsertionBeforeAClaimMovesIt() {
    String inserted = "Updated in 2026. ";
    String now = inserted + OLD;
    Anchor a = new Anchoring(OLD, now).anchor(selector(CLAIM));
    assertThat(a.status()).isEqualTo(Status.MOVED);
    assertThat(a.shift()).isEqualTo(inserted.length());
    assertThat(new Article("x", now).slice(a.span().start(), a.span().end())).isEqualTo(CLAIM);
  }

  @Test
  void aWordChangedInsideAClaimIsFollowedAsAnEdit() {
    String now = OLD.replace("contraindicated for deep vein", "contraindicated with deep vein");
    Anchor a = new Anchoring(OLD, now).anchor(selector(CLAIM));
    assertThat(a.status()).isEqualTo(Status.EDITED);
    assertThat(a.span().quote()).isEqualTo("Massage is contraindicated with deep vein thrombosis");
    assertThat(a.kept()).isBetween(Anchoring.EDITED_AT_LEAST, 0.99);
  }

  @Test
  void withoutTheOldTextAnEditedClaimIsOrphanedNotGuessed() {
    String now = OLD.replace("contraindicated for deep vein", "contraindicated with deep vein");
    Anchor a = new Anchoring(null, now).anchor(selector(CLAIM));
    assertThat(a.status()).isEqualTo(Status.ORPHANED);
    assertThat(a.span()).isNull();
  }

  @Test
  void aDeletedSentenceOrphansItsClaim() {
    String now = OLD.replace(P2 + "\n\n", "");
    Anchor a = new Anchoring(OLD, now).anchor(selector(CLAIM));
    assertThat(a.status()).isEqualTo(Status.ORPHANED);
  }

  @Test
  void aSentenceRewrittenBeyondRecognitionIsOrphaned() {
    String now = OLD.replace(P2, "Ask a doctor before any massage if you have had a clot.");
    assertThat(new Anchoring(OLD, now).anchor(selector(CLAIM)).status()).isEqualTo(Status.ORPHANED);
  }

  @Test
  void reorderedParagraphsMoveTheirClaims() {
    String now = P3 + "\n\n" + P2 + "\n\n" + P1 + "\n";
    for (String quote :
        new String[] {
          CLAIM, "Light stroking of the legs may help swelling", "ease muscle tension"
        }) {
      Anchor a = new Anchoring(OLD, now).anchor(selector(quote));
      assertThat(a.status()).as(quote).isIn(Status.MOVED, Status.ANCHORED);
      assertThat(new Article("x", now).slice(a.span().start(), a.span().end())).isEqualTo(quote);
    }
  }

  @Test
  void ofARepeatedQuoteTheOneInTheSameContextIsChosen() {
    String repeated = "Massage helps.";
    String old = "Intro. " + repeated + " For sore legs. Later. " + repeated + " For stress.";
    int second = old.lastIndexOf(repeated);
    Selector s =
        new Selector(second, second + repeated.length(), repeated, "Later. ", " For stress.");
    String now = "New intro line. " + old;
    Anchor a = new Anchoring(old, now).anchor(s);
    assertThat(a.status()).isEqualTo(Status.MOVED);
    assertThat(a.span().start()).isEqualTo(now.lastIndexOf(repeated));
  }

  @Test
  void codePointsBeforeTheClaimAreCountedAsOne() {
    String now = "\uD83D\uDE00 " + OLD; // an emoji: two UTF-16 units, one code point
    Anchor a = new Anchoring(OLD, now).anchor(selector(CLAIM));
    assertThat(a.status()).isEqualTo(Status.MOVED);
    assertThat(a.shift()).isEqualTo(2);
  }

  @Test
  void randomEditsNeverGiveASpanThatIsNotTheNewText() {
    Random random = new Random(7);
    String[] words = OLD.split(" ");
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      for (String w : words) {
        int r = random.nextInt(20);
        if (r == 0) {
          continue; // deleted
        }
        sb.append(r == 1 ? "inserted " : "").append(r == 2 ? "changed" : w).append(' ');
      }
      String now = sb.toString();
      for (String quote : new String[] {CLAIM, "Many runners book one a week.", P3}) {
        Anchor a = new Anchoring(OLD, now).anchor(selector(quote));
        if (a.status() == Status.ORPHANED) {
          assertThat(a.span()).isNull();
        } else {
          assertThat(new Article("x", now).slice(a.span().start(), a.span().end()))
              .isEqualTo(a.span().quote());
          assertThat(a.kept()).isGreaterThanOrEqualTo(Anchoring.EDITED_AT_LEAST);
        }
      }
    }
  }
}
