package io.mutualplan.cli;

import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.MilestoneForecast;
import io.mutualplan.forecast.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A forecast's figures as {@code map forecast}'s text and markdown write them: criticality in
 * percent, sensitivity to two decimals, counts of trials with thousands separated, and the
 * options that reproduce the forecast.
 */
final class ForecastFigures {
  private static final String NONE = "-";

  private ForecastFigures() {}

  /** How often the milestone was critical, for example {@code 81.2%}. */
  static String criticality(MilestoneForecast line) {
    return Percent.of(line.criticality());
  }

  /** The milestone's sensitivity to two decimals, for example {@code 0.73}; {@code -} for none. */
  static String sensitivity(MilestoneForecast line) {
    if (line.sensitivity().isEmpty()) {
      return NONE;
    }
    // BigDecimal has no negative zero: -0.001 shows as 0.00, not -0.00.
    return BigDecimal.valueOf(line.sensitivity().getAsDouble())
        .setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A whole number with thousands separated by commas, such as {@code 10,000}. */
  static String thousands(long number) {
    return String.format(Locale.ROOT, "%,d", number);
  }

  /** The options that reproduce the forecast: {@code 10,000 trials, seed 0, triangular durations}. */
  static String settings(Forecast forecast) {
    return thousands(forecast.trials())
        + (forecast.trials() == 1 ? " trial" : " trials") + ", seed " + forecast.seed() + ", "
        + forecast.distribution().spelling() + " durations.";
  }
}
