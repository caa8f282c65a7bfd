package io.mutualplan.core.schedule;

import io.mutualplan.core.InvalidPlanException;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scheduler: the critical path method on a plan's dependency graph, backwards from the buyer's
 * outcome date and forwards from the as-of date, exactly as the scheduling spec says.
 *
 * <pre>{@code
 * Schedule schedule = Scheduler.schedule(plan, LocalDate.parse("2026-11-22"));
 * if (!schedule.feasible()) {
 *   System.out.println("late by " + -schedule.slackDays() + " working days along "
 *       + schedule.criticalPath());
 * }
 * MutualActionPlan dated = Scheduler.deriveDueDates(plan, LocalDate.parse("2026-11-22"));
 * }</pre>
 *
 * <p>The plan is compiled once into arrays ({@link CompiledPlan}, which also schedules the plan
 * with other durations, for a what-if) and the passes are loops over them: scheduling takes
 * time linear in milestones plus dependencies, and no plan, however long its chains, can exhaust
 * the stack. The clock is never read: the as-of date is always passed in. All methods are
 * thread-safe.
 *
 * <p>Where the spec leaves a choice open (also listed in {@code docs/decisions.md}):
 *
 * <ul>
 *   <li>Only an {@code in-progress} milestone's {@code started} date fixes its early start, as the
 *       spec's three cases say; a {@code blocked} or {@code scheduled} milestone with a start date
 *       is scheduled like one not started.
 *   <li>Without an outcome the slack is 0 and a milestone is critical when its total float is 0,
 *       even in the rare plan where an in-progress milestone that started before its predecessor
 *       finished gives some milestone negative float.
 *   <li>With an outcome but nothing left to do (every milestone complete, or none at all) the
 *       slack is 0 and the plan is feasible: completed work has no float.
 *   <li>Free float is the least slack of a milestone's links, as defined, so it is negative when a
 *       successor already started before the link allowed.
 *   <li>Every date a schedule reports is one a plan document can hold (0001-01-01 to
 *       9999-12-31): a plan whose schedule would report another, e.g. a two-day step as of
 *       9999-12-31, is a {@link DateOutOfRangeException} that names the milestone, so that
 *       every schedule MAP writes, MAP can read.
 * </ul>
 */
public final class Scheduler {
  private Scheduler() {}

  /**
   * Schedules a plan as of a date.
   *
   * @param plan a plan
   * @param asOf today, for the plan: nothing not yet done can finish before the end of this date
   * @return the schedule
   * @throws CyclicDependencyException when the plan's dependencies form a cycle, naming it
   * @throws IllegalArgumentException when {@code asOf} is outside the plan format's date range
   * @throws DateOutOfRangeException when a date of the schedule would fall outside the plan
   *     format's range, naming the milestone (or the outcome, for the deadline)
   */
  public static Schedule schedule(MutualActionPlan plan, LocalDate asOf) {
    return CompiledPlan.of(plan, asOf).scheduleOnce();
  }

  /**
   * Finds a dependency cycle, if the plan has one.
   *
   * @param plan a plan
   * @return one cycle in the order work would flow (each milestone is followed by one that depends
   *     on it), starting at its milestone that comes first in the plan and repeating it at the end,
   *     e.g. {@code [legal, procurement, legal]}; empty when the plan has no cycle
   */
  public static Optional<List<MilestoneId>> findCycle(MutualActionPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return TopologicalOrder.findCycle(plan);
  }

  /**
   * Builds the plan backwards: every incomplete milestone without a due date gets its late finish
   * date, the latest date that still meets the outcome. Existing due dates are kept.
   *
   * @param plan a plan with an outcome
   * @param asOf the as-of date of the schedule the dates come from
   * @return the plan with the missing due dates filled in (the same plan when none is missing)
   * @throws InvalidPlanException at {@code /outcome} when the plan has no outcome
   * @throws CyclicDependencyException when the plan's dependencies form a cycle
   * @throws IllegalArgumentException when {@code asOf} is outside the plan format's date range
   * @throws DateOutOfRangeException when a date of the schedule would fall outside the plan
   *     format's range
   */
  public static MutualActionPlan deriveDueDates(MutualActionPlan plan, LocalDate asOf) {
    return deriveDueDates(plan, asOf, false);
  }

  /**
   * Builds the plan backwards: every incomplete milestone without a due date, or with one when
   * {@code overwrite} is set, gets its late finish date, the latest date that still meets the
   * outcome. Completed milestones are left alone, and {@code baselineDue} is never touched: a
   * derived date is a planning figure, not a moved commitment.
   *
   * @param plan a plan with an outcome
   * @param asOf the as-of date of the schedule the dates come from
   * @param overwrite whether to replace due dates that are already set
   * @return the plan with the due dates filled in (the same plan when nothing changes)
   * @throws InvalidPlanException at {@code /outcome} when the plan has no outcome
   * @throws CyclicDependencyException when the plan's dependencies form a cycle
   * @throws IllegalArgumentException when {@code asOf} is outside the plan format's date range
   * @throws DateOutOfRangeException when a date of the schedule would fall outside the plan
   *     format's range
   */
  public static MutualActionPlan deriveDueDates(
      MutualActionPlan plan, LocalDate asOf, boolean overwrite) {
    Objects.requireNonNull(plan, "plan");
    if (plan.outcome().isEmpty()) {
      throw InvalidPlanException.of("/outcome",
          "the plan has no outcome, so there is no date to build the due dates back from;"
              + " add the buyer's outcome date (e.g. go-live) first");
    }
    Schedule schedule = schedule(plan, asOf);
    List<Milestone> milestones = plan.milestones();
    List<Milestone> derived = new ArrayList<>(milestones.size());
    boolean changed = false;
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (!milestone.isComplete() && (overwrite || milestone.due().isEmpty())) {
        LocalDate lateFinish = schedule.milestone(i).lateFinish();
        if (!milestone.due().equals(Optional.of(lateFinish))) {
          milestone = milestone.withDue(lateFinish);
          changed = true;
        }
      }
      derived.add(milestone);
    }
    return changed ? plan.withMilestones(derived) : plan;
  }
}
