package io.mutualplan.rules.portfolio;

import static io.mutualplan.rules.fixtures.Check.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanId;
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

  private static PlanSummary unscheduled() {
    return PlanSummary.builder().source("crm").line(1).planId(PlanId.of("acme")).title("Acme")
        .score(50).verdict(Verdict.NEEDS_WORK).errors(1).warnings(0).infos(0).build();
  }

  private static PlanSummary scheduled(boolean feasible, long slackDays) {
    return PlanSummary.builder().from(unscheduled()).feasible(feasible).slackDays(slackDays)
        .build();
  }

  @Test
  void worstFirstBreaksATieOnEachLaterFieldSoThatOnlyEqualRowsAreEqual() {
    PlanSummary row = unscheduled();
    Money one = Money.of(new BigDecimal("1.0"), "USD");
    LocalDate day = LocalDate.of(2027, 1, 15);
    // Each pair differs in one field only: the first of the pair sorts first.
    List<List<PlanSummary>> pairs = List.of(
        List.of(row, row.withLine(2)),
        List.of(row, row.withDealValue(one)),
        List.of(row.withDealValue(one),
            row.withDealValue(Money.of(new BigDecimal("1.00"), "USD"))),
        List.of(row.withRules("overdue"), row.withRules("overdue", "seller-share")),
        List.of(scheduled(true, 0), scheduled(true, 0).withDeadline(day)),
        List.of(scheduled(true, 0), scheduled(true, 0).withProjectedFinish(day)),
        List.of(row, scheduled(false, -3)),
        List.of(scheduled(true, -3), scheduled(true, 2)),
        List.of(scheduled(false, 0), scheduled(true, 0)),
        List.of(row, row.withProbabilityOnTime(0.0)),
        List.of(row.withProbabilityOnTime(0.25), row.withProbabilityOnTime(0.75)),
        List.of(row.withStalls(MilestoneKind.LEGAL),
            row.withStalls(MilestoneKind.LEGAL, MilestoneKind.OTHER)));

    for (List<PlanSummary> pair : pairs) {
      assertThat(PlanSummary.worstFirst().compare(pair.get(0), pair.get(1))).as("%s", pair)
          .isNegative();
      assertThat(PlanSummary.worstFirst().compare(pair.get(1), pair.get(0))).as("%s", pair)
          .isPositive();
    }
  }

  @Test
  void aRowWithAScheduleSaysSo() {
    assertThat(scheduled(true, 0).hasSchedule()).isTrue();
    assertThat(unscheduled().hasSchedule()).isFalse();
  }

  @Test
  void aRowWithABlankSourceOrALineBelowOneIsRejected() {
    assertThatThrownBy(() -> unscheduled().withSource(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
    assertThatThrownBy(() -> unscheduled().withLine(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lines count from 1");
  }
}
