package io.mutualplan.core.schedule;

import io.mutualplan.core.CalendarSettings;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanLimits;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A working-day calendar: which weekdays are worked and which dates are holidays. The scheduler
 * counts every duration and lag in working days of the plan's calendar.
 *
 * <p>Time is measured in <em>boundaries</em>: {@link #idx(LocalDate)} is the number of working days
 * strictly before a date, counted from a fixed epoch, so it is the start of that date when the date
 * is a working day. Non-working days collapse: the end of a Friday, the start of the Saturday and
 * the start of the Monday after are the same boundary in a Monday-to-Friday calendar. {@link
 * #day(long)} goes back: it is the date of the working day that starts at a boundary, and {@code
 * day(idx(d)) == d} for every working day {@code d}.
 *
 * <p>Both directions take O(log holidays) time for any date, however far apart: whole weeks are
 * counted by division and holidays by binary search, never day by day.
 *
 * <pre>{@code
 * WorkCalendar weekdays = WorkCalendar.of(
 *     EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
 *     List.of(LocalDate.parse("2026-12-25")));
 * long friday = weekdays.idx(LocalDate.parse("2026-12-18"));
 * weekdays.day(friday + 5);   // 2026-12-28: the weekend and Christmas are skipped
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Two calendars are equal when they have the same
 * working weekdays and the same holidays.
 */
public final class WorkCalendar {
  /**
   * The epoch of every boundary: 0001-01-01, a Monday, so that the boundary of every date a plan
   * may contain is {@code >= 0} (before holidays are taken away) and weeks line up with division.
   */
  private static final long EPOCH_DAY = LocalDate.of(1, 1, 1).toEpochDay();

  private static final WorkCalendar EVERY_DAY =
      new WorkCalendar(EnumSet.allOf(DayOfWeek.class), List.of());

  private final Set<DayOfWeek> workingDays;
  private final List<LocalDate> holidays;
  private final int workingDaysPerWeek;
  /** Bit {@code d} is set when the {@code d}-th day of the week (Monday = 0) is worked. */
  private final int workingMask;
  /** {@code workingBefore[r]}: working weekdays among the first {@code r} days of a week. */
  private final int[] workingBefore = new int[8];
  /** {@code weekdayOffset[k]}: the day of the week (Monday = 0) of a week's {@code k}-th workday. */
  private final int[] weekdayOffset;
  /**
   * The weekday ordinal (working weekdays before it, holidays ignored) of every holiday that falls
   * on a working weekday, ascending; holidays on other days change nothing and are left out.
   */
  private final long[] holidayOrdinals;
  /**
   * {@code holidayOrdinals[k] - k}, non-decreasing: the boundary just after the {@code k}-th
   * holiday. The number of these {@code <= i} is how many holidays come before working day
   * {@code i}, which is what {@link #day(long)} needs.
   */
  private final long[] holidayBoundaries;
  /**
   * The boundary at the start of the day after {@link PlanLimits#MAX_DATE}: the dates a plan can
   * hold are exactly {@code day(b)} for {@code 0 <= b < endOfPlanDates}. Made once, because every
   * schedule checks its dates against it.
   */
  private final long endOfPlanDates;

  private WorkCalendar(Set<DayOfWeek> workingDays, Collection<LocalDate> holidays) {
    this.workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
    this.holidays = List.copyOf(new TreeSet<>(holidays));
    int mask = 0;
    for (DayOfWeek day : workingDays) {
      mask |= 1 << (day.getValue() - 1);
    }
    this.workingMask = mask;
    this.workingDaysPerWeek = Integer.bitCount(mask);
    this.weekdayOffset = new int[workingDaysPerWeek];
    for (int d = 0, k = 0; d < 7; d++) {
      workingBefore[d + 1] = workingBefore[d] + ((mask >>> d) & 1);
      if (((mask >>> d) & 1) != 0) {
        weekdayOffset[k++] = d;
      }
    }
    List<Long> ordinals = new ArrayList<>();
    for (LocalDate holiday : this.holidays) {
      if (isWorkingWeekday(holiday)) {
        ordinals.add(weekdayOrdinal(holiday));
      }
    }
    this.holidayOrdinals = ordinals.stream().mapToLong(Long::longValue).toArray();
    this.holidayBoundaries = new long[holidayOrdinals.length];
    for (int k = 0; k < holidayOrdinals.length; k++) {
      holidayBoundaries[k] = holidayOrdinals[k] - k;
    }
    this.endOfPlanDates = idx(PlanLimits.MAX_DATE.plusDays(1));
  }

  /**
   * The default calendar: every day is a working day, so working days are calendar days.
   *
   * @return the every-day calendar
   */
  public static WorkCalendar everyDay() {
    return EVERY_DAY;
  }

  /**
   * A calendar with the given working weekdays and holidays.
   *
   * @param workingDays the working weekdays; not empty (duplicates are ignored)
   * @param holidays dates that are not working days, in any order (duplicates are ignored)
   * @return the calendar
   * @throws IllegalArgumentException when there is no working weekday
   */
  public static WorkCalendar of(Collection<DayOfWeek> workingDays, Collection<LocalDate> holidays) {
    Objects.requireNonNull(workingDays, "workingDays");
    Objects.requireNonNull(holidays, "holidays");
    for (DayOfWeek day : workingDays) {
      Objects.requireNonNull(day, "workingDays holds null");
    }
    for (LocalDate holiday : holidays) {
      Objects.requireNonNull(holiday, "holidays holds null");
    }
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException(
          "a calendar needs at least one working weekday; workingDays is empty");
    }
    EnumSet<DayOfWeek> days = EnumSet.copyOf(workingDays);
    if (days.size() == 7 && holidays.isEmpty()) {
      return EVERY_DAY;
    }
    return new WorkCalendar(days, holidays);
  }

  /**
   * The calendar of a plan: its {@code calendar} settings, or every day when it has none.
   *
   * @param plan a plan
   * @return the plan's calendar
   */
  public static WorkCalendar of(MutualActionPlan plan) {
    return plan.calendar().map(WorkCalendar::of).orElse(EVERY_DAY);
  }

  /**
   * The calendar described by a plan's calendar settings.
   *
   * @param settings the settings
   * @return the calendar
   */
  public static WorkCalendar of(CalendarSettings settings) {
    return of(settings.workingDays(), settings.holidays());
  }

  /**
   * The boundary at the start of a date: the number of working days strictly before it, counted
   * from a fixed epoch. For a non-working date this is the start of the next working day.
   *
   * @param date any date
   * @return the boundary
   */
  public long idx(LocalDate date) {
    long ordinal = weekdayOrdinal(date);
    // Less the holidays (on working weekdays) strictly before it: those at ordinals <= ordinal - 1.
    return ordinal - countAtMost(holidayOrdinals, ordinal - 1);
  }

  /**
   * The date of the working day that starts at a boundary: the {@code index}-th working day after
   * the epoch. {@code day(idx(d)) == d} for every working day {@code d}, and {@code idx(day(i)) ==
   * i} for every boundary {@code i}.
   *
   * @param index a boundary
   * @return a working day
   * @throws DateTimeException when that day is outside the range of {@link LocalDate}
   */
  public LocalDate day(long index) {
    // The k-th holiday sits at weekday ordinal holidayOrdinals[k]; exactly the holidays with
    // holidayBoundaries[k] <= index come before the index-th working day, so it is the
    // (index + that count)-th working weekday, and not itself a holiday.
    long ordinal = index + countAtMost(holidayBoundaries, index);
    try {
      long weeks = Math.floorDiv(ordinal, workingDaysPerWeek);
      int inWeek = Math.floorMod(ordinal, workingDaysPerWeek);
      long epochDay =
          Math.addExact(EPOCH_DAY, Math.addExact(Math.multiplyExact(weeks, 7), weekdayOffset[inWeek]));
      return LocalDate.ofEpochDay(epochDay);
    } catch (ArithmeticException e) {
      throw new DateTimeException("working day " + index + " is outside the range of dates", e);
    }
  }

  /**
   * Whether a date is a working day: a working weekday that is not a holiday.
   *
   * @param date any date
   * @return true for a working day
   */
  public boolean isWorkingDay(LocalDate date) {
    return isWorkingWeekday(date)
        && Arrays.binarySearch(holidayOrdinals, weekdayOrdinal(date)) < 0;
  }

  /**
   * The working weekdays.
   *
   * @return an unmodifiable set, never empty
   */
  public Set<DayOfWeek> workingDays() {
    return workingDays;
  }

  /**
   * The holidays, ascending, without duplicates.
   *
   * @return the holidays, possibly none
   */
  public List<LocalDate> holidays() {
    return holidays;
  }

  /** The boundary after the last working day a plan can hold; see {@link #endOfPlanDates}. */
  long endOfPlanDates() {
    return endOfPlanDates;
  }

  private boolean isWorkingWeekday(LocalDate date) {
    return ((workingMask >>> (date.getDayOfWeek().getValue() - 1)) & 1) != 0;
  }

  /** Working weekdays strictly before {@code date}, holidays ignored. */
  private long weekdayOrdinal(LocalDate date) {
    long days = date.toEpochDay() - EPOCH_DAY;
    return Math.floorDiv(days, 7) * workingDaysPerWeek + workingBefore[Math.floorMod(days, 7)];
  }

  /** The number of elements {@code <= key} in a sorted array, by binary search. */
  private static int countAtMost(long[] sorted, long key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkCalendar
        && workingDays.equals(((WorkCalendar) other).workingDays)
        && holidays.equals(((WorkCalendar) other).holidays);
  }

  @Override
  public int hashCode() {
    return 31 * workingDays.hashCode() + holidays.hashCode();
  }

  @Override
  public String toString() {
    if (equals(EVERY_DAY)) {
      return "WorkCalendar{every day}";
    }
    return "WorkCalendar{workingDays="
        + workingDays.stream()
            .map(d -> d.name().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(", ", "[", "]"))
        + ", holidays="
        + holidays
        + "}";
  }
}
