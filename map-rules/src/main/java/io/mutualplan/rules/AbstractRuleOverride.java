package io.mutualplan.rules;

import io.mutualplan.rules.internal.RulesStyle;
import io.mutualplan.rules.spi.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a configuration changes about one rule: whether it runs, its severity, and parameter
 * values. Anything left out keeps the value of the profile.
 *
 * <pre>{@code
 * RuleOverride.builder()
 *     .severity(Severity.ERROR)
 *     .putParameter("maxShare", new BigDecimal("0.7"))
 *     .build();
 * }</pre>
 *
 * <p>A parameter value is a number ({@link java.math.BigDecimal}; other {@link Number}s are converted
 * exactly), a text, or a list of texts. Whether it suits the parameter is checked when the engine
 * is built, against the rule's declared parameters.
 */
@Value.Immutable
@RulesStyle
abstract class AbstractRuleOverride {
  /**
   * Whether the rule runs.
   *
   * @return true or false, or empty to keep the profile's choice
   */
  public abstract Optional<Boolean> enabled();

  /**
   * The severity of the rule's findings.
   *
   * @return the severity, or empty to keep the profile's
   */
  public abstract Optional<Severity> severity();

  /**
   * Parameter values by parameter name, in the order given.
   *
   * @return the values: {@link java.math.BigDecimal}, {@link String} or {@code List<String>}
   */
  public abstract Map<String, Object> parameters();

  /**
   * Applies another override on top of this one: its values win where it has them; parameters
   * are merged.
   *
   * @param later the override applied after this one
   * @return the combined override
   */
  public RuleOverride then(RuleOverride later) {
    Map<String, Object> parameters = new LinkedHashMap<>(parameters());
    parameters.putAll(later.parameters());
    return RuleOverride.builder()
        .enabled(later.enabled().isPresent() ? later.enabled() : enabled())
        .severity(later.severity().isPresent() ? later.severity() : severity())
        .parameters(parameters)
        .build();
  }

  /**
   * Brings parameter values to one representation (every number a {@link java.math.BigDecimal}, every list
   * an unmodifiable list of texts), so that equal configurations are equal values.
   */
  @Value.Check
  AbstractRuleOverride normalize() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    boolean normal = true;
    for (Map.Entry<String, Object> entry : parameters().entrySet()) {
      Object value = normalized(entry.getKey(), entry.getValue());
      normal &= value == entry.getValue();
      parameters.put(entry.getKey(), value);
    }
    return normal ? this : RuleOverride.copyOf(this).withParameters(parameters);
  }

  /** A value in its one representation: the value itself when it already is in it. */
  private static Object normalized(String name, Object value) {
    if (value instanceof BigDecimal || value instanceof String) {
      return value;
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw new RuleConfigurationException(
            "parameter '" + name + "' is " + value + ", which is not a number");
      }
    }
    if (value instanceof Number) {
      // Through the decimal text, so 0.8 stays 0.8 and does not become 0.8000000000000000444.
      return new BigDecimal(value.toString());
    }
    if (value instanceof List) {
      for (Object element : (List<?>) value) {
        if (!(element instanceof String)) {
          throw new RuleConfigurationException(
              "parameter '" + name + "' is a list, so every entry must be a text; "
                  + (element == null ? "null" : "'" + element + "'") + " is not");
        }
      }
      // The same list when it already is an unmodifiable JDK list.
      return List.copyOf((List<?>) value);
    }
    throw new RuleConfigurationException(
        "parameter '" + name + "' must be a number, a text or a list of texts, not "
            + (value == null ? "null" : value.getClass().getSimpleName() + " " + value));
  }
}
