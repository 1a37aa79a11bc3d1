package org.w3id.claimgraph.report;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.w3id.claimgraph.model.Claim;
import org.w3id.claimgraph.model.Conflict;
import org.w3id.claimgraph.model.Dispute;
import org.w3id.claimgraph.model.Factor;
import org.w3id.claimgraph.model.Grade;
import org.w3id.claimgraph.vocab.Ids;

/** Claims and conflicts as RFC 4180 CSV with a header row, one record per claim or conflict. */
public final class Csv {
  static final String[] CLAIM_COLUMNS = {
    "id",
    "article",
    "intervention",
    "intervention_label",
    "relation",
    "condition",
    "condition_label",
    "certainty",
    "negated",
    "conditional",
    "attributed_to",
    "attributed_to_name",
    "quote",
    "start",
    "end",
    "curation",
    "grade_certainty",
    "grade_sort",
    "grade_score",
    "grade_verdict",
    "grade_factors"
  };

  private Csv() {}

  public static String claims(List<Claim> claims) {
    return write(CLAIM_COLUMNS, claims.stream().map(Csv::claimRow).toList());
  }

  /** One row per claim, with its grade and the number of conflicts it is in. */
  public static String claimsWithConflicts(List<Claim> claims, Map<String, Integer> conflicts) {
    String[] header = Arrays.copyOf(CLAIM_COLUMNS, CLAIM_COLUMNS.length + 1);
    header[CLAIM_COLUMNS.length] = "conflicts";
    List<List<Object>> rows = new ArrayList<>();
    for (Claim c : claims) {
      List<Object> row = new ArrayList<>(claimRow(c));
      row.add(conflicts.getOrDefault(c.id(), 0));
      rows.add(row);
    }
    return write(header, rows);
  }

  /** One row per conflict between propositions: both sides counted, and each side's best claim. */
  public static String disputes(List<Dispute> disputes) {
    return disputes(disputes, java.util.Map.of());
  }

  /** As {@link #disputes(List)}, with each dispute's latest review in the last columns. */
  public static String disputes(
      List<Dispute> disputes, java.util.Map<String, org.w3id.claimgraph.review.Review> reviews) {
    List<String> header =
        new ArrayList<>(List.of("id", "severity", "rule", "within_article", "pairs", "weaker"));
    for (String side : List.of("a", "b")) {
      header.addAll(
          List.of(
              side + "_proposition",
              side + "_propositions",
              side + "_claims",
              side + "_sources",
              side + "_source_names",
              side + "_strength"));
      for (String col : CLAIM_COLUMNS) {
        header.add(side + "_best_" + col);
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Dispute d : disputes) {
      List<Object> row =
          new ArrayList<>(
              List.of(
                  d.id(),
                  d.severity().code(),
                  Ids.slugOf(d.rule()),
                  d.withinArticle(),
                  d.pairs(),
                  d.weaker() == ' ' ? "" : String.valueOf(d.weaker())));
      for (Dispute.Side s : List.of(d.a(), d.b())) {
        row.addAll(
            List.of(
                s.proposition().summary(),
                s.propositionCount(),
                s.claims(),
                s.sources(),
                String.join("; ", s.sourceNames()),
                plain(s.strength())));
        row.addAll(claimRow(s.strongest()));
      }
      org.w3id.claimgraph.review.Review r = reviews.get(d.id());
      row.addAll(
          r == null
              ? List.of("", "", "", "")
              : List.of(
                  r.verdict().code(),
                  r.reviewer(),
                  r.created().toString(),
                  r.note() == null ? "" : r.note()));
      rows.add(row);
    }
    header.addAll(List.of("review_verdict", "reviewer", "reviewed", "review_note"));
    return write(header.toArray(String[]::new), rows);
  }

  public static String conflicts(List<Conflict> conflicts) {
    List<String> header = new ArrayList<>(List.of("id", "severity", "rule", "within_article"));
    for (String side : List.of("a", "b")) {
      for (String col : CLAIM_COLUMNS) {
        header.add(side + "_" + col);
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Conflict c : conflicts) {
      List<Object> row =
          new ArrayList<>(
              List.of(c.id(), c.severity().code(), Ids.slugOf(c.rule()), c.withinArticle()));
      row.addAll(claimRow(c.a()));
      row.addAll(claimRow(c.b()));
      rows.add(row);
    }
    return write(header.toArray(String[]::new), rows);
  }

  static List<Object> claimRow(Claim c) {
    return List.of(
        c.id(),
        c.article(),
        c.intervention().iri(),
        c.intervention().label(),
        c.relation().code(),
        c.condition().iri(),
        c.condition().label(),
        c.certainty().code(),
        c.negated(),
        c.conditional(),
        c.attributedTo().iri(),
        c.attributedTo().name(),
        c.span().quote(),
        c.span().start(),
        c.span().end(),
        c.curation().code(),
        c.grade() == null ? "" : c.grade().certainty(),
        c.grade() == null ? "" : c.grade().sort(),
        c.grade() == null ? "" : plain(c.grade().score()),
        c.grade() == null ? "" : c.grade().verdict(),
        c.grade() == null ? "" : factors(c.grade()));
  }

  /** "unsupported -1; contradicted -1": the factors' codes and deltas. */
  private static String factors(Grade g) {
    List<String> parts = new ArrayList<>();
    for (Factor f : g.factors()) {
      parts.add(f.code() + " " + plain(f.delta()));
    }
    return String.join("; ", parts);
  }

  private static String plain(double d) {
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  private static String write(String[] header, List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (List<Object> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write CSV", e);
    }
    return out.toString();
  }
}
