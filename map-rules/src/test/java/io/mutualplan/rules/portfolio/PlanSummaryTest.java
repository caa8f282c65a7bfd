package io.mutualplan.rules.portfolio;

import static io.mutualplan.rules.fixtures.Check.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A plan summed up in a portfolio row: the Acme plan as of 2026-11-22, and edits of it. */
class PlanSummaryTest {
  private static final LocalDate AS_OF = ExamplePlans.AS_OF;
  private static final RuleEngine ENGINE = RuleEngine.builder().build();

  @Test
  void aRowCarriesThePlansReportAndScheduleHeadline() {
    MutualActionPlan acme = ExamplePlans.acme();
    QualityReport report = ENGINE.evaluate(acme, AS_OF);

    PlanSummary row = PlanSummary.summarize("plans/acme.json", acme, AS_OF, ENGINE);

    assertThat(row.source()).isEqualTo("plans/acme.json");
    assertThat(row.line()).isEmpty();
    assertThat(row.planId()).isEqualTo(acme.id());
    assertThat(row.title()).isEqualTo(acme.title());
    assertThat(row.dealValue()).contains(Money.of(BigDecimal.valueOf(120_000), "USD"));
    assertThat(row.score()).isEqualTo(report.score()).isEqualTo(100);
    assertThat(row.verdict()).isEqualTo(Verdict.READY);
    assertThat(List.of(row.errors(), row.warnings(), row.infos()))
        .containsExactly(report.errors(), report.warnings(), report.infos());
    assertThat(row.projectedFinish()).contains(LocalDate.parse("2027-01-15"));
    assertThat(row.deadline()).contains(LocalDate.parse("2027-02-07"));
    assertThat(row.slackDays()).isEqualTo(OptionalLong.of(23));
    assertThat(row.feasible()).contains(true);
    assertThat(row.probabilityOnTime()).isEmpty();
    assertThat(row.stalls()).isEmpty();
  }

  @Test
  void theRulesThatFiredAreListedOnceEachInReportOrder() {
    MutualActionPlan mistakes = ExamplePlans.classicMistakes();
    QualityReport report = ENGINE.evaluate(mistakes, AS_OF);

    PlanSummary row = PlanSummary.summarize("mistakes.json", mistakes, AS_OF, ENGINE);

    assertThat(row.rules()).isNotEmpty().doesNotHaveDuplicates()
        .isEqualTo(report.findings().stream().map(f -> f.ruleId()).distinct().toList());
  }

  @Test
  void anOverdueIncompleteMilestoneStallsUnderItsKind() {
    // security-docs is in progress and was due 2026-11-27; a week later it is overdue.
    LocalDate later = LocalDate.parse("2026-12-01");

    PlanSummary row = PlanSummary.summarize("acme.json", ExamplePlans.acme(), later, ENGINE);

    assertThat(row.stalls()).containsExactly(MilestoneKind.SECURITY_REVIEW);
  }

  @Test
  void aSlippedMilestoneStallsAndOneWithoutAKindCountsAsOther() {
    MutualActionPlan slipped = edit(ExamplePlans.acme(), "legal", m -> m.withKind(Optional.empty()))
        .moveDue(MilestoneId.of("legal"), LocalDate.parse("2027-02-26"));

    PlanSummary row = PlanSummary.summarize("acme.json", slipped, AS_OF, ENGINE);

    assertThat(ENGINE.evaluate(slipped, AS_OF).findingsOf("due-date-slipped")).hasSize(1);
    assertThat(row.rules()).contains("due-date-slipped");
    assertThat(row.stalls()).containsExactly(MilestoneKind.OTHER);
  }

  @Test
  void aCompletedMilestoneNeverStalls() {
    // champion-alignment was due 2026-11-20, before the as-of date, and is complete.
    PlanSummary row = PlanSummary.summarize("acme.json", ExamplePlans.acme(), AS_OF, ENGINE);

    assertThat(row.stalls()).doesNotContain(MilestoneKind.CHAMPION_ALIGNMENT);
  }

  @Test
  void aPlanWithACycleHasAScoreButNoScheduleFields() {
    MutualActionPlan cyclic = edit(ExamplePlans.acme(), "champion-alignment",
        m -> m.withDependsOn(Dependency.on(MilestoneId.of("signature"))));

    PlanSummary row = PlanSummary.summarize("cyclic.json", cyclic, AS_OF, ENGINE);

    assertThat(row.hasSchedule()).isFalse();
    assertThat(row.deadline()).isEmpty();
    assertThat(row.projectedFinish()).isEmpty();
    assertThat(row.slackDays()).isEmpty();
    assertThat(row.feasible()).isEmpty();
    assertThat(row.rules()).contains("dependencies-acyclic");
    assertThat(row.score()).isLessThan(100);
  }

  @Test
  void aLineAndAProbabilityAreAddedToARow() {
    PlanSummary row = PlanSummary.summarize("pipeline.ndjson", ExamplePlans.acme(), AS_OF, ENGINE)
        .withLine(12)
        .withProbabilityOnTime(0.9412);

    assertThat(row.line()).isEqualTo(OptionalLong.of(12));
    assertThat(row.probabilityOnTime()).isEqualTo(OptionalDouble.of(0.9412));
  }

  @Test
  void aReportOfAnotherPlanIsRejected() {
    QualityReport other = ENGINE.evaluate(ExamplePlans.closePlanInDisguise(), AS_OF);

    assertThatThrownBy(() -> PlanSummary.of("acme.json", ExamplePlans.acme(), other,
        Optional.of(Scheduler.schedule(ExamplePlans.acme(), AS_OF))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acme-2027");
  }

  @Test
  void aProbabilityOutsideZeroToOneIsRejected() {
    PlanSummary row = PlanSummary.summarize("acme.json", ExamplePlans.acme(), AS_OF, ENGINE);

    assertThatThrownBy(() -> row.withProbabilityOnTime(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }
}
