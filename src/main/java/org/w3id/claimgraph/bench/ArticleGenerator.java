package org.w3id.claimgraph.bench;

import java.util.List;
import java.util.Random;
import org.w3id.claimgraph.model.Concept;
import org.w3id.claimgraph.model.Relation;

/**
 * Synthetic articles in the styles of the corpus (wellness blog posts, clinical pages, FAQ pages,
 * bulleted lists), 2 to 15 KB each, written with the vocabulary's labels and every relation, hedge,
 * negation and attribution form of the {@link Phrasebook}. Deterministic: the same seed and index
 * give the same article.
 */
public final class ArticleGenerator {
  /** The styles articles are written in. */
  public enum Style {
    BLOG,
    CLINICAL,
    FAQ,
    LIST
  }

  private final Phrasebook phrasebook;
  private final long seed;

  public ArticleGenerator(Phrasebook phrasebook, long seed) {
    this.phrasebook = phrasebook;
    this.seed = seed;
  }

  /** A generated article: its slug, style and text. */
  public record Generated(String slug, Style style, String text) {}

  public Generated article(int index) {
    Random random = new Random(seed * 1_000_003L + index);
    Style style = Style.values()[random.nextInt(Style.values().length)];
    int target = 2048 + random.nextInt(13 * 1024);
    Concept topic =
        phrasebook.interventions().get(random.nextInt(phrasebook.interventions().size()));
    StringBuilder sb = new StringBuilder();
    String topicName = Phrasebook.upperFirst(topic.prefLabel());
    sb.append(title(style, topicName)).append("\n\n");
    // Each style mixes its kinds of section as the corpus's articles do: lists are a minority
    // of the text, and most sentences make no claim (about four claims per KB, as in the corpus).
    while (sb.length() < target) {
      int roll = random.nextInt(100);
      switch (style) {
        case BLOG -> {
          if (roll < 85) {
            blogSection(sb, topic, random);
          } else {
            listSection(sb, topic, random);
          }
        }
        case CLINICAL -> {
          if (roll < 50) {
            proseSection(sb, topic, random);
          } else if (roll < 80) {
            clinicalSection(sb, topic, random, false);
          } else {
            clinicalSection(sb, topic, random, true);
          }
        }
        case FAQ -> {
          if (roll < 85) {
            faqEntry(sb, topic, random);
          } else {
            proseSection(sb, topic, random);
          }
        }
        case LIST -> {
          if (roll < 35) {
            listSection(sb, topic, random);
          } else {
            blogSection(sb, topic, random);
          }
        }
      }
    }
    return new Generated("generated-" + index, style, sb.toString());
  }

  private static String title(Style style, String topic) {
    return switch (style) {
      case BLOG -> topic + ": What I Learned This Year";
      case CLINICAL -> topic + ": Information for Patients";
      case FAQ -> topic + ": Frequently Asked Questions";
      case LIST -> "Everything You Need to Know About " + topic;
    };
  }

  private Phrasebook.Spec about(Concept topic, Random random) {
    Phrasebook.Spec s = phrasebook.randomSpec(random);
    return random.nextInt(3) == 0
        ? s
        : new Phrasebook.Spec(
            topic, s.relation(), s.condition(), s.certainty(), s.negated(), s.attributedTo());
  }

  private void blogSection(StringBuilder sb, Concept topic, Random random) {
    sb.append(Phrasebook.upperFirst(phrasebook.filler(random).replace(".", ""))).append("\n\n");
    // About one sentence in three makes a claim, as in the corpus's blog posts.
    int sentences = 4 + random.nextInt(6);
    for (int i = 0; i < sentences; i++) {
      sb.append(
              random.nextInt(3) == 0
                  ? phrasebook.sentence(about(topic, random), random)
                  : phrasebook.filler(random))
          .append(i + 1 < sentences ? " " : "\n\n");
    }
  }

  /** A section of practical prose: what to expect, with at most one claim. */
  private void proseSection(StringBuilder sb, Concept topic, Random random) {
    String[] headings = {
      "What to expect",
      "Before your first session",
      "Finding a therapist",
      "After the session",
      "How often to go"
    };
    sb.append(headings[random.nextInt(headings.length)]).append("\n\n");
    int sentences = 4 + random.nextInt(5);
    int claimAt = random.nextInt(2) == 0 ? random.nextInt(sentences) : -1;
    for (int i = 0; i < sentences; i++) {
      sb.append(
              i == claimAt
                  ? phrasebook.sentence(about(topic, random), random)
                  : phrasebook.filler(random))
          .append(i + 1 < sentences ? " " : "\n\n");
    }
  }

  private void clinicalSection(StringBuilder sb, Concept topic, Random random, boolean warnings) {
    String name = topic.prefLabel();
    if (warnings) {
      sb.append("When to avoid ").append(name).append("\n\n");
      sb.append(
          random.nextBoolean()
              ? "Do not have " + name + " if you have:\n"
              : "Talk to your doctor before " + name + " if you have:\n");
      items(sb, random, "- ");
      sb.append('\n')
          .append(phrasebook.filler(random))
          .append(' ')
          .append(phrasebook.filler(random));
      sb.append("\n\n");
    } else {
      sb.append("How ").append(name).append(" can help\n\n");
      for (int i = 0; i < 5; i++) {
        sb.append(
                i % 2 == 0
                    ? phrasebook.sentence(about(topic, random), random)
                    : phrasebook.filler(random))
            .append(' ');
      }
      sb.append("\n\n");
    }
  }

  private void faqEntry(StringBuilder sb, Concept topic, Random random) {
    Phrasebook.Spec spec = about(topic, random);
    Concept condition = spec.condition();
    sb.append(question(spec.relation(), topic.prefLabel(), Phrasebook.label(condition, random)))
        .append("\n\n");
    sb.append(random.nextBoolean() ? "Yes. " : "");
    sb.append(phrasebook.sentence(spec, random))
        .append(' ')
        .append(phrasebook.filler(random))
        .append(' ')
        .append(phrasebook.filler(random))
        .append("\n\n");
  }

  private static String question(Relation r, String intervention, String condition) {
    return switch (r) {
      case CAUSES -> "Can " + intervention + " cause " + condition + "?";
      case CONTRAINDICATED_FOR, CAUTION_WITH, SAFE_FOR ->
          "Is " + intervention + " safe if I have " + condition + "?";
      case PREVENTS -> "Does " + intervention + " prevent " + condition + "?";
      default -> "Does " + intervention + " help with " + condition + "?";
    };
  }

  private void listSection(StringBuilder sb, Concept topic, Random random) {
    String name = topic.prefLabel();
    String[] leadIns = {
      Phrasebook.upperFirst(name) + " may help with:",
          Phrasebook.upperFirst(name) + " shows promise for:",
      "Avoid " + name + " if you have:", "Conditions that " + name + " can relieve:"
    };
    sb.append(leadIns[random.nextInt(leadIns.length)]).append('\n');
    items(sb, random, "  • ");
    sb.append('\n')
        .append(phrasebook.filler(random))
        .append(' ')
        .append(phrasebook.filler(random))
        .append(' ')
        .append(phrasebook.filler(random))
        .append("\n\n");
  }

  private void items(StringBuilder sb, Random random, String marker) {
    List<Concept> conditions = phrasebook.conditions();
    int n = 3 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      sb.append(marker)
          .append(
              Phrasebook.upperFirst(
                  Phrasebook.label(conditions.get(random.nextInt(conditions.size())), random)))
          .append('\n');
    }
  }
}
