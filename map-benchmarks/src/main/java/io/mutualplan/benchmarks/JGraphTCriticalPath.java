package io.mutualplan.benchmarks;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The baseline: a straightforward critical path method on JGraphT, as a developer would write it
 * with a general graph library (a {@link DirectedAcyclicGraph} keyed by milestone id, a {@link
 * TopologicalOrderIterator}, hash maps for the times), with the same rules as the scheduling spec
 * on the every-day calendar. Benchmarks only: it computes boundaries and floats, not dates.
 */
final class JGraphTCriticalPath {
  private JGraphTCriticalPath() {}

  /** A link carrying the dependency's type and lag. */
  static final class Link extends DefaultEdge {
    private static final long serialVersionUID = 1L;
    final DependencyType type;
    final int lag;

    Link(DependencyType type, int lag) {
      this.type = type;
      this.lag = lag;
    }
  }

  /** The times of one milestone: early start and finish, late finish, free float. */
  static final class Times {
    long earlyStart;
    long earlyFinish;
    long lateFinish;
    long freeFloat;
    int duration;
    boolean complete;
  }

  /**
   * Schedules a plan on the every-day calendar.
   *
   * @param plan the plan
   * @param asOf the as-of date
   * @return the times of every milestone
   */
  static Map<MilestoneId, Times> schedule(MutualActionPlan plan, LocalDate asOf) {
    DirectedAcyclicGraph<MilestoneId, Link> graph = new DirectedAcyclicGraph<>(Link.class);
    Map<MilestoneId, Times> times = new HashMap<>();
    long t0 = asOf.toEpochDay();
    for (Milestone milestone : plan.milestones()) {
      graph.addVertex(milestone.id());
      Times t = new Times();
      t.duration = milestone.scheduledDurationDays();
      if (milestone.status() == MilestoneStatus.COMPLETE) {
        t.complete = true;
        t.earlyFinish = milestone.completed().get().toEpochDay() + 1;
        t.earlyStart = milestone.started().map(LocalDate::toEpochDay)
            .orElse(t.earlyFinish - t.duration);
      }
      times.put(milestone.id(), t);
    }
    for (Milestone milestone : plan.milestones()) {
      for (Dependency dependency : milestone.dependsOn()) {
        graph.addEdge(dependency.milestone(), milestone.id(),
            new Link(dependency.type(), dependency.lagDays()));
      }
    }
    List<MilestoneId> order = new ArrayList<>(plan.milestones().size());
    new TopologicalOrderIterator<>(graph).forEachRemaining(order::add);

    long latest = Long.MIN_VALUE;
    for (MilestoneId id : order) {
      Times t = times.get(id);
      if (t.complete) {
        continue;
      }
      long startBound = t0;
      long finishBound = t0 + 1;
      for (Link link : graph.incomingEdgesOf(id)) {
        Times p = times.get(graph.getEdgeSource(link));
        switch (link.type) {
          case FINISH_TO_START:
            startBound = Math.max(startBound, p.earlyFinish + link.lag);
            break;
          case START_TO_START:
            startBound = Math.max(startBound, p.earlyStart + link.lag);
            break;
          case FINISH_TO_FINISH:
            finishBound = Math.max(finishBound, p.earlyFinish + link.lag);
            break;
          default:
            finishBound = Math.max(finishBound, p.earlyStart + link.lag);
        }
      }
      Milestone milestone = plan.milestone(id).get();
      if (milestone.status() == MilestoneStatus.IN_PROGRESS && milestone.started().isPresent()) {
        t.earlyStart = milestone.started().get().toEpochDay();
        t.earlyFinish = Math.max(t.earlyStart + t.duration, finishBound);
      } else {
        t.earlyFinish = Math.max(startBound + t.duration, finishBound);
        t.earlyStart = t.earlyFinish - t.duration;
      }
      latest = Math.max(latest, t.earlyFinish);
    }
    long deadline = plan.outcome()
        .map(o -> o.date().toEpochDay() - o.leadTimeDays())
        .orElse(latest);

    for (int k = order.size() - 1; k >= 0; k--) {
      Times t = times.get(order.get(k));
      if (t.complete) {
        continue;
      }
      long lateFinish = deadline;
      long freeFloat = Long.MAX_VALUE;
      for (Link link : graph.outgoingEdgesOf(order.get(k))) {
        Times s = times.get(graph.getEdgeTarget(link));
        if (s.complete) {
          continue;
        }
        long lateStart = s.lateFinish - s.duration;
        switch (link.type) {
          case FINISH_TO_START:
            lateFinish = Math.min(lateFinish, lateStart - link.lag);
            freeFloat = Math.min(freeFloat, s.earlyStart - t.earlyFinish - link.lag);
            break;
          case START_TO_START:
            lateFinish = Math.min(lateFinish, lateStart - link.lag + t.duration);
            freeFloat = Math.min(freeFloat, s.earlyStart - t.earlyStart - link.lag);
            break;
          case FINISH_TO_FINISH:
            lateFinish = Math.min(lateFinish, s.lateFinish - link.lag);
            freeFloat = Math.min(freeFloat, s.earlyFinish - t.earlyFinish - link.lag);
            break;
          default:
            lateFinish = Math.min(lateFinish, s.lateFinish - link.lag + t.duration);
            freeFloat = Math.min(freeFloat, s.earlyFinish - t.earlyStart - link.lag);
        }
      }
      t.lateFinish = lateFinish;
      t.freeFloat = freeFloat == Long.MAX_VALUE ? deadline - t.earlyFinish : freeFloat;
    }
    return times;
  }
}
