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
 * Scheduling a typical plan: the seven milestones of the Acme example. {@code mapSchedulerDates}
 * also reads every reported date, which a computed schedule makes only when asked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SevenStepScheduleBenchmark {
  private MutualActionPlan plan;

  /** Builds the plan once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    plan = BenchmarkPlans.sevenSteps();
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
   * MAP's scheduler, then every milestone's line with its four dates.
   *
   * @return the lines, compared so that none is optimized away
   */
  @Benchmark
  public int mapSchedulerDates() {
    return Scheduler.schedule(plan, BenchmarkPlans.AS_OF).milestones().hashCode();
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
