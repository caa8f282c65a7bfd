package io.mutualplan.rules.spi;

/** The type of a rule parameter, and so which values a configuration may give it. */
public enum ParameterType {
  /** A decimal number, read exactly, for example {@code 0.8}. */
  NUMBER,
  /** A whole number that fits in an {@code int}, for example {@code 14}. */
  INTEGER,
  /**
   * A list of words or phrases, for example {@code ["tbd", "in progress"]}; each starts and ends
   * with a letter or digit.
   */
  WORDS;

  /**
   * How configuration documents and documentation name the type.
   *
   * @return {@code number}, {@code integer} or {@code words}
   */
  public String spelling() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return spelling();
  }
}
