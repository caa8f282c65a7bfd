package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.TestPlans.completed;
import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.id;
import static io.mutualplan.core.schedule.TestPlans.outcome;
import static io.mutualplan.core.schedule.TestPlans.plan;
import static io.mutualplan.core.schedule.TestPlans.planBuilder;
import static io.mutualplan.core.schedule.TestPlans.step;
import static io.mutualplan.core.schedule.TestPlans.weekdays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.fixtures.Serialization;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/**
 * Every date a schedule reports is one a plan document can hold, so that every schedule MAP
 * writes, MAP can read back: at the edges of the calendar, a schedule that would report a date
 * before 0001-01-01 or after 9999-12-31 is an error that names where it comes from.
 */
class ScheduleDateRangeTest {

  @Test
  void aTwoDayStepAsOfTheLastDateWouldFinishAfterIt() {
    MutualActionPlan plan = plan(step("ship", 2));

    assertThatThrownBy(() -> Scheduler.schedule(plan, PlanLimits.MAX_DATE))
        .isInstanceOfSatisfying(DateOutOfRangeException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/milestones/0");
          assertThat(e.milestone()).contains(id("ship"));
          assertThat(e.date()).isEqualTo(date("+10000-01-01"));
        })
        .hasMessage("the early finish of milestone 'ship' would be +10000-01-01, after"
            + " 9999-12-31, the latest date a plan can hold");
  }

  @Test
  void anOutcomeOnTheFirstDateLeavesNoDayForTheDeadline() {
    MutualActionPlan plan = plan(outcome("0001-01-01", 2), step("a", 1));

    assertThatThrownBy(() -> Scheduler.schedule(plan, PlanLimits.MIN_DATE))
        .isInstanceOfSatisfying(DateOutOfRangeException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/outcome");
          assertThat(e.milestone()).isEmpty();
          assertThat(e.date()).isEqualTo(date("0000-12-29"));
        })
        .hasMessage("the deadline would be 0000-12-29, before 0001-01-01, the earliest date a"
            + " plan can hold");
  }

  /** Work must be done the day before the outcome: before the first date, with no lead time. */
  @Test
  void anOutcomeOnTheFirstDateWithoutLeadTimeStillLeavesNoDayForTheDeadline() {
    MutualActionPlan plan = plan(outcome("0001-01-01", 0), step("a", 1));

    assertThatThrownBy(() -> Scheduler.schedule(plan, PlanLimits.MIN_DATE))
        .isInstanceOfSatisfying(DateOutOfRangeException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/outcome");
          assertThat(e.milestone()).isEmpty();
          assertThat(e.date()).isEqualTo(date("0000-12-31"));
        });
  }

  @Test
  void aLongStepBeforeAnEarlyOutcomeWouldHaveToStartBeforeTheFirstDate() {
    // The deadline, 0001-01-09, is a date; the late start of a 20-day step is not.
    MutualActionPlan plan = plan(outcome("0001-01-10", 0), step("early", 1), step("long", 20));

    assertThatThrownBy(() -> Scheduler.schedule(plan, PlanLimits.MIN_DATE))
        .isInstanceOfSatisfying(DateOutOfRangeException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/milestones/1");
          assertThat(e.milestone()).contains(id("long"));
        })
        .hasMessageStartingWith("the late start of milestone 'long' would be 0000-12-21,");
  }

  @Test
  void aStepCompletedEarlyInTheFirstYearWouldHaveStartedBeforeIt() {
    // Done by the end of 0001-01-02 after 5 days, with no start recorded: it started in year 0.
    MutualActionPlan plan = plan(completed(step("old", 5), "0001-01-02"));

    assertThatThrownBy(() -> Scheduler.schedule(plan, date("2026-01-01")))
        .isInstanceOfSatisfying(DateOutOfRangeException.class,
            e -> assertThat(e.pointer()).isEqualTo("/milestones/0"))
        .hasMessageStartingWith("the actual start of milestone 'old' would be 0000-12-29,");
  }

  @Test
  void anEventCompletedOnTheFirstDateWhenThatDayIsAHolidayHasASchedule() {
    MutualActionPlan plan = planBuilder()
        .calendar(weekdays("0001-01-01"))
        .addMilestones(completed(step("kickoff", 0), "0001-01-01"), step("next", 2, "kickoff"))
        .build();

    Schedule schedule = Scheduler.schedule(plan, date("2026-01-05"));

    assertThat(schedule.milestone(0).earlyStart()).isEqualTo(PlanLimits.MIN_DATE);
    assertThat(schedule.milestone(0).earlyFinish()).isEqualTo(PlanLimits.MIN_DATE);
    assertThat(schedule.milestone(0).lateStart()).isEqualTo(PlanLimits.MIN_DATE);
    assertThat(schedule.milestone(1).earlyStart()).isEqualTo(date("2026-01-05"));
  }

  @Test
  void anEventCompletedOnTheFirstDateThatIsNotAWorkingWeekdayHasASchedule() {
    // 0001-01-01 is a Monday; only Tuesdays are working days.
    MutualActionPlan plan = planBuilder()
        .calendar(CalendarSettings.builder().addWorkingDay(DayOfWeek.TUESDAY).build())
        .addMilestones(completed(step("signed", 0), "0001-01-01"))
        .build();

    Schedule schedule = Scheduler.schedule(plan, date("2026-01-01"));

    assertThat(schedule.milestone(0).earlyStart()).isEqualTo(PlanLimits.MIN_DATE);
    assertThat(schedule.milestone(0).lateFinish()).isEqualTo(PlanLimits.MIN_DATE);
    assertThat(schedule.projectedFinish()).contains(PlanLimits.MIN_DATE);
  }

  @Test
  void anEventCompletedOnAFirstDateHolidayOfTheEveryDayCalendarLeavesTheRestScheduled() {
    MutualActionPlan plan = planBuilder()
        .calendar(CalendarSettings.builder().addHolidays(PlanLimits.MIN_DATE).build())
        .addMilestones(completed(step("signed", 0), "0001-01-01"), step("rollout", 3))
        .build();

    Schedule schedule = Scheduler.schedule(plan, date("2026-01-01"));

    assertThat(schedule.milestone(0).earlyStart()).isEqualTo(PlanLimits.MIN_DATE);
    assertThat(schedule.projectedFinish()).contains(date("2026-01-03"));
  }

  @Test
  void deriveDueDatesNamesTheSameMilestone() {
    MutualActionPlan plan = plan(outcome("0001-01-10", 0), step("long", 20));

    assertThatThrownBy(() -> Scheduler.deriveDueDates(plan, PlanLimits.MIN_DATE))
        .isInstanceOfSatisfying(DateOutOfRangeException.class,
            e -> assertThat(e.pointer()).isEqualTo("/milestones/0"));
  }

  @Test
  void schedulesAPlanWhoseDatesTouchBothEnds() {
    // A one-day step as of the last date finishes on it; an event as of the first date, with the
    // outcome two days later and a day of lead time, has its deadline on the first date.
    Schedule last = Scheduler.schedule(plan(step("a", 1)), PlanLimits.MAX_DATE);
    Schedule first = Scheduler.schedule(plan(outcome("0001-01-03", 1), step("e", 0)),
        PlanLimits.MIN_DATE);

    assertThat(last.projectedFinish()).contains(PlanLimits.MAX_DATE);
    assertThat(last.milestone(0).earlyStart()).isEqualTo(PlanLimits.MAX_DATE);
    assertThat(first.deadline()).contains(PlanLimits.MIN_DATE);
    assertThat(first.milestone(0).lateStart()).isEqualTo(PlanLimits.MIN_DATE);
    assertThat(first.milestone(0).lateFinish()).isEqualTo(PlanLimits.MIN_DATE);
  }

  @Test
  void aStepThatStartedLongAgoIsFineWhenItsDatesAreInRange() {
    // Completed steps with a recorded start report that start, however long they took.
    MutualActionPlan plan = plan(completed(step("old", PlanLimits.MAX_DAYS), "0001-01-02")
        .withStarted(PlanLimits.MIN_DATE));

    assertThat(Scheduler.schedule(plan, date("2026-01-01")).milestone(0).earlyStart())
        .isEqualTo(PlanLimits.MIN_DATE);
  }

  @Test
  void theExceptionRefusesADateInsideTheRange() {
    assertThatThrownBy(() -> new DateOutOfRangeException("", java.util.Optional.empty(),
        "the finish", PlanLimits.MAX_DATE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theExceptionKeepsWhereAndWhatWhenSerialized() {
    DateOutOfRangeException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        DateOutOfRangeException.class,
        () -> Scheduler.schedule(plan(step("ship", 2)), PlanLimits.MAX_DATE));

    DateOutOfRangeException read = Serialization.roundTrip(e);

    assertThat(read.pointer()).isEqualTo("/milestones/0");
    assertThat(read.milestone()).contains(id("ship"));
    assertThat(read.date()).isEqualTo(date("+10000-01-01"));
    assertThat(read.getMessage()).isEqualTo(e.getMessage());
  }
}
