package io.mutualplan.rules.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parameter a rule declares: its name, type, default value, an optional range, and a
 * description for the documentation.
 *
 * <pre>{@code
 * ParameterSpec.number("maxShare", new BigDecimal("0.8"),
 *         "the largest share of milestones the seller may own alone")
 *     .atLeast(BigDecimal.ZERO).atMost(BigDecimal.ONE);
 * ParameterSpec.integer("maxQuietDays", 14, "calendar days without a buyer edit").atLeast(0);
 * ParameterSpec.words("vagueTerms", List.of("tbd", "in progress"), "words that say nothing");
 * }</pre>
 *
 * <p>Values are represented as in a {@code RuleOverride}: numbers and integers as {@link
 * BigDecimal}, words as an unmodifiable {@code List<String>}.
 */
public final class ParameterSpec {
  private final String name;
  private final ParameterType type;
  private final Object defaultValue;
  private final String description;
  private final Optional<BigDecimal> minimum;
  private final Optional<BigDecimal> maximum;

  private ParameterSpec(
      String name,
      ParameterType type,
      Object defaultValue,
      String description,
      Optional<BigDecimal> minimum,
      Optional<BigDecimal> maximum) {
    this.name = name;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
    this.minimum = minimum;
    this.maximum = maximum;
    String problem = problemWith(defaultValue);
    if (problem != null) {
      throw new IllegalArgumentException("the default of parameter '" + name + "' " + problem);
    }
  }

  /**
   * A decimal number parameter.
   *
   * @param name the name, e.g. {@code maxShare}
   * @param defaultValue the default
   * @param description what it means, for the documentation
   * @return the parameter
   */
  public static ParameterSpec number(String name, BigDecimal defaultValue, String description) {
    return new ParameterSpec(
        checkName(name), ParameterType.NUMBER, Objects.requireNonNull(defaultValue, "defaultValue"),
        checkDescription(description), Optional.empty(), Optional.empty());
  }

  /**
   * A whole number parameter.
   *
   * @param name the name, e.g. {@code maxQuietDays}
   * @param defaultValue the default
   * @param description what it means, for the documentation
   * @return the parameter
   */
  public static ParameterSpec integer(String name, int defaultValue, String description) {
    return new ParameterSpec(
        checkName(name), ParameterType.INTEGER, BigDecimal.valueOf(defaultValue),
        checkDescription(description), Optional.empty(), Optional.empty());
  }

  /**
   * A list-of-words parameter. Each word or phrase starts and ends with a letter or digit; rules
   * usually match them as whole words, case-insensitively ({@link WordMatcher}).
   *
   * @param name the name, e.g. {@code vagueTerms}
   * @param defaultValue the default words
   * @param description what they mean, for the documentation
   * @return the parameter
   */
  public static ParameterSpec words(String name, List<String> defaultValue, String description) {
    Objects.requireNonNull(defaultValue, "defaultValue");
    for (String word : defaultValue) {
      Objects.requireNonNull(word, "defaultValue holds null");
    }
    return new ParameterSpec(
        checkName(name), ParameterType.WORDS, List.copyOf(defaultValue),
        checkDescription(description), Optional.empty(), Optional.empty());
  }

  /**
   * The same parameter with a lower bound (inclusive). Only for numbers and integers.
   *
   * @param minimum the smallest value allowed
   * @return the bounded parameter
   */
  public ParameterSpec atLeast(BigDecimal minimum) {
    requireNumeric();
    return new ParameterSpec(
        name, type, defaultValue, description, Optional.of(minimum), maximum);
  }

  /**
   * The same parameter with a lower bound (inclusive). Only for numbers and integers.
   *
   * @param minimum the smallest value allowed
   * @return the bounded parameter
   */
  public ParameterSpec atLeast(long minimum) {
    return atLeast(BigDecimal.valueOf(minimum));
  }

  /**
   * The same parameter with an upper bound (inclusive). Only for numbers and integers.
   *
   * @param maximum the largest value allowed
   * @return the bounded parameter
   */
  public ParameterSpec atMost(BigDecimal maximum) {
    requireNumeric();
    return new ParameterSpec(
        name, type, defaultValue, description, minimum, Optional.of(maximum));
  }

