package io.mutualplan.cli;

import io.mutualplan.core.MilestoneKind;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Map;

/**
 * {@code map portfolio --format markdown}: the summary as a short list and the tables of the text
 * output, for a forecast call's notes or a deal-review document.
 */
final class PortfolioMarkdown {
  private PortfolioMarkdown() {}

  static void write(PortfolioSummary summary, LocalDate asOf, Writer out) throws IOException {
    out.write("## Portfolio: " + MarkdownText.cell(PortfolioWords.headline(summary, asOf))
        + "\n\n");
    out.write("- **Verdicts:** " + PortfolioWords.verdicts(summary) + "\n");
    out.write("- **Scores:** " + PortfolioWords.scores(summary) + "\n");
    out.write("- **Infeasible:** " + PortfolioWords.infeasible(summary) + "\n");
    String expected = PortfolioWords.expected(summary);
    if (!expected.isEmpty()) {
      out.write("- **On time:** expected " + MarkdownText.cell(expected) + "\n");
    }
    if (!summary.rules().isEmpty()) {
      out.write("\n### Rules that fired, most first\n\n| Rule | Plans |\n|---|---:|\n");
      for (Map.Entry<String, Long> rule : summary.rules()) {
        out.write(MarkdownText.row(MarkdownText.cell(rule.getKey()), rule.getValue()));
      }
    }
    if (!summary.stalls().isEmpty()) {
      out.write("\n### Where plans stall: incomplete milestones overdue or slipped\n\n"
          + "| Kind | Milestones |\n|---|---:|\n");
      for (Map.Entry<MilestoneKind, Long> stall : summary.stalls()) {
        out.write(MarkdownText.row(stall.getKey().spelling(), stall.getValue()));
      }
    }
    if (!summary.worst().isEmpty()) {
      out.write("\n### Worst plans, lowest score first\n\n"
          + "| Score | Verdict | Plan | Title | Slack | Source |\n|---:|---|---|---|---:|---|\n");
      for (PlanSummary row : summary.worst()) {
        out.write(MarkdownText.row(row.score(), row.verdict().spelling(),
            MarkdownText.cell(row.planId().value()), MarkdownText.cell(row.title()),
            PortfolioWords.slack(row), MarkdownText.cell(PortfolioWords.source(row))));
      }
    }
    if (summary.failed() > 0) {
      out.write("\n### Could not be read (" + summary.failed() + ")\n\n");
      for (PlanFailure failure : summary.failures()) {
        // The first problem beside the source, the others (the first few are kept) below it.
        String lead = "- " + MarkdownText.cell(PortfolioWords.source(failure)) + ": ";
        for (String problem : failure.problems()) {
          out.write(lead + MarkdownText.cell(problem) + "\n");
          lead = "  - ";
        }
      }
      String more = PortfolioWords.moreFailures(summary);
      if (!more.isEmpty()) {
        out.write("- " + more + "\n");
      }
    }
  }
}
