package io.mutualplan.cli;

import io.mutualplan.forecast.Distribution;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --distribution}: {@code triangular} or {@code pert}, as the library spells them. */
final class DistributionConverter implements ITypeConverter<Distribution> {
  @Override
  public Distribution convert(String value) {
    try {
      return Distribution.parse(value);
    } catch (IllegalArgumentException e) {
      // The library's message names the value and the distributions there are.
      throw new TypeConversionException(e.getMessage());
    }
  }
}
