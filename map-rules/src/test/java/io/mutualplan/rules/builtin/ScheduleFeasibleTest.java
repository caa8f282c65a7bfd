package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.editAll;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.fixtures.TestPlans;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleFeasibleTest {
  /**
   * The Acme plan has 23 days of slack along security-docs, security-review, legal, procurement
   * and signature, with legal at 28 days: legal can take 51 days and still make it.
   */
  private static MutualActionPlan legalTakes(int days) {
    return edit(ExamplePlans.acme(), "legal", m -> m.withDurationDays(days));
  }

  @Test
  void aPlanWithNoSlackLeftIsStillFeasible() {
    assertThat(findings("schedule-feasible", legalTakes(51))).isEmpty();
  }

  @Test
  void aPlanOneDayShortIsAnError() {
    assertThat(findings("schedule-feasible", legalTakes(52))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.milestone()).isEmpty();
      assertThat(f.path()).isEmpty();
      assertThat(f.message()).isEqualTo("From 2026-11-22, the plan cannot be done by 2027-02-07,"
          + " the last day work can finish for Go-live on 2027-03-01: it is 1 day short along the"
          + " critical path Security documentation sent (security-docs) -> IT security review"
          + " approved (security-review) -> MSA redlines agreed (legal) -> Purchase order issued"
          + " (procurement) -> Order form signed (signature).");
      assertThat(f.hint()).contains("start Security documentation sent (security-docs) sooner")
          .contains("shorten its longest step (MSA redlines agreed (legal), 52 days)")
          .contains("agree a later date with Sarah Chen");
    });
  }

  @Test
  void aPlanWithoutAnOutcomeHasNoDeadlineToMiss() {
    MutualActionPlan plan = legalTakes(400).withOutcome(Optional.<Outcome>empty());
    assertThat(findings("schedule-feasible", plan)).isEmpty();
  }

  @Test
  void lightweightPlansGetAWarningInstead() {
    assertThat(lightweightFindings("schedule-feasible", legalTakes(60))).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains("9 days short");
        });
  }

  /**
   * Go-live on 0001-01-03 less 5 days of lead time leaves boundary -3 (the deadline would be
   * 0000-12-28); the open work ends at boundary 56 (security-docs started on 0001-01-01 and takes
   * 3 days, then 15, 28 and 10 days along the chain to signature): 59 days short.
   */
  @Test
  void aPlanWhoseDeadlineFallsBeforeTheFirstDateAPlanCanHoldIsShortWithoutNamingIt() {
    MutualActionPlan plan = TestPlans.outcomeInTheFirstDays();

    assertThat(findings("schedule-feasible", plan, LocalDate.parse("0001-01-01")))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.path()).isEmpty();
          assertThat(f.message()).isEqualTo("From 0001-01-01, the plan cannot be done in time:"
              + " the last day work can finish for Go-live on 0001-01-03 (5 days of lead time"
              + " after the last step) would fall before 0001-01-01, the earliest date a plan can"
              + " hold; it is 59 days short.");
          assertThat(f.hint()).contains("Agree a later date with Sarah Chen");
        });
  }

  @Test
  void aPlanLookedAtAfterTheLastDateItsScheduleCanHoldIsShortOfItsDeadline() {
    // As of 9999-12-31 the open steps would end in the year 10000: there is no schedule, but the
    // deadline, 2027-02-07, is long gone.
    assertThat(findings("schedule-feasible", ExamplePlans.acme(), LocalDate.parse("9999-12-31")))
        .singleElement().satisfies(f -> assertThat(f.message())
            .startsWith("From 9999-12-31, the plan cannot be done by 2027-02-07, the last day work"
                + " can finish for Go-live on 2027-03-01: it is ")
            .endsWith(" days short."));
  }

  @Test
  void aPlanWithNothingLeftToDoIsNeverShortEvenWithoutASchedule() {
    MutualActionPlan done = editAll(TestPlans.outcomeInTheFirstDays(), m -> m.isComplete() ? m
        : m.withStatus(MilestoneStatus.COMPLETE).withCompleted(LocalDate.parse("0001-01-01")));

    assertThat(findings("schedule-feasible", done, LocalDate.parse("0001-01-01"))).isEmpty();
  }
}
