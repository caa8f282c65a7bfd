package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.edit;
import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import org.junit.jupiter.api.Test;

/** The rules about what belongs in a plan: post-sale-steps, seller-internal-steps, paper-process. */
class PlanShapeRulesTest {
  private static MutualActionPlan kind(String milestone, MilestoneKind kind) {
    return edit(ExamplePlans.acme(), milestone, m -> m.withKind(kind));
  }

  @Test
  void theAcmePlanHoldsOnlyStepsThatBelong() {
    assertThat(findings("post-sale-steps", ExamplePlans.acme())).isEmpty();
    assertThat(findings("seller-internal-steps", ExamplePlans.acme())).isEmpty();
    assertThat(findings("paper-process", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void implementationBelongsInTheOnboardingPlan() {
    assertThat(findings("post-sale-steps", kind("business-case", MilestoneKind.IMPLEMENTATION)))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.milestone().orElseThrow().value()).isEqualTo("business-case");
          assertThat(f.path()).contains("/milestones/3/kind");
          assertThat(f.message()).isEqualTo("CFO reviews the ROI model (business-case) is"
              + " implementation work: it happens after the sale and belongs in the onboarding"
              + " plan, not in the mutual action plan.");
        });
    assertThat(lightweightFindings("post-sale-steps",
        kind("business-case", MilestoneKind.IMPLEMENTATION))).isEmpty();
  }

  @Test
  void theSellersInternalStepsDoNotBelong() {
    assertThat(findings("seller-internal-steps", kind("business-case", MilestoneKind.INTERNAL)))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.milestone().orElseThrow().value()).isEqualTo("business-case");
          assertThat(f.path()).contains("/milestones/3/kind");
          assertThat(f.message()).isEqualTo("CFO reviews the ROI model (business-case) is internal"
              + " to Globex: Acme Corp has no stake in it.");
        });
    assertThat(lightweightFindings("seller-internal-steps",
        kind("business-case", MilestoneKind.INTERNAL))).isEmpty();
  }

  @Test
  void aLegalOrAProcurementStepIsEnoughForThePaperProcess() {
    assertThat(findings("paper-process", kind("legal", MilestoneKind.OTHER))).isEmpty();
    assertThat(findings("paper-process", kind("procurement", MilestoneKind.OTHER))).isEmpty();
  }

  @Test
  void noLegalAndNoProcurementStepIsAWarning() {
    MutualActionPlan plan = edit(kind("legal", MilestoneKind.OTHER), "procurement",
        m -> m.withKind(MilestoneKind.BUDGET_APPROVAL));
    assertThat(findings("paper-process", plan)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.milestone()).isEmpty();
      assertThat(f.path()).isEmpty();
      assertThat(f.message()).startsWith("The plan has no legal or procurement step: the paper"
          + " process is where deals stall");
      assertThat(f.hint()).startsWith("Ask Sarah Chen what happens once Acme Corp decides");
    });
    assertThat(lightweightFindings("paper-process", plan)).isEmpty();
  }
}
