package io.mutualplan.core.schedule;

import io.mutualplan.core.DependencyLinks;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order the passes visit milestones in, every milestone after all its predecessors, found by
 * Kahn's algorithm over a plan's {@link DependencyLinks}: no recursion, so a chain of a million
 * milestones cannot overflow the stack. When there is no such order the plan has a cycle, and
 * {@link #findCycle} names one.
 */
final class TopologicalOrder {
  private final DependencyLinks links;
  private final int size;

  private TopologicalOrder(DependencyLinks links) {
    this.links = links;
    this.size = links.size();
  }

  /**
   * A topological order of a plan's milestones.
   *
   * @param links the plan's links
   * @return the milestones' positions in a topological order, or empty when there is a cycle
   */
  static Optional<int[]> of(DependencyLinks links) {
    return new TopologicalOrder(links).order();
  }

  /**
   * One dependency cycle of a plan, if it has one.
   *
   * @param plan the plan
   * @return the cycle, as {@link Scheduler#findCycle} describes it
   */
  static Optional<List<MilestoneId>> findCycle(MutualActionPlan plan) {
    return new TopologicalOrder(plan.dependencyLinks()).cycle(plan);
  }

  /**
   * A topological order: every milestone comes after all its predecessors.
   *
   * @return the milestones' indices in a topological order, or empty when there is a cycle
   */
  private Optional<int[]> order() {
    int[] order = new int[size];
    if (links.predecessorsComeFirst()) {
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
      for (int e = links.firstLink(s), end = links.firstLink(s + 1); e < end; e++) {
        successor[fill[links.predecessor(e)]++] = s;
      }
      unplacedPredecessors[s] = links.firstLink(s + 1) - links.firstLink(s);
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
  private Optional<List<MilestoneId>> cycle(MutualActionPlan plan) {
    if (links.predecessorsComeFirst()) {
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
    for (int e = links.firstLink(s), end = links.firstLink(s + 1); e < end; e++) {
      if (unplaced[links.predecessor(e)] != 0) {
        return links.predecessor(e);
      }
    }
    throw new AssertionError("milestone " + s + " was not placed but all its predecessors were");
  }
}
