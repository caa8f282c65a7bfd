package io.mutualplan.rules;

import static io.mutualplan.core.fixtures.ExamplePlans.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.spi.Severity;
import org.junit.jupiter.api.Test;

class ExamplePlansReportTest {
  private final RuleEngine full = RuleEngine.builder().build();
  private final RuleEngine auto = RuleEngine.builder().profile(Profile.AUTO).build();

  @Test
  void theAcmeGoLivePlanIsReadyWithFullMarksAndNoFindings() {
    QualityReport report = full.evaluate(ExamplePlans.acme(), AS_OF);
    assertThat(report.findings()).isEmpty();
    assertThat(report.score()).isEqualTo(100);
    assertThat(report.verdict()).isEqualTo(Verdict.READY);
    assertThat(report.profile()).isEqualTo(Profile.FULL);
    assertThat(report.planId().value()).isEqualTo("acme-2027");
    assertThat(report.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void theAcmePlanIsCheckedWithTheFullProfileUnderAutoBecauseItsDealIsLarge() {
    assertThat(auto.evaluate(ExamplePlans.acme(), AS_OF))
        .isEqualTo(full.evaluate(ExamplePlans.acme(), AS_OF));
  }

  @Test
  void theClosePlanInDisguiseIsNotMutual() {
    QualityReport report = full.evaluate(ExamplePlans.closePlanInDisguise(), AS_OF);
    assertThat(report.verdict()).isEqualTo(Verdict.NOT_MUTUAL);
    assertThat(report.findingsOf("co-authored")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(report.findingsOf("both-sides-own-steps")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Nobody at Initech owns a step"));
    assertThat(report.score()).isZero();
  }

  @Test
  void theLightweightEmailPlanIsCheckedAsLightweightUnderAutoAndIsReady() {
    QualityReport report = auto.evaluate(ExamplePlans.lightweightEmailPlan(), AS_OF);
    assertThat(report.profile()).isEqualTo(Profile.LIGHTWEIGHT);
    assertThat(report.findings()).isEmpty();
    assertThat(report.verdict()).isEqualTo(Verdict.READY);
    assertThat(report.score()).isEqualTo(100);
  }
}
