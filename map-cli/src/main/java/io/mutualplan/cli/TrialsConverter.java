package io.mutualplan.cli;

import io.mutualplan.forecast.ForecastSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --trials N}: a whole number of trials, in the range the forecast's own settings
 * accept (1 to 1,000,000), which say so in their words.
 */
final class TrialsConverter implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    int trials;
    try {
      trials = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new TypeConversionException(value.matches("[+-]?[0-9]+")
          ? "trials must be between 1 and 1,000,000; got " + value
          : "'" + value + "' is not a whole number of trials, such as 10000");
    }
    try {
      return ForecastSettings.builder().trials(trials).build().trials();
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
