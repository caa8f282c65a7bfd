package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DueDateSetTest {
  @Test
  void everyOpenMilestoneWithADueDateIsFine() {
    assertThat(findings("due-date-set", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void anOpenMilestoneWithoutADueDateIsAnError() {
    MutualActionPlan plan = edit(ExamplePlans.acme(), "legal", m -> m.withDue(Optional.empty()));
    assertThat(findings("due-date-set", plan)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.milestone().orElseThrow().value()).isEqualTo("legal");
      assertThat(f.path()).contains("/milestones/4/due");
      assertThat(f.message()).isEqualTo(
          "MSA redlines agreed (legal) has no due date, so nobody can tell whether it is on time.");
      assertThat(f.hint()).startsWith("Agree a specific date with Marco Ruiz and Alex Kim;");
    });
  }

  @Test
  void theHintWorksBackFromTheOutcomeOnlyWhenThereIsOneAndNamesWhoeverWillOwnTheStep() {
    MutualActionPlan plan = edit(ExamplePlans.acme(), "legal",
        m -> m.withDue(Optional.empty()).withBuyerOwner(Optional.empty())
            .withSellerOwner(Optional.empty()));
    assertThat(findings("due-date-set", plan)).singleElement().satisfies(f ->
        assertThat(f.hint()).startsWith("Agree a specific date with whoever will own it;")
            .endsWith(" Working backwards from the outcome date gives the latest date that still"
                + " holds."));
    assertThat(findings("due-date-set", plan.withOutcome(Optional.empty()))).singleElement()
        .satisfies(f -> assertThat(f.hint()).endsWith("is not a commitment."));
  }

  @Test
  void aCompletedMilestoneNeedsNoDueDate() {
    MutualActionPlan plan =
        edit(ExamplePlans.acme(), "champion-alignment", m -> m.withDue(Optional.empty()));
    assertThat(findings("due-date-set", plan)).isEmpty();
  }
}
