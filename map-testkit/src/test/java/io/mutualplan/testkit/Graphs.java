package io.mutualplan.testkit;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A plan's dependency graph for the tests: facts the tests check, computed independently here, and
 * random links that usually close a cycle.
 */
final class Graphs {
  private Graphs() {}

  /** Whether the dependencies form a cycle (a self-dependency counts). */
  static boolean hasCycle(MutualActionPlan plan) {
    return topologicalOrder(plan).length < plan.milestones().size();
  }

  /**
   * The milestones' indices, each after every milestone it depends on, by Kahn's algorithm. On a
   * cycle the order stops short: the milestones on or after the cycle are missing from it.
   */
  static int[] topologicalOrder(MutualActionPlan plan) {
    int n = plan.milestones().size();
    int[] inDegree = new int[n];
    int[][] successors = successors(plan);
    for (int[] next : successors) {
      for (int s : next) {
        inDegree[s]++;
      }
    }
    Deque<Integer> ready = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (inDegree[i] == 0) {
        ready.add(i);
      }
    }
    int[] order = new int[n];
    int size = 0;
    while (!ready.isEmpty()) {
      int m = ready.poll();
      order[size++] = m;
      for (int s : successors[m]) {
        if (--inDegree[s] == 0) {
          ready.add(s);
        }
      }
    }
    return Arrays.copyOf(order, size);
  }

  /** For each milestone (by document index), the indices of the milestones that depend on it. */
  static int[][] successors(MutualActionPlan plan) {
    List<Milestone> milestones = plan.milestones();
    int n = milestones.size();
    int[] count = new int[n];
    for (Milestone m : milestones) {
      for (Dependency d : m.dependsOn()) {
        count[plan.indexOf(d.milestone()).getAsInt()]++;
      }
    }
    int[][] successors = new int[n][];
    for (int i = 0; i < n; i++) {
      successors[i] = new int[count[i]];
      count[i] = 0;
    }
    for (int j = 0; j < n; j++) {
      for (Dependency d : milestones.get(j).dependsOn()) {
        int p = plan.indexOf(d.milestone()).getAsInt();
        successors[p][count[p]++] = j;
      }
    }
    return successors;
  }

  /** The number of dependencies in the plan. */
  static long dependencyCount(MutualActionPlan plan) {
    long count = 0;
    for (Milestone m : plan.milestones()) {
      count += m.dependsOn().size();
    }
    return count;
  }

  /**
   * Adds up to three dependencies in random directions (a self-dependency now and then), which
   * usually closes a cycle; a link the milestone already has is not added again.
   */
  static MutualActionPlan withExtraLinks(MutualActionPlan plan, RandomGenerator random) {
    List<Milestone> milestones = new ArrayList<>(plan.milestones());
    int n = milestones.size();
    for (int k = 0; k < 3; k++) {
      int from = random.nextInt(n);
      int to = random.nextInt(n);
      Milestone m = milestones.get(from);
      MilestoneId predecessor = milestones.get(to).id();
      if (m.dependsOn().stream().noneMatch(d -> d.milestone().equals(predecessor))) {
        List<Dependency> dependencies = new ArrayList<>(m.dependsOn());
        dependencies.add(Dependency.on(predecessor));
        milestones.set(from, m.withDependsOn(dependencies));
      }
    }
    return plan.withMilestones(milestones);
  }
}
