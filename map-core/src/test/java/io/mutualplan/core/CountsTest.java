package io.mutualplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountsTest {
  private static MutualActionPlan withCalendar(CalendarSettings calendar) {
    return TestPlans.builder().calendar(calendar).build();
  }

  @Test
  void oneAndMinusOneTakeTheSingularEveryOtherCountThePlural() {
    assertThat(Counts.of(1, "error", "errors")).isEqualTo("1 error");
    assertThat(Counts.of(-1, "day", "days")).isEqualTo("-1 day");
    assertThat(Counts.of(0, "error", "errors")).isEqualTo("0 errors");
    assertThat(Counts.of(12, "info", "infos")).isEqualTo("12 infos");
  }

  @Test
  void aPlanWithoutACalendarCountsDaysBecauseEveryDayIsAWorkingDay() {
    MutualActionPlan plan = TestPlans.builder().build();

    assertThat(plan.calendar()).isEmpty();
    assertThat(Counts.days(plan, 21)).isEqualTo("21 days");
    assertThat(Counts.days(plan, 1)).isEqualTo("1 day");
  }

  @Test
  void aCalendarOfAllSevenDaysWithoutHolidaysCountsDays() {
    MutualActionPlan plan = withCalendar(CalendarSettings.builder().build());

    assertThat(Counts.days(plan, 3)).isEqualTo("3 days");
  }

  @Test
  void aCalendarWithAWeekendCountsWorkingDays() {
    MutualActionPlan plan = withCalendar(CalendarSettings.builder()
        .workingDays(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))
        .build());

    assertThat(Counts.days(plan, 15)).isEqualTo("15 working days");
    assertThat(Counts.days(plan, 1)).isEqualTo("1 working day");
  }

  @Test
  void aCalendarOfAllSevenDaysWithAHolidayCountsWorkingDays() {
    MutualActionPlan plan = withCalendar(
        CalendarSettings.builder().addHolidays(LocalDate.parse("2026-12-25")).build());

    assertThat(Counts.days(plan, 3)).isEqualTo("3 working days");
  }
}
