package io.mutualplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every run measures the same plans, of the shape each benchmark's name promises. */
class BenchmarkPlansTest {

  @Test
  void generatesTheSamePlanForTheSameSize() {
    assertThat(BenchmarkPlans.randomDag(500, true)).isEqualTo(BenchmarkPlans.randomDag(500, true));
    assertThat(BenchmarkPlans.chain(300)).isEqualTo(BenchmarkPlans.chain(300));
    assertThat(BenchmarkPlans.largePlan(400)).isEqualTo(BenchmarkPlans.largePlan(400));
  }

  @Test
  void randomDagsHaveAboutThreeDependenciesPerMilestone() {
    MutualActionPlan plan = BenchmarkPlans.randomDag(10_000, true);

    assertThat(plan.milestones()).hasSize(10_000);
    assertThat(dependencies(plan)).isBetween(29_000L, 31_000L);
    assertThat(plan.calendar()).isEmpty();
  }

  @Test
  void theForecastsLargePlanHasAnEstimateOnEveryMilestoneAndThreeDependenciesEach() {
    MutualActionPlan plan = BenchmarkPlans.estimatedDag(10_000);

    assertThat(plan).isEqualTo(BenchmarkPlans.estimatedDag(10_000));
    assertThat(plan.milestones()).hasSize(10_000)
        .allSatisfy(milestone -> assertThat(milestone.estimate()).isPresent());
    assertThat(dependencies(plan)).isBetween(29_000L, 31_000L);
  }

  @Test
  void listsInOrderMilestonesAfterTheirPredecessors() {
    MutualActionPlan plan = BenchmarkPlans.randomDag(2_000, false);

    for (int i = 0; i < plan.milestones().size(); i++) {
      for (Dependency dependency : plan.milestones().get(i).dependsOn()) {
        assertThat(plan.indexOf(dependency.milestone()).getAsInt()).isLessThan(i);
      }
    }
  }

  @Test
  void chainsEachMilestoneToTheOneBefore() {
    MutualActionPlan plan = BenchmarkPlans.chain(1_000);

    assertThat(plan.milestones().get(0).dependsOn()).isEmpty();
    for (int i = 1; i < plan.milestones().size(); i++) {
      assertThat(plan.milestones().get(i).dependsOn())
          .extracting(Dependency::milestone)
          .containsExactly(plan.milestones().get(i - 1).id());
    }
  }

  @Test
  void sharesNoMilestoneIdOrItsStringBetweenTwoPlaces() {
    MutualActionPlan plan = BenchmarkPlans.randomDag(1_000, true);
    Map<Object, Boolean> seen = new IdentityHashMap<>();

    for (Milestone milestone : plan.milestones()) {
      assertThat(seen.put(milestone.id(), true)).isNull();
      assertThat(seen.put(milestone.id().value(), true)).isNull();
      for (Dependency dependency : milestone.dependsOn()) {
        MilestoneId id = dependency.milestone();
        assertThat(seen.put(id, true)).isNull();
        assertThat(seen.put(id.value(), true)).isNull();
      }
    }
  }

  @Test
  void sevenStepsIsTheAcmeExample() {
    assertThat(BenchmarkPlans.sevenSteps().milestones()).hasSize(7);
    assertThat(BenchmarkPlans.sevenSteps().id().value()).isEqualTo("acme-2027");
  }

  private static long dependencies(MutualActionPlan plan) {
    return plan.milestones().stream().mapToLong(m -> m.dependsOn().size()).sum();
  }
}
