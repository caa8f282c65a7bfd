package io.mutualplan.benchmarks;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Scheduling one long chain, the deepest graph a plan can have. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ChainScheduleBenchmark {
  /** Milestones in the chain. */
  @Param({"1000000"})
  public int length;

  private MutualActionPlan plan;

  /** Builds the plan once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    plan = BenchmarkPlans.chain(length);
    plan.indexOf(plan.milestones().get(0).id());
  }

  /**
   * MAP's scheduler.
   *
   * @return the schedule
   */
  @Benchmark
  public Schedule mapScheduler() {
    return Scheduler.schedule(plan, BenchmarkPlans.AS_OF);
  }

  /**
   * The JGraphT baseline.
   *
   * @return the times
   */
  @Benchmark
  public Map<?, ?> jgrapht() {
    return JGraphTCriticalPath.schedule(plan, BenchmarkPlans.AS_OF);
  }
}
