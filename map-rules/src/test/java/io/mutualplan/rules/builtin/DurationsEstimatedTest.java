package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.editAll;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.fixtures.TestPlans;
import io.mutualplan.rules.spi.Severity;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DurationsEstimatedTest {
  private static Milestone unestimated(Milestone milestone) {
    return milestone.withDurationDays(OptionalInt.empty()).withEstimate(Optional.<Estimate>empty());
  }

  @Test
  void aDurationOrAnEstimateIsEnough() {
    MutualActionPlan plan = edit(ExamplePlans.acme(), "legal",
        m -> m.withDurationDays(OptionalInt.empty()));
    assertThat(findings("durations-estimated", plan)).isEmpty();
  }

  @Test
  void oneUnestimatedMilestoneIsNamed() {
    MutualActionPlan plan = edit(ExamplePlans.acme(), "legal", DurationsEstimatedTest::unestimated);
    assertThat(findings("durations-estimated", plan)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.milestone()).isEmpty();
      assertThat(f.path()).isEmpty();
      assertThat(f.message()).isEqualTo("MSA redlines agreed (legal) has no duration or estimate,"
          + " so the schedule counts it as taking no time and cannot tell whether the plan is"
          + " feasible.");
    });
  }

  @Test
  void manyAreListedInOneFindingAndLongListsAreCut() {
    MutualActionPlan plan = editAll(TestPlans.withMilestones(12, 0),
        DurationsEstimatedTest::unestimated);
    assertThat(findings("durations-estimated", plan)).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("12 incomplete milestones have no duration or estimate")
            .contains("Step 10 signed off (step-10) and 2 more.")
            .doesNotContain("step-11"));
  }

  @Test
  void aShortListIsListedWhole() {
    MutualActionPlan plan = editAll(TestPlans.withMilestones(3, 0),
        DurationsEstimatedTest::unestimated);
    assertThat(findings("durations-estimated", plan)).singleElement().satisfies(f ->
        assertThat(f.message()).startsWith("3 incomplete milestones have no duration or estimate")
            .endsWith("Step 3 signed off (step-3).")
            .doesNotContain("more"));
  }

  @Test
  void completedMilestonesNeedNoEstimate() {
    MutualActionPlan plan =
        edit(ExamplePlans.acme(), "champion-alignment", DurationsEstimatedTest::unestimated);
    assertThat(findings("durations-estimated", plan)).isEmpty();
    assertThat(lightweightFindings("durations-estimated",
        edit(ExamplePlans.acme(), "legal", DurationsEstimatedTest::unestimated))).isEmpty();
  }
}
