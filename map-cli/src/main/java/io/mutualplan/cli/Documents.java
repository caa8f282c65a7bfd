package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.JsonDocuments;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.PlanComparison;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleConfiguration;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The JSON documents the command line writes and reads. Like every MAP writer, they are canonical:
 * no insignificant whitespace unless pretty printing is asked for ({@code map format --pretty});
 * JSON output is for programs, and people have the text format (or {@code jq}). Every output ends
 * with a line break.
 */
final class Documents {
  private static final MapJson COMPACT = MapJson.standard();
  private static final MapJson PRETTY = MapJson.standard().pretty();

  private Documents() {}

  /** A plan document, canonical, or indented when asked. */
  static void writePlan(MutualActionPlan plan, boolean pretty, OutputStream out)
      throws IOException {
    write((pretty ? PRETTY : COMPACT).plans(), plan, out);
  }

  /** The {@code mutual-action-plan-schedule/1} document. */
  static void writeSchedule(Schedule schedule, OutputStream out) throws IOException {
    write(COMPACT.schedules(), schedule, out);
  }

  /** The {@code mutual-action-plan-report/1} document. */
  static void writeReport(QualityReport report, OutputStream out) throws IOException {
    write(COMPACT.reports(), report, out);
  }

  /** The {@code mutual-action-plan-forecast/1} document. */
  static void writeForecast(Forecast forecast, OutputStream out) throws IOException {
    write(COMPACT.forecasts(), forecast, out);
  }

  /** The {@code mutual-action-plan-portfolio/1} document. */
  static void writePortfolio(Portfolio portfolio, OutputStream out) throws IOException {
    write(COMPACT.portfolios(), portfolio, out);
  }

  /** The {@code mutual-action-plan-diff/1} document. */
  static void writeDiff(PlanComparison comparison, OutputStream out) throws IOException {
    write(COMPACT.diffs(), comparison, out);
  }

  /**
   * A portfolio's row, one line of its NDJSON output; made as bytes first, because writing to the
   * stream itself would flush it after every line.
   */
  static void writePortfolioRow(PlanSummary row, OutputStream out) throws IOException {
    out.write(COMPACT.portfolioRows().writeBytes(row));
    out.write('\n');
  }

  /** A document and a line break, its write errors as the stream's own {@code IOException}. */
  private static <T> void write(JsonDocuments<T> documents, T value, OutputStream out)
      throws IOException {
    try {
      documents.write(value, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.write('\n');
  }

  /**
   * A rule configuration file, strictly: an unknown field is an error, not a typo ignored, and no
   * option reads it leniently (a configuration is written by hand for MAP, so an unknown field is
   * a typo).
   */
  static RuleConfiguration readRuleConfiguration(PlanSource source) {
    try {
      return COMPACT.ruleConfigurations().read(source.bytes());
    } catch (DocumentReadException e) {
      throw PlanProblems.unreadableConfiguration(source, e);
    }
  }
}
