package io.mutualplan.core.schedule;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.DependencyType;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneStatus;
import io.mutualplan.core.MutualActionPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A plan's dependencies compiled once into int-indexed arrays, so that the scheduler's passes are
 * loops over arrays: no map lookups, no boxing, no recursion (a chain of a million milestones must
 * not overflow the stack). The nodes carry what the passes need of each milestone: its duration
 * and whether it is complete or started ({@link MilestoneFlags}), read in the same single walk
 * over the plan's objects.
 *
 * <p>Milestones are numbered by their position in the plan. The links into milestone {@code s} are
 * {@code predecessorStart[s] .. predecessorStart[s + 1] - 1}, in the order of its {@code
 * dependsOn}; link {@code e} comes from milestone {@code predecessor[e]} and its type and lag are
 * packed into {@code link[e]} (see {@link #lag(int)}, {@link #fromPredecessorFinish(int)} and
 * {@link #boundsSuccessorFinish(int)}).
 */
final class DependencyGraph {
  /** Link type bit: the bound is measured from the predecessor's finish (else its start). */
  private static final int FROM_FINISH = 1;
  /** Link type bit: the bound applies to the successor's finish (else its start). */
  private static final int TO_FINISH = 2;

  private final int size;
  private final int[] durationDays;
  private final byte[] states;
  private final int[] predecessorStart;
  private final int[] predecessor;
  private final int[] link;
  /** Every link goes from an earlier milestone to a later one, so plan order is topological. */
  private final boolean planOrderIsTopological;

  private DependencyGraph(int size, int[] durationDays, byte[] states, int[] predecessorStart,
      int[] predecessor, int[] link, boolean forwardOnly) {
    this.size = size;
    this.durationDays = durationDays;
    this.states = states;
    this.predecessorStart = predecessorStart;
    this.predecessor = predecessor;
    this.link = link;
    this.planOrderIsTopological = forwardOnly;
  }

  /**
   * Compiles a plan.
   *
   * @param plan a valid plan: every dependency names one of its milestones
   * @return the graph
   */
  static DependencyGraph of(MutualActionPlan plan) {
    List<Milestone> milestones = plan.milestones();
    int size = milestones.size();
    int[] durationDays = new int[size];
    byte[] states = new byte[size];
    int[] idHashes = new int[size];
    int[] start = new int[size + 1];
    // One walk over the plan's objects gathers everything, growing the link arrays as needed; the
    // predecessors are first recorded by their id hash and resolved afterwards, in a tight loop
    // whose table probes overlap. In a plan of a million milestones each walk over the objects
    // and each dependent chain of cache misses costs tens of milliseconds.
    int[] predecessor = new int[Math.max(16, size * 3)];
    int[] link = new int[predecessor.length];
    int e = 0;
    for (int s = 0; s < size; s++) {
      Milestone milestone = milestones.get(s);
      idHashes[s] = MilestoneIndex.idHash(milestone.id());
      durationDays[s] = milestone.scheduledDurationDays();
      states[s] = state(milestone);
      List<Dependency> dependencies = milestone.dependsOn();
      int count = dependencies.size();
      if (e + count > predecessor.length) {
        int capacity = Math.max(e + count, predecessor.length * 2);
        predecessor = Arrays.copyOf(predecessor, capacity);
        link = Arrays.copyOf(link, capacity);
      }
      for (int k = 0; k < count; k++) {
        Dependency dependency = dependencies.get(k);
        predecessor[e] = MilestoneIndex.idHash(dependency.milestone());
        link[e] = pack(dependency.type(), dependency.lagDays());
        e++;
      }
      start[s + 1] = e;
    }
    MilestoneIndex index = MilestoneIndex.of(idHashes);
    boolean forwardOnly = true;
    for (int s = 0; s < size; s++) {
      for (e = start[s]; e < start[s + 1]; e++) {
        int p = index.positionOf(predecessor[e]);
        if (p == MilestoneIndex.SHARED) {
          MilestoneId id = milestones.get(s).dependsOn().get(e - start[s]).milestone();
          // The plan was validated: the predecessor exists.
          p = plan.indexOf(id).getAsInt();
        }
        predecessor[e] = p;
        forwardOnly &= p < s;
      }
    }
    return new DependencyGraph(
        size, durationDays, states, start, predecessor, link, forwardOnly);
  }

  /** The spec's three cases: complete, in progress with a start date, or neither. */
  private static byte state(Milestone milestone) {
    if (milestone.isComplete()) {
      return MilestoneFlags.COMPLETE;
    }
    return milestone.status() == MilestoneStatus.IN_PROGRESS && milestone.started().isPresent()
        ? MilestoneFlags.STARTED
        : 0;
  }

  private static int pack(DependencyType type, int lagDays) {
    int bits;
    switch (type) {
      case FINISH_TO_START:
        bits = FROM_FINISH;
        break;
      case START_TO_START:
        bits = 0;
        break;
      case FINISH_TO_FINISH:
        bits = FROM_FINISH | TO_FINISH;
        break;
      case START_TO_FINISH:
        bits = TO_FINISH;
        break;
      default:
        throw new AssertionError(type);
    }
    // Lags are within +-PlanLimits.MAX_DAYS, far inside 30 bits.
    return (lagDays << 2) | bits;
  }

  /** The number of milestones. */
  int size() {
    return size;
  }

  /** Each milestone's duration the scheduler uses, in working days; read, never written. */
  int[] durationDays() {
    return durationDays;
  }

  /** A copy of every milestone's state: {@link MilestoneFlags#COMPLETE}, {@code STARTED} or 0. */
  byte[] states() {
    return states.clone();
  }

  /** The first link into milestone {@code s}; its links end at {@code predecessorStart(s + 1)}. */
  int predecessorStart(int s) {
    return predecessorStart[s];
  }

  /** The predecessor of link {@code e}. */
  int predecessor(int e) {
    return predecessor[e];
  }

  /** The packed type and lag of link {@code e}. */
  int link(int e) {
    return link[e];
  }

  /** The lag of a packed link, in working days; negative is a lead. */
  static int lag(int link) {
    return link >> 2;
  }

  /** Whether a packed link is measured from the predecessor's finish (finish-to-*). */
  static boolean fromPredecessorFinish(int link) {
    return (link & FROM_FINISH) != 0;
  }

  /** Whether a packed link bounds the successor's finish (*-to-finish). */
  static boolean boundsSuccessorFinish(int link) {
    return (link & TO_FINISH) != 0;
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
    int links = predecessorStart[size];
    int[] successorStart = new int[size + 1];
    for (int e = 0; e < links; e++) {
      successorStart[predecessor[e] + 1]++;
    }
    for (int p = 0; p < size; p++) {
      successorStart[p + 1] += successorStart[p];
    }
    int[] fill = new int[size];
    System.arraycopy(successorStart, 0, fill, 0, size);
    int[] successor = new int[links];
    for (int s = 0; s < size; s++) {
      for (int e = predecessorStart[s]; e < predecessorStart[s + 1]; e++) {
        successor[fill[predecessor[e]]++] = s;
      }
      unplacedPredecessors[s] = predecessorStart[s + 1] - predecessorStart[s];
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
    for (int e = predecessorStart[s]; e < predecessorStart[s + 1]; e++) {
      if (unplaced[predecessor[e]] != 0) {
        return predecessor[e];
      }
    }
    throw new AssertionError("milestone " + s + " was not placed but all its predecessors were");
  }
}
