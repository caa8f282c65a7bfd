package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnerAssignedTest {
  @Test
  void everyMilestoneWithAnOwnerOnOneSideIsFine() {
    assertThat(findings("owner-assigned", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void eachMilestoneWithoutAnyOwnerIsAnError() {
    MutualActionPlan plan = edit(edit(ExamplePlans.acme(), "procurement",
            m -> m.withBuyerOwner(Optional.empty()).withSellerOwner(Optional.empty())),
        "legal", m -> m.withBuyerOwner(Optional.empty()).withSellerOwner(Optional.empty()));
    assertThat(findings("owner-assigned", plan)).hasSize(2).first().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.milestone().orElseThrow().value()).isEqualTo("legal");
      assertThat(f.path()).contains("/milestones/4");
      assertThat(f.message()).isEqualTo("MSA redlines agreed (legal) has no owner on either side:"
          + " nobody at Acme Corp or Globex answers for it.");
      assertThat(f.hint()).contains("who specifically?");
    });
  }
}
