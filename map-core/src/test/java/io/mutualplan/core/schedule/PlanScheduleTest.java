package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.ScheduleLines.assertLine;
import static io.mutualplan.core.schedule.TestPlans.completed;
import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.id;
import static io.mutualplan.core.schedule.TestPlans.outcome;
import static io.mutualplan.core.schedule.TestPlans.plan;
import static io.mutualplan.core.schedule.TestPlans.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanLimits;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The plan-level figures: deadline, projected finish, slack, feasibility; calendars; as-of. */
class PlanScheduleTest {
  private static final LocalDate AS_OF = date("2026-01-10");

  @Test
  void schedulesAPlanWithoutMilestones() {
    Schedule schedule = Scheduler.schedule(plan(), AS_OF);

    assertThat(schedule.deadline()).isEmpty();
    assertThat(schedule.projectedFinish()).isEmpty();
    assertThat(schedule.slackDays()).isZero();
    assertThat(schedule.feasible()).isTrue();
    assertThat(schedule.criticalPath()).isEmpty();
    assertThat(schedule.milestones()).isEmpty();
    assertThat(schedule.planId()).isEqualTo(plan().id());
    assertThat(schedule.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void givesAPlanWithAnOutcomeButNoMilestonesItsDeadline() {
    Schedule schedule = Scheduler.schedule(plan(outcome("2026-03-01", 21)), AS_OF);

    assertThat(schedule.deadline()).contains(date("2026-02-07"));
    assertThat(schedule.projectedFinish()).isEmpty();
    assertThat(schedule.slackDays()).isZero();
    assertThat(schedule.feasible()).isTrue();
  }

  /** Nothing left to do: the projected finish is the latest completion, even after the deadline. */
  @Test
  void projectsTheLatestCompletionWhenEverythingIsDone() {
    Schedule schedule = Scheduler.schedule(
        plan(outcome("2026-01-05", 0),
            completed(step("a", 2), "2026-01-07"), completed(step("b", 1), "2026-01-03")),
        AS_OF);

    assertThat(schedule.projectedFinish()).contains(date("2026-01-07"));
    assertThat(schedule.slackDays()).isZero();
    assertThat(schedule.feasible()).isTrue();
    assertThat(schedule.criticalPath()).isEmpty();
  }

  /**
   * Without an outcome, T is the projected finish (start of 01-20): the longer chain a -> b has no
   * float and the shorter c has 7 days; the slack is 0 and there is no deadline.
   */
  @Test
  void measuresFloatAgainstTheProjectedFinishWhenThereIsNoOutcome() {
    Schedule schedule =
        Scheduler.schedule(plan(step("a", 4), step("b", 6, "a"), step("c", 3)), AS_OF);

    assertThat(schedule.deadline()).isEmpty();
    assertThat(schedule.projectedFinish()).contains(date("2026-01-19"));
    assertThat(schedule.slackDays()).isZero();
    assertThat(schedule.feasible()).isTrue();
    assertThat(schedule.criticalPath()).containsExactly(id("a"), id("b"));
    assertLine(schedule, "c", "2026-01-10", "2026-01-12", "2026-01-17", "2026-01-19", 7, 7, false);
  }

  /**
   * Outcome 2026-01-20 with 3 days of lead time: T = start of 01-17, deadline 01-16. The chain
   * needs until the start of 01-22: 5 days late, so the slack is -5 and the plan is infeasible;
   * the late dates are before the early ones.
   */
  @Test
  void reportsNegativeSlackWhenTheDeadlineCannotBeMet() {
    Schedule schedule = Scheduler.schedule(
        plan(outcome("2026-01-20", 3), step("a", 4), step("b", 8, "a"), step("c", 2)), AS_OF);

    assertThat(schedule.deadline()).contains(date("2026-01-16"));
    assertThat(schedule.projectedFinish()).contains(date("2026-01-21"));
    assertThat(schedule.slackDays()).isEqualTo(-5);
    assertThat(schedule.feasible()).isFalse();
    assertThat(schedule.criticalPath()).containsExactly(id("a"), id("b"));
    assertLine(schedule, "a", "2026-01-10", "2026-01-13", "2026-01-05", "2026-01-08", -5, 0, true);
    assertLine(schedule, "b", "2026-01-14", "2026-01-21", "2026-01-09", "2026-01-16", -5, -5, true);
    assertLine(schedule, "c", "2026-01-10", "2026-01-11", "2026-01-15", "2026-01-16", 5, 5, false);
  }

  @Test
  void reportsNegativeSlackWhenTheDeadlineIsAlreadyPast() {
    Schedule schedule =
        Scheduler.schedule(plan(outcome("2026-01-01", 0), step("a", 1)), AS_OF);

    assertThat(schedule.deadline()).contains(date("2025-12-31"));
    assertThat(schedule.slackDays()).isEqualTo(-10);
    assertThat(schedule.feasible()).isFalse();
  }

  /**
   * Across Christmas on a Monday-to-Friday calendar with holidays on 12-25 and 01-01, as of Monday
   * 2026-12-21. p (5 days) works 21, 22, 23, 24, 28; s (2 days) 29, 30; the event e happens at the
   * end of 30. Outcome Friday 2027-01-08 with 2 days of lead time: T = idx(01-08) - 2 = start of
   * 01-06, deadline 01-05. Backward: s LF start of 01-06, LS start of 01-04; p LF start of 01-04
   * (reported 12-31), LS five working days earlier, 12-24. Float: 12-31, 01-04, 01-05 = 3.
   */
  @Test
  void countsWorkingDaysOfThePlansCalendar() {
    MutualActionPlan plan =
        plan(outcome("2027-01-08", 2), step("p", 5), step("s", 2, "p"), step("e", 0, "s"))
            .withCalendar(TestPlans.weekdays("2026-12-25", "2027-01-01"));

    Schedule schedule = Scheduler.schedule(plan, date("2026-12-21"));

    assertThat(schedule.deadline()).contains(date("2027-01-05"));
    assertThat(schedule.projectedFinish()).contains(date("2026-12-30"));
    assertThat(schedule.slackDays()).isEqualTo(3);
    assertLine(schedule, "p", "2026-12-21", "2026-12-28", "2026-12-24", "2026-12-31", 3, 0, true);
    assertLine(schedule, "s", "2026-12-29", "2026-12-30", "2027-01-04", "2027-01-05", 3, 0, true);
    assertLine(schedule, "e", "2026-12-30", "2026-12-30", "2027-01-05", "2027-01-05", 3, 3, true);
    assertThat(schedule.calendar()).isEqualTo(WorkCalendar.of(plan));
  }

  /** As of a Saturday, the first boundary is Monday's start: a one-day step runs on Monday. */
  @Test
  void startsWorkOnTheNextWorkingDayWhenTheAsOfDateIsNotOne() {
    MutualActionPlan plan = plan(step("a", 1), step("e", 0)).withCalendar(TestPlans.weekdays());

    Schedule schedule = Scheduler.schedule(plan, date("2026-12-19"));

    assertThat(schedule.milestone(0).earlyStart()).isEqualTo(date("2026-12-21"));
    assertThat(schedule.milestone(0).earlyFinish()).isEqualTo(date("2026-12-21"));
    assertThat(schedule.milestone(1).earlyFinish()).isEqualTo(date("2026-12-21"));
  }

  /** The deadline is the last working day before the outcome less its lead time. */
  @Test
  void putsTheDeadlineOnAWorkingDay() {
    MutualActionPlan plan = plan(outcome("2027-03-01", 0), step("a", 1))
        .withCalendar(TestPlans.weekdays());

    // 2027-03-01 is a Monday: the last working day before it is Friday 02-26.
    assertThat(Scheduler.schedule(plan, AS_OF).deadline()).contains(date("2027-02-26"));
  }

  @Test
  void refusesAnAsOfDateOutsideThePlanFormatsRange() {
    MutualActionPlan plan = plan(step("a", 1));

    assertThatThrownBy(() -> Scheduler.schedule(plan, PlanLimits.MIN_DATE.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the as-of date 0000-12-31 is out of range; it must be between 0001-01-01"
            + " and 9999-12-31");
    assertThatThrownBy(() -> Scheduler.schedule(plan, PlanLimits.MAX_DATE.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
