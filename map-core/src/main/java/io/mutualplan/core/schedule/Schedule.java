package io.mutualplan.core.schedule;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanId;
import java.time.LocalDate;
import java.util.ArrayList;
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
   * A builder of a schedule from its parts, for example as read back from a {@code
   * mutual-action-plan-schedule/1} document. Its {@link #calendar()} is {@link
   * WorkCalendar#everyDay()}, since the document does not carry one; the calendar is not part of
   * equality.
   *
   * <pre>{@code
   * Schedule schedule = Schedule.builder()
   *     .planId(PlanId.of("acme-2027"))
   *     .asOf(LocalDate.parse("2026-11-22"))
   *     .deadline(LocalDate.parse("2027-02-07"))
   *     .projectedFinish(LocalDate.parse("2027-01-15"))
   *     .slackDays(23)
   *     .feasible(true)
   *     .criticalPath(path)
   *     .milestones(lines)
   *     .build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Schedule}. The plan id, the as-of date, the slack and feasibility are
   * required; the deadline and projected finish are absent, and the critical path and the
   * milestones empty, unless set.
   */
  public static final class Builder {
    private PlanId planId;
    private LocalDate asOf;
    private Optional<LocalDate> deadline = Optional.empty();
    private Optional<LocalDate> projectedFinish = Optional.empty();
    private Long slackDays;
    private Boolean feasible;
    private List<MilestoneId> criticalPath = List.of();
    private final List<MilestoneSchedule> milestones = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the plan's id.
     *
     * @param planId the id
     * @return this builder
     */
    public Builder planId(PlanId planId) {
      this.planId = Objects.requireNonNull(planId, "planId");
      return this;
    }

    /**
     * Sets the date the schedule was computed as of.
     *
     * @param asOf the date
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the deadline date.
     *
     * @param deadline the date
     * @return this builder
     */
    public Builder deadline(LocalDate deadline) {
      return deadline(Optional.of(deadline));
    }

    /**
     * Sets the deadline date, or clears it.
     *
     * @param deadline the date; empty when the plan has no outcome
     * @return this builder
     */
    public Builder deadline(Optional<LocalDate> deadline) {
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      return this;
    }

    /**
     * Sets the projected finish date.
     *
     * @param projectedFinish the date
     * @return this builder
     */
    public Builder projectedFinish(LocalDate projectedFinish) {
      return projectedFinish(Optional.of(projectedFinish));
    }

    /**
     * Sets the projected finish date, or clears it.
     *
     * @param projectedFinish the date; empty when the plan has no milestones
     * @return this builder
     */
    public Builder projectedFinish(Optional<LocalDate> projectedFinish) {
      this.projectedFinish = Objects.requireNonNull(projectedFinish, "projectedFinish");
      return this;
    }

    /**
     * Sets the plan's slack.
     *
     * @param slackDays working days
     * @return this builder
     */
    public Builder slackDays(long slackDays) {
      this.slackDays = slackDays;
      return this;
    }

    /**
     * Sets whether the plan can meet its deadline.
     *
     * @param feasible true when it can
     * @return this builder
     */
    public Builder feasible(boolean feasible) {
      this.feasible = feasible;
      return this;
    }

    /**
     * Sets the critical path.
     *
     * @param criticalPath the milestones of the critical path, in order
     * @return this builder
     */
    public Builder criticalPath(List<MilestoneId> criticalPath) {
      this.criticalPath = List.copyOf(criticalPath);
      return this;
    }

    /**
     * Adds a milestone's line, after those added before.
     *
     * @param milestone the line
     * @return this builder
     */
    public Builder addMilestone(MilestoneSchedule milestone) {
      milestones.add(Objects.requireNonNull(milestone, "milestone"));
      return this;
    }

    /**
     * Sets every milestone's line, replacing those added before.
     *
     * @param milestones the lines, in plan order
     * @return this builder
     */
    public Builder milestones(List<MilestoneSchedule> milestones) {
      List<MilestoneSchedule> lines = List.copyOf(milestones);
      this.milestones.clear();
      this.milestones.addAll(lines);
      return this;
    }

    /**
     * Builds the schedule.
     *
     * @return the schedule
     * @throws IllegalStateException when a required value is missing
     */
    public Schedule build() {
      List<String> missing = new ArrayList<>();
      if (planId == null) {
        missing.add("planId");
      }
      if (asOf == null) {
        missing.add("asOf");
      }
      if (slackDays == null) {
        missing.add("slackDays");
      }
      if (feasible == null) {
        missing.add("feasible");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("a schedule needs " + String.join(", ", missing));
      }
      return new Schedule(planId, asOf, WorkCalendar.everyDay(), deadline, projectedFinish,
          slackDays, feasible, criticalPath, List.copyOf(milestones));
    }
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
   * schedule made with {@link #builder()}.
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
