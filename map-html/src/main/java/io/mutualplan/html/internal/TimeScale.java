package io.mutualplan.html.internal;

import java.time.LocalDate;

/**
 * The chart's horizontal scale: each day shown is a column of the same width, from the day's start
 * to the next day's start, so a step of three days is three columns wide.
 */
final class TimeScale {
  private final LocalDate first;
  private final LocalDate last;
  private final long firstDay;
  private final double left;
  private final double dayWidth;

  private TimeScale(LocalDate first, LocalDate last, double left, double right) {
    this.first = first;
    this.last = last;
    this.firstDay = first.toEpochDay();
    this.left = left;
    this.dayWidth = (right - left) / (last.toEpochDay() - firstDay + 1);
  }

  /**
   * A scale showing the days from {@code first} to {@code last}, both whole, between two positions.
   *
   * @param first the first day shown
   * @param last the last day shown; not before {@code first}
   * @param left where the first day starts
   * @param right where the last day ends; right of {@code left}
   * @return the scale
   */
  static TimeScale of(LocalDate first, LocalDate last, double left, double right) {
    if (last.isBefore(first) || !(right > left)) {
      throw new IllegalArgumentException(
          "empty scale: " + first + " to " + last + " over " + left + " to " + right);
    }
    return new TimeScale(first, last, left, right);
  }

  /** The first day shown. */
  LocalDate first() {
    return first;
  }

  /** The last day shown. */
  LocalDate last() {
    return last;
  }

  /** Where the first day starts. */
  double left() {
    return left;
  }

  /** Where the last day ends. */
  double right() {
    return endOf(last);
  }

  /** The width of one day. */
  double dayWidth() {
    return dayWidth;
  }

  /** Where a day starts (its morning). */
  double startOf(LocalDate day) {
    return left + (day.toEpochDay() - firstDay) * dayWidth;
  }

  /** Where a day ends (its evening), which is where the next day starts. */
  double endOf(LocalDate day) {
    return left + (day.toEpochDay() - firstDay + 1) * dayWidth;
  }
}
