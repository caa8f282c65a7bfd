package io.mutualplan.forecast;

import java.time.LocalDate;

/**
 * The confidence levels a forecast reports, and the checks its values share: quantiles at higher
 * levels are never earlier, and fractions lie in their range.
 */
final class Confidence {
  private Confidence() {}

  /** Dates at increasing confidence levels must not go backwards. */
  static void requireOrdered(String what, LocalDate... dates) {
    for (int i = 1; i < dates.length; i++) {
      if (dates[i].isBefore(dates[i - 1])) {
        throw new IllegalArgumentException(what + ": a date at a higher confidence level, "
            + dates[i] + ", is before one at a lower level, " + dates[i - 1]);
      }
    }
  }

  /** A fraction of trials lies in [0, 1]. */
  static void requireFraction(String what, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(what + " is a fraction of trials, from 0 to 1; got "
          + value);
    }
  }
}
