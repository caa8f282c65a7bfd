package io.mutualplan.cli;

import io.mutualplan.core.DisplayText;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.spi.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code map check --format text}: the verdict and score first, then the findings grouped by
 * severity (errors, warnings, infos), each with where it is and the hint that says what to do.
 */
final class ReportText {
  private ReportText() {}

  static void write(MutualActionPlan plan, QualityReport report, Style style, Writer out)
      throws IOException {
    out.write(PlanWords.heading(plan, style) + ": " + verdict(report.verdict(), style)
        + ", score " + report.score() + "/100\n");
    out.write("As of " + report.asOf() + ", profile " + report.profile().spelling() + ": "
        + PlanWords.findings(report) + "\n");
    if (report.findings().isEmpty()) {
      out.write("\nNo findings.\n");
      return;
    }
    writeGroup(out, report, Severity.ERROR, "Errors", style::boldRed, style);
    writeGroup(out, report, Severity.WARNING, "Warnings", style::boldYellow, style);
    writeGroup(out, report, Severity.INFO, "Infos", style::boldCyan, style);
  }

  private static String verdict(Verdict verdict, Style style) {
    return switch (verdict) {
      case READY -> style.green(verdict.spelling());
      case NEEDS_WORK -> style.boldYellow(verdict.spelling());
      default -> style.boldRed(verdict.spelling());
    };
  }

  private static void writeGroup(
      Writer out,
      QualityReport report,
      Severity severity,
      String heading,
      UnaryOperator<String> headingColour,
      Style style)
      throws IOException {
    long count = report.findings().stream().filter(f -> f.severity() == severity).count();
    if (count == 0) {
      return;
    }
    out.write("\n" + headingColour.apply(heading + " (" + count + ")") + "\n");
    for (Finding finding : report.findings()) {
      if (finding.severity() != severity) {
        continue;
      }
      out.write("  " + style.bold(DisplayText.line(finding.ruleId())));
      String where = where(finding);
      if (!where.isEmpty()) {
        out.write(" " + style.dim("[" + where + "]"));
      }
      out.write(": " + DisplayText.line(finding.message()) + "\n");
      out.write("    " + style.cyan("hint:") + " " + DisplayText.line(finding.hint()) + "\n");
    }
  }

  /** The milestone and the JSON Pointer a finding is about: {@code legal, /milestones/4/due}. */
  private static String where(Finding finding) {
    List<String> parts = new ArrayList<>(2);
    finding.milestone().ifPresent(id -> parts.add(id.value()));
    finding.path().map(DisplayText::line).ifPresent(parts::add);
    return String.join(", ", parts);
  }
}
