package io.mutualplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare like with like: the JGraphT baseline computes the same floats as MAP's
 * scheduler on the benchmark plans (small sizes; nothing here is timed).
 */
class JGraphTCriticalPathTest {

  @Test
  void computesTheSameFloatsAsTheSchedulerOnTheBenchmarkPlans() {
    for (MutualActionPlan plan : new MutualActionPlan[] {
        BenchmarkPlans.randomDag(2_000, false),
        BenchmarkPlans.randomDag(2_000, true),
        BenchmarkPlans.chain(500),
        BenchmarkPlans.sevenSteps()}) {
      Schedule schedule = Scheduler.schedule(plan, BenchmarkPlans.AS_OF);
      Map<?, JGraphTCriticalPath.Times> baseline =
          JGraphTCriticalPath.schedule(plan, BenchmarkPlans.AS_OF);

      for (MilestoneSchedule line : schedule.milestones()) {
        JGraphTCriticalPath.Times times = baseline.get(line.id());
        if (!line.complete()) {
          assertThat(line.totalFloat()).as("%s %s", plan.id(), line.id())
              .hasValue(times.lateFinish - times.earlyFinish);
          assertThat(line.freeFloat()).as("%s %s", plan.id(), line.id())
              .hasValue(times.freeFloat);
          assertThat(line.earlyStart().toEpochDay()).isEqualTo(
              line.durationDays() == 0 ? times.earlyFinish - 1 : times.earlyStart);
        }
      }
    }
  }
}
