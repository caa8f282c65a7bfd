package io.mutualplan.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The obvious, slow calendar: walks day by day. Only the tests use it, as the reference the real
 * {@link WorkCalendar} must agree with.
 */
final class ReferenceCalendar {
  private ReferenceCalendar() {}

  static boolean isWorkingDay(Set<DayOfWeek> workingDays, Set<LocalDate> holidays, LocalDate d) {
    return workingDays.contains(d.getDayOfWeek()) && !holidays.contains(d);
  }

  /** Working days in {@code [from, to)}. */
  static long countWorkingDays(
      Set<DayOfWeek> workingDays, Set<LocalDate> holidays, LocalDate from, LocalDate to) {
    long count = 0;
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      if (isWorkingDay(workingDays, holidays, d)) {
        count++;
      }
    }
    return count;
  }
}
