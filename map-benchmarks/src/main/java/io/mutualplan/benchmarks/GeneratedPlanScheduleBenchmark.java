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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scheduling one generated plan of up to a million milestones with {@link Scheduler} and with the
 * JGraphT baseline, the settings of both included. Each subclass says which plan, from its own
 * parameters; JMH names the benchmarks after the subclass ({@code
 * ChainScheduleBenchmark.mapScheduler}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public abstract class GeneratedPlanScheduleBenchmark {
  private MutualActionPlan plan;

  /**
   * The plan to schedule, made once per trial.
   *
   * @return the plan, the same for the same parameters
   */
  protected abstract MutualActionPlan generatePlan();

  /** Builds the plan once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    plan = generatePlan();
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
