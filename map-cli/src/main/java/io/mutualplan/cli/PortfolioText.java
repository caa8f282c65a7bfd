package io.mutualplan.cli;

import io.mutualplan.cli.TextTable.Cell;
import io.mutualplan.core.DisplayText;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code map portfolio --format text}: the summary (verdicts, scores, infeasible plans, expected
 * outcomes), the rules that fire most, where plans stall, the worst plans, and what could not be
 * read.
 */
final class PortfolioText {
  private static final TextTable RULES =
      new TextTable(List.of("RULE", "PLANS"), false, true);
  private static final TextTable STALLS =
      new TextTable(List.of("KIND", "MILESTONES"), false, true);
  private static final TextTable WORST = new TextTable(
      List.of("SCORE", "VERDICT", "PLAN", "TITLE", "SLACK", "SOURCE"),
      true, false, false, false, true, false);

  private PortfolioText() {}

  static void write(PortfolioSummary summary, LocalDate asOf, Style style, Writer out)
      throws IOException {
    out.write(style.bold("Portfolio: " + PortfolioWords.headline(summary, asOf)) + "\n");
    out.write("Verdicts:    " + PortfolioWords.verdicts(summary) + "\n");
    out.write("Scores:      " + PortfolioWords.scores(summary) + "\n");
    out.write("Infeasible:  " + PortfolioWords.infeasible(summary) + "\n");
    String expected = PortfolioWords.expected(summary);
    if (!expected.isEmpty()) {
      out.write("On time:     expected " + expected + "\n");
    }
    if (!summary.rules().isEmpty()) {
      out.write("\n" + style.bold("Rules that fired, most first") + "\n");
      List<Map.Entry<String, Long>> rules = summary.rules();
      RULES.write(out, style, "  ", rules.size(), index -> new Cell[] {
          Cell.plain(DisplayText.line(rules.get(index).getKey())),
          Cell.plain(Long.toString(rules.get(index).getValue()))});
    }
    if (!summary.stalls().isEmpty()) {
      out.write("\n" + style.bold("Where plans stall: incomplete milestones overdue or slipped")
          + "\n");
      List<Map.Entry<MilestoneKind, Long>> stalls = summary.stalls();
      STALLS.write(out, style, "  ", stalls.size(), index -> new Cell[] {
          Cell.plain(stalls.get(index).getKey().spelling()),
          Cell.plain(Long.toString(stalls.get(index).getValue()))});
    }
    if (!summary.worst().isEmpty()) {
      out.write("\n" + style.bold("Worst plans, lowest score first") + "\n");
      List<PlanSummary> worst = summary.worst();
      WORST.write(out, style, "  ", worst.size(), index -> {
        PlanSummary row = worst.get(index);
        return new Cell[] {
          Cell.plain(Integer.toString(row.score())),
          Cell.plain(row.verdict().spelling()),
          Cell.plain(DisplayText.line(row.planId().value())),
          Cell.plain(DisplayText.line(row.title())),
          Cell.plain(PortfolioWords.slack(row)),
          Cell.plain(PortfolioWords.source(row))};
      });
    }
    if (summary.failed() > 0) {
      out.write("\n" + style.boldRed("Could not be read (" + summary.failed() + ")") + "\n");
      for (PlanFailure failure : summary.failures()) {
        // The first problem beside the source, the others (the first few are kept) below it.
        String lead = "  " + PortfolioWords.source(failure) + ": ";
        for (String problem : failure.problems()) {
          out.write(lead + DisplayText.line(problem) + "\n");
          lead = "    ";
        }
      }
      String more = PortfolioWords.moreFailures(summary);
      if (!more.isEmpty()) {
        out.write("  " + more + "\n");
      }
    }
  }
}
