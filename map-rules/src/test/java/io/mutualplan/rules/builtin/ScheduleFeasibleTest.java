package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.editAll;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.fixtures.TestPlans;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

  /** Twelve steps of a long critical path are named, then counted; the first longest is named. */
  @Test
  void aLongCriticalPathIsCutAfterTwelveStepsAndItsFirstLongestStepIsNamed() {
    List<Milestone> chain = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      Milestone.Builder step = Milestone.builder().id(MilestoneId.of("s" + i))
          .title("Step " + i).durationDays(10);
      if (i > 1) {
        step.addDependsOn(Dependency.on("s" + (i - 1)));
      }
      chain.add(step.build());
    }
    MutualActionPlan plan = ExamplePlans.acme().withMilestones(chain);

    assertThat(findings("schedule-feasible", plan)).singleElement().satisfies(f -> {
      assertThat(f.message()).endsWith(" the critical path Step 1 (s1) -> Step 2 (s2) -> Step 3"
          + " (s3) -> Step 4 (s4) -> Step 5 (s5) -> Step 6 (s6) -> Step 7 (s7) -> Step 8 (s8) ->"
          + " Step 9 (s9) -> Step 10 (s10) -> Step 11 (s11) -> Step 12 (s12) -> ... (3 more).");
      assertThat(f.hint()).contains("shorten its longest step (Step 1 (s1), 10 days)");
    });
  }

  @Test
  void aCriticalPathOfEventsHasNoStepToShorten() {
    MutualActionPlan events = editAll(ExamplePlans.acme(), m -> m.withDurationDays(0));
    assertThat(findings("schedule-feasible", events, LocalDate.parse("2027-02-10")))
        .singleElement().satisfies(f -> assertThat(f.hint()).doesNotContain("shorten"));
  }

  /** Who set the outcome date can move it, if they are the buyer's; else the buyer contact. */
  @Test
  void theHintAsksWhoeverSetTheBuyersOutcomeDateToMoveIt() {
    Outcome outcome = ExamplePlans.acme().outcome().orElseThrow();
    MutualActionPlan setByPriya =
        legalTakes(52).withOutcome(outcome.withSetBy(StakeholderId.of("priya")));
    MutualActionPlan setByAlex =
        legalTakes(52).withOutcome(outcome.withSetBy(StakeholderId.of("alex")));

    assertThat(findings("schedule-feasible", setByPriya)).singleElement()
        .satisfies(f -> assertThat(f.hint()).contains("agree a later date with Priya Nair"));
    assertThat(findings("schedule-feasible", setByAlex)).singleElement()
        .satisfies(f -> assertThat(f.hint()).contains("agree a later date with Sarah Chen"));
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
