package io.mutualplan.core;

import io.mutualplan.core.internal.PlanStyle;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The plan's working days: which weekdays are worked, and which dates are holidays. Durations and
 * lags count working days of this calendar. By default every day is a working day.
 */
@Value.Immutable
@PlanStyle
abstract class AbstractCalendarSettings {
  /** All seven days, Monday first: the default, in which working days are calendar days. */
  static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());

  /**
   * The working weekdays, in document order; not empty, no duplicates.
   *
   * @return the working weekdays; all seven by default
   */
  @Value.Default
  public List<DayOfWeek> workingDays() {
    return EVERY_DAY;
  }

  /**
   * Dates that are not working days, in document order; no duplicates.
   *
   * @return the holidays
   */
  public abstract List<LocalDate> holidays();
}
