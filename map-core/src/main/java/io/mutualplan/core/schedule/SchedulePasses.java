package io.mutualplan.core.schedule;

import io.mutualplan.core.DependencyLinks;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanLimits;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The forward and backward passes of the critical path method over a {@link CompiledPlan}, with a
 * vector of durations, exactly as the scheduling spec states them: the one implementation of the
 * passes, behind {@link Scheduler#schedule} too.
 *
 * <p>Results are working-day boundaries of the plan's {@linkplain CompiledPlan#calendar()
 * calendar}: a finish boundary {@code f} is the date {@code calendar.day(f - 1)}, a start boundary
 * {@code s} of a step of one day or more the date {@code calendar.day(s)}. Each run overwrites the
 * last; the buffers are allocated once, when the passes are made, so a run allocates nothing.
 *
 * <pre>{@code
 * SchedulePasses passes = compiled.newPasses();
 * int[] durations = compiled.durations();
 * int legal = compiled.indexOf(MilestoneId.of("legal")).orElseThrow();
 * for (int days = 10; days <= 40; days += 5) {
 *   durations[legal] = days;
 *   passes.run(durations);
 *   System.out.println(days + " days of legal: finish "
 *       + compiled.calendar().day(passes.finish() - 1) + ", slack " + passes.slackDays());
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one instance per thread ({@link CompiledPlan#newPasses()} is cheap next to a
 * run of a large plan, and the compiled plan is shared).
 *
 * <p>Each milestone's figures live in flat arrays indexed by its position. The early start and
 * finish of milestone {@code i} sit side by side ({@code early[2i]}, {@code early[2i+1]}) so that
 * reading a predecessor touches one cache line, and so do its late start and finish ({@code
 * late[2i]}, {@code late[2i+1]}): a link then reads or bounds the one figure of its predecessor it
 * is measured from, {@code 2p} or {@code 2p + 1}, whatever its type. (Measured on a million
 * milestones: one array of four longs per milestone was slower.)
 */
public final class SchedulePasses {
  private final CompiledPlan compiled;
  private final DependencyLinks links;
  private final int[] order;
  private final byte[] flags;
  private final int size;
  /**
   * Whether these passes run once, for {@link Scheduler#schedule}, over a compiled plan that
   * nothing else uses: they then take over its facts and flags instead of copying them.
   */
  private final boolean once;
  /** The durations of the last run: a copy of the caller's, or the compiled plan's own. */
  private int[] durationDays;
  private int[] durationBuffer;
  private final long[] early;
  /**
   * The late start of milestone {@code i} at {@code 2i}, its late finish at {@code 2i + 1}. During
   * the backward pass, until the milestone's turn, the pair holds the least bound its successors
   * have set on each.
   */
  private final long[] late;
  /** Only for a {@link Schedule}: the forecast's runs need no free float. */
  private final long[] freeFloat;
  private long deadline;
  private long latestEarlyFinish;
  private long slack;
  /**
   * The least boundary a reported date may come from that is not bounded by the as-of date: a
   * late start (or an event's late finish less one), or the start of a completed milestone of a
   * day or more that has no start date (a completed event's start is its completion date). Below
   * 0 means a date before the first a plan can hold.
   */
  private long lowestUnboundedStart;
  private boolean ran;

  /**
   * New passes.
   *
   * @param compiled the plan
   * @param forSchedule whether the passes are for a {@link Schedule}, which needs free floats
   * @param once whether they run once over a compiled plan nothing else uses; they then take over
   *     its arrays of facts and flags, so it must never run passes again
   */
  SchedulePasses(CompiledPlan compiled, boolean forSchedule, boolean once) {
    this.compiled = compiled;
    this.links = compiled.links();
    this.order = compiled.order();
    this.flags = compiled.flags();
    this.size = compiled.size();
    this.once = once;
    // The facts (completions, recorded starts) sit where the passes keep early dates, and no pass
    // writes over them.
    this.early = once ? compiled.facts() : compiled.facts().clone();
    this.late = new long[2 * size];
    this.freeFloat = forSchedule ? new long[size] : null;
  }

  /**
   * The plan these passes run over.
   *
   * @return the compiled plan
   */
  public CompiledPlan compiled() {
    return compiled;
  }

  /**
   * Runs both passes with these durations; the results replace those of the last run.
   *
   * @param durationDays every milestone's duration in working days, by position; each between 0
   *     and {@link PlanLimits#MAX_DAYS}. Read, not kept: the array may change after the call.
   * @throws IllegalArgumentException when the array's length is not the plan's size or a duration
   *     is out of range
   */
  public void run(int[] durationDays) {
    if (durationDays.length != size) {
      throw new IllegalArgumentException("the plan has " + size + " milestones; got "
          + durationDays.length + " durations");
    }
    if (durationBuffer == null) {
      durationBuffer = new int[size];
    }
    ran = false;
    for (int i = 0; i < size; i++) {
      int d = durationDays[i];
      if (d < 0 || d > PlanLimits.MAX_DAYS) {
        throw new IllegalArgumentException("the duration of milestone '"
            + compiled.plan().milestones().get(i).id() + "' (position " + i + ") is " + d
            + " working days; it must be between 0 and " + PlanLimits.MAX_DAYS);
      }
      durationBuffer[i] = d;
    }
    this.durationDays = durationBuffer;
    runPasses();
  }

  /**
   * Runs both passes with the plan's own durations, which the compiled plan keeps and nothing
   * writes: no copy, no check.
   */
  void runWithPlanDurations() {
    this.durationDays = compiled.plannedDurations();
    runPasses();
  }

  private void runPasses() {
    forwardPass();
    int incomplete = compiled.incomplete();
    deadline = compiled.hasOutcome() ? compiled.deadlineBoundary() : latestEarlyFinish;
    long leastTotalFloat = incomplete > 0 ? backwardPass() : 0;
    slack = compiled.hasOutcome() ? leastTotalFloat : 0;
    ran = true;
  }

  private void forwardPass() {
    // Locals, not fields, in the loops: the JIT then keeps them in registers.
    long[] early = this.early;
    int[] durationDays = this.durationDays;
    DependencyLinks links = this.links;
    int[] order = this.order;
    byte[] flags = this.flags;
    int size = this.size;
    long t0 = compiled.asOfBoundary();
    long latest = Long.MIN_VALUE;
    long lowest = Long.MAX_VALUE;
    for (int k = 0; k < size; k++) {
      int s = order[k];
      byte flag = flags[s];
      int d = durationDays[s];
      if (MilestoneFlags.isComplete(flag)) {
        // Its finish is a fact, and so is its start when recorded; else it is the finish less
        // the duration of this run. An event reports its completion date as its start, which
        // is always in range, so only a step's start can fall before the first date.
        if (!MilestoneFlags.isStarted(flag)) {
          long finish = early[2 * s + 1];
          early[2 * s] = finish - d;
          if (d > 0) {
            lowest = Math.min(lowest, finish - d);
          }
        }
        continue;
      }
      long finish;
      if (MilestoneFlags.isStarted(flag)) {
        // Work in progress: its start is a fact, which no link moves; only bounds on its finish
        // apply. Nothing that is not done yet can be done before the end of the as-of date.
        finish = Math.max(early[2 * s] + d, t0 + 1);
        for (int e = links.firstLink(s), end = links.firstLink(s + 1); e < end; e++) {
          if (links.boundsSuccessorFinish(e)) {
            finish = Math.max(finish, measuredFrom(links, e) + links.lagDays(e));
          }
        }
      } else {
        // A bound on the finish is a bound on the start d days earlier (the finish is the start
        // plus d), so every link bounds the start, and the loop asks no question of a link's
        // type that the processor would have to guess.
        long start = t0;
        for (int e = links.firstLink(s), end = links.firstLink(s + 1); e < end; e++) {
          start = Math.max(start, measuredFrom(links, e) + links.lagDays(e)
              - (links.boundsSuccessorFinish(e) ? d : 0));
        }
        finish = Math.max(start + d, t0 + 1);
        early[2 * s] = finish - d;
      }
      early[2 * s + 1] = finish;
      latest = Math.max(latest, finish);
    }
    latestEarlyFinish = latest;
    lowestUnboundedStart = lowest;
  }

  /** The predecessor's early date a link's bound is measured from: its start or its finish. */
  private long measuredFrom(DependencyLinks links, int e) {
    return early[2 * links.predecessor(e) + (links.fromPredecessorFinish(e) ? 1 : 0)];
  }

  /**
   * Late dates (and, for a schedule, free floats), in reverse topological order: each incomplete
   * milestone's late finish is the deadline, or the least bound its successors set on its finish,
   * or on its start plus its duration; then it sets its bounds on its predecessors' late start or
   * finish, as its links say, and its links' slack on their free floats. A completed
   * predecessor's figures are updated too, which is cheaper than asking, and never read: a
   * completed milestone reports its actual dates.
   *
   * @return the least total float of an incomplete milestone
   */
  private long backwardPass() {
    // Locals, not fields, in the loops: the JIT then keeps them in registers and takes the test
    // for free floats out of the inner loop.
    long[] late = this.late;
    long[] early = this.early;
    long[] freeFloat = this.freeFloat;
    int[] durationDays = this.durationDays;
    DependencyLinks links = this.links;
    int[] order = this.order;
    byte[] flags = this.flags;
    Arrays.fill(late, deadline);
    if (freeFloat != null) {
      Arrays.fill(freeFloat, Long.MAX_VALUE);
    }
    long lowest = lowestUnboundedStart;
    long leastTotalFloat = Long.MAX_VALUE;
    for (int k = size - 1; k >= 0; k--) {
      int s = order[k];
      if (MilestoneFlags.isComplete(flags[s])) {
        continue;
      }
      int d = durationDays[s];
      long finish = Math.min(late[2 * s + 1], late[2 * s] + d);
      long start = finish - d;
      late[2 * s] = start;
      late[2 * s + 1] = finish;
      leastTotalFloat = Math.min(leastTotalFloat, finish - early[2 * s + 1]);
      // The earliest date it reports: its late start, or for an event (d = 0) its late finish's.
      lowest = Math.min(lowest, finish - Math.max(d, 1));
      for (int e = links.firstLink(s), end = links.firstLink(s + 1); e < end; e++) {
        // The link's two ends, as indices into the pairs: the predecessor's figure it is measured
        // from, and the figure of this milestone it bounds.
        int p = links.predecessor(e);
        int from = 2 * p + (links.fromPredecessorFinish(e) ? 1 : 0);
        boolean boundsFinish = links.boundsSuccessorFinish(e);
        int lag = links.lagDays(e);
        late[from] = Math.min(late[from], (boundsFinish ? finish : start) - lag);
        if (freeFloat != null) {
          // The link's slack: its bound's left side less its right side, e.g. ES(s) - (EF(p) + L).
          long bounded = early[2 * s + (boundsFinish ? 1 : 0)];
          freeFloat[p] = Math.min(freeFloat[p], bounded - early[from] - lag);
        }
      }
    }
    lowestUnboundedStart = lowest;
    if (freeFloat != null) {
      for (int i = 0; i < size; i++) {
        if (freeFloat[i] == Long.MAX_VALUE) {
          // No incomplete successor: the milestone can slip as far as the deadline.
          freeFloat[i] = deadline - early[2 * i + 1];
        }
      }
    }
    return leastTotalFloat;
  }

  /** A link's bound, left side minus right side, for example {@code ES(s) - (EF(p) + L)}. */
  private long linkSlack(int p, int s, int e) {
    return early[2 * s + (links.boundsSuccessorFinish(e) ? 1 : 0)]
        - early[2 * p + (links.fromPredecessorFinish(e) ? 1 : 0)]
        - links.lagDays(e);
  }

  // ---- results ------------------------------------------------------------------------------

  private void requireRun() {
    if (!ran) {
      throw new IllegalStateException("the passes have not run yet; call run(durations) first");
    }
  }

  /**
   * A milestone's early start boundary (a completed milestone's actual start).
   *
   * @param milestone a position
   * @return the boundary
   * @throws IllegalStateException before the first run
   */
  public long earlyStart(int milestone) {
    requireRun();
    return early[2 * milestone];
  }

  /**
   * A milestone's early finish boundary (a completed milestone's: the end of its completion date).
   *
   * @param milestone a position
   * @return the boundary
   * @throws IllegalStateException before the first run
   */
  public long earlyFinish(int milestone) {
    requireRun();
    return early[2 * milestone + 1];
  }

  /**
   * A milestone's late finish boundary: the latest it can finish and still meet the deadline. A
   * completed milestone's is its early finish.
   *
   * @param milestone a position
   * @return the boundary
   * @throws IllegalStateException before the first run
   */
  public long lateFinish(int milestone) {
    requireRun();
    return MilestoneFlags.isComplete(flags[milestone])
        ? early[2 * milestone + 1]
        : late[2 * milestone + 1];
  }

  /**
   * A milestone's late start boundary: its late finish less its duration. A completed milestone's
   * is its early start.
   *
   * @param milestone a position
   * @return the boundary
   * @throws IllegalStateException before the first run
   */
  public long lateStart(int milestone) {
    requireRun();
    return MilestoneFlags.isComplete(flags[milestone])
        ? early[2 * milestone]
        : late[2 * milestone];
  }

  /**
   * A milestone's total float in working days: late finish less early finish; 0 for a completed
   * milestone, whose dates are facts.
   *
   * @param milestone a position
   * @return the float; negative when the deadline cannot be met along this milestone's path
   * @throws IllegalStateException before the first run
   */
  public long totalFloat(int milestone) {
    return lateFinish(milestone) - earlyFinish(milestone);
  }

  /**
   * Whether a milestone is critical in this run: incomplete, with total float equal to the plan's
   * slack.
   *
   * @param milestone a position
   * @return true when critical
   * @throws IllegalStateException before the first run
   */
  public boolean critical(int milestone) {
    requireRun();
    return !MilestoneFlags.isComplete(flags[milestone])
        && late[2 * milestone + 1] - early[2 * milestone + 1] == slack;
  }

  /**
   * The plan's finish boundary: the latest early finish of an incomplete milestone. The projected
   * finish date is {@code calendar.day(finish() - 1)}.
   *
   * @return the boundary
   * @throws IllegalStateException before the first run, or when nothing is left to do ({@link
   *     CompiledPlan#workLeft()} is false)
   */
  public long finish() {
    requireRun();
    if (compiled.incomplete() == 0) {
      throw new IllegalStateException(
          "every milestone is complete: the plan's finish is its latest completion date");
    }
    return latestEarlyFinish;
  }

  /**
   * The deadline boundary every milestone must finish by: with an outcome, the outcome's boundary
   * less its lead time (the deadline date is {@code calendar.day(deadline() - 1)}); without one,
   * the plan's {@link #finish()}.
   *
   * @return the boundary
   * @throws IllegalStateException before the first run, or without an outcome when nothing is
   *     left to do
   */
  public long deadline() {
    requireRun();
    return compiled.hasOutcome() ? deadline : finish();
  }

  /**
   * The plan's slack: the least total float of an incomplete milestone; 0 without an outcome or
   * with nothing left to do.
   *
   * @return the slack in working days; negative when the deadline cannot be met
   * @throws IllegalStateException before the first run
   */
  public long slackDays() {
    requireRun();
    return slack;
  }

  /**
   * Whether the plan meets its deadline in this run: the slack is not negative.
   *
   * @return true when the slack is {@code >= 0}
   * @throws IllegalStateException before the first run
   */
  public boolean feasible() {
    return slackDays() >= 0;
  }

  // ---- the schedule -------------------------------------------------------------------------

  /**
   * The schedule of the last run. The schedule takes over the buffers, so these passes must not
   * run again: only the compiled plan, which makes passes for one schedule, calls this.
   */
  Schedule toSchedule() {
    requireRun();
    WorkCalendar calendar = compiled.calendar();
    checkDateRange(calendar);
    byte[] lineFlags = once ? flags : flags.clone();
    for (int i = 0; i < size; i++) {
      if (!MilestoneFlags.isComplete(flags[i]) && late[2 * i + 1] - early[2 * i + 1] == slack) {
        lineFlags[i] |= MilestoneFlags.CRITICAL;
      }
    }
    return new Schedule(
        compiled.plan().id(),
        compiled.asOf(),
        calendar,
        compiled.hasOutcome()
            ? Optional.of(ReportedDates.deadline(calendar, deadline))
            : Optional.empty(),
        projectedFinish(calendar),
        slack,
        slack >= 0,
        criticalPath(lineFlags),
        new ScheduledMilestones(
            compiled.plan(), calendar, durationDays, lineFlags, early, late, freeFloat));
  }

  /**
   * Every date a schedule reports must be one a plan document can hold: a boundary {@code b}
   * reports {@code day(b)}, which is in range exactly when {@code 0 <= b < end}. Checked on the
   * boundaries the passes kept track of, so that no date is made for a schedule whose lines nobody
   * reads: an incomplete milestone's early dates are never before the as-of date, and its late
   * finish never after the deadline (with an outcome, not after the outcome date; without, the
   * latest early finish).
   */
  private void checkDateRange(WorkCalendar calendar) {
    if (compiled.hasOutcome() && deadline - 1 < 0) {
      throw new DateOutOfRangeException("/outcome", Optional.empty(), "the deadline",
          ReportedDates.deadline(calendar, deadline));
    }
    boolean pastTheEnd = compiled.incomplete() > 0
        && latestEarlyFinish - 1 >= calendar.endOfPlanDates();
    if (pastTheEnd || lowestUnboundedStart < 0) {
      throw firstOutOfRange(calendar);
    }
  }

  /** The milestone, first in plan order, with a date out of range; there is one. */
  private DateOutOfRangeException firstOutOfRange(WorkCalendar calendar) {
    // idx(0001-01-01) is 0: the epoch of every boundary.
    long end = calendar.endOfPlanDates();
    for (int i = 0; i < size; i++) {
      int d = durationDays[i];
      if (MilestoneFlags.isComplete(flags[i])) {
        if (!MilestoneFlags.isStarted(flags[i]) && d > 0 && early[2 * i] < 0) {
          return outOfRange(i, "actual start", calendar.day(early[2 * i]));
        }
        continue;
      }
      long earlyFinish = early[2 * i + 1];
      long lateStart = late[2 * i + 1] - Math.max(d, 1);
      if (earlyFinish - 1 >= end) {
        return outOfRange(i, "early finish", ReportedDates.finish(calendar, earlyFinish));
      }
      if (lateStart < 0) {
        return outOfRange(i, "late start", calendar.day(lateStart));
      }
    }
    throw new AssertionError("a date is out of range, but no milestone's");
  }

  private DateOutOfRangeException outOfRange(int i, String which, LocalDate date) {
    MilestoneId id = compiled.plan().milestones().get(i).id();
    return new DateOutOfRangeException("/milestones/" + i, Optional.of(id),
        "the " + which + " of milestone '" + id + "'", date);
  }

  /**
   * The reported critical path: from the first critical milestone in plan order that no critical
   * predecessor drives, step to the first successor in plan order that is critical and driven.
   */
  private List<MilestoneId> criticalPath(byte[] lineFlags) {
    // next[p] - 1: p's first critical successor in plan order reached by a driving link. Visiting
    // successors in plan order makes the first one found the one the spec asks for.
    int[] next = new int[size];
    for (int s = 0; s < size; s++) {
      if (!MilestoneFlags.isCritical(lineFlags[s])) {
        continue;
      }
      for (int e = links.firstLink(s), end = links.firstLink(s + 1); e < end; e++) {
        int p = links.predecessor(e);
        if (MilestoneFlags.isCritical(lineFlags[p]) && linkSlack(p, s, e) == 0) {
          lineFlags[s] |= MilestoneFlags.DRIVEN_BY_CRITICAL;
          if (next[p] == 0) {
            next[p] = s + 1;
          }
        }
      }
    }
    int first = 0;
    while (first < size
        && !(MilestoneFlags.isCritical(lineFlags[first])
            && !MilestoneFlags.isDrivenByCritical(lineFlags[first]))) {
      first++;
    }
    int length = 0;
    for (int at = first; at >= 0 && at < size; at = next[at] - 1) {
      length++;
    }
    List<Milestone> milestones = compiled.plan().milestones();
    MilestoneId[] path = new MilestoneId[length];
    for (int at = first, i = 0; i < length; at = next[at] - 1, i++) {
      path[i] = milestones.get(at).id();
    }
    return List.of(path);
  }

  private Optional<LocalDate> projectedFinish(WorkCalendar calendar) {
    if (compiled.incomplete() > 0) {
      return Optional.of(ReportedDates.projectedFinish(calendar, latestEarlyFinish));
    }
    Optional<LocalDate> latest = Optional.empty();
    for (Milestone milestone : compiled.plan().milestones()) {
      LocalDate completed = ReportedDates.actualFinish(milestone);
      if (latest.isEmpty() || completed.isAfter(latest.get())) {
        latest = Optional.of(completed);
      }
    }
    return latest;
  }
}
