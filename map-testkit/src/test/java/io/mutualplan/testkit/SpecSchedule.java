package io.mutualplan.testkit;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * scheduling.md transcribed line by line, as slowly and plainly as it reads, to check the real
 * scheduler against: boundaries are longs, the calendar is a pair of functions ({@code idx} and
 * {@code day}), and nothing is optimised. Only for acyclic plans.
 */
final class SpecSchedule {
  final MutualActionPlan plan;
  final LocalDate asOf;
  final int n;
  final long[] d;
  final long[] es;
  final long[] ef;
  final long[] ls;
  final long[] lf;
  final long[] totalFloat;
  final long[] freeFloat;
  final boolean[] incomplete;
  final boolean[] critical;
  final long t0;
  final long deadlineBoundary;
  final long slack;
  final List<Integer> criticalPath = new ArrayList<>();
  private final ToLongFunction<LocalDate> idx;
  private final LongFunction<LocalDate> day;
  private final int[][] predecessorIndex;

  /**
   * Schedules a plan by the spec.
   *
   * @param idx the calendar's {@code idx}
   * @param day the calendar's {@code day}
   */
  SpecSchedule(MutualActionPlan plan, LocalDate asOf, ToLongFunction<LocalDate> idx,
      LongFunction<LocalDate> day) {
    this.plan = plan;
    this.asOf = asOf;
    this.idx = idx;
    this.day = day;
    List<Milestone> milestones = plan.milestones();
    n = milestones.size();
    d = new long[n];
    es = new long[n];
    ef = new long[n];
    ls = new long[n];
    lf = new long[n];
    totalFloat = new long[n];
    freeFloat = new long[n];
    incomplete = new boolean[n];
    critical = new boolean[n];
    predecessorIndex = new int[n][];
    for (int i = 0; i < n; i++) {
      Milestone m = milestones.get(i);
      d[i] = m.scheduledDurationDays();
      incomplete[i] = !m.isComplete();
      predecessorIndex[i] = m.dependsOn().stream()
          .mapToInt(dep -> plan.indexOf(dep.milestone()).getAsInt()).toArray();
    }
    t0 = idx.applyAsLong(asOf);
    int[] order = topologicalOrder();

    // Forward pass.
    for (int i : order) {
      Milestone m = milestones.get(i);
      if (m.isComplete()) {
        ef[i] = idx.applyAsLong(m.completed().orElseThrow().plusDays(1));
        es[i] = m.started().isPresent() ? idx.applyAsLong(m.started().get()) : ef[i] - d[i];
        continue;
      }
      long esBound = Long.MIN_VALUE;
      long efBound = Long.MIN_VALUE;
      for (int k = 0; k < predecessorIndex[i].length; k++) {
        int p = predecessorIndex[i][k];
        Dependency dep = m.dependsOn().get(k);
        long lag = dep.lagDays();
        switch (dep.type()) {
          case FINISH_TO_START: esBound = Math.max(esBound, ef[p] + lag); break;
          case START_TO_START: esBound = Math.max(esBound, es[p] + lag); break;
          case FINISH_TO_FINISH: efBound = Math.max(efBound, ef[p] + lag); break;
          case START_TO_FINISH: efBound = Math.max(efBound, es[p] + lag); break;
          default: throw new AssertionError(dep.type());
        }
      }
      if (startedInProgress(m)) {
        es[i] = idx.applyAsLong(m.started().get());
        ef[i] = Math.max(Math.max(es[i] + d[i], t0 + 1), efBound);
      } else {
        long es0 = Math.max(t0, esBound);
        ef[i] = Math.max(Math.max(es0 + d[i], t0 + 1), efBound);
        es[i] = ef[i] - d[i];
      }
    }

    // The deadline boundary.
    if (plan.outcome().isPresent()) {
      deadlineBoundary = idx.applyAsLong(plan.outcome().get().date())
          - plan.outcome().get().leadTimeDays();
    } else {
      long max = Long.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        if (incomplete[i]) {
          max = Math.max(max, ef[i]);
        }
      }
      deadlineBoundary = max;
    }

    // Backward pass, incomplete milestones only.
    int[][] successors = Graphs.successors(plan);
    for (int k = order.length - 1; k >= 0; k--) {
      int p = order[k];
      if (!incomplete[p]) {
        continue;
      }
      long latest = deadlineBoundary;
      for (int[] link : links(p, successors)) {
        int s = link[0];
        Dependency dep = milestones.get(s).dependsOn().get(link[1]);
        if (!incomplete[s]) {
          continue;
        }
        long lag = dep.lagDays();
        switch (dep.type()) {
          case FINISH_TO_START: latest = Math.min(latest, ls[s] - lag); break;
          case START_TO_START: latest = Math.min(latest, ls[s] - lag + d[p]); break;
          case FINISH_TO_FINISH: latest = Math.min(latest, lf[s] - lag); break;
          case START_TO_FINISH: latest = Math.min(latest, lf[s] - lag + d[p]); break;
          default: throw new AssertionError(dep.type());
        }
      }
      lf[p] = latest;
      ls[p] = latest - d[p];
    }

