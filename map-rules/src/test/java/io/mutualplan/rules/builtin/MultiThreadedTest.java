package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.editAll;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.RuleOverride;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.fixtures.TestPlans;
import io.mutualplan.rules.spi.Severity;
import org.junit.jupiter.api.Test;

class MultiThreadedTest {
  private static MutualActionPlan onlySarah() {
    return editAll(ExamplePlans.acme(), m -> m.withBuyerOwner(StakeholderId.of("sarah")));
  }

  @Test
  void twoBuyerOwnersAreEnough() {
    // Sarah Chen and Priya Nair own the buyer's steps.
    assertThat(findings("multi-threaded", TestPlans.withMilestones(5, 0))).isEmpty();
  }

  @Test
  void onePersonOnTheBuyerSideIsAWarning() {
    assertThat(findings("multi-threaded", onlySarah())).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).isEmpty();
      assertThat(f.milestone()).isEmpty();
      assertThat(f.message()).startsWith("Only Sarah Chen owns steps at Acme Corp;")
          .contains("at least 2 people");
      assertThat(f.hint()).contains("who loses their job if this date slips?");
    });
  }

  @Test
  void aSecondBuyerOwnerOnTheLastStepIsEnough() {
    MutualActionPlan plan =
        edit(onlySarah(), "signature", m -> m.withBuyerOwner(StakeholderId.of("dan")));
    assertThat(findings("multi-threaded", plan)).isEmpty();
  }

  @Test
  void theMinimumCanBeRaised() {
    RuleEngine engine = RuleEngine.builder()
        .override("multi-threaded", RuleOverride.builder().putParameter("min", 3).build())
        .build();
    assertThat(findings(engine, "multi-threaded", TestPlans.withMilestones(5, 0),
            ExamplePlans.AS_OF))
        .singleElement().satisfies(f -> assertThat(f.message())
            .startsWith("Only Sarah Chen and Priya Nair own steps at Acme Corp;"));
    assertThat(findings(engine, "multi-threaded", ExamplePlans.acme(), ExamplePlans.AS_OF))
        .isEmpty();
  }

  @Test
  void theLightweightProfileSwitchesItOff() {
    assertThat(lightweightFindings("multi-threaded", onlySarah())).isEmpty();
  }
}
