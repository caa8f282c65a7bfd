package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.id;
import static io.mutualplan.core.schedule.TestPlans.plan;
import static io.mutualplan.core.schedule.TestPlans.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ReferenceCpm;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Milestone ids whose string hashes are equal ("Aa" and "BB" hash alike, and so do all four
 * two-pair strings made of them) still resolve to the right milestones.
 */
class SharedIdHashTest {

  @Test
  void resolvesDependenciesOnIdsThatShareAHash() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode()).isEqualTo("AaBB".hashCode());
    MutualActionPlan plan = plan(
        step("BBBB", 1, "AaBB"),
        step("AaAa", 2),
        step("BB", 7, "Aa"),
        step("AaBB", 4, "AaAa"),
        step("Aa", 3),
        step("unique", 1, "BB", "BBBB"));

    Schedule schedule = Scheduler.schedule(plan, date("2026-01-01"));

    assertThat(schedule).isEqualTo(
        ReferenceCpm.scheduleEveryDay(plan, date("2026-01-01"), new int[] {1, 3, 0, 4, 2, 5}));
    assertThat(schedule.criticalPath()).isEqualTo(List.of(id("Aa"), id("BB"), id("unique")));
    assertThat(Scheduler.findCycle(plan)).isEmpty();
  }

  @Test
  void namesACycleThroughIdsThatShareAHash() {
    MutualActionPlan plan = plan(step("Aa", 1, "BB"), step("BB", 1, "Aa"));

    assertThat(Scheduler.findCycle(plan)).contains(List.of(id("Aa"), id("BB"), id("Aa")));
  }
}
