package io.mutualplan.benchmarks;

import io.mutualplan.core.MutualActionPlan;
import org.openjdk.jmh.annotations.Param;

/** Scheduling one long chain, the deepest graph a plan can have. */
public class ChainScheduleBenchmark extends GeneratedPlanScheduleBenchmark {
  /** Milestones in the chain. */
  @Param({"1000000"})
  public int length;

  @Override
  protected MutualActionPlan generatePlan() {
    return BenchmarkPlans.chain(length);
  }
}
