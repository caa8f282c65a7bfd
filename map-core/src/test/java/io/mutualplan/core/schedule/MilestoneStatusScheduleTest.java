package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.ScheduleLines.assertCompleted;
import static io.mutualplan.core.schedule.ScheduleLines.assertLine;
import static io.mutualplan.core.schedule.TestPlans.completed;
import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.inProgress;
import static io.mutualplan.core.schedule.TestPlans.link;
import static io.mutualplan.core.schedule.TestPlans.outcome;
import static io.mutualplan.core.schedule.TestPlans.plan;
import static io.mutualplan.core.schedule.TestPlans.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.DependencyType;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Completed, in-progress and not-started milestones, and events: the spec's forward-pass cases.
 * As of 2026-01-10 on the default calendar unless said otherwise; outcome 2026-01-31 (deadline
 * 2026-01-30).
 */
class MilestoneStatusScheduleTest {
  private static final LocalDate AS_OF = date("2026-01-10");

  @Test
  void takesACompletedMilestonesDatesAsFactsWithoutFloat() {
    Schedule schedule = Scheduler.schedule(
        plan(outcome("2026-01-31", 0),
            completed(step("done", 5), "2026-01-08").withStarted(date("2025-12-20"))),
        AS_OF);

    assertCompleted(schedule, "done", "2025-12-20", "2026-01-08");
    assertThat(schedule.criticalPath()).isEmpty();
    assertThat(schedule.slackDays()).isZero();
    assertThat(schedule.feasible()).isTrue();
    assertThat(schedule.projectedFinish()).contains(date("2026-01-08"));
  }

  @Test
  void datesACompletedStepWithoutAStartDurationDaysBackFromItsCompletion() {
    Schedule schedule = Scheduler.schedule(
        plan(completed(step("done", 3), "2026-01-08"),
            completed(step("signed", 0), "2026-01-09")),
        AS_OF);

    assertCompleted(schedule, "done", "2026-01-06", "2026-01-08");
    assertCompleted(schedule, "signed", "2026-01-09", "2026-01-09");
  }

  /**
   * Completed on Saturday 2026-01-10 in a Monday-to-Friday calendar: the finish reported is the
   * actual Saturday; the start is two working days back from the boundary after it (Thursday); a
   * successor starts on Monday.
   */
  @Test
  void keepsTheActualDatesOfAStepCompletedOnANonWorkingDay() {
    MutualActionPlan plan = plan(
            completed(step("done", 2), "2026-01-10"),
            step("next", 1, "done"))
        .withCalendar(TestPlans.weekdays());

    Schedule schedule = Scheduler.schedule(plan, date("2026-01-09"));

    assertCompleted(schedule, "done", "2026-01-08", "2026-01-10");
    assertThat(schedule.milestone(1).earlyStart()).isEqualTo(date("2026-01-12"));
  }

  /** A successor of a step that finished before the as-of date still starts no earlier than it. */
  @Test
  void startsTheSuccessorOfAnEarlierCompletionOnTheAsOfDate() {
    Schedule schedule = Scheduler.schedule(
        plan(completed(step("done", 2), "2026-01-02"), step("next", 4, "done")), AS_OF);

    assertThat(schedule.milestone(1).earlyStart()).isEqualTo(AS_OF);
    assertThat(schedule.milestone(1).earlyFinish()).isEqualTo(date("2026-01-13"));
  }

  /** A completion recorded after the as-of date still binds its successor: EF = idx(01-15). */
  @Test
  void letsACompletionAfterTheAsOfDateBindItsSuccessors() {
    Schedule schedule = Scheduler.schedule(
        plan(completed(step("done", 2), "2026-01-14"), step("next", 1, "done")), AS_OF);

    assertThat(schedule.milestone(1).earlyStart()).isEqualTo(date("2026-01-15"));
  }

  /**
   * In progress since 2025-12-30 with 15 days: ES is fixed at the start date even though it is
   * before the as-of date, EF = ES + 15 = start of 01-14.
   */
  @Test
  void fixesTheStartOfAnInProgressStepAtItsStartedDate() {
    Schedule schedule = Scheduler.schedule(
        plan(outcome("2026-01-31", 0), inProgress(step("review", 15), "2025-12-30")), AS_OF);

    assertLine(schedule, "review",
        "2025-12-30", "2026-01-13", "2026-01-16", "2026-01-30", 17, 17, true);
  }

