package io.mutualplan.cli;

import io.mutualplan.html.Audience;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --audience}: {@code seller} or {@code buyer}, as the library spells them. */
final class AudienceConverter implements ITypeConverter<Audience> {
  @Override
  public Audience convert(String value) {
    try {
      return Audience.parse(value);
    } catch (IllegalArgumentException e) {
      // The library's message names the value and the audiences there are.
      throw new TypeConversionException(e.getMessage());
    }
  }
}
