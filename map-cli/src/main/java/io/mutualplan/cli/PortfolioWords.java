package io.mutualplan.cli;

import io.mutualplan.core.Counts;
import io.mutualplan.core.DisplayText;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The sentences of a portfolio's summary, the same in the terminal and in markdown: how many
 * plans, their verdicts, their scores, how many cannot make their date and how much is likely to
 * land by it.
 */
final class PortfolioWords {
  private PortfolioWords() {}

  /** {@code 97 plans as of 2027-01-04; 3 could not be read}. */
  static String headline(PortfolioSummary summary, LocalDate asOf) {
    return Counts.of(summary.plans(), "plan", "plans") + " as of " + asOf
        + (summary.failed() > 0 ? "; " + summary.failed() + " could not be read" : "");
  }

  /** {@code ready 57, needs-work 30, not-mutual 10}: the verdicts, best first. */
  static String verdicts(PortfolioSummary summary) {
    List<String> parts = new ArrayList<>();
    for (Verdict verdict : new Verdict[] {Verdict.READY, Verdict.NEEDS_WORK, Verdict.NOT_MUTUAL}) {
      parts.add(verdict.spelling() + " " + summary.verdicts().getOrDefault(verdict, 0L));
    }
    return String.join(", ", parts);
  }

  /** {@code min 0, median 95, max 100}, or {@code none} without plans. */
  static String scores(PortfolioSummary summary) {
    if (summary.scoreMin().isEmpty()) {
      return "none";
    }
    return "min " + summary.scoreMin().getAsInt() + ", median "
        + summary.scoreMedian().getAsInt() + ", max " + summary.scoreMax().getAsInt();
  }

  /** {@code 4 plans cannot finish by their deadline}. */
  static String infeasible(PortfolioSummary summary) {
    return Counts.of(summary.infeasible(), "plan cannot", "plans cannot")
        + " finish by their deadline (negative slack)";
  }

  /**
   * {@code 71.3 of 97 plans; USD 1,234,567.89, EUR 20,000.00}, rounded for reading (the JSON
   * document has the exact sums), or empty without a forecast. A plan without an outcome, or one
   * that cannot be scheduled, counts among the plans and adds nothing.
   */
  static String expected(PortfolioSummary summary) {
    if (summary.expectedOnTime().isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(
        summary.expectedOnTime().get().setScale(1, RoundingMode.HALF_EVEN).toPlainString()
            + " of " + Counts.of(summary.plans(), "plan", "plans"));
    for (Map.Entry<String, BigDecimal> value : summary.expectedValueOnTime().entrySet()) {
      text.append("; ").append(DisplayText.line(value.getKey())).append(' ')
          .append(String.format(Locale.ROOT, "%,.2f",
              value.getValue().setScale(2, RoundingMode.HALF_EVEN)));
    }
    return text.toString();
  }

  /** A plan's slack in days, {@code -} when it has no schedule. */
  static String slack(PlanSummary row) {
    return row.slackDays().isPresent() ? Long.toString(row.slackDays().getAsLong()) : "-";
  }

  /** Where a plan came from: {@code pipeline.ndjson line 12}, or the file's path. */
  static String source(PlanSummary row) {
    return source(row.source(), row.line());
  }

  /** Where a failure came from, as for a plan. */
  static String source(PlanFailure failure) {
    return source(failure.source(), failure.line());
  }

  private static String source(String source, OptionalLong line) {
    return DisplayText.line(source) + (line.isPresent() ? " line " + line.getAsLong() : "");
  }

  /** {@code 3 more could not be read} beyond those listed, or empty. */
  static String moreFailures(PortfolioSummary summary) {
    long more = summary.failed() - summary.failures().size();
    return more > 0 ? "... and " + more + " more could not be read" : "";
  }
}
