package io.mutualplan.rules.builtin;

import static io.mutualplan.rules.fixtures.Check.findings;
import static io.mutualplan.rules.fixtures.Check.lightweightFindings;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.RuleOverride;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.fixtures.TestPlans;
import io.mutualplan.rules.spi.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SellerShareTest {
  @Test
  void exactlyEightyPercentIsStillMutual() {
    assertThat(findings("seller-share", TestPlans.withMilestones(5, 4))).isEmpty();
  }

  @Test
  void moreThanEightyPercentIsAProjectUpdate() {
    assertThat(findings("seller-share", TestPlans.withMilestones(6, 5))).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.path()).isEmpty();
          assertThat(f.milestone()).isEmpty();
          assertThat(f.message()).startsWith(
              "Globex alone owns 5 of the 6 milestones, more than 80%.");
          assertThat(f.hint()).contains("Push Acme Corp to name their own steps");
        });
  }

  @Test
  void stepsOwnedByBothSidesDoNotCountAsTheSellers() {
    assertThat(findings("seller-share", ExamplePlans.acme())).isEmpty();
  }

  @Test
  void theShareCanBeConfiguredExactly() {
    RuleEngine engine = RuleEngine.builder()
        .override("seller-share",
            RuleOverride.builder().putParameter("maxShare", new BigDecimal("0.6")).build())
        .build();
    assertThat(findings(engine, "seller-share", TestPlans.withMilestones(5, 3),
        ExamplePlans.AS_OF)).isEmpty();
    assertThat(findings(engine, "seller-share", TestPlans.withMilestones(5, 4),
        ExamplePlans.AS_OF)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("more than 60%"));
  }

  @Test
  void theLightweightProfileSwitchesItOff() {
    assertThat(lightweightFindings("seller-share", TestPlans.withMilestones(3, 3))).isEmpty();
  }
}
