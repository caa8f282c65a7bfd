package io.mutualplan.html.internal;

import java.math.BigDecimal;

/** A coordinate written for SVG: to a tenth of a unit, the same on every machine and locale. */
public final class SvgNumber {
  private SvgNumber() {}

  /**
   * Writes a coordinate.
   *
   * @param value a coordinate, a length or a size
   * @return the value rounded to one decimal, without a trailing {@code .0}, for example {@code 12.5}
   */
  public static String of(double value) {
    long tenths = Math.round(value * 10);
    return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
  }
}
