package io.mutualplan.html.internal;

import io.mutualplan.core.Money;
import io.mutualplan.core.PlanLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How the pages write numbers for people: counts and amounts with thousands separators ({@code
 * 7,578}, {@code USD 120,000.50}) and shares as percentages; probabilities are written by {@link
 * io.mutualplan.forecast.Percent}, as the command line writes them. Always in the root locale, so
 * that a page's bytes do not depend on the machine's default locale.
 */
final class NumberWords {
  private NumberWords() {}

  /** A count, for example {@code 7,578}. */
  static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /**
   * A part of a whole in whole percent, rounded half up, for example {@code 76%}; {@code 0%} and
   * {@code 100%} only for none and all, so 2 plans of 491 are {@code <1%}, not "never" (as
   * probabilities say {@code <0.1%}).
   */
  static String share(long part, long whole) {
    long percent = whole == 0 ? 0 : Math.round(100.0 * part / whole);
    if (percent == 0 && part > 0) {
      return "<1%";
    }
    if (percent == 100 && part < whole) {
      return ">99%";
    }
    return percent + "%";
  }

  /**
   * A deal's value with its currency, the amount as precise as it was given, for example
   * {@code USD 120,000} or {@code EUR 9,999.50}.
   */
  static String money(Money money) {
    return money.currency() + " " + amount(money.amount());
  }

  /** A sum of money rounded to the cent for reading, for example {@code 1,234,567.89}. */
  static String cents(BigDecimal amount) {
    return amount(amount.setScale(2, RoundingMode.HALF_EVEN));
  }

  /** A number to a tenth, for example {@code 71.3}. */
  static String tenths(BigDecimal number) {
    return number.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String amount(BigDecimal amount) {
    long integerDigits = (long) amount.precision() - amount.scale();
    boolean plain = amount.scale() >= 0 && amount.scale() <= PlanLimits.MAX_AMOUNT_DIGITS
        && integerDigits <= PlanLimits.MAX_AMOUNT_DIGITS;
    // An amount a plan could not hold (built in code, not read) is written as Java writes it,
    // rather than as thousands of digits.
    return plain ? String.format(Locale.ROOT, "%,." + amount.scale() + "f", amount)
        : amount.toString();
  }
}
