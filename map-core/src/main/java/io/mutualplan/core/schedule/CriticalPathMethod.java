package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.DependencyGraph.boundsSuccessorFinish;
import static io.mutualplan.core.schedule.DependencyGraph.fromPredecessorFinish;
import static io.mutualplan.core.schedule.DependencyGraph.lag;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two passes of the critical path method over a compiled {@link DependencyGraph}, exactly as
 * the scheduling spec states them, in working-day boundaries.
 *
 * <p>Each milestone's figures live in flat arrays indexed by its position in the plan. The early
 * start and finish of milestone {@code i} sit side by side ({@code early[2i]}, {@code early[2i+1]})
 * so that reading a predecessor touches one cache line; late finishes and free floats, which the
 * backward pass updates at scattered predecessors, have arrays of their own, small enough to stay
 * in cache longer. (Measured on a million milestones: one array of four longs per milestone was
 * slower.)
 */
final class CriticalPathMethod {
  private final MutualActionPlan plan;
  private final WorkCalendar calendar;
  private final DependencyGraph graph;
  private final int[] order;
  private final int size;
  private final int[] durationDays;
  private final byte[] flags;
  private final long[] early;
  private final long[] lateFinish;
  private final long[] freeFloat;
  private final long asOfBoundary;
  private int incomplete;
  private long latestEarlyFinish = Long.MIN_VALUE;

  private CriticalPathMethod(
      MutualActionPlan plan, LocalDate asOf, WorkCalendar calendar, DependencyGraph graph,
      int[] order) {
    this.plan = plan;
    this.calendar = calendar;
    this.graph = graph;
    this.order = order;
    this.size = graph.size();
    this.durationDays = new int[size];
    this.flags = new byte[size];
    this.early = new long[2 * size];
    this.lateFinish = new long[size];
    this.freeFloat = new long[size];
    this.asOfBoundary = calendar.idx(asOf);
  }

  /**
   * Schedules a plan.
   *
   * @param plan the plan
   * @param asOf the as-of date, within the plan format's date range
   * @param calendar the plan's calendar
   * @param graph the plan's compiled dependencies
   * @param order a topological order of {@code graph}
   * @return the schedule
   */
  static Schedule run(
      MutualActionPlan plan, LocalDate asOf, WorkCalendar calendar, DependencyGraph graph,
      int[] order) {
    CriticalPathMethod cpm = new CriticalPathMethod(plan, asOf, calendar, graph, order);
    cpm.readMilestones();
    cpm.forwardPass();
    Optional<Outcome> outcome = plan.outcome();
    long deadline = outcome.isPresent()
        ? calendar.idx(outcome.get().date()) - outcome.get().leadTimeDays()
        : cpm.latestEarlyFinish;
    if (cpm.incomplete > 0) {
      cpm.backwardPass(deadline);
    }
    long slack = outcome.isPresent() && cpm.incomplete > 0 ? cpm.leastTotalFloat() : 0;
    cpm.markCritical(slack);
    return new Schedule(
        plan.id(),
        asOf,
        calendar,
        outcome.map(o -> ReportedDates.deadline(calendar, deadline)),
        cpm.projectedFinish(),
        slack,
        slack >= 0,
        cpm.criticalPath(),
        new ScheduledMilestones(
            plan, calendar, cpm.durationDays, cpm.flags, cpm.early, cpm.lateFinish,
            cpm.freeFloat));
  }

