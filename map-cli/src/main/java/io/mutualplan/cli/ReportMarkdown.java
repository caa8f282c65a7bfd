package io.mutualplan.cli;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.spi.Severity;

/**
 * {@code map check --format markdown}: the verdict line and a table of findings, errors first,
 * for pasting into a document, a pull request or a CRM note.
 */
final class ReportMarkdown {
  private ReportMarkdown() {}

  static String render(MutualActionPlan plan, QualityReport report) {
    StringBuilder out = new StringBuilder(512 + 300 * report.findings().size());
    out.append("## Plan check: ").append(MarkdownText.cell(plan.title())).append("\n\n");
    out.append("**Verdict: ").append(report.verdict().spelling()).append("** · score ")
        .append(report.score()).append("/100 · ")
        .append(PlanWords.count(report.errors(), "error", "errors")).append(", ")
        .append(PlanWords.count(report.warnings(), "warning", "warnings")).append(", ")
        .append(PlanWords.count(report.infos(), "info", "infos"))
        .append(" · profile ").append(report.profile().spelling())
        .append(" · as of ").append(report.asOf()).append("\n\n");
    if (report.findings().isEmpty()) {
      out.append("No findings.\n");
      return out.toString();
    }
    out.append("| Severity | Rule | Milestone | Finding | Hint |\n");
    out.append("|---|---|---|---|---|\n");
    for (Severity severity : Severity.values()) {
      for (Finding finding : report.findings()) {
        if (finding.severity() == severity) {
          out.append("| ").append(severity.spelling())
              .append(" | ").append(finding.ruleId())
              .append(" | ").append(milestone(plan, finding))
              .append(" | ").append(MarkdownText.cell(finding.message()))
              .append(" | ").append(MarkdownText.cell(finding.hint()))
              .append(" |\n");
        }
      }
    }
    return out.toString();
  }

  private static String milestone(MutualActionPlan plan, Finding finding) {
    return finding.milestone()
        .map(id -> plan.milestone(id).map(Milestone::title).map(MarkdownText::cell)
            .orElse(id.value()))
        .orElse("");
  }
}
