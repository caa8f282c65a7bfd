package io.mutualplan.core.schedule;

import io.mutualplan.core.Milestone;
import java.time.LocalDate;

/**
 * The scheduling spec's "reported dates": how boundaries become the dates people read. Every date
 * a {@link Schedule} reports is made here and nowhere else.
 *
 * <p>A boundary is the start of a working day, so the last working day before boundary {@code F}
 * is {@code day(F - 1)}.
 */
final class ReportedDates {
  private ReportedDates() {}

  /**
   * The start date of an incomplete milestone with boundaries {@code (start, finish)}, early or
   * late: its first working day, or for an event ({@code d = 0}) the day at whose end it happens.
   */
  static LocalDate start(WorkCalendar calendar, long start, long finish, int durationDays) {
    return durationDays >= 1 ? calendar.day(start) : calendar.day(finish - 1);
  }

  /** The finish date of an incomplete milestone finishing at boundary {@code finish}. */
  static LocalDate finish(WorkCalendar calendar, long finish) {
    return calendar.day(finish - 1);
  }

  /** The deadline date: the last working day on which work can finish to meet boundary T. */
  static LocalDate deadline(WorkCalendar calendar, long deadlineBoundary) {
    return calendar.day(deadlineBoundary - 1);
  }

  /** The projected finish date when work is still to do: the last day of the latest early finish. */
  static LocalDate projectedFinish(WorkCalendar calendar, long latestEarlyFinish) {
    return calendar.day(latestEarlyFinish - 1);
  }

  /**
   * The actual start of a completed milestone: {@code started} when recorded, else its completion
   * date for an event, else {@code d} working days back from the end of its completion date.
   */
  static LocalDate actualStart(WorkCalendar calendar, Milestone completed, int durationDays) {
    LocalDate finish = actualFinish(completed);
    if (completed.started().isPresent()) {
      return completed.started().get();
    }
    if (durationDays == 0) {
      return finish;
    }
    return calendar.day(finishBoundary(calendar, finish) - durationDays);
  }

  /** The actual finish of a completed milestone: its {@code completed} date. */
  static LocalDate actualFinish(Milestone completed) {
    return completed.completed().orElseThrow();
  }

  /** The early finish boundary of a milestone completed on {@code completed}: done by its end. */
  static long finishBoundary(WorkCalendar calendar, LocalDate completed) {
    return calendar.idx(completed.plusDays(1));
  }
}
