package io.mutualplan.core.schedule;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * A deliberately naive critical path method, written from the scheduling spec's text for tests
 * only: plain loops over a topological order given by the caller, predecessors and successors
 * found by scanning the whole plan, no compiled graph. The real scheduler must agree with it.
 */
final class ReferenceCpm {
  private final MutualActionPlan plan;
  private final ToLongFunction<LocalDate> idx;
  private final LongFunction<LocalDate> day;

  private ReferenceCpm(
      MutualActionPlan plan, ToLongFunction<LocalDate> idx, LongFunction<LocalDate> day) {
    this.plan = plan;
    this.idx = idx;
    this.day = day;
  }

  /** On the every-day calendar: a boundary is an epoch day. */
  static Schedule scheduleEveryDay(MutualActionPlan plan, LocalDate asOf, int[] topologicalOrder) {
    return new ReferenceCpm(plan, LocalDate::toEpochDay, LocalDate::ofEpochDay)
        .schedule(asOf, topologicalOrder);
  }

  /** On any calendar, converting dates with its {@code idx} and {@code day}. */
  static Schedule schedule(
      MutualActionPlan plan, LocalDate asOf, int[] topologicalOrder, WorkCalendar calendar) {
    return new ReferenceCpm(plan, calendar::idx, calendar::day).schedule(asOf, topologicalOrder);
  }

  /**
   * A topological order of the plan's milestones found the slow way: again and again, take the
   * first milestone in the plan whose predecessors are all taken. Empty when the plan has a cycle
   * (a self-dependency included): then some milestones can never be taken.
   */
  static Optional<int[]> topologicalOrder(MutualActionPlan plan) {
    List<Milestone> ms = plan.milestones();
    ReferenceCpm lookup = new ReferenceCpm(plan, LocalDate::toEpochDay, LocalDate::ofEpochDay);
    boolean[] taken = new boolean[ms.size()];
    int[] order = new int[ms.size()];
    for (int k = 0; k < ms.size(); k++) {
      int next = -1;
      for (int i = 0; i < ms.size() && next < 0; i++) {
        if (!taken[i] && ms.get(i).dependsOn().stream()
            .allMatch(dep -> taken[lookup.indexOf(dep.milestone())])) {
          next = i;
        }
      }
      if (next < 0) {
        return Optional.empty();
      }
      taken[next] = true;
      order[k] = next;
    }
    return Optional.of(order);
  }

  /**
   * Whether every date of a schedule the reference computed lies in the plan format's range, so
   * that the scheduler must report it rather than throw {@link DateOutOfRangeException}.
   */
  static boolean inRange(Schedule schedule) {
    List<LocalDate> dates = new ArrayList<>();
    schedule.deadline().ifPresent(dates::add);
    schedule.projectedFinish().ifPresent(dates::add);
    for (MilestoneSchedule line : schedule.milestones()) {
      dates.addAll(List.of(
          line.earlyStart(), line.earlyFinish(), line.lateStart(), line.lateFinish()));
    }
    return dates.stream().noneMatch(
        date -> date.isBefore(PlanLimits.MIN_DATE) || date.isAfter(PlanLimits.MAX_DATE));
  }

