package io.mutualplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutoProfileTest {
  private final RuleEngine auto = RuleEngine.builder().profile(Profile.AUTO).build();

  private static MutualActionPlan worth(String amount, String currency) {
    return ExamplePlans.acme().withDealValue(Money.of(new BigDecimal(amount), currency));
  }

  @Test
  void aDealBelowFifteenThousandIsLightweight() {
    assertThat(auto.profileFor(worth("14999.99", "USD"))).isEqualTo(Profile.LIGHTWEIGHT);
  }

  @Test
  void aDealOfExactlyFifteenThousandIsFull() {
    assertThat(auto.profileFor(worth("15000", "USD"))).isEqualTo(Profile.FULL);
    assertThat(auto.profileFor(worth("15000.00", "EUR"))).isEqualTo(Profile.FULL);
  }

  @Test
  void theThresholdIsInThePlansOwnCurrency() {
    assertThat(auto.profileFor(worth("4800", "EUR"))).isEqualTo(Profile.LIGHTWEIGHT);
    assertThat(auto.profileFor(worth("4800", "JPY"))).isEqualTo(Profile.LIGHTWEIGHT);
  }

  @Test
  void aPlanWithoutADealValueIsCheckedInFull() {
    MutualActionPlan plan = ExamplePlans.acme().withDealValue(Optional.<Money>empty());
    assertThat(auto.profileFor(plan)).isEqualTo(Profile.FULL);
    assertThat(auto.evaluate(plan, ExamplePlans.AS_OF).profile()).isEqualTo(Profile.FULL);
  }

  @Test
  void theThresholdCanBeChanged() {
    RuleEngine engine = RuleEngine.builder().profile(Profile.AUTO)
        .autoThreshold(new BigDecimal("5000")).build();
    assertThat(engine.profileFor(worth("4999", "USD"))).isEqualTo(Profile.LIGHTWEIGHT);
    assertThat(engine.profileFor(worth("5000", "USD"))).isEqualTo(Profile.FULL);
  }

  @Test
  void aFixedProfileIgnoresTheDealValue() {
    RuleEngine full = RuleEngine.builder().build();
    RuleEngine lightweight = RuleEngine.builder().profile(Profile.LIGHTWEIGHT).build();
    assertThat(full.profileFor(worth("1", "USD"))).isEqualTo(Profile.FULL);
    assertThat(lightweight.profileFor(worth("1000000", "USD"))).isEqualTo(Profile.LIGHTWEIGHT);
    assertThat(lightweight.evaluate(ExamplePlans.acme(), ExamplePlans.AS_OF).profile())
        .isEqualTo(Profile.LIGHTWEIGHT);
  }

  @Test
  void aThresholdOfZeroChecksEveryPlanWithADealValueInFull() {
    RuleEngine engine = RuleEngine.builder().profile(Profile.AUTO)
        .autoThreshold(BigDecimal.ZERO).build();
    assertThat(engine.profileFor(worth("0", "USD"))).isEqualTo(Profile.FULL);
    assertThatThrownBy(() -> RuleEngine.builder().autoThreshold(new BigDecimal("-0.01")))
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessageContaining("autoThreshold must be 0 or more, not -0.01");
  }
}
