package io.mutualplan.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A forecast's fraction (a probability, a criticality) as a percentage people read, the way the
 * {@code map} command and the plan's page write it: to a tenth of a percent, and never rounded to
 * a certainty that the trials did not show.
 *
 * <pre>{@code
 * Percent.of(0.9984);   // "99.8%"
 * Percent.of(0.5);      // "50%"
 * Percent.of(0.9996);   // ">99.9%": some trials were late, so not "100%"
 * Percent.of(0.0001);   // "<0.1%"
 * }</pre>
 */
public final class Percent {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percent() {}

  /**
   * A fraction as a percentage: rounded to one decimal place (half even, as the forecast rounds),
   * without a trailing {@code .0}; {@code 100%} and {@code 0%} only for exactly 1 and 0, so that
   * "100%" always means every trial.
   *
   * @param fraction a fraction from 0 to 1
   * @return the percentage, for example {@code 94.1%}
   * @throws IllegalArgumentException when the fraction is not from 0 to 1
   */
  public static String of(double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("a fraction is from 0 to 1; got " + fraction);
    }
    BigDecimal percent = BigDecimal.valueOf(fraction).movePointRight(2)
        .setScale(1, RoundingMode.HALF_EVEN);
    if (percent.compareTo(HUNDRED) == 0 && fraction < 1) {
      return ">99.9%";
    }
    if (percent.signum() == 0 && fraction > 0) {
      return "<0.1%";
    }
    return percent.stripTrailingZeros().toPlainString() + "%";
  }
}
