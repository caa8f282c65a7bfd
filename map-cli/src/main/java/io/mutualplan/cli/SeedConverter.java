package io.mutualplan.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --seed S}: any whole number that fits in 64 bits, negative ones included. */
final class SeedConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a seed; a seed is a whole number"
          + " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", such as 42");
    }
  }
}
