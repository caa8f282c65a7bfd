package io.mutualplan.rules.internal;

import java.util.Locale;

/** The kebab-case spelling of the rules module's enumerations ({@code not-mutual}), in one place. */
public final class Spelling {
  private Spelling() {}

  /**
   * The spelling of a constant: lower case, {@code _} becomes {@code -}.
   *
   * @param value a constant
   * @return its spelling
   */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Finds the constant with a spelling.
   *
   * @param <E> the enumeration
   * @param type the enumeration's class
   * @param what what the value is, for the message ("severity")
   * @param text the spelling
   * @return the constant
   * @throws IllegalArgumentException listing every spelling when {@code text} is none of them
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
    StringBuilder allowed = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      String spelling = of(constant);
      if (spelling.equals(text)) {
        return constant;
      }
      allowed.append(allowed.length() == 0 ? "" : ", ").append(spelling);
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a " + what + "; expected one of: " + allowed);
  }
}
