package io.mutualplan.benchmarks;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Scheduler;
import org.openjdk.jmh.annotations.Param;

/**
 * Scheduling random DAGs of about three dependencies per milestone, with {@link Scheduler} and with
 * the JGraphT baseline. {@code listed = in-order} lists milestones after their predecessors, as
 * people write plans; {@code shuffled} lists them at random, so the scheduler must sort them.
 */
public class RandomDagScheduleBenchmark extends GeneratedPlanScheduleBenchmark {
  /** Milestones in the plan. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int size;

  /** How the plan lists its milestones. */
  @Param({"in-order", "shuffled"})
  public String listed;

  @Override
  protected MutualActionPlan generatePlan() {
    return BenchmarkPlans.randomDag(size, listed.equals("shuffled"));
  }
}
