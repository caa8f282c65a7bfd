package io.mutualplan.testkit;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Facts about a plan's dependency graph that the tests check, computed independently here. */
final class Graphs {
  private Graphs() {}

  /** Whether the dependencies form a cycle (a self-dependency counts), by Kahn's algorithm. */
  static boolean hasCycle(MutualActionPlan plan) {
    List<Milestone> milestones = plan.milestones();
    int n = milestones.size();
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
    int visited = 0;
    while (!ready.isEmpty()) {
      int m = ready.poll();
      visited++;
      for (int s : successors[m]) {
        if (--inDegree[s] == 0) {
          ready.add(s);
        }
      }
    }
    return visited < n;
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
}
