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
 * Percent.of(39_998, 40_000);   // ">99.9%": two trials were late
 * }</pre>
 *
 * <p>A forecast keeps its fractions rounded to four decimal places, so a fraction alone cannot
 * tell "every trial" from "all but a few in more than 20,000": where the counts are known (the
 * trials on time), {@link #of(long, long)} says which.
 */
public final class Percent {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percent() {}

  /**
   * A fraction as a percentage: rounded to one decimal place (half even, as the forecast rounds),
   * without a trailing {@code .0}; {@code 100%} and {@code 0%} only for exactly 1 and 0.
   *
   * @param fraction a fraction from 0 to 1
   * @return the percentage, for example {@code 94.1%}
   * @throws IllegalArgumentException when the fraction is not from 0 to 1
   */
  public static String of(double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("a fraction is from 0 to 1; got " + fraction);
    }
    return written(BigDecimal.valueOf(fraction).movePointRight(2), fraction == 1, fraction == 0);
  }

  /**
   * A count out of a total as a percentage, written as {@link #of(double)} writes a fraction:
   * {@code 100%} only when the count is the whole total, {@code 0%} only when it is none.
   *
   * @param count how many, from 0 to {@code total}
   * @param total out of how many, at least 1
   * @return the percentage, for example {@code >99.9%} for 39,998 of 40,000
   * @throws IllegalArgumentException when the total is below 1 or the count is outside 0 to it
   */
  public static String of(long count, long total) {
    if (total < 1 || count < 0 || count > total) {
      throw new IllegalArgumentException("a count is from 0 to its total, at least 1; got "
          + count + " of " + total);
    }
    // First to four places of the fraction, as the forecast rounds it, so that both say the same.
    BigDecimal percent = BigDecimal.valueOf(count).movePointRight(2)
        .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_EVEN);
    return written(percent, count == total, count == 0);
  }

  private static String written(BigDecimal percent, boolean all, boolean none) {
    BigDecimal rounded = percent.setScale(1, RoundingMode.HALF_EVEN);
    if (rounded.compareTo(HUNDRED) == 0 && !all) {
      return ">99.9%";
    }
    if (rounded.signum() == 0 && !none) {
      return "<0.1%";
    }
    return rounded.stripTrailingZeros().toPlainString() + "%";
  }
}
