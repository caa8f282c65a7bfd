package io.mutualplan.rules;

import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.ParameterType;
import io.mutualplan.rules.spi.RuleParameters;
import io.mutualplan.rules.spi.WordMatcher;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule's parameter values under one resolved configuration. Values have been checked against
 * their specs before they get here; integers and word matchers are prepared once, here, so that
 * checking a plan only reads them.
 */
final class ResolvedParameters implements RuleParameters {
  private final String ruleId;
  private final Map<String, ParameterSpec> specs = new HashMap<>();
  private final Map<String, Object> values;
  private final Map<String, Integer> integers = new HashMap<>();
  private final Map<String, WordMatcher> matchers = new HashMap<>();

  /**
   * Prepares the values.
   *
   * @param ruleId the rule's id, for messages
   * @param declared the rule's parameters
   * @param values a checked value for every declared parameter
   */
  ResolvedParameters(String ruleId, List<ParameterSpec> declared, Map<String, Object> values) {
    this.ruleId = ruleId;
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (ParameterSpec spec : declared) {
      Object value = values.get(spec.name());
      specs.put(spec.name(), spec);
      ordered.put(spec.name(), value);
      if (spec.type() == ParameterType.INTEGER) {
        integers.put(spec.name(), ((BigDecimal) value).intValueExact());
      } else if (spec.type() == ParameterType.WORDS) {
        @SuppressWarnings("unchecked")
        List<String> words = (List<String>) value;
        matchers.put(spec.name(), WordMatcher.of(words));
      }
    }
    this.values = Collections.unmodifiableMap(ordered);
  }

  @Override
  public BigDecimal number(String name) {
    ParameterSpec spec = spec(name);
    if (spec.type() == ParameterType.WORDS) {
      throw wrongType(spec, "number");
    }
    return (BigDecimal) values.get(name);
  }

  @Override
  public int integer(String name) {
    Integer value = integers.get(name);
    if (value == null) {
      throw wrongType(spec(name), "integer");
    }
    return value;
  }

  @Override
  public List<String> words(String name) {
    return wordMatcher(name).words();
  }

  @Override
  public WordMatcher wordMatcher(String name) {
    WordMatcher matcher = matchers.get(name);
    if (matcher == null) {
      throw wrongType(spec(name), "words");
    }
    return matcher;
  }

  @Override
  public Map<String, Object> values() {
    return values;
  }

  private ParameterSpec spec(String name) {
    ParameterSpec spec = specs.get(name);
    if (spec == null) {
      throw new IllegalArgumentException(
          "rule '" + ruleId + "' asked for parameter '" + name + "', which it does not declare");
    }
    return spec;
  }

  private IllegalArgumentException wrongType(ParameterSpec spec, String asked) {
    return new IllegalArgumentException(
        "rule '" + ruleId + "' asked for parameter '" + spec.name() + "' as " + asked
            + ", but it is declared as " + spec.type());
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
