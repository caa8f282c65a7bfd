package io.mutualplan.core;

import io.mutualplan.core.internal.PlanStyle;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/** An amount of money, read exactly (no binary floating point), for example the deal's value. */
@Value.Immutable
@PlanStyle
abstract class AbstractMoney {
  /**
   * The amount, {@code >= 0}.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * The ISO-4217 currency code, for example {@code USD}.
   *
   * @return the currency code
   */
  @Value.Parameter
  public abstract String currency();

  /**
   * Keeps amounts in plain notation ({@code 1E+5} becomes {@code 100000}), so that writing and
   * reading an amount gives back an equal value.
   *
   * @return this, or the normalized value
   */
  @Value.Check
  AbstractMoney normalize() {
    // Only amounts the plan format accepts are expanded: 1E+999999999 would take a billion digits.
    if (amount().scale() < 0 && integerDigits(amount()) <= PlanLimits.MAX_AMOUNT_DIGITS) {
      return Money.of(amount().setScale(0), currency());
    }
    return this;
  }

  /**
   * What is wrong with a text given as a currency code: a plan's deal value and a portfolio's sums
   * by currency take the same codes, three capital letters that name an ISO-4217 currency the JDK
   * knows.
   *
   * <pre>{@code
   * Money.currencyProblem("EUR");   // empty
   * Money.currencyProblem("usd");   // "'usd' is not an ISO-4217 currency code, such as USD or EUR"
   * }</pre>
   *
   * @param code the text
   * @return the problem, or empty when the text is a currency code
   */
  public static Optional<String> currencyProblem(String code) {
    if (isCurrencyCode(code)) {
      return Optional.empty();
    }
    return Optional.of("'" + Texts.abbreviate(code)
        + "' is not an ISO-4217 currency code, such as USD or EUR");
  }

  private static boolean isCurrencyCode(String code) {
    if (code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** How many digits an amount has before its decimal point. */
  static long integerDigits(BigDecimal amount) {
    return (long) amount.precision() - amount.scale();
  }
}
