package io.mutualplan.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The kebab-case spelling of enumerated values in the plan format, in one place. */
final class Spellings {
  /** Each enumeration's constants by spelling, built once: readers parse millions of values. */
  private static final ClassValue<Map<String, Enum<?>>> BY_SPELLING =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> bySpelling = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            bySpelling.put(of(value), value);
          }
          return Map.copyOf(bySpelling);
        }
      };

  private Spellings() {}

  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Finds the constant spelled {@code text}, or throws an {@link InvalidPlanException} that lists
   * every allowed spelling.
   */
  static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
    E constant = type.cast(BY_SPELLING.get(type).get(text));
    if (constant != null) {
      return constant;
    }
    String allowed =
        Arrays.stream(type.getEnumConstants()).map(Spellings::of).collect(Collectors.joining(", "));
    throw InvalidPlanException.of(
        "", "'" + text + "' is not a " + what + "; expected one of: " + allowed);
  }
}
