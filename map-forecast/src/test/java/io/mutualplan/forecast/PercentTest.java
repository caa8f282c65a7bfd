package io.mutualplan.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** A forecast's fractions as people read them: to a tenth of a percent, never a false certainty. */
class PercentTest {

  @Test
  void writesAFractionToATenthOfAPercentWithoutATrailingZero() {
    assertThat(Percent.of(0.9984)).isEqualTo("99.8%");
    assertThat(Percent.of(0.9412)).isEqualTo("94.1%");
    assertThat(Percent.of(0.5)).isEqualTo("50%");
    assertThat(Percent.of(0.8123)).isEqualTo("81.2%");
    assertThat(Percent.of(0.0105)).isEqualTo("1%");
    assertThat(Percent.of(0.0115)).isEqualTo("1.2%");
  }

  @Test
  void saysOneHundredAndZeroPercentOnlyForEveryTrialAndNone() {
    assertThat(Percent.of(1)).isEqualTo("100%");
    assertThat(Percent.of(0)).isEqualTo("0%");
    assertThat(Percent.of(0.9996)).isEqualTo(">99.9%");
    assertThat(Percent.of(0.9995)).isEqualTo(">99.9%");
    assertThat(Percent.of(0.0004)).isEqualTo("<0.1%");
    assertThat(Percent.of(0.0001)).isEqualTo("<0.1%");
  }

  /** Every fraction a forecast holds reads as its own percentage, rounded half even. */
  @Test
  void everyFourPlaceFractionReadsAsItsPercentage() {
    for (int k = 1; k < 10_000; k++) {
      double fraction = BigDecimal.valueOf(k)
          .divide(BigDecimal.valueOf(10_000), 4, RoundingMode.HALF_EVEN).doubleValue();
      BigDecimal rounded = BigDecimal.valueOf(k, 2).setScale(1, RoundingMode.HALF_EVEN);
      String percent = Percent.of(fraction);
      if (rounded.signum() == 0) {
        assertThat(percent).as("%d in 10,000", k).isEqualTo("<0.1%");
      } else if (rounded.compareTo(BigDecimal.valueOf(100)) == 0) {
        assertThat(percent).as("%d in 10,000", k).isEqualTo(">99.9%");
      } else {
        assertThat(percent).as("%d in 10,000", k)
            .isEqualTo(rounded.stripTrailingZeros().toPlainString() + "%");
      }
    }
  }

  /**
   * A count reads as the forecast's four-place fraction of it does, but for the two certainties:
   * past 20,000 trials a few late ones round the fraction to 1, and the count still tells.
   */
  @Test
  void aCountOutOfATotalSaysOneHundredPercentOnlyForAllOfIt() {
    assertThat(Percent.of(39_998, 40_000)).isEqualTo(">99.9%");
    assertThat(Percent.of(2, 40_000)).isEqualTo("<0.1%");
    assertThat(Percent.of(40_000, 40_000)).isEqualTo("100%");
    assertThat(Percent.of(0, 40_000)).isEqualTo("0%");
    assertThat(Percent.of(1, 1)).isEqualTo("100%");
    for (int total : new int[] {1, 7, 999, 10_000, 20_001, 1_000_000}) {
      for (int count = 1; count < total; count += Math.max(1, total / 997)) {
        double fraction = BigDecimal.valueOf(count)
            .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN).doubleValue();
        if (fraction > 0 && fraction < 1) {
          assertThat(Percent.of(count, total)).as("%d of %d", count, total)
              .isEqualTo(Percent.of(fraction));
        }
      }
    }
  }

  @Test
  void refusesACountOutsideItsTotal() {
    assertThatThrownBy(() -> Percent.of(3, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a count is from 0 to its total, at least 1; got 3 of 2");
    assertThatThrownBy(() -> Percent.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percent.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesWhatIsNotAFraction() {
    assertThatThrownBy(() -> Percent.of(1.01)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fraction is from 0 to 1; got 1.01");
    assertThatThrownBy(() -> Percent.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percent.of(-0.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
