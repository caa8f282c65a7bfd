package io.mutualplan.core.schedule;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanLimits;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date the scheduler (or a forecast) would report falls outside the dates a plan document can
 * hold, {@link PlanLimits#MIN_DATE} to {@link PlanLimits#MAX_DATE}: a schedule with it could be
 * written but not read back. It happens only at the edges of the calendar, e.g. a two-day step as
 * of 9999-12-31, or an outcome on 0001-01-01 with a lead time.
 *
 * <pre>{@code
 * try {
 *   Scheduler.schedule(plan, LocalDate.parse("9999-12-31"));
 * } catch (DateOutOfRangeException e) {
 *   e.pointer();     // "/milestones/3"
 *   e.getMessage();  // "the early finish of milestone 'implementation' would be +10000-01-01,
 *                    //  after 9999-12-31, the latest date a plan can hold"
 * }
 * }</pre>
 */
public final class DateOutOfRangeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  /** The milestone the date belongs to, {@code null} for none: Optional is not serializable. */
  private final MilestoneId milestone;
  private final LocalDate date;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON Pointer, in the plan, of what the date belongs to: {@code
   *     /milestones/3} for a milestone, {@code /outcome} for the deadline or an outcome date, the
   *     empty pointer for the plan as a whole
   * @param milestone the milestone the date belongs to, if it belongs to one
   * @param what what the date is, e.g. {@code the early finish of milestone 'legal'}
   * @param date the date, outside the plan format's range
   * @throws IllegalArgumentException when {@code date} is inside the range
   */
  public DateOutOfRangeException(
      String pointer, Optional<MilestoneId> milestone, String what, LocalDate date) {
    super(describe(what, date));
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.milestone = milestone.orElse(null);
    this.date = date;
  }

  private static String describe(String what, LocalDate date) {
    if (date.isAfter(PlanLimits.MAX_DATE)) {
      return what + " would be " + date + ", after " + PlanLimits.MAX_DATE
          + ", the latest date a plan can hold";
    }
    if (date.isBefore(PlanLimits.MIN_DATE)) {
      return what + " would be " + date + ", before " + PlanLimits.MIN_DATE
          + ", the earliest date a plan can hold";
    }
    throw new IllegalArgumentException(date + " is inside the range of dates a plan can hold");
  }

  /**
   * Where in the plan the date comes from.
   *
   * @return a JSON Pointer: a milestone's ({@code /milestones/3}), {@code /outcome}, or the empty
   *     pointer for the plan as a whole
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The milestone whose date it is.
   *
   * @return the milestone, or empty for a date of the plan as a whole or of its outcome
   */
  public Optional<MilestoneId> milestone() {
    return Optional.ofNullable(milestone);
  }

  /**
   * The date that falls outside the range.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }
}