  private int indexOf(MilestoneId id) {
    for (int i = 0; i < plan.milestones().size(); i++) {
      if (plan.milestones().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no milestone " + id);
  }

  private Schedule schedule(LocalDate asOf, int[] order) {
    List<Milestone> ms = plan.milestones();
    int n = ms.size();
    long t0 = idx.applyAsLong(asOf);
    long[] es = new long[n];
    long[] ef = new long[n];
    long[] ls = new long[n];
    long[] lf = new long[n];
    int[] d = new int[n];
    boolean[] done = new boolean[n];

    // Forward pass.
    for (int i : order) {
      Milestone m = ms.get(i);
      d[i] = m.durationDays().isPresent()
          ? m.durationDays().getAsInt()
          : m.estimate().map(e -> e.likely()).orElse(0);
      if (m.status() == MilestoneStatus.COMPLETE) {
        done[i] = true;
        ef[i] = idx.applyAsLong(m.completed().get().plusDays(1));
        es[i] = m.started().isPresent() ? idx.applyAsLong(m.started().get()) : ef[i] - d[i];
        continue;
      }
      long esBound = Long.MIN_VALUE;
      long efBound = Long.MIN_VALUE;
      for (Dependency dep : m.dependsOn()) {
        int p = indexOf(dep.milestone());
        long lag = dep.lagDays();
        switch (dep.type()) {
          case FINISH_TO_START:
            esBound = Math.max(esBound, ef[p] + lag);
            break;
          case START_TO_START:
            esBound = Math.max(esBound, es[p] + lag);
            break;
          case FINISH_TO_FINISH:
            efBound = Math.max(efBound, ef[p] + lag);
            break;
          case START_TO_FINISH:
            efBound = Math.max(efBound, es[p] + lag);
            break;
          default:
            throw new AssertionError();
        }
      }
      if (m.status() == MilestoneStatus.IN_PROGRESS && m.started().isPresent()) {
        es[i] = idx.applyAsLong(m.started().get());
        ef[i] = Math.max(Math.max(es[i] + d[i], t0 + 1), efBound);
      } else {
        long es0 = Math.max(t0, esBound);
        ef[i] = Math.max(Math.max(es0 + d[i], t0 + 1), efBound);
        es[i] = ef[i] - d[i];
      }
    }

    boolean anyIncomplete = false;
    long maxEf = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      if (!done[i]) {
        anyIncomplete = true;
        maxEf = Math.max(maxEf, ef[i]);
      }
    }
    long t = plan.outcome().isPresent()
        ? idx.applyAsLong(plan.outcome().get().date()) - plan.outcome().get().leadTimeDays()
        : maxEf;

    // Backward pass, over incomplete milestones only.
    for (int k = n - 1; k >= 0; k--) {
      int p = order[k];
      if (done[p]) {
        continue;
      }
      long late = t;
      for (int s = 0; s < n; s++) {
        if (done[s]) {
          continue;
        }
        for (Dependency dep : ms.get(s).dependsOn()) {
          if (indexOf(dep.milestone()) != p) {
            continue;
          }
          long lag = dep.lagDays();
          switch (dep.type()) {
            case FINISH_TO_START:
              late = Math.min(late, ls[s] - lag);
              break;
            case START_TO_START:
              late = Math.min(late, ls[s] - lag + d[p]);
              break;
            case FINISH_TO_FINISH:
              late = Math.min(late, lf[s] - lag);
              break;
            case START_TO_FINISH:
              late = Math.min(late, lf[s] - lag + d[p]);
              break;
            default:
              throw new AssertionError();
          }
        }
      }
      lf[p] = late;
      ls[p] = late - d[p];
    }

    // Floats.
    long[] freeFloat = new long[n];
    long slack = 0;
    boolean first = true;
    for (int p = 0; p < n; p++) {
      if (done[p]) {
        continue;
      }
      boolean anyLink = false;
      long least = 0;
      for (int s = 0; s < n; s++) {
        if (done[s]) {
          continue;
        }
        for (Dependency dep : ms.get(s).dependsOn()) {
          if (indexOf(dep.milestone()) == p) {
            long linkSlack = linkSlack(dep, es, ef, p, s);
            least = anyLink ? Math.min(least, linkSlack) : linkSlack;
            anyLink = true;
          }
        }
      }
      freeFloat[p] = anyLink ? least : t - ef[p];
      long tf = lf[p] - ef[p];
      if (plan.outcome().isPresent()) {
        slack = first ? tf : Math.min(slack, tf);
        first = false;
      }
    }
    boolean[] critical = new boolean[n];
    for (int i = 0; i < n; i++) {
      critical[i] = !done[i] && lf[i] - ef[i] == slack;
    }

    // The reported critical path.
    List<MilestoneId> path = new ArrayList<>();
    int current = -1;
    for (int i = 0; i < n && current < 0; i++) {
      if (critical[i] && !drivenByCriticalPredecessor(i, critical, es, ef)) {
        current = i;
      }
    }
    while (current >= 0) {
      path.add(ms.get(current).id());
      int next = -1;
      for (int s = 0; s < n && next < 0; s++) {
        if (!critical[s]) {
          continue;
        }
        for (Dependency dep : ms.get(s).dependsOn()) {
          if (indexOf(dep.milestone()) == current && linkSlack(dep, es, ef, current, s) == 0) {
            next = s;
          }
        }
      }
      current = next;
    }

    // Reported dates.
    List<MilestoneSchedule> lines = new ArrayList<>();
    Optional<LocalDate> lastCompletion = Optional.empty();
    for (int i = 0; i < n; i++) {
      Milestone m = ms.get(i);
      if (done[i]) {
        LocalDate finish = m.completed().get();
        LocalDate start = m.started().isPresent() ? m.started().get()
            : d[i] == 0 ? finish : day.apply(idx.applyAsLong(finish.plusDays(1)) - d[i]);
        lines.add(MilestoneSchedule.builder()
            .id(m.id())
            .durationDays(d[i])
            .complete(true)
            .earlyStart(start)
            .earlyFinish(finish)
            .lateStart(start)
            .lateFinish(finish)
            .totalFloat(OptionalLong.empty())
            .freeFloat(OptionalLong.empty())
            .critical(false)
            .build());
        if (lastCompletion.isEmpty() || finish.isAfter(lastCompletion.get())) {
          lastCompletion = Optional.of(finish);
        }
      } else {
        LocalDate earlyFinish = day.apply(ef[i] - 1);
        LocalDate lateFinish = day.apply(lf[i] - 1);
        LocalDate earlyStart = d[i] == 0 ? earlyFinish : day.apply(es[i]);
        LocalDate lateStart = d[i] == 0 ? lateFinish : day.apply(ls[i]);
        lines.add(MilestoneSchedule.builder()
            .id(m.id())
            .durationDays(d[i])
            .complete(false)
            .earlyStart(earlyStart)
            .earlyFinish(earlyFinish)
            .lateStart(lateStart)
            .lateFinish(lateFinish)
            .totalFloat(OptionalLong.of(lf[i] - ef[i]))
            .freeFloat(OptionalLong.of(freeFloat[i]))
            .critical(critical[i])
            .build());
      }
    }
    Optional<LocalDate> projectedFinish =
        anyIncomplete ? Optional.of(day.apply(maxEf - 1)) : lastCompletion;
    Optional<LocalDate> deadline =
        plan.outcome().isPresent() ? Optional.of(day.apply(t - 1)) : Optional.empty();
    return Schedule.builder()
        .planId(plan.id())
        .asOf(asOf)
        .deadline(deadline)
        .projectedFinish(projectedFinish)
        .slackDays(slack)
        .feasible(slack >= 0)
        .criticalPath(path)
        .milestones(lines)
        .build();
  }

  private boolean drivenByCriticalPredecessor(int s, boolean[] critical, long[] es, long[] ef) {
    for (Dependency dep : plan.milestones().get(s).dependsOn()) {
      int p = indexOf(dep.milestone());
      if (critical[p] && linkSlack(dep, es, ef, p, s) == 0) {
        return true;
      }
    }
    return false;
  }

  private static long linkSlack(Dependency dep, long[] es, long[] ef, int p, int s) {
    switch (dep.type()) {
      case FINISH_TO_START:
        return es[s] - (ef[p] + dep.lagDays());
      case START_TO_START:
        return es[s] - (es[p] + dep.lagDays());
      case FINISH_TO_FINISH:
        return ef[s] - (ef[p] + dep.lagDays());
      case START_TO_FINISH:
        return ef[s] - (es[p] + dep.lagDays());
      default:
        throw new AssertionError();
    }
  }
}
