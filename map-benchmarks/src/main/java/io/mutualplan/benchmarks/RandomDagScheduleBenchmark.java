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
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scheduling random DAGs of about three dependencies per milestone, with {@link Scheduler} and with
 * the JGraphT baseline. {@code listed = in-order} lists milestones after their predecessors, as
 * people write plans; {@code shuffled} lists them at random, so the scheduler must sort them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class RandomDagScheduleBenchmark {
  /** Milestones in the plan. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int size;

  /** How the plan lists its milestones. */
  @Param({"in-order", "shuffled"})
  public String listed;

  private MutualActionPlan plan;

  /** Builds the plan once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    plan = BenchmarkPlans.randomDag(size, listed.equals("shuffled"));
    // Warm the plan's own id index, which every reader of the plan builds once.
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
   * The JGraphT baseline. Fewer iterations: at a million milestones one call takes seconds, and
   * each iteration runs at least one.
   *
   * @return the times
   */
  @Benchmark
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  public Map<?, ?> jgrapht() {
    return JGraphTCriticalPath.schedule(plan, BenchmarkPlans.AS_OF);
  }
}