  /**
   * The same parameter with an upper bound (inclusive). Only for numbers and integers.
   *
   * @param maximum the largest value allowed
   * @return the bounded parameter
   */
  public ParameterSpec atMost(long maximum) {
    return atMost(BigDecimal.valueOf(maximum));
  }

  /**
   * The parameter's name, as configurations spell it.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The parameter's type.
   *
   * @return the type
   */
  public ParameterType type() {
    return type;
  }

  /**
   * The default value: a {@link BigDecimal} for numbers and integers, an unmodifiable {@code
   * List<String>} for words.
   *
   * @return the default
   */
  public Object defaultValue() {
    return defaultValue;
  }

  /**
   * What the parameter means.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The smallest value allowed.
   *
   * @return the lower bound, inclusive, if any
   */
  public Optional<BigDecimal> minimum() {
    return minimum;
  }

  /**
   * The largest value allowed.
   *
   * @return the upper bound, inclusive, if any
   */
  public Optional<BigDecimal> maximum() {
    return maximum;
  }

  /**
   * Says what is wrong with a value for this parameter, in words a configuration's author
   * understands.
   *
   * @param value a value as a {@code RuleOverride} holds it
   * @return the problem ("must be a whole number, not 2.5"), or empty when the value suits
   */
  public Optional<String> checkValue(Object value) {
    return Optional.ofNullable(problemWith(value));
  }

  private String problemWith(Object value) {
    switch (type) {
      case NUMBER:
      case INTEGER:
        if (!(value instanceof BigDecimal)) {
          return "must be a number, not " + describe(value);
        }
        BigDecimal number = (BigDecimal) value;
        if (type == ParameterType.INTEGER && !isInt(number)) {
          // A whole number too large for an int is not "not a whole number": say what is wrong.
          return number.stripTrailingZeros().scale() <= 0
              ? "must be between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ", not "
                  + number.toPlainString()
              : "must be a whole number, not " + number.toPlainString();
        }
        if (minimum.isPresent() && number.compareTo(minimum.get()) < 0) {
          return "must be at least " + minimum.get().toPlainString() + ", not "
              + number.toPlainString();
        }
        if (maximum.isPresent() && number.compareTo(maximum.get()) > 0) {
          return "must be at most " + maximum.get().toPlainString() + ", not "
              + number.toPlainString();
        }
        return null;
      case WORDS:
        if (!(value instanceof List)) {
          return "must be a list of words, not " + describe(value);
        }
        for (Object word : (List<?>) value) {
          if (!(word instanceof String)) {
            return "must be a list of words, but it holds " + describe(word);
          }
          String problem = WordMatcher.problemWith((String) word);
          if (problem != null) {
            return "has a word that " + problem;
          }
        }
        return null;
      default:
        throw new AssertionError(type);
    }
  }

  private static boolean isInt(BigDecimal number) {
    try {
      number.intValueExact();
      return true;
    } catch (ArithmeticException notAnInt) {
      return false;
    }
  }

  private static String describe(Object value) {
    if (value instanceof String) {
      return "the text '" + value + "'";
    }
    if (value instanceof BigDecimal) {
      return "the number " + ((BigDecimal) value).toPlainString();
    }
    if (value instanceof List) {
      return "a list";
    }
    return String.valueOf(value);
  }

  private void requireNumeric() {
    if (type == ParameterType.WORDS) {
      throw new IllegalStateException("parameter '" + name + "' is a list of words; it has no range");
    }
  }

  private static String checkName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a parameter needs a name");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        throw new IllegalArgumentException(
            "'" + name + "' is not a parameter name: use letters and digits, camelCase");
      }
    }
    return name;
  }

  private static String checkDescription(String description) {
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("a parameter needs a description");
    }
    return description;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ParameterSpec)) {
      return false;
    }
    ParameterSpec that = (ParameterSpec) other;
    return name.equals(that.name)
        && type == that.type
        && defaultValue.equals(that.defaultValue)
        && description.equals(that.description)
        && minimum.equals(that.minimum)
        && maximum.equals(that.maximum);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, defaultValue, description, minimum, maximum);
  }

  @Override
  public String toString() {
    Object shown = defaultValue instanceof BigDecimal
        ? ((BigDecimal) defaultValue).toPlainString()
        : defaultValue;
    return name + " (" + type + ", default " + shown + ")";
  }
}
