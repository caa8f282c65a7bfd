package io.mutualplan.core.schedule;

import static io.mutualplan.core.schedule.TestPlans.date;
import static io.mutualplan.core.schedule.TestPlans.id;
import static io.mutualplan.core.schedule.TestPlans.plan;
import static io.mutualplan.core.schedule.TestPlans.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.core.fixtures.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Dependency cycles are named in the order work would flow, from their first milestone. */
class CycleTest {

  @Test
  void namesASelfDependency() {
    MutualActionPlan plan = plan(step("kickoff", 1), step("legal", 3, "legal", "kickoff"));

    assertThat(Scheduler.findCycle(plan)).contains(List.of(id("legal"), id("legal")));
    assertThatThrownBy(() -> Scheduler.schedule(plan, date("2026-11-22")))
        .isInstanceOfSatisfying(CyclicDependencyException.class,
            e -> assertThat(e.cycle()).containsExactly(id("legal"), id("legal")))
        .hasMessage("dependency cycle: legal -> legal");
  }

  /** Acme with legal made to wait for procurement, which already waits for legal. */
  @Test
  void namesTwoMilestonesThatWaitForEachOther() {
    MutualActionPlan acme = ExamplePlans.acme();
    MutualActionPlan plan = acme.withMilestones(acme.milestones().stream()
        .map(m -> m.id().equals(id("legal")) ? m.withDependsOn(
            Dependency.on("security-review"), Dependency.on("procurement")) : m)
        .collect(Collectors.toList()));

    assertThatThrownBy(() -> Scheduler.schedule(plan, date("2026-11-22")))
        .isInstanceOf(CyclicDependencyException.class)
        .hasMessage("dependency cycle: legal -> procurement -> legal");
    assertThat(Scheduler.findCycle(plan))
        .contains(List.of(id("legal"), id("procurement"), id("legal")));
  }

  /**
   * b depends on a, c on b, a on c: work flows a -> b -> c -> a. The plan lists b first, so the
   * cycle is named from b; the milestones hanging off the cycle are not part of it.
   */
  @Test
  void namesALongerCycleInTheOrderWorkFlowsFromItsFirstMilestoneInThePlan() {
    MutualActionPlan plan = plan(
        step("tail", 1, "c"),
        step("b", 1, "a"),
        step("c", 1, "b"),
        step("source", 1),
        step("a", 1, "source", "c"));

    assertThat(Scheduler.findCycle(plan)).contains(List.of(id("b"), id("c"), id("a"), id("b")));
  }

  @Test
  void findsNoCycleInAPlanWithoutOne() {
    assertThat(Scheduler.findCycle(ExamplePlans.acme())).isEmpty();
    assertThat(Scheduler.findCycle(plan())).isEmpty();
    // Listed against the flow of work, but acyclic.
    assertThat(Scheduler.findCycle(plan(step("c", 1, "b"), step("b", 1, "a"), step("a", 1))))
        .isEmpty();
  }

  @Test
  void keepsTheWholeCycleButShortensTheMessageOfALongOne() {
    List<Milestone> ring = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ring.add(step("m" + i, 1, "m" + Math.floorMod(i - 1, 100)));
    }

    CyclicDependencyException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        CyclicDependencyException.class,
        () -> Scheduler.schedule(plan(ring.toArray(new Milestone[0])), date("2026-11-22")));

    assertThat(e.cycle()).hasSize(101).startsWith(id("m0"), id("m1")).endsWith(id("m99"), id("m0"));
    assertThat(e.getMessage()).startsWith("dependency cycle of 100 milestones: m0 -> m1 -> m2")
        .contains(" -> m19 -> ... (61 more) ... -> m81 -> ")
        .endsWith("m98 -> m99 -> m0");
  }

  /** Up to 41 names (a cycle of 40 milestones and its first again) the message lists them all. */
  @Test
  void namesEveryMilestoneOfACycleOfForty() {
    List<Milestone> ring = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ring.add(step("m" + i, 1, "m" + Math.floorMod(i - 1, 40)));
    }

    CyclicDependencyException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        CyclicDependencyException.class,
        () -> Scheduler.schedule(plan(ring.toArray(new Milestone[0])), date("2026-11-22")));

    assertThat(e.cycle()).hasSize(41);
    assertThat(e.getMessage()).isEqualTo("dependency cycle: " + String.join(" -> ",
        e.cycle().stream().map(MilestoneId::value).toList()));
  }

  @Test
  void refusesACycleThatDoesNotCloseOnItself() {
    List<MilestoneId> open = List.of(id("a"), id("b"));

    assertThatThrownBy(() -> new CyclicDependencyException(open))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CyclicDependencyException(List.of(id("a"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theExceptionKeepsItsCycleWhenSerialized() {
    MutualActionPlan plan = plan(step("a", 1, "b"), step("b", 1, "a"));
    CyclicDependencyException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        CyclicDependencyException.class, () -> Scheduler.schedule(plan, date("2026-11-22")));

    CyclicDependencyException read = Serialization.roundTrip(e);

    assertThat(read.cycle()).isEqualTo(e.cycle()).containsExactly(id("a"), id("b"), id("a"));
    assertThat(read.getMessage()).isEqualTo("dependency cycle: a -> b -> a");
  }
}
