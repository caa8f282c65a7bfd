package io.mutualplan.cli;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.spi.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code map check --format markdown}: the verdict line and a table of findings, errors first,
 * for pasting into a document, a pull request or a CRM note.
 */
final class ReportMarkdown {
  private ReportMarkdown() {}

  static void write(MutualActionPlan plan, QualityReport report, Writer out) throws IOException {
    out.write("## Plan check: " + MarkdownText.cell(plan.title()) + "\n\n");
    out.write("**Verdict: " + report.verdict().spelling() + "** · score " + report.score()
        + "/100 · " + PlanWords.findings(report) + " · profile " + report.profile().spelling()
        + " · as of " + report.asOf() + "\n\n");
    if (report.findings().isEmpty()) {
      out.write("No findings.\n");
      return;
    }
    out.write("| Severity | Rule | Milestone | Finding | Hint |\n");
    out.write("|---|---|---|---|---|\n");
    for (Severity severity : Severity.values()) {
      for (Finding finding : report.findings()) {
        if (finding.severity() == severity) {
          out.write(MarkdownText.row(severity.spelling(), MarkdownText.cell(finding.ruleId()),
              milestone(plan, finding), MarkdownText.cell(finding.message()),
              MarkdownText.cell(finding.hint())));
        }
      }
    }
  }

  private static String milestone(MutualActionPlan plan, Finding finding) {
    return finding.milestone()
        .map(id -> plan.milestone(id).map(Milestone::title).map(MarkdownText::cell)
            .orElse(id.value()))
        .orElse("");
  }
}
