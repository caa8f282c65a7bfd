package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.TestPlans.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.PlanLimits;
import io.mutualplan.core.fixtures.ExamplePlans;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working-day boundaries: {@code idx} and {@code day} on the calendars plans use. */
class WorkCalendarTest {
  private static final WorkCalendar WEEKDAYS = WorkCalendar.of(TestPlans.WEEKDAYS, List.of());

  @Test
  void countsEveryDayAsAWorkingDayByDefault() {
    WorkCalendar calendar = WorkCalendar.everyDay();
    LocalDate day = date("2026-11-20");

    assertThat(calendar.idx(day.plusDays(1)) - calendar.idx(day)).isEqualTo(1);
    assertThat(calendar.idx(date("2027-03-01")) - calendar.idx(date("2027-02-08"))).isEqualTo(21);
    assertThat(calendar.day(calendar.idx(day))).isEqualTo(day);
    assertThat(calendar.isWorkingDay(date("2026-11-21"))).isTrue();
  }

  @Test
  void startsCountingAtTheFirstDateAPlanMayContain() {
    assertThat(WorkCalendar.everyDay().idx(PlanLimits.MIN_DATE)).isZero();
    assertThat(WEEKDAYS.idx(PlanLimits.MIN_DATE)).isZero();
    assertThat(WEEKDAYS.day(0)).isEqualTo(PlanLimits.MIN_DATE);
  }

  @Test
  void collapsesAWeekendIntoOneBoundary() {
    LocalDate friday = date("2026-11-20");
    LocalDate saturday = date("2026-11-21");
    LocalDate sunday = date("2026-11-22");
    LocalDate monday = date("2026-11-23");

    assertThat(WEEKDAYS.idx(saturday)).isEqualTo(WEEKDAYS.idx(friday) + 1);
    assertThat(WEEKDAYS.idx(sunday)).isEqualTo(WEEKDAYS.idx(saturday));
    assertThat(WEEKDAYS.idx(monday)).isEqualTo(WEEKDAYS.idx(saturday));
    assertThat(WEEKDAYS.day(WEEKDAYS.idx(saturday))).isEqualTo(monday);
    assertThat(WEEKDAYS.day(WEEKDAYS.idx(friday))).isEqualTo(friday);
    assertThat(WEEKDAYS.isWorkingDay(saturday)).isFalse();
    assertThat(WEEKDAYS.isWorkingDay(monday)).isTrue();
  }

  @Test
  void skipsHolidaysAndRunsOfHolidays() {
    WorkCalendar christmas = WorkCalendar.of(TestPlans.WEEKDAYS,
        List.of(date("2026-12-24"), date("2026-12-25"), date("2026-12-28"), date("2027-01-01")));
    LocalDate wednesday = date("2026-12-23");

    assertThat(christmas.day(christmas.idx(wednesday) + 1)).isEqualTo(date("2026-12-29"));
    assertThat(christmas.day(christmas.idx(wednesday) + 3)).isEqualTo(date("2026-12-31"));
    assertThat(christmas.day(christmas.idx(wednesday) + 4)).isEqualTo(date("2027-01-04"));
    assertThat(christmas.idx(date("2026-12-24"))).isEqualTo(christmas.idx(date("2026-12-29")));
    assertThat(christmas.isWorkingDay(date("2026-12-25"))).isFalse();
    assertThat(christmas.isWorkingDay(date("2026-12-29"))).isTrue();
  }

  @Test
  void ignoresAHolidayThatFallsOnAWeekend() {
    WorkCalendar withSaturdayHoliday =
        WorkCalendar.of(TestPlans.WEEKDAYS, List.of(date("2026-11-21")));

    for (LocalDate d = date("2026-11-01"); d.isBefore(date("2026-12-31")); d = d.plusDays(1)) {
      assertThat(withSaturdayHoliday.idx(d)).as("%s", d).isEqualTo(WEEKDAYS.idx(d));
      assertThat(withSaturdayHoliday.isWorkingDay(d)).as("%s", d).isEqualTo(WEEKDAYS.isWorkingDay(d));
    }
  }

  @Test
  void handlesHolidaysOnTheFirstAndLastDatesAPlanMayContain() {
    // 0001-01-01 is a Monday and 9999-12-31 a Friday.
    WorkCalendar calendar =
        WorkCalendar.of(TestPlans.WEEKDAYS, List.of(PlanLimits.MIN_DATE, PlanLimits.MAX_DATE));

    assertThat(calendar.idx(PlanLimits.MIN_DATE)).isZero();
    assertThat(calendar.idx(date("0001-01-02"))).isZero();
    assertThat(calendar.day(0)).isEqualTo(date("0001-01-02"));
    assertThat(calendar.day(-1)).isEqualTo(date("0000-12-29"));
    long lastFriday = calendar.idx(PlanLimits.MAX_DATE);
    assertThat(calendar.day(lastFriday - 1)).isEqualTo(date("9999-12-30"));
    assertThat(calendar.day(lastFriday)).isEqualTo(LocalDate.of(10_000, 1, 3));
    assertThat(calendar.isWorkingDay(PlanLimits.MAX_DATE)).isFalse();
  }

