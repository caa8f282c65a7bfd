package io.mutualplan.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The settings' defaults and their usage errors, as the forecast spec gives them. */
class ForecastSettingsTest {

  @Test
  void defaultsToTenThousandTrialsSeedZeroTriangularOnOneThread() {
    ForecastSettings settings = ForecastSettings.defaults();

    assertThat(settings.trials()).isEqualTo(10_000);
    assertThat(settings.seed()).isZero();
    assertThat(settings.distribution()).isEqualTo(Distribution.TRIANGULAR);
    assertThat(settings.threads()).isEqualTo(1);
  }

  @Test
  void acceptsTrialsFromOneToAMillion() {
    assertThat(ForecastSettings.builder().trials(1).build().trials()).isEqualTo(1);
    assertThat(ForecastSettings.builder().trials(1_000_000).build().trials())
        .isEqualTo(1_000_000);
  }

  @Test
  void refusesTrialsOutsideOneToAMillion() {
    assertThatThrownBy(() -> ForecastSettings.builder().trials(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trials must be between 1 and 1,000,000; got 0");
    assertThatThrownBy(() -> ForecastSettings.builder().trials(1_000_001).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trials must be between 1 and 1,000,000; got 1000001");
    assertThatThrownBy(() -> ForecastSettings.defaults().withTrials(-5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNoThreadOrTooMany() {
    assertThatThrownBy(() -> ForecastSettings.builder().threads(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be between 1 and 256; got 0");
    assertThatThrownBy(() -> ForecastSettings.builder().threads(257).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ForecastSettings.builder().threads(256).build().threads()).isEqualTo(256);
  }

  @Test
  void readsEachDistributionByItsSpelling() {
    for (Distribution distribution : Distribution.values()) {
      assertThat(Distribution.parse(distribution.spelling())).isEqualTo(distribution);
    }
    assertThat(Distribution.TRIANGULAR.spelling()).isEqualTo("triangular");
    assertThat(Distribution.PERT).hasToString("pert");
  }

  @Test
  void anUnknownDistributionIsAUsageErrorThatNamesTheKnownOnes() {
    assertThatThrownBy(() -> Distribution.parse("normal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'normal' is not a distribution; expected triangular or pert");
    assertThatThrownBy(() -> Distribution.parse("PERT"))
        .hasMessage("'PERT' is not a distribution; expected triangular or pert");
    assertThatThrownBy(() -> Distribution.parse("x".repeat(40)))
        .hasMessage("'" + "x".repeat(40) + "' is not a distribution; expected triangular or pert");
    assertThatThrownBy(() -> Distribution.parse("x".repeat(41)))
        .hasMessage("a value of 41 characters is not a distribution; expected triangular or"
            + " pert");
    assertThatThrownBy(() -> Distribution.parse("x".repeat(10_000)))
        .hasMessage("a value of 10000 characters is not a distribution; expected triangular or"
            + " pert");
    assertThatThrownBy(() -> Distribution.parse(null))
        .isInstanceOf(NullPointerException.class).hasMessage("spelling");
  }
}
