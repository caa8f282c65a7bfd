package io.mutualplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanId;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityReportTest {
  private static Finding finding(String rule, Severity severity) {
    return Finding.builder()
        .ruleId(rule)
        .severity(severity)
        .message("Something about " + rule + ".")
        .hint("Fix it.")
        .build();
  }

  private static QualityReport report(Finding... findings) {
    return QualityReport.builder()
        .planId(PlanId.of("acme-2027"))
        .asOf(LocalDate.parse("2026-11-22"))
        .profile(Profile.FULL)
        .addFindings(findings)
        .build();
  }

  @Test
  void aReportWithoutFindingsIsReadyWithFullMarks() {
    QualityReport report = report();
    assertThat(report.score()).isEqualTo(100);
    assertThat(report.verdict()).isEqualTo(Verdict.READY);
    assertThat(report.errors() + report.warnings() + report.infos()).isZero();
  }

  @Test
  void errorsCostTwentyWarningsFiveAndInfosNothing() {
    QualityReport report =
        report(
            finding("overdue", Severity.WARNING),
            finding("due-date-set", Severity.ERROR),
            finding("durations-estimated", Severity.INFO),
            finding("exit-criteria", Severity.WARNING));
    assertThat(report.errors()).isEqualTo(1);
    assertThat(report.warnings()).isEqualTo(2);
    assertThat(report.infos()).isEqualTo(1);
    assertThat(report.score()).isEqualTo(70);
    assertThat(report.verdict()).isEqualTo(Verdict.NEEDS_WORK);
  }

  @Test
  void theScoreNeverGoesBelowZero() {
    Finding error = finding("owner-assigned", Severity.ERROR);
    assertThat(report(error, error, error, error, error, error).score()).isZero();
  }

  @Test
  void anErrorFromCoAuthoredOrBothSidesOwnStepsMeansNotMutual() {
    assertThat(report(finding("co-authored", Severity.ERROR)).verdict())
        .isEqualTo(Verdict.NOT_MUTUAL);
    assertThat(
            report(finding("due-date-set", Severity.ERROR),
                    finding("both-sides-own-steps", Severity.ERROR))
                .verdict())
        .isEqualTo(Verdict.NOT_MUTUAL);
  }

  @Test
  void aWarningFromCoAuthoredIsNotEnoughForNotMutual() {
    QualityReport report = report(finding("co-authored", Severity.WARNING));
    assertThat(report.verdict()).isEqualTo(Verdict.READY);
    assertThat(report.score()).isEqualTo(95);
  }

  @Test
  void reportsAndFindingsAreValues() {
    Finding finding =
        Finding.builder()
            .ruleId("overdue")
            .severity(Severity.WARNING)
            .message("Legal (legal) was due 2026-11-20 and is not complete.")
            .path("/milestones/3/due")
            .milestone(MilestoneId.of("legal"))
            .hint("Ask what shifted.")
            .build();
    Finding same = Finding.builder().from(finding).build();
    assertThat(same).isEqualTo(finding).hasSameHashCodeAs(finding);
    assertThat(report(finding)).isEqualTo(report(same));
    assertThat(report(finding).findingsOf("overdue")).containsExactly(finding);
    assertThat(report(finding).findingsOf("co-authored")).isEmpty();
  }

  @Test
  void aReportNamesTheProfileAppliedNeverAuto() {
    assertThatThrownBy(
            () ->
                QualityReport.builder()
                    .planId(PlanId.of("p"))
                    .asOf(LocalDate.parse("2026-11-22"))
                    .profile(Profile.AUTO)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never auto");
  }

  @Test
  void aFindingNeedsAMessageAHintAndAPointerThatStartsWithASlash() {
    assertThatThrownBy(() -> finding("x", Severity.INFO).withMessage(" "))
        .hasMessageContaining("message");
    assertThatThrownBy(() -> finding("x", Severity.INFO).withHint(""))
        .hasMessageContaining("hint");
    assertThatThrownBy(() -> finding("x", Severity.INFO).withPath("milestones/1"))
        .hasMessageContaining("JSON Pointer");
  }

  @Test
  void enumerationsUseTheKebabCaseSpellingOfTheSpec() {
    assertThat(Verdict.NOT_MUTUAL.spelling()).isEqualTo("not-mutual");
    assertThat(Verdict.parse("needs-work")).isEqualTo(Verdict.NEEDS_WORK);
    assertThat(Severity.parse("info")).isEqualTo(Severity.INFO);
    assertThat(Profile.parse("lightweight")).isEqualTo(Profile.LIGHTWEIGHT);
    assertThatThrownBy(() -> Profile.parse("light"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'light' is not a profile; expected one of: full, lightweight, auto");
    assertThat(List.of(Severity.values())).extracting(Severity::spelling)
        .containsExactly("error", "warning", "info");
  }

  @Test
  void aFindingNeedsARuleId() {
    assertThatThrownBy(() -> finding("x", Severity.INFO).withRuleId(" "))
        .hasMessageContaining("ruleId");
  }

  @Test
  void enumerationsPrintAsTheirSpellingAndAWrongSeverityNamesTheAllowedOnes() {
    assertThat(Verdict.NEEDS_WORK).hasToString("needs-work");
    assertThat(Profile.LIGHTWEIGHT).hasToString("lightweight");
    assertThat(Severity.WARNING).hasToString("warning");
    assertThatThrownBy(() -> Severity.parse("fatal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'fatal' is not a severity; expected one of: error, warning, info");
  }
}
