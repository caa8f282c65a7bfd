package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.editAll;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.Verdict;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BothSidesOwnStepsTest {
  @Test
  void aPlanWithOwnersOnBothSidesHasNoFinding() {
    assertThat(findings("both-sides-own-steps", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void noBuyerOwnerMakesItAClosePlan() {
    MutualActionPlan plan = editAll(ExamplePlans.acme(),
        m -> m.withBuyerOwner(Optional.empty()).withSellerOwner(StakeholderId.of("alex")));
    assertThat(findings("both-sides-own-steps", plan)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEmpty();
      assertThat(f.milestone()).isEmpty();
      assertThat(f.message()).startsWith("Nobody at Acme Corp owns a step");
      assertThat(f.hint()).contains("Ask Sarah Chen which steps Acme Corp has to take");
    });
    assertThat(RuleEngine.builder().build().evaluate(plan, ExamplePlans.AS_OF).verdict())
        .isEqualTo(Verdict.NOT_MUTUAL);
  }

  @Test
  void noSellerOwnerIsReportedToo() {
    MutualActionPlan plan = editAll(ExamplePlans.acme(),
        m -> m.withSellerOwner(Optional.empty()).withBuyerOwner(StakeholderId.of("sarah")));
    assertThat(lightweightFindings("both-sides-own-steps", plan)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("Nobody at Globex owns a step"));
  }

  @Test
  void noOwnersAtAllIsOneFinding() {
    MutualActionPlan plan = editAll(ExamplePlans.acme(),
        m -> m.withSellerOwner(Optional.empty()).withBuyerOwner(Optional.empty()));
    assertThat(findings("both-sides-own-steps", plan)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .startsWith("No milestone has an owner, so neither Acme Corp nor Globex owns a step."));
    assertThat(findings("both-sides-own-steps", ExamplePlans.acme().withMilestones()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("The plan has no milestones"));
  }
}
