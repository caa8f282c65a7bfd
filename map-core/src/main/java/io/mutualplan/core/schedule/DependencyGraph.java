package io.mutualplan.core.schedule;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.internal.PlanLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan's dependencies as int-indexed arrays, so that the scheduler's passes are loops over
 * arrays: no map lookups, no boxing, no recursion (a chain of a million milestones must not
 * overflow the stack). The links are the plan's own ({@link PlanLinks}): every dependency resolved
 * to its predecessor's position once, by the check the plan passed when it was built.
 *
 * <p>Milestones are numbered by their position in the plan. The links into milestone {@code s} are
 * {@code predecessorStart(s) .. predecessorStart(s + 1) - 1}, in the order of its {@code
 * dependsOn}; link {@code e} comes from milestone {@code predecessor(e)} and its type and lag are
 * packed into {@code link(e)} (see {@link #lag(int)}, {@link #fromPredecessorFinish(int)} and
 * {@link #boundsSuccessorFinish(int)}).
 */
final class DependencyGraph {
  private final int size;
  private final PlanLinks links;
  /** Every link goes from an earlier milestone to a later one, so plan order is topological. */
  private final boolean planOrderIsTopological;

  private DependencyGraph(PlanLinks links) {
    this.size = links.size();
    this.links = links;
    this.planOrderIsTopological = links.forwardOnly();
  }

  /**
   * The graph of a plan.
   *
   * @param plan a plan
   * @return the graph
   */
  static DependencyGraph of(MutualActionPlan plan) {
    return new DependencyGraph(PlanLinks.of(plan));
  }

  /** The number of milestones. */
  int size() {
    return size;
  }

  /** The first link into milestone {@code s}; its links end at {@code predecessorStart(s + 1)}. */
  int predecessorStart(int s) {
    return links.start(s);
  }

  /** The predecessor of link {@code e}. */
  int predecessor(int e) {
    return links.predecessor(e);
  }

  /** The packed type and lag of link {@code e}. */
  int link(int e) {
    return links.link(e);
  }

  /** The lag of a packed link, in working days; negative is a lead. */
  static int lag(int link) {
    return PlanLinks.lag(link);
  }

  /** Whether a packed link is measured from the predecessor's finish (finish-to-*). */
  static boolean fromPredecessorFinish(int link) {
    return PlanLinks.fromPredecessorFinish(link);
  }

  /** Whether a packed link bounds the successor's finish (*-to-finish). */
  static boolean boundsSuccessorFinish(int link) {
    return PlanLinks.boundsSuccessorFinish(link);
  }

  /**
   * A topological order: every milestone comes after all its predecessors.
   *
   * @return the milestones' indices in a topological order, or empty when there is a cycle
   */
  Optional<int[]> topologicalOrder() {
    int[] order = new int[size];
    if (planOrderIsTopological) {
      // The common case (plans list their steps in order) needs no sort, and keeps the passes'
      // memory accesses in plan order.
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      return Optional.of(order);
    }
    int[] unplacedPredecessors = new int[size];
    return kahn(order, unplacedPredecessors) == size ? Optional.of(order) : Optional.empty();
  }

  /**
   * Kahn's algorithm: place the milestones whose predecessors are all placed, sources first in plan
   * order, the rest in the order they become free.
   *
   * @param order filled with the placed milestones; it doubles as the queue
   * @param unplacedPredecessors filled with each milestone's links from unplaced predecessors
   * @return how many milestones were placed; fewer than all means a cycle among the others
   */
  private int kahn(int[] order, int[] unplacedPredecessors) {
    int linkCount = links.count();
    int[] successorStart = new int[size + 1];
    for (int e = 0; e < linkCount; e++) {
      successorStart[links.predecessor(e) + 1]++;
    }
    for (int p = 0; p < size; p++) {
      successorStart[p + 1] += successorStart[p];
    }
    int[] fill = new int[size];
    System.arraycopy(successorStart, 0, fill, 0, size);
    int[] successor = new int[linkCount];
    for (int s = 0; s < size; s++) {
      for (int e = links.start(s), end = links.start(s + 1); e < end; e++) {
        successor[fill[links.predecessor(e)]++] = s;
      }
      unplacedPredecessors[s] = links.start(s + 1) - links.start(s);
    }
    int tail = 0;
    for (int s = 0; s < size; s++) {
      if (unplacedPredecessors[s] == 0) {
        order[tail++] = s;
      }
    }
    for (int head = 0; head < tail; head++) {
      int p = order[head];
      for (int k = successorStart[p]; k < successorStart[p + 1]; k++) {
        int s = successor[k];
        if (--unplacedPredecessors[s] == 0) {
          order[tail++] = s;
        }
      }
    }
    return tail;
  }

  /**
   * One dependency cycle, in the order work flows (each milestone is followed by one that depends
   * on it), starting at its milestone that comes first in the plan, that milestone repeated at the
   * end.
   *
   * @param plan the plan this graph was compiled from
   * @return the cycle, or empty when the graph has none
   */
  Optional<List<MilestoneId>> findCycle(MutualActionPlan plan) {
    if (planOrderIsTopological) {
      return Optional.empty();
    }
    int[] unplaced = new int[size];
    if (kahn(new int[size], unplaced) == size) {
      return Optional.empty();
    }
    // Every milestone Kahn's algorithm could not place has a predecessor it could not place, so
    // walking from one to such a predecessor, again and again, must come back to a milestone seen
    // before: the steps since then are a cycle, walked against the flow of work.
    int start = 0;
    while (unplaced[start] == 0) {
      start++;
    }
    int[] visitedAtStep = new int[size];
    int[] walk = new int[size + 1];
    int steps = 0;
    int current = start;
    while (visitedAtStep[current] == 0) {
      walk[steps] = current;
      visitedAtStep[current] = ++steps;
      current = firstUnplacedPredecessor(current, unplaced);
    }
    int cycleStart = visitedAtStep[current] - 1;
    int length = steps - cycleStart;
    // walk[cycleStart .. steps-1] runs from successor to predecessor; reverse it to the flow of
    // work and rotate it to start at the milestone that comes first in the plan.
    int first = cycleStart;
    for (int i = cycleStart; i < steps; i++) {
      if (walk[i] < walk[first]) {
        first = i;
      }
    }
    List<Milestone> milestones = plan.milestones();
    List<MilestoneId> cycle = new ArrayList<>(length + 1);
    for (int i = 0; i <= length; i++) {
      int at = cycleStart + Math.floorMod(first - cycleStart - i, length);
      cycle.add(milestones.get(walk[at]).id());
    }
    return Optional.of(List.copyOf(cycle));
  }

  private int firstUnplacedPredecessor(int s, int[] unplaced) {
    for (int e = links.start(s), end = links.start(s + 1); e < end; e++) {
      if (unplaced[links.predecessor(e)] != 0) {
        return links.predecessor(e);
      }
    }
    throw new AssertionError("milestone " + s + " was not placed but all its predecessors were");
  }
}