  /** Started long ago and overdue: it cannot finish before the end of the as-of date. */
  @Test
  void finishesAnOverdueInProgressStepNoEarlierThanTheAsOfDate() {
    Schedule schedule = Scheduler.schedule(
        plan(outcome("2026-01-31", 0), inProgress(step("review", 2), "2025-12-01")), AS_OF);

    assertThat(schedule.milestone(0).earlyStart()).isEqualTo(date("2025-12-01"));
    assertThat(schedule.milestone(0).earlyFinish()).isEqualTo(AS_OF);
  }

  /**
   * An in-progress step ignores start bounds (it has started) but not finish bounds: with a
   * finish-to-finish link from a step ending at the start of 01-20, it finishes then.
   */
  @Test
  void holdsAnInProgressStepToItsFinishBounds() {
    Schedule schedule = Scheduler.schedule(
        plan(step("p", 10),
            inProgress(step("s", 2, link("p", DependencyType.FINISH_TO_FINISH, 0)), "2026-01-09"),
            inProgress(step("t", 2, link("p", DependencyType.FINISH_TO_START, 0)), "2026-01-09")),
        AS_OF);

    assertThat(schedule.milestone(1).earlyStart()).isEqualTo(date("2026-01-09"));
    assertThat(schedule.milestone(1).earlyFinish()).isEqualTo(date("2026-01-19"));
    assertThat(schedule.milestone(2).earlyStart()).isEqualTo(date("2026-01-09"));
    assertThat(schedule.milestone(2).earlyFinish()).isEqualTo(date("2026-01-10"));
  }

  /**
   * A step that started before its finish-to-start predecessor finished: the link's slack, ES(t) -
   * EF(p) = 09 - 20 = -11, is the predecessor's free float, as the spec defines it.
   */
  @Test
  void reportsTheNegativeSlackOfALinkIntoAStepThatStartedEarly() {
    Schedule schedule = Scheduler.schedule(
        plan(step("p", 10), inProgress(step("t", 2, "p"), "2026-01-09")), AS_OF);

    assertThat(schedule.milestone(0).freeFloat()).hasValue(-11);
  }

  @Test
  void schedulesAnInProgressStepWithoutAStartDateLikeOneNotStarted() {
    MutualActionPlan plan = plan(step("p", 3),
        step("s", 2, "p").withStatus(MilestoneStatus.IN_PROGRESS));

    Schedule schedule = Scheduler.schedule(plan, AS_OF);

    assertThat(schedule.milestone(1).earlyStart()).isEqualTo(date("2026-01-13"));
  }

  /**
   * The spec fixes the start only of an {@code in-progress} step; a blocked step with a start date
   * is scheduled like one not started.
   */
  @Test
  void schedulesABlockedStepWithAStartDateLikeOneNotStarted() {
    MutualActionPlan plan = plan(step("p", 3),
        step("s", 2, "p").withStatus(MilestoneStatus.BLOCKED).withStarted(date("2026-01-05")));

    Schedule schedule = Scheduler.schedule(plan, AS_OF);

    assertThat(schedule.milestone(1).earlyStart()).isEqualTo(date("2026-01-13"));
  }

  /** An event happens at the end of a day: alone, at the end of the as-of date. */
  @Test
  void datesAnEventByTheDayAtWhoseEndItHappens() {
    Schedule schedule = Scheduler.schedule(
        plan(outcome("2026-01-31", 0), step("p", 3), step("signed", 0, "p"), step("alone", 0)),
        AS_OF);

    assertLine(schedule, "signed",
        "2026-01-12", "2026-01-12", "2026-01-30", "2026-01-30", 18, 18, true);
    assertLine(schedule, "alone",
        "2026-01-10", "2026-01-10", "2026-01-30", "2026-01-30", 20, 20, false);
  }

  /** A step's duration comes from durationDays, else the estimate's likely value, else 0. */
  @Test
  void takesTheDurationFromTheEstimateWhenNoDurationIsGiven() {
    MutualActionPlan plan = plan(
        step("estimated", 1).withDurationDays(java.util.OptionalInt.empty())
            .withEstimate(io.mutualplan.core.Estimate.of(2, 4, 9)));

    Schedule schedule = Scheduler.schedule(plan, AS_OF);

    assertThat(schedule.milestone(0).durationDays()).isEqualTo(4);
    assertThat(schedule.milestone(0).earlyFinish()).isEqualTo(date("2026-01-13"));
  }
}