  @Test
  void countsAcrossCenturiesAndTheirLeapYearRules() {
    // 1900 is not a leap year, 2000 is: from 1899-03-01 to 2001-03-01 there are 102 years with
    // 25 leap days (1904..2000, without 1900), 37,255 days in all.
    assertThat(WorkCalendar.everyDay().idx(date("2001-03-01"))
        - WorkCalendar.everyDay().idx(date("1899-03-01"))).isEqualTo(102 * 365 + 25);
    assertThat(WEEKDAYS.idx(date("2001-03-01")) - WEEKDAYS.idx(date("1899-03-01")))
        .isEqualTo(ReferenceCalendar.countWorkingDays(
            EnumSet.copyOf(TestPlans.WEEKDAYS), Set.of(), date("1899-03-01"), date("2001-03-01")));
    assertThat(WEEKDAYS.day(WEEKDAYS.idx(date("1600-02-29")))).isEqualTo(date("1600-02-29"));
  }

  @Test
  void worksFarOutsideThePlanDateRange() {
    Set<DayOfWeek> weekdays = EnumSet.copyOf(TestPlans.WEEKDAYS);
    for (LocalDate from : List.of(LocalDate.of(-200_000, 3, 1), LocalDate.of(300_000, 3, 1))) {
      LocalDate to = from.plusDays(4_000);
      assertThat(WEEKDAYS.idx(to) - WEEKDAYS.idx(from))
          .isEqualTo(ReferenceCalendar.countWorkingDays(weekdays, Set.of(), from, to));
      LocalDate next = from;
      while (!ReferenceCalendar.isWorkingDay(weekdays, Set.of(), next)) {
        next = next.plusDays(1);
      }
      assertThat(WEEKDAYS.day(WEEKDAYS.idx(from))).isEqualTo(next);
    }
    // Whole weeks: 5 working days in every 7 calendar days, however far from the epoch.
    LocalDate monday = date("2026-11-23");
    assertThat(WEEKDAYS.idx(monday.plusWeeks(10_000_000)) - WEEKDAYS.idx(monday))
        .isEqualTo(50_000_000);
    assertThat(WEEKDAYS.idx(LocalDate.MAX)).isPositive();
    assertThat(WEEKDAYS.idx(LocalDate.MIN)).isNegative();
  }

  @Test
  void refusesBoundariesBeyondTheRangeOfDates() {
    assertThatThrownBy(() -> WEEKDAYS.day(Long.MAX_VALUE)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> WEEKDAYS.day(Long.MIN_VALUE)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> WorkCalendar.everyDay().day(WorkCalendar.everyDay().idx(LocalDate.MAX) + 1))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void refusesACalendarWithoutWorkingDays() {
    assertThatThrownBy(() -> WorkCalendar.of(Set.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one working weekday");
  }

  @Test
  void takesThePlansCalendarOrEveryDay() {
    assertThat(WorkCalendar.of(ExamplePlans.acme())).isEqualTo(WorkCalendar.everyDay());
    CalendarSettings settings = TestPlans.weekdays("2026-12-25");
    WorkCalendar calendar = WorkCalendar.of(ExamplePlans.acme().withCalendar(settings));

    assertThat(calendar.workingDays()).containsExactlyElementsOf(TestPlans.WEEKDAYS);
    assertThat(calendar.holidays()).containsExactly(date("2026-12-25"));
  }

  @Test
  void comparesByWorkingDaysAndHolidays() {
    WorkCalendar a = WorkCalendar.of(List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY),
        List.of(date("2026-12-25"), date("2026-01-01"), date("2026-12-25")));
    WorkCalendar b = WorkCalendar.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        List.of(date("2026-01-01"), date("2026-12-25")));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(WEEKDAYS);
    assertThat(a.holidays()).containsExactly(date("2026-01-01"), date("2026-12-25"));
    assertThat(a.toString()).isEqualTo(
        "WorkCalendar{workingDays=[monday, friday], holidays=[2026-01-01, 2026-12-25]}");
    assertThat(WorkCalendar.of(EnumSet.allOf(DayOfWeek.class), List.of()))
        .isEqualTo(WorkCalendar.everyDay());
    assertThat(WorkCalendar.of(EnumSet.allOf(DayOfWeek.class), List.of()).toString())
        .isEqualTo("WorkCalendar{every day}");
  }
}
