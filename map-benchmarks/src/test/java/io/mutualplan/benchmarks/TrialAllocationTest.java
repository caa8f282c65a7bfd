package io.mutualplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.CompiledPlan;
import io.mutualplan.core.schedule.SchedulePasses;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "A trial allocates nothing that grows with the plan beyond reusable buffers": counted with the
 * JVM's per-thread allocation counter (where the JVM has one) on the forecast benchmark's plan of
 * 10,000 milestones, where one buffer of the plan is 40 to 160 KB. Nothing here is timed.
 */
class TrialAllocationTest {
  private static com.sun.management.ThreadMXBean counter;
  private static MutualActionPlan plan;

  @BeforeAll
  static void prepare() {
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
        "no allocation counter on this JVM");
    counter = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    plan = BenchmarkPlans.estimatedDag(10_000);
  }

  private static long allocated() {
    return counter.getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  @Test
  void aThousandRunsOfThePassesAllocateNextToNothing() {
    CompiledPlan compiled = CompiledPlan.of(plan, BenchmarkPlans.AS_OF);
    SchedulePasses passes = compiled.newPasses();
    int[] durations = compiled.durations();
    passes.run(durations);

    long before = allocated();
    long sum = 0;
    for (int run = 0; run < 1_000; run++) {
      durations[run % durations.length] = run % 11;
      passes.run(durations);
      sum += passes.finish();
    }
    long bytes = allocated() - before;

    assertThat(sum).isPositive();
    assertThat(bytes).as("bytes allocated by 1,000 runs").isLessThan(16_384);
  }

  /**
   * A forecast's memory grows with its trials by one finish per trial (8 bytes) and one small
   * generator per block of 100, not by anything the size of the plan: on a plan of 500
   * milestones, where one buffer of the plan is at least 2 KB, 20,000 more trials cost less than
   * 1 KB each. Both forecasts have more draws than a forecast keeps for Spearman's ranks (some
   * 400 drawn milestones times 11,000 or 31,000 trials), so both draw them again; both run on one
   * thread, the one whose allocations the counter sees. A forecast's fixed costs (compiling the
   * plan, the tallies as they grow) vary by a few hundred KB from run to run, more than the
   * 160 KB of finishes, so only the bound that a buffer per trial would break is asserted.
   */
  @Test
  void moreTrialsCostNothingTheSizeOfThePlan() {
    MutualActionPlan small = BenchmarkPlans.estimatedDag(500);
    ForecastSettings settings = ForecastSettings.builder().trials(11_000).threads(1).build();
    Forecaster.forecast(small, BenchmarkPlans.AS_OF, settings);

    long before = allocated();
    Forecaster.forecast(small, BenchmarkPlans.AS_OF, settings);
    long few = allocated() - before;
    before = allocated();
    Forecaster.forecast(small, BenchmarkPlans.AS_OF, settings.withTrials(31_000));
    long many = allocated() - before;

    assertThat((many - few) / 20_000).as("bytes per trial").isLessThan(1_024L);
  }
}
