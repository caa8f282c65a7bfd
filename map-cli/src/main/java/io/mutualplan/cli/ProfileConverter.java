package io.mutualplan.cli;

import io.mutualplan.rules.Profile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --profile}: {@code full}, {@code lightweight} or {@code auto}. */
final class ProfileConverter implements ITypeConverter<Profile> {
  @Override
  public Profile convert(String value) {
    for (Profile profile : Profile.values()) {
      if (profile.spelling().equals(value)) {
        return profile;
      }
    }
    throw new TypeConversionException(
        "'" + value + "' is not a profile; expected full, lightweight or auto");
  }
}
