package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Revision;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.Verdict;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoAuthoredTest {
  private static MutualActionPlan withoutBuyerEdits() {
    MutualActionPlan acme = ExamplePlans.acme();
    List<Revision> revisions = acme.revisions();
    return acme.withRevisions(revisions.get(0), revisions.get(2));
  }

  @Test
  void aPlanTheBuyerEditedIsCoAuthored() {
    assertThat(findings("co-authored", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void aPlanOnlyTheSellerEditedIsAClosePlanInDisguise() {
    MutualActionPlan plan = withoutBuyerEdits();
    assertThat(findings("co-authored", plan)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEmpty();
      assertThat(f.milestone()).isEmpty();
      assertThat(f.message())
          .startsWith("All 2 revisions of the plan were made by Alex Kim at Globex;")
          .contains("nobody at Acme Corp has edited it")
          .contains("If the buyer didn't edit it, it isn't mutual");
      assertThat(f.hint()).contains("Send the plan to Sarah Chen");
    });
    assertThat(RuleEngine.builder().build().evaluate(plan, ExamplePlans.AS_OF).verdict())
        .isEqualTo(Verdict.NOT_MUTUAL);
  }

  @Test
  void aPlanWithNoRevisionsHasNoEditHistory() {
    MutualActionPlan plan = ExamplePlans.acme().withSignOffs().withRevisions();
    assertThat(findings("co-authored", plan)).singleElement().satisfies(f -> {
      assertThat(f.path()).isEmpty();
      assertThat(f.message()).startsWith("The plan has no edit history, so nothing shows that"
          + " anyone at Acme Corp has edited it.");
    });
  }

  @Test
  void lightweightPlansGetAWarningInstead() {
    assertThat(lightweightFindings("co-authored", withoutBuyerEdits())).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }
}
