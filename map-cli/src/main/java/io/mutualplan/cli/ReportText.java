package io.mutualplan.cli;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.spi.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code map check --format text}: the verdict and score first, then the findings grouped by
 * severity (errors, warnings, infos), each with where it is and the hint that says what to do.
 */
final class ReportText {
  private ReportText() {}

  static String render(MutualActionPlan plan, QualityReport report, Style style) {
    StringBuilder out = new StringBuilder(512 + 240 * report.findings().size());
    out.append(style.bold(PlanWords.oneLine(plan.title())))
        .append(" (").append(plan.id().value()).append("): ")
        .append(verdict(report.verdict(), style))
        .append(", score ").append(report.score()).append("/100\n");
    out.append("As of ").append(report.asOf())
        .append(", profile ").append(report.profile().spelling()).append(": ")
        .append(PlanWords.count(report.errors(), "error", "errors")).append(", ")
        .append(PlanWords.count(report.warnings(), "warning", "warnings")).append(", ")
        .append(PlanWords.count(report.infos(), "info", "infos")).append('\n');
    if (report.findings().isEmpty()) {
      out.append("\nNo findings.\n");
      return out.toString();
    }
    appendGroup(out, report, Severity.ERROR, "Errors", style::boldRed, style);
    appendGroup(out, report, Severity.WARNING, "Warnings", style::boldYellow, style);
    appendGroup(out, report, Severity.INFO, "Infos", style::boldCyan, style);
    return out.toString();
  }

  private static String verdict(Verdict verdict, Style style) {
    switch (verdict) {
      case READY:
        return style.green(verdict.spelling());
      case NEEDS_WORK:
        return style.boldYellow(verdict.spelling());
      default:
        return style.boldRed(verdict.spelling());
    }
  }

  private static void appendGroup(
      StringBuilder out,
      QualityReport report,
      Severity severity,
      String heading,
      UnaryOperator<String> headingColour,
      Style style) {
    List<Finding> findings = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (finding.severity() == severity) {
        findings.add(finding);
      }
    }
    if (findings.isEmpty()) {
      return;
    }
    out.append('\n').append(headingColour.apply(heading + " (" + findings.size() + ")"))
        .append('\n');
    for (Finding finding : findings) {
      out.append("  ").append(style.bold(finding.ruleId()));
      String where = where(finding);
      if (!where.isEmpty()) {
        out.append(' ').append(style.dim("[" + where + "]"));
      }
      out.append(": ").append(PlanWords.oneLine(finding.message())).append('\n');
      out.append("    ").append(style.cyan("hint:")).append(' ')
          .append(PlanWords.oneLine(finding.hint())).append('\n');
    }
  }

  /**
   * The milestone and the JSON Pointer a finding is about, for example {@code legal,
   * /milestones/4/due}.
   */
  private static String where(Finding finding) {
    List<String> parts = new ArrayList<>(2);
    finding.milestone().ifPresent(id -> parts.add(id.value()));
    finding.path().ifPresent(parts::add);
    return String.join(", ", parts);
  }
}