  /**
   * What the passes need of each milestone, in one walk over the plan's objects (in a plan of a
   * million milestones every walk costs tens of milliseconds of cache misses): its duration, its
   * state, and the dates that are facts, completions and the starts of milestones in progress.
   */
  private void readMilestones() {
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < size; i++) {
      Milestone milestone = milestones.get(i);
      int d = milestone.scheduledDurationDays();
      durationDays[i] = d;
      if (milestone.isComplete()) {
        flags[i] = MilestoneFlags.COMPLETE;
        long finish = ReportedDates.finishBoundary(calendar, milestone.completed().orElseThrow());
        early[2 * i + 1] = finish;
        Optional<LocalDate> started = milestone.started();
        early[2 * i] = started.isPresent() ? calendar.idx(started.get()) : finish - d;
        continue;
      }
      incomplete++;
      // The spec's in-progress case needs the start date; without one the milestone is scheduled
      // as not started.
      Optional<LocalDate> started = milestone.started();
      if (milestone.status() == MilestoneStatus.IN_PROGRESS && started.isPresent()) {
        flags[i] = MilestoneFlags.STARTED;
        early[2 * i] = calendar.idx(started.get());
      }
    }
  }

  private void forwardPass() {
    long t0 = asOfBoundary;
    for (int k = 0; k < size; k++) {
      int s = order[k];
      byte flag = flags[s];
      if (MilestoneFlags.isComplete(flag)) {
        continue;
      }
      long startBound = t0;
      // Nothing that is not done yet can be done before the end of the as-of date.
      long finishBound = t0 + 1;
      for (int e = graph.predecessorStart(s), end = graph.predecessorStart(s + 1); e < end; e++) {
        int link = graph.link(e);
        int p = graph.predecessor(e);
        long bound = early[2 * p + (fromPredecessorFinish(link) ? 1 : 0)] + lag(link);
        if (boundsSuccessorFinish(link)) {
          finishBound = Math.max(finishBound, bound);
        } else {
          startBound = Math.max(startBound, bound);
        }
      }
      int d = durationDays[s];
      long finish;
      if (MilestoneFlags.isStarted(flag)) {
        finish = Math.max(early[2 * s] + d, finishBound);
      } else {
        finish = Math.max(startBound + d, finishBound);
        early[2 * s] = finish - d;
      }
      early[2 * s + 1] = finish;
      latestEarlyFinish = Math.max(latestEarlyFinish, finish);
    }
  }

  /**
   * Late finishes and free floats. Each incomplete successor, in reverse topological order, pushes
   * its bound on every predecessor's late finish, and its link's slack on the predecessor's free
   * float. A completed predecessor's figures are updated too, which is cheaper than asking, and
   * never read: a completed milestone reports its actual dates.
   */
  private void backwardPass(long deadline) {
    Arrays.fill(lateFinish, deadline);
    Arrays.fill(freeFloat, Long.MAX_VALUE);
    for (int k = size - 1; k >= 0; k--) {
      int s = order[k];
      if (MilestoneFlags.isComplete(flags[s])) {
        continue;
      }
      long finish = lateFinish[s];
      long start = finish - durationDays[s];
      for (int e = graph.predecessorStart(s), end = graph.predecessorStart(s + 1); e < end; e++) {
        int p = graph.predecessor(e);
        int link = graph.link(e);
        long bound = (boundsSuccessorFinish(link) ? finish : start) - lag(link);
        if (!fromPredecessorFinish(link)) {
          bound += durationDays[p];
        }
        lateFinish[p] = Math.min(lateFinish[p], bound);
        freeFloat[p] = Math.min(freeFloat[p], linkSlack(p, s, link));
      }
    }
    for (int i = 0; i < size; i++) {
      if (freeFloat[i] == Long.MAX_VALUE) {
        // No incomplete successor: the milestone can slip as far as the deadline.
        freeFloat[i] = deadline - early[2 * i + 1];
      }
    }
  }

  /** A link's bound, left side minus right side: for example {@code ES(s) - (EF(p) + L)}. */
  private long linkSlack(int p, int s, int link) {
    return early[2 * s + (boundsSuccessorFinish(link) ? 1 : 0)]
        - early[2 * p + (fromPredecessorFinish(link) ? 1 : 0)]
        - lag(link);
  }

  private long leastTotalFloat() {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < size; i++) {
      if (!MilestoneFlags.isComplete(flags[i])) {
        least = Math.min(least, lateFinish[i] - early[2 * i + 1]);
      }
    }
    return least;
  }

  private void markCritical(long slack) {
    for (int i = 0; i < size; i++) {
      if (!MilestoneFlags.isComplete(flags[i]) && lateFinish[i] - early[2 * i + 1] == slack) {
        flags[i] |= MilestoneFlags.CRITICAL;
      }
    }
  }

  /**
   * The reported critical path: from the first critical milestone in plan order that no critical
   * predecessor drives, step to the first successor in plan order that is critical and driven.
   */
  private List<MilestoneId> criticalPath() {
    // next[p] - 1: p's first critical successor in plan order reached by a driving link. Visiting
    // successors in plan order makes the first one found the one the spec asks for.
    int[] next = new int[size];
    for (int s = 0; s < size; s++) {
      if (!MilestoneFlags.isCritical(flags[s])) {
        continue;
      }
      for (int e = graph.predecessorStart(s), end = graph.predecessorStart(s + 1); e < end; e++) {
        int p = graph.predecessor(e);
        if (MilestoneFlags.isCritical(flags[p]) && linkSlack(p, s, graph.link(e)) == 0) {
          flags[s] |= MilestoneFlags.DRIVEN_BY_CRITICAL;
          if (next[p] == 0) {
            next[p] = s + 1;
          }
        }
      }
    }
    int first = 0;
    while (first < size
        && !(MilestoneFlags.isCritical(flags[first])
            && !MilestoneFlags.isDrivenByCritical(flags[first]))) {
      first++;
    }
    List<Milestone> milestones = plan.milestones();
    List<MilestoneId> path = new ArrayList<>();
    for (int at = first; at >= 0 && at < size; at = next[at] - 1) {
      path.add(milestones.get(at).id());
    }
    return path;
  }

  private Optional<LocalDate> projectedFinish() {
    if (incomplete > 0) {
      return Optional.of(ReportedDates.projectedFinish(calendar, latestEarlyFinish));
    }
    Optional<LocalDate> latest = Optional.empty();
    for (Milestone milestone : plan.milestones()) {
      LocalDate completed = ReportedDates.actualFinish(milestone);
      if (latest.isEmpty() || completed.isAfter(latest.get())) {
        latest = Optional.of(completed);
      }
    }
    return latest;
  }
}
