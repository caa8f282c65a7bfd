package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The largest plans the format allows: a chain of a million milestones must schedule, and a cycle
 * through all of them must be named, without recursion deep enough to overflow the stack (tests
 * run with a 1 MiB thread stack). Nothing here is timed; JMH measures speed.
 */
class MillionMilestoneTest {
  private static final int SIZE = PlanLimits.MAX_MILESTONES;
  private static final LocalDate AS_OF = date("2026-01-01");

  /**
   * m0 -> m1 -> ... -> m999999, each 10,000 days, listed last first so that plan order is not a
   * topological order. The finish is 10^10 days out: boundaries beyond an int, and dates far
   * beyond any a plan can hold, so the passes run (no date is made from a boundary) and the
   * schedule names the first milestone, in plan order, whose dates do not fit.
   */
  @Test
  void runsThePassesOverAChainOfAMillionMilestonesOfTheLongestDuration() {
    MutualActionPlan plan = chain(PlanLimits.MAX_DAYS);
    CompiledPlan compiled = CompiledPlan.of(plan, AS_OF);
    SchedulePasses passes = compiled.newPasses();

    passes.run(compiled.durations());

    long total = (long) SIZE * PlanLimits.MAX_DAYS;
    long start = compiled.calendar().idx(AS_OF);
    assertThat(passes.finish()).isEqualTo(start + total);
    assertThat(passes.earlyStart(0)).as("m999999").isEqualTo(start + total - PlanLimits.MAX_DAYS);
    assertThat(passes.lateFinish(SIZE - 1)).as("m0").isEqualTo(start + PlanLimits.MAX_DAYS);
    assertThat(passes.slackDays()).isZero();
    assertThat(passes.critical(0)).isTrue();
    assertThat(passes.critical(SIZE - 1)).isTrue();
    assertThatThrownBy(() -> compiled.schedule())
        .isInstanceOfSatisfying(DateOutOfRangeException.class,
            e -> assertThat(e.milestone()).contains(id("m" + (SIZE - 1))));
  }

  /** The same chain of one-day steps: every date fits, and the whole chain is critical. */
  @Test
  void schedulesAChainOfAMillionMilestones() {
    Schedule schedule = Scheduler.schedule(chain(1), AS_OF);

    assertThat(schedule.projectedFinish()).contains(AS_OF.plusDays(SIZE - 1));
    assertThat(schedule.milestone(0).id()).isEqualTo(id("m" + (SIZE - 1)));
    assertThat(schedule.milestone(0).earlyStart()).isEqualTo(AS_OF.plusDays(SIZE - 1));
    assertThat(schedule.milestone(SIZE - 1).lateFinish()).isEqualTo(AS_OF);
    assertThat(schedule.criticalPath()).hasSize(SIZE).startsWith(id("m0"), id("m1"))
        .endsWith(id("m" + (SIZE - 1)));
    assertThat(schedule.slackDays()).isZero();
  }

  private static MutualActionPlan chain(int days) {
    List<Milestone> chain = new ArrayList<>(SIZE);
    for (int i = SIZE - 1; i >= 0; i--) {
      chain.add(link(i, days, i == 0 ? Optional.empty() : Optional.of(i - 1)));
    }
    return TestPlans.planBuilder().addAllMilestones(chain).build();
  }

  /** m0 -> m1 -> ... -> m999999 -> m0: the whole ring is the cycle. */
  @Test
  void namesACycleThroughAMillionMilestones() {
    List<Milestone> ring = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      ring.add(link(i, 1, Optional.of(Math.floorMod(i - 1, SIZE))));
    }
    MutualActionPlan plan = TestPlans.planBuilder().addAllMilestones(ring).build();

    List<MilestoneId> cycle = Scheduler.findCycle(plan).orElseThrow();

    assertThat(cycle).hasSize(SIZE + 1);
    for (int i = 0; i <= SIZE; i++) {
      if (!cycle.get(i).value().equals("m" + (i % SIZE))) {
        assertThat(cycle.get(i)).as("element %d", i).isEqualTo(id("m" + (i % SIZE)));
      }
    }
  }

  private static Milestone link(int i, int days, Optional<Integer> after) {
    Milestone.Builder milestone =
        Milestone.builder().id(MilestoneId.of("m" + i)).title("Step " + i).durationDays(days);
    after.ifPresent(p -> milestone.addDependsOn(Dependency.on("m" + p)));
    return milestone.build();
  }
}