    // Floats, slack, critical milestones.
    long least = Long.MAX_VALUE;
    for (int p = 0; p < n; p++) {
      if (!incomplete[p]) {
        continue;
      }
      totalFloat[p] = lf[p] - ef[p];
      least = Math.min(least, totalFloat[p]);
      long free = Long.MAX_VALUE;
      boolean anySuccessor = false;
      for (int[] link : links(p, successors)) {
        int s = link[0];
        if (incomplete[s]) {
          anySuccessor = true;
          free = Math.min(free, linkSlack(p, s, milestones.get(s).dependsOn().get(link[1])));
        }
      }
      freeFloat[p] = anySuccessor ? free : deadlineBoundary - ef[p];
    }
    slack = plan.outcome().isPresent() && least != Long.MAX_VALUE ? least : 0;
    for (int p = 0; p < n; p++) {
      critical[p] = incomplete[p] && totalFloat[p] == slack;
    }

    // The critical path.
    int start = -1;
    for (int s = 0; s < n && start < 0; s++) {
      if (critical[s] && !drivenByCritical(s)) {
        start = s;
      }
    }
    for (int current = start; current >= 0; ) {
      criticalPath.add(current);
      int next = -1;
      for (int s = 0; s < n && next < 0; s++) {
        if (critical[s] && drives(current, s)) {
          next = s;
        }
      }
      current = next;
    }
  }

  static boolean startedInProgress(Milestone m) {
    return m.status() == MilestoneStatus.IN_PROGRESS && m.started().isPresent();
  }

  /** A link's slack: its bound's left side minus its right side. */
  long linkSlack(int p, int s, Dependency dep) {
    long lag = dep.lagDays();
    switch (dep.type()) {
      case FINISH_TO_START: return es[s] - (ef[p] + lag);
      case START_TO_START: return es[s] - (es[p] + lag);
      case FINISH_TO_FINISH: return ef[s] - (ef[p] + lag);
      case START_TO_FINISH: return ef[s] - (es[p] + lag);
      default: throw new AssertionError(dep.type());
    }
  }

  private boolean drives(int p, int s) {
    Milestone successor = plan.milestones().get(s);
    for (int k = 0; k < predecessorIndex[s].length; k++) {
      if (predecessorIndex[s][k] == p && linkSlack(p, s, successor.dependsOn().get(k)) == 0) {
        return true;
      }
    }
    return false;
  }

  private boolean drivenByCritical(int s) {
    for (int p : predecessorIndex[s]) {
      if (critical[p] && drives(p, s)) {
        return true;
      }
    }
    return false;
  }

  /** The schedule the spec gives, in the scheduler's own types. */
  Schedule expected() {
    List<MilestoneSchedule> lines = new ArrayList<>(n);
    long maxEf = Long.MIN_VALUE;
    LocalDate lastCompletion = null;
    for (int i = 0; i < n; i++) {
      Milestone m = plan.milestones().get(i);
      if (incomplete[i]) {
        maxEf = Math.max(maxEf, ef[i]);
        lines.add(MilestoneSchedule.builder()
            .id(m.id())
            .durationDays((int) d[i])
            .complete(false)
            .earlyStart(startDate(es[i], ef[i], d[i]))
            .earlyFinish(day.apply(ef[i] - 1))
            .lateStart(startDate(ls[i], lf[i], d[i]))
            .lateFinish(day.apply(lf[i] - 1))
            .totalFloat(OptionalLong.of(totalFloat[i]))
            .freeFloat(OptionalLong.of(freeFloat[i]))
            .critical(critical[i])
            .build());
      } else {
        LocalDate completed = m.completed().orElseThrow();
        lastCompletion = lastCompletion == null || completed.isAfter(lastCompletion)
            ? completed : lastCompletion;
        LocalDate start = m.started().orElse(
            d[i] == 0 ? completed : day.apply(idx.applyAsLong(completed.plusDays(1)) - d[i]));
        lines.add(MilestoneSchedule.builder()
            .id(m.id())
            .durationDays((int) d[i])
            .complete(true)
            .earlyStart(start)
            .earlyFinish(completed)
            .lateStart(start)
            .lateFinish(completed)
            .totalFloat(OptionalLong.empty())
            .freeFloat(OptionalLong.empty())
            .critical(false)
            .build());
      }
    }
    Optional<LocalDate> projected = maxEf != Long.MIN_VALUE
        ? Optional.of(day.apply(maxEf - 1)) : Optional.ofNullable(lastCompletion);
    Optional<LocalDate> deadline = plan.outcome().map(o -> day.apply(deadlineBoundary - 1));
    List<MilestoneId> path = new ArrayList<>();
    criticalPath.forEach(i -> path.add(plan.milestones().get(i).id()));
    return Schedule.builder()
        .planId(plan.id())
        .asOf(asOf)
        .deadline(deadline)
        .projectedFinish(projected)
        .slackDays(slack)
        .feasible(slack >= 0)
        .criticalPath(path)
        .milestones(lines)
        .build();
  }

  private LocalDate startDate(long start, long finish, long duration) {
    return duration == 0 ? day.apply(finish - 1) : day.apply(start);
  }

  private int[] topologicalOrder() {
    int[] order = Graphs.topologicalOrder(plan);
    if (order.length < n) {
      throw new IllegalArgumentException("the reference schedules acyclic plans only");
    }
    return order;
  }

  /** Each link out of {@code p} as {successor, index of the dependency in its dependsOn}. */
  private List<int[]> links(int p, int[][] successors) {
    List<int[]> links = new ArrayList<>();
    for (int s : successors[p]) {
      for (int k = 0; k < predecessorIndex[s].length; k++) {
        if (predecessorIndex[s][k] == p) {
          links.add(new int[] {s, k});
        }
      }
    }
    return links;
  }
}
