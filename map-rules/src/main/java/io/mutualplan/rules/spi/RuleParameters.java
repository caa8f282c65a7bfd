package io.mutualplan.rules.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A rule's parameter values for one evaluation: the declared defaults, changed by the profile and
 * the configuration, already checked against each {@link ParameterSpec}.
 *
 * <p>Asking for a parameter the rule did not declare, or with the getter of another type, is a bug
 * in the rule and throws {@link IllegalArgumentException}.
 */
public interface RuleParameters {
  /**
   * A {@link ParameterType#NUMBER} or {@link ParameterType#INTEGER} parameter.
   *
   * @param name the parameter's name
   * @return its value, exact
   */
  BigDecimal number(String name);

  /**
   * An {@link ParameterType#INTEGER} parameter.
   *
   * @param name the parameter's name
   * @return its value
   */
  int integer(String name);

  /**
   * A {@link ParameterType#WORDS} parameter.
   *
   * @param name the parameter's name
   * @return its words and phrases, as configured
   */
  List<String> words(String name);

  /**
   * A {@link ParameterType#WORDS} parameter as a matcher, compiled once per resolved
   * configuration rather than on every check.
   *
   * @param name the parameter's name
   * @return the matcher for its words
   */
  WordMatcher wordMatcher(String name);

  /**
   * Every parameter's value, in declaration order: {@link BigDecimal} for numbers and integers,
   * {@code List<String>} for words.
   *
   * @return the values by name
   */
  Map<String, Object> values();
}
