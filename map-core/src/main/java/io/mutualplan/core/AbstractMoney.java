package io.mutualplan.core;

import io.mutualplan.core.internal.PlanStyle;
import java.math.BigDecimal;
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

  /** How many digits an amount has before its decimal point. */
  static long integerDigits(BigDecimal amount) {
    return (long) amount.precision() - amount.scale();
  }
}
