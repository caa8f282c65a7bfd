package io.mutualplan.rules;

import static io.mutualplan.rules.fixtures.Check.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanId;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.diff.ChangeType;
import io.mutualplan.core.fixtures.ExamplePlans;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The full comparison of two versions: the Acme plan as of 2026-11-22 (projected finish
 * 2027-01-15, 23 days of slack, ready, 100/100), and the same plan a week later in the deal.
 */
class PlanComparisonTest {
  private static final LocalDate AS_OF = ExamplePlans.AS_OF;

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static List<String> ids(List<MilestoneId> ids) {
    return ids.stream().map(MilestoneId::value).toList();
  }

  /** Legal needs ten more days, its due date moves two weeks, and Sarah records the change. */
  private static MutualActionPlan legalTakesLonger() {
    return edit(ExamplePlans.acme(), "legal", m -> m.withDurationDays(38))
        .moveDue(MilestoneId.of("legal"), date("2027-02-05"))
        .addRevision(StakeholderId.of("sarah"), Instant.parse("2026-11-21T09:00:00Z"),
            "Legal needs another round");
  }

  @Test
  void aPlanComparedWithItselfHasNothingToSay() {
    PlanComparison comparison =
        PlanComparison.compare(ExamplePlans.acme(), ExamplePlans.acme(), AS_OF);

    assertThat(comparison.changes().isEmpty()).isTrue();
    assertThat(comparison.from()).isEqualTo(comparison.to());
    assertThat(comparison.finishSlipDays()).isEqualTo(OptionalLong.of(0));
    assertThat(comparison.planId()).isEqualTo(PlanId.of("acme-2027"));
    assertThat(comparison.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void eachSideStandsAsItsScheduleAndReportSay() {
    PlanStanding from =
        PlanComparison.compare(ExamplePlans.acme(), legalTakesLonger(), AS_OF).from();

    assertThat(from.latestRevision()).isEqualTo(OptionalInt.of(3));
    assertThat(from.deadline()).contains(date("2027-02-07"));
    assertThat(from.projectedFinish()).contains(date("2027-01-15"));
    assertThat(from.slackDays()).isEqualTo(OptionalLong.of(23));
    assertThat(from.feasible()).contains(true);
    assertThat(from.criticalPath()).map(PlanComparisonTest::ids).contains(List.of(
        "security-docs", "security-review", "legal", "procurement", "signature"));
    assertThat(from.score()).isEqualTo(100);
    assertThat(from.verdict()).isEqualTo(Verdict.READY);
    assertThat(from.hasSchedule()).isTrue();
  }

  @Test
  void theFinishSlipsByTheWorkingDaysLegalNowTakesAndDanSignOffIsStale() {
    PlanComparison comparison =
        PlanComparison.compare(ExamplePlans.acme(), legalTakesLonger(), AS_OF);

    assertThat(comparison.to().projectedFinish()).contains(date("2027-01-25"));
    assertThat(comparison.to().slackDays()).isEqualTo(OptionalLong.of(13));
    assertThat(comparison.to().latestRevision()).isEqualTo(OptionalInt.of(4));
    assertThat(comparison.finishSlipDays()).isEqualTo(OptionalLong.of(10));
    // Four warnings: legal's new date is past its latest finish, procurement's date no longer
    // fits after it, it moved 14 days from the first agreed one, and Dan signed revision 3 while
    // the plan is at revision 4.
    assertThat(RuleEngine.builder().build().evaluate(legalTakesLonger(), AS_OF).findings())
        .extracting(Finding::ruleId)
        .containsExactly("economic-buyer-sign-off", "due-date-realistic",
            "dates-respect-dependencies", "due-date-slipped");
    assertThat(comparison.to().score()).isEqualTo(80);
    assertThat(comparison.to().verdict()).isEqualTo(Verdict.READY);
    assertThat(comparison.changes().signOffsStale()).extracting(StakeholderId::value)
        .containsExactly("dan");
    assertThat(comparison.changes().milestone(MilestoneId.of("legal")).orElseThrow().changes())
        .extracting(change -> change.field().name())
        .containsExactly("due", "baselineDue", "durationDays");
  }

  @Test
  void aCycleInTheNewerPlanEmptiesItsScheduleButNotItsChanges() {
    MutualActionPlan cycle = edit(legalTakesLonger(), "security-review",
        m -> m.withDependsOn(Dependency.on("legal")));

    PlanComparison comparison = PlanComparison.compare(ExamplePlans.acme(), cycle, AS_OF);

    PlanStanding to = comparison.to();
    assertThat(to.hasSchedule()).isFalse();
    assertThat(to.deadline()).isEmpty();
    assertThat(to.projectedFinish()).isEmpty();
    assertThat(to.slackDays()).isEmpty();
    assertThat(to.feasible()).isEmpty();
    assertThat(to.criticalPath()).isEmpty();
    assertThat(to.verdict()).isEqualTo(Verdict.NEEDS_WORK); // dependencies-acyclic
    assertThat(comparison.finishSlipDays()).isEmpty();
    assertThat(comparison.from().hasSchedule()).isTrue();
    assertThat(comparison.changes().milestones()).extracting(c -> c.id().value())
        .containsExactly("security-review", "legal");
  }

  @Test
  void aCycleInTheOlderPlanEmptiesItsSideOnly() {
    MutualActionPlan cycle = edit(ExamplePlans.acme(), "security-review",
        m -> m.withDependsOn(Dependency.on("legal")));

    PlanComparison comparison = PlanComparison.compare(cycle, ExamplePlans.acme(), AS_OF);

    assertThat(comparison.from().hasSchedule()).isFalse();
    assertThat(comparison.to().hasSchedule()).isTrue();
    assertThat(comparison.finishSlipDays()).isEmpty();
    assertThat(comparison.changes().milestones()).singleElement()
        .satisfies(change -> assertThat(change.type()).isEqualTo(ChangeType.CHANGED));
  }

  @Test
  void aScheduleThatWouldLeaveTheCalendarIsNoSchedule() {
    // As of 9999-12-31, Acme's open steps would finish in the year 10000; with only its completed
    // step, the plan is done and has a schedule.
    MutualActionPlan done = ExamplePlans.acme()
        .withMilestones(ExamplePlans.acme().milestones().get(0));
    LocalDate lastDay = date("9999-12-31");

    PlanComparison comparison = PlanComparison.compare(done, ExamplePlans.acme(), lastDay);

    assertThat(comparison.from().projectedFinish()).contains(date("2026-11-20"));
    assertThat(comparison.to().hasSchedule()).isFalse();
    assertThat(comparison.finishSlipDays()).isEmpty();
    assertThat(comparison.changes().milestones()).extracting(c -> c.type())
        .containsOnly(ChangeType.ADDED);
  }

  @Test
  void twoDifferentPlansAreNotVersionsOfOnePlanUnlessTheCallerSaysSo() {
    MutualActionPlan other = ExamplePlans.acme().withId(PlanId.of("acme-2028"));

    assertThatThrownBy(() -> PlanComparison.compare(ExamplePlans.acme(), other, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plans 'acme-2027' and 'acme-2028' are not two versions of one plan: their"
            + " ids differ");
    PlanComparison comparison = PlanComparison.compareAllowingOtherId(
        ExamplePlans.acme(), other, AS_OF, RuleEngine.builder().build());
    assertThat(comparison.planId()).isEqualTo(PlanId.of("acme-2028"));
    assertThat(comparison.changes().isEmpty()).isTrue();
  }

  @Test
  void theCallersEngineScoresBothSides() {
    RuleEngine lenient = RuleEngine.builder().disable("economic-buyer-sign-off").build();

    PlanComparison comparison =
        PlanComparison.compare(ExamplePlans.acme(), legalTakesLonger(), AS_OF, lenient);

    assertThat(comparison.to().score()).isEqualTo(85);
    assertThat(comparison.from().score()).isEqualTo(100);
  }

  @Test
  void aStandingHasAllItsScheduleFieldsOrNone() {
    assertThatThrownBy(() -> PlanStanding.builder().score(100).verdict(Verdict.READY)
        .feasible(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all there or all empty");
    assertThatThrownBy(() -> PlanStanding.builder().score(100).verdict(Verdict.READY)
        .projectedFinish(date("2027-01-15")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlanStanding.builder().score(101).verdict(Verdict.READY).build())
        .hasMessage("a score is 0 to 100, not 101");
    PlanStanding unscheduled = PlanStanding.builder().score(80).verdict(Verdict.NEEDS_WORK).build();
    assertThat(unscheduled.hasSchedule()).isFalse();
    assertThatThrownBy(() -> PlanComparison.builder().planId(PlanId.of("p")).asOf(AS_OF)
        .from(unscheduled).to(unscheduled).finishSlipDays(3)
        .changes(io.mutualplan.core.diff.PlanDiff.between(ExamplePlans.acme(),
            ExamplePlans.acme()))
        .build())
        .hasMessageContaining("a finish slip needs a projected finish on both sides");
  }

  @Test
  void aStandingScoresFromZeroToAHundredBothIncluded() {
    assertThat(PlanStanding.builder().score(0).verdict(Verdict.NOT_MUTUAL).build().score())
        .isZero();
    assertThat(PlanStanding.builder().score(100).verdict(Verdict.READY).build().score())
        .isEqualTo(100);
    assertThatThrownBy(() -> PlanStanding.builder().score(-1).verdict(Verdict.NOT_MUTUAL).build())
        .hasMessage("a score is 0 to 100, not -1");
  }
}
