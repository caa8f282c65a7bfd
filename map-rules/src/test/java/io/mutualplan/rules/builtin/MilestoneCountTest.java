package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.rules.RuleConfigurationException;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.RuleOverride;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.fixtures.TestPlans;
import io.mutualplan.rules.spi.Severity;
import org.junit.jupiter.api.Test;

class MilestoneCountTest {
  @Test
  void exactlyFiveAndExactlySevenMilestonesAreFine() {
    assertThat(findings("milestone-count", TestPlans.withMilestones(5, 0))).isEmpty();
    assertThat(findings("milestone-count", TestPlans.withMilestones(7, 0))).isEmpty();
  }

  @Test
  void fourMilestonesAreTooFew() {
    assertThat(findings("milestone-count", TestPlans.withMilestones(4, 0))).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.path()).isEmpty();
          assertThat(f.milestone()).isEmpty();
          assertThat(f.message()).startsWith("The plan has only 4 milestones;").contains("5 to 7");
          assertThat(f.hint()).contains("Ask Sarah Chen");
        });
  }

  @Test
  void eightMilestonesAreAProjectPlan() {
    assertThat(findings("milestone-count", TestPlans.withMilestones(8, 0))).singleElement()
        .satisfies(f -> assertThat(f.message())
            .startsWith("The plan has 8 milestones, more than 7: 8 line items is a project plan"));
  }

  @Test
  void lightweightPlansHaveOneToThreeMilestones() {
    assertThat(lightweightFindings("milestone-count", TestPlans.withMilestones(1, 0))).isEmpty();
    assertThat(lightweightFindings("milestone-count", TestPlans.withMilestones(3, 0))).isEmpty();
    assertThat(lightweightFindings("milestone-count", TestPlans.withMilestones(4, 0)))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("more than 3"));
    assertThat(lightweightFindings("milestone-count", TestPlans.withMilestones(0, 0)))
        .singleElement().satisfies(f -> {
          assertThat(f.message()).startsWith("The plan has no milestones;");
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
  }

  @Test
  void minAndMaxCanBeConfigured() {
    RuleEngine engine = RuleEngine.builder()
        .override("milestone-count",
            RuleOverride.builder().putParameter("min", 7).putParameter("max", 7).build())
        .build();
    assertThat(findings(engine, "milestone-count", ExamplePlans.acme(), ExamplePlans.AS_OF))
        .isEmpty();
    assertThat(findings(engine, "milestone-count", TestPlans.withMilestones(6, 0),
            ExamplePlans.AS_OF))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("exactly 7"));
  }

  @Test
  void aMaxOfOneAsksToKeepTheOneStep() {
    RuleEngine engine = RuleEngine.builder()
        .override("milestone-count",
            RuleOverride.builder().putParameter("min", 1).putParameter("max", 1).build())
        .build();
    assertThat(findings(engine, "milestone-count", ExamplePlans.acme(), ExamplePlans.AS_OF))
        .singleElement().satisfies(f -> assertThat(f.hint()).startsWith("Keep the step that"));
  }

  @Test
  void aMinAboveTheMaxIsAConfigurationError() {
    assertThatThrownBy(() -> RuleEngine.builder()
            .override("milestone-count", RuleOverride.builder().putParameter("min", 9).build())
            .build())
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessage("rule 'milestone-count' (profile full): min (9) is more than max (7), so every"
            + " plan would fail");
  }
}
