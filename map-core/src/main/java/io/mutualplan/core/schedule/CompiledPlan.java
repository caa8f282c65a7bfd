package io.mutualplan.core.schedule;

import io.mutualplan.core.DependencyLinks;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.PlanLimits;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A plan compiled for scheduling as of a date: its dependency graph as int-indexed {@linkplain
 * #links() links} in a {@linkplain #topologicalOrder() topological order}, every milestone's
 * duration, and the dates that are facts (completions, starts of work in progress). Compile once,
 * then schedule the plan with any vector of durations, without building a new plan: that is how
 * {@link Scheduler#schedule} works, and what a forecast or a what-if needs.
 *
 * <p>A what-if: "what if legal takes 30 working days?"
 *
 * <pre>{@code
 * CompiledPlan compiled = CompiledPlan.of(plan, LocalDate.parse("2026-11-22"));
 * int[] durations = compiled.durations();
 * durations[compiled.indexOf(MilestoneId.of("legal")).orElseThrow()] = 30;
 * Schedule whatIf = compiled.schedule(durations);
 * whatIf.feasible();          // does go-live still hold?
 * whatIf.projectedFinish();
 * }</pre>
 *
 * <p>For many runs (a Monte Carlo forecast runs thousands), {@link #newPasses()} gives passes that
 * reuse their buffers from one run to the next and report working-day boundaries instead of
 * building a {@link Schedule}.
 *
 * <p>Milestones are numbered by their position in the plan. Instances are immutable and
 * thread-safe; compiling takes time linear in milestones plus dependencies (the links themselves
 * are the plan's own, {@link MutualActionPlan#dependencyLinks()}).
 */
public final class CompiledPlan {
  private final MutualActionPlan plan;
  private final LocalDate asOf;
  private final WorkCalendar calendar;
  private final DependencyLinks links;
  private final int[] order;
  private final int[] durationDays;
  private final byte[] flags;
  /**
   * The boundaries that are facts: a start at {@code 2i} (when {@link MilestoneFlags#STARTED}), a
   * completed milestone's finish at {@code 2i + 1}; laid out like the passes' early dates, which
   * start from a copy.
   */
  private final long[] facts;
  private final int incomplete;
  private final long asOfBoundary;
  private final boolean hasOutcome;
  private final long deadlineBoundary;

  private CompiledPlan(MutualActionPlan plan, LocalDate asOf, int[] order) {
    this.plan = plan;
    this.asOf = asOf;
    this.calendar = WorkCalendar.of(plan);
    this.links = plan.dependencyLinks();
    this.order = order;
    int size = links.size();
    this.durationDays = new int[size];
    this.flags = new byte[size];
    this.facts = new long[2 * size];
    this.incomplete = readMilestones();
    this.asOfBoundary = calendar.idx(asOf);
    Optional<Outcome> outcome = plan.outcome();
    this.hasOutcome = outcome.isPresent();
    this.deadlineBoundary = hasOutcome
        ? calendar.idx(outcome.get().date()) - outcome.get().leadTimeDays()
        : 0;
  }

  /**
   * Compiles a plan.
   *
   * @param plan a plan
   * @param asOf today, for the plan: nothing not yet done can finish before the end of this date
   * @return the compiled plan
   * @throws CyclicDependencyException when the plan's dependencies form a cycle, naming it
   * @throws IllegalArgumentException when {@code asOf} is outside the plan format's date range
   */
  public static CompiledPlan of(MutualActionPlan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(PlanLimits.MIN_DATE) || asOf.isAfter(PlanLimits.MAX_DATE)) {
      throw new IllegalArgumentException("the as-of date " + asOf
          + " is out of range; it must be between " + PlanLimits.MIN_DATE + " and "
          + PlanLimits.MAX_DATE);
    }
    Optional<int[]> order = TopologicalOrder.of(plan.dependencyLinks());
    if (order.isEmpty()) {
      throw new CyclicDependencyException(TopologicalOrder.findCycle(plan).orElseThrow());
    }
    return new CompiledPlan(plan, asOf, order.get());
  }

  /**
   * What the passes need of each milestone, in one walk over the plan's objects (in a plan of a
   * million milestones every walk costs tens of milliseconds of cache misses): its duration, its
   * state, and the dates that are facts.
   *
   * @return the number of incomplete milestones
   */
  private int readMilestones() {
    List<Milestone> milestones = plan.milestones();
    // Locals, not fields, in the loop: the JIT keeps them in registers.
    int[] durationDays = this.durationDays;
    byte[] flags = this.flags;
    long[] facts = this.facts;
    WorkCalendar calendar = this.calendar;
    int open = 0;
    for (int i = 0; i < durationDays.length; i++) {
      Milestone milestone = milestones.get(i);
      durationDays[i] = milestone.scheduledDurationDays();
      boolean complete = milestone.isComplete();
      if (complete) {
        flags[i] = MilestoneFlags.COMPLETE;
        facts[2 * i + 1] =
            ReportedDates.finishBoundary(calendar, milestone.completed().orElseThrow());
      } else {
        open++;
      }
      // The spec's in-progress case needs the start date; without one, or in another status, an
      // incomplete milestone is scheduled as not started. A completed one's is its actual start.
      if (complete || milestone.status() == MilestoneStatus.IN_PROGRESS) {
        Optional<LocalDate> started = milestone.started();
        if (started.isPresent()) {
          flags[i] |= MilestoneFlags.STARTED;
          facts[2 * i] = calendar.idx(started.get());
        }
      }
    }
    return open;
  }

  /**
   * The plan compiled.
   *
   * @return the plan
   */
  public MutualActionPlan plan() {
    return plan;
  }

  /**
   * The as-of date the plan was compiled for.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The plan's working-day calendar, which turns the passes' boundaries into dates: a finish
   * boundary {@code f} is the date {@code calendar().day(f - 1)}.
   *
   * @return the calendar
   */
  public WorkCalendar calendar() {
    return calendar;
  }

  /**
   * The number of milestones.
   *
   * @return the plan's milestone count
   */
  public int size() {
    return durationDays.length;
  }

  /**
   * The position of a milestone, the number the passes know it by.
   *
   * @param id a milestone id
   * @return its position, or empty when the plan has no such milestone
   */
  public OptionalInt indexOf(MilestoneId id) {
    return plan.indexOf(id);
  }

  /**
   * The dependencies, resolved to milestone positions.
   *
   * @return the plan's links
   */
  public DependencyLinks links() {
    return links;
  }

  /**
   * The order the passes visit the milestones in: every milestone after all its predecessors (the
   * plan's own order when its milestones are listed that way).
   *
   * @return a new array of the milestones' positions
   */
  public int[] topologicalOrder() {
    return order.clone();
  }

  /**
   * Whether a milestone is complete: its dates are facts, and no duration changes them (except a
   * completed milestone's start when it has no {@code started} date: its finish less its
   * duration).
   *
   * @param milestone a position
   * @return true when complete
   */
  public boolean complete(int milestone) {
    return MilestoneFlags.isComplete(flags[milestone]);
  }

  /**
   * Whether anything is left to do: at least one milestone is not complete.
   *
   * @return false for a plan with no milestones or only completed ones
   */
  public boolean workLeft() {
    return incomplete > 0;
  }

  /**
   * The duration the scheduler uses for a milestone in the plan as written: {@code durationDays},
   * else the estimate's likely value, else 0.
   *
   * @param milestone a position
   * @return working days
   */
  public int durationDays(int milestone) {
    return durationDays[milestone];
  }

  /**
   * Every milestone's duration as the plan is written, to change for a what-if and pass to {@link
   * #schedule(int[])} or {@link SchedulePasses#run(int[])}.
   *
   * @return a new array, indexed by position
   */
  public int[] durations() {
    return durationDays.clone();
  }

  /**
   * New passes over this plan, with buffers they reuse from one run to the next. Each is for one
   * thread at a time; make one per thread.
   *
   * @return the passes
   */
  public SchedulePasses newPasses() {
    return new SchedulePasses(this, false, false);
  }

  /**
   * The plan's schedule, as {@link Scheduler#schedule} computes it.
   *
   * @return the schedule
   * @throws DateOutOfRangeException when a date of the schedule falls outside the plan format's
   *     range
   */
  public Schedule schedule() {
    SchedulePasses passes = new SchedulePasses(this, true, false);
    passes.runWithPlanDurations();
    return passes.toSchedule();
  }

  /**
   * The plan's schedule, for {@link Scheduler#schedule}, which compiled this plan for it alone:
   * the passes take over the arrays of facts and flags instead of copying them (at a million
   * milestones, 24 MB not allocated and copied), so this compiled plan must not be used again.
   */
  Schedule scheduleOnce() {
    SchedulePasses passes = new SchedulePasses(this, true, true);
    passes.runWithPlanDurations();
    return passes.toSchedule();
  }

  /**
   * The schedule of the plan with other durations: a what-if, without building a new plan.
   *
   * @param durationDays every milestone's duration in working days, by position; each between 0
   *     and {@link PlanLimits#MAX_DAYS}
   * @return the schedule, whose lines report these durations
   * @throws IllegalArgumentException when the array's length is not {@link #size()} or a duration
   *     is out of range
   * @throws DateOutOfRangeException when a date of the schedule falls outside the plan format's
   *     range
   */
  public Schedule schedule(int[] durationDays) {
    SchedulePasses passes = new SchedulePasses(this, true, false);
    passes.run(durationDays);
    return passes.toSchedule();
  }

  // ---- for the passes ------------------------------------------------------------------------

  /** The plan's durations, shared: nothing writes them. */
  int[] plannedDurations() {
    return durationDays;
  }

  int[] order() {
    return order;
  }

  byte[] flags() {
    return flags;
  }

  long[] facts() {
    return facts;
  }

  int incomplete() {
    return incomplete;
  }

  long asOfBoundary() {
    return asOfBoundary;
  }

  boolean hasOutcome() {
    return hasOutcome;
  }

  long deadlineBoundary() {
    return deadlineBoundary;
  }
}
