package io.mutualplan.testkit;

/** What working-day calendar a generated plan has. */
public enum CalendarStyle {
  /** No {@code calendar} field: every day is a working day. */
  EVERY_DAY,
  /** Monday to Friday, no holidays. */
  WEEKDAYS,
  /** Monday to Friday, with holidays (some of which may fall on weekends, as real ones do). */
  WEEKDAYS_WITH_HOLIDAYS,
  /**
   * A random non-empty set of working weekdays in a random order (sometimes all seven, written
   * out), with or without holidays.
   */
  RANDOM
}
