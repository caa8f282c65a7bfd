package io.mutualplan.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kebab-case spelling of enumerated values in the plan format, in one place. */
final class Spellings {
  private Spellings() {}

  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Finds the constant spelled {@code text}, or throws an {@link InvalidPlanException} that lists
   * every allowed spelling.
   */
  static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(text)) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants()).map(Spellings::of).collect(Collectors.joining(", "));
    throw InvalidPlanException.of(
        "", "'" + text + "' is not a " + what + "; expected one of: " + allowed);
  }
}
