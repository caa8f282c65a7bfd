package io.mutualplan.core.schedule;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan's schedule as of a date: for every milestone its early and late dates, floats and
 * whether it is critical; for the plan its deadline, projected finish, slack, feasibility and
 * critical path. {@link Scheduler#schedule} computes it, following the scheduling spec to the day.
 *
 * <pre>{@code
 * Schedule schedule = Scheduler.schedule(plan, LocalDate.parse("2026-11-22"));
 * schedule.deadline();          // Optional[2027-02-07]
 * schedule.feasible();          // true
 * schedule.criticalPath();      // [security-docs, security-review, legal, procurement, signature]
 * schedule.milestone(MilestoneId.of("legal")).map(MilestoneSchedule::lateFinish);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The lines of a computed schedule are made when they
 * are asked for (a schedule of a million milestones holds arrays, not four million dates), but
 * equality is by value all the same: two schedules are equal when everything they report is equal
 * (plan id, as-of date, deadline, projected finish, slack, feasibility, critical path and every
 * milestone's line). The {@link #calendar()} is how the dates were computed, not something the
 * schedule reports, so it is not part of equality: a schedule read back from a schedule document,
 * which does not carry the calendar, equals the one that was written.
 */
public final class Schedule {
  private final PlanId planId;
  private final LocalDate asOf;
  private final WorkCalendar calendar;
  private final Optional<LocalDate> deadline;
  private final Optional<LocalDate> projectedFinish;
  private final long slackDays;
  private final boolean feasible;
  private final List<MilestoneId> criticalPath;
  private final List<MilestoneSchedule> milestones;
  /** Built on first use for a schedule that was not computed; computed ones ask the plan. */
  private volatile Map<MilestoneId, Integer> index;

  Schedule(
      PlanId planId,
      LocalDate asOf,
      WorkCalendar calendar,
      Optional<LocalDate> deadline,
      Optional<LocalDate> projectedFinish,
      long slackDays,
      boolean feasible,
      List<MilestoneId> criticalPath,
      List<MilestoneSchedule> milestones) {
    this.planId = Objects.requireNonNull(planId, "planId");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.projectedFinish = Objects.requireNonNull(projectedFinish, "projectedFinish");
    this.slackDays = slackDays;
    this.feasible = feasible;
    this.criticalPath = List.copyOf(criticalPath);
    this.milestones = milestones;
  }

  /**
   * A schedule from its parts, for example as read back from a {@code
   * mutual-action-plan-schedule/1} document. Its {@link #calendar()} is {@link
   * WorkCalendar#everyDay()}, since the document does not carry one; the calendar is not part of
   * equality.
   *
   * @param planId the plan's id
   * @param asOf the date the schedule was computed as of
   * @param deadline the deadline date; empty when the plan has no outcome
   * @param projectedFinish the projected finish date; empty when the plan has no milestones
   * @param slackDays the plan's slack in working days
   * @param feasible whether the plan can meet its deadline
   * @param criticalPath the critical path, in order
   * @param milestones every milestone's line, in plan order
   * @return the schedule
   */
  public static Schedule of(
      PlanId planId,
      LocalDate asOf,
      Optional<LocalDate> deadline,
      Optional<LocalDate> projectedFinish,
      long slackDays,
      boolean feasible,
      List<MilestoneId> criticalPath,
      List<MilestoneSchedule> milestones) {
    return new Schedule(planId, asOf, WorkCalendar.everyDay(), deadline, projectedFinish,
        slackDays, feasible, criticalPath, List.copyOf(milestones));
  }

  /**
   * The plan scheduled.
   *
   * @return the plan's id
   */
  public PlanId planId() {
    return planId;
  }

  /**
   * The date the schedule is computed as of: nothing not yet done finishes before its end.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The working-day calendar the dates were computed in; {@link WorkCalendar#everyDay()} for a
   * schedule made with {@link #of}.
   *
   * @return the calendar
   */
  public WorkCalendar calendar() {
    return calendar;
  }

  /**
   * The last working day on which work can finish and still meet the outcome: the outcome date
   * less the lead time, in working days.
   *
   * @return the deadline date; empty when the plan has no outcome
   */
  public Optional<LocalDate> deadline() {
    return deadline;
  }

  /**
   * When the remaining work finishes at the earliest: the last early finish date; when every
   * milestone is complete, the latest completion date.
   *
   * @return the projected finish date; empty only when the plan has no milestones
   */
  public Optional<LocalDate> projectedFinish() {
    return projectedFinish;
  }

  /**
   * The plan's slack: the least total float of an incomplete milestone, in working days; negative
   * when the deadline cannot be met. 0 when the plan has no outcome (so no deadline) or nothing is
   * left to do.
   *
   * @return the slack in working days
   */
  public long slackDays() {
    return slackDays;
  }

  /**
   * Whether the plan can meet its deadline: the slack is not negative. A plan without an outcome
   * is always feasible.
   *
   * @return true when the slack is {@code >= 0}
   */
  public boolean feasible() {
    return feasible;
  }

  /**
   * The critical path: one chain of critical milestones linked by driving links (links with no
   * slack), from the first critical milestone in plan order that no critical predecessor drives,
   * stepping each time to the first successor in plan order that is critical and driven by it.
   *
   * @return the milestones of the critical path, in order; empty when nothing is left to do
   */
  public List<MilestoneId> criticalPath() {
    return criticalPath;
  }

  /**
   * Every milestone's line, in the plan's order.
   *
   * @return an unmodifiable list
   */
  public List<MilestoneSchedule> milestones() {
    return milestones;
  }

  /**
   * The line of the milestone at a position of the plan.
   *
   * @param index a position in {@link #milestones()}
   * @return the line
   * @throws IndexOutOfBoundsException when there is no such position
   */
  public MilestoneSchedule milestone(int index) {
    return milestones.get(index);
  }

  /**
   * The line of a milestone.
   *
   * @param id a milestone id
   * @return the line, or empty when the schedule has no such milestone
   */
  public Optional<MilestoneSchedule> milestone(MilestoneId id) {
    int at = indexOf(id);
    return at < 0 ? Optional.empty() : Optional.of(milestones.get(at));
  }

  private int indexOf(MilestoneId id) {
    if (milestones instanceof ScheduledMilestones) {
      return ((ScheduledMilestones) milestones).indexOf(id);
    }
    Map<MilestoneId, Integer> byId = index;
    if (byId == null) {
      byId = new HashMap<>();
      for (int i = 0; i < milestones.size(); i++) {
        byId.putIfAbsent(milestones.get(i).id(), i);
      }
      index = byId = Collections.unmodifiableMap(byId);
    }
    return byId.getOrDefault(id, -1);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Schedule)) {
      return false;
    }
    Schedule that = (Schedule) other;
    return slackDays == that.slackDays
        && feasible == that.feasible
        && planId.equals(that.planId)
        && asOf.equals(that.asOf)
        && deadline.equals(that.deadline)
        && projectedFinish.equals(that.projectedFinish)
        && criticalPath.equals(that.criticalPath)
        && milestones.equals(that.milestones);
  }

  @Override
  public int hashCode() {
    return Objects.hash(planId, asOf, deadline, projectedFinish, slackDays, feasible, criticalPath,
        milestones);
  }

  @Override
  public String toString() {
    return "Schedule{planId=" + planId
        + ", asOf=" + asOf
        + ", deadline=" + deadline.map(LocalDate::toString).orElse("none")
        + ", projectedFinish=" + projectedFinish.map(LocalDate::toString).orElse("none")
        + ", slackDays=" + slackDays
        + ", feasible=" + feasible
        + ", criticalPath=" + criticalPath
        + ", milestones=" + milestones
        + "}";
  }
}
