package io.mutualplan.cli;

import io.mutualplan.html.Audience;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --audience}: {@code seller} or {@code buyer}. */
final class AudienceConverter implements ITypeConverter<Audience> {
  @Override
  public Audience convert(String value) {
    for (Audience audience : Audience.values()) {
      if (audience.spelling().equals(value)) {
        return audience;
      }
    }
    throw new TypeConversionException(
        "'" + value + "' is not an audience; expected seller or buyer");
  }
}
