package io.mutualplan.rules.spi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a profile changes about a rule: whether it runs, the severity of its findings, and
 * parameter values. A rule says what the {@code lightweight} profile changes about it through
 * {@link QualityRule#lightweight()}; the engine applies the change on top of the rule's defaults
 * and under a configuration's override for the rule.
 *
 * <pre>{@code
 * ProfileChange.off();                                      // the profile skips the rule
 * ProfileChange.none().withSeverity(Severity.WARNING);      // milder findings
 * ProfileChange.none().withParameter("min", 1).withParameter("max", 3);
 * }</pre>
 *
 * <p>Parameter values are in the representation of {@link ParameterSpec}: a {@link BigDecimal}
 * for numbers and integers, an unmodifiable {@code List<String>} for words. Whether they suit the
 * rule's parameters is checked when an engine is built.
 *
 * @param enabled false when the profile switches the rule off
 * @param severity the severity the profile gives the rule's findings, or empty to keep the default
 * @param parameters the parameter values the profile changes, by name, in the order given
 */
public record ProfileChange(
    boolean enabled, Optional<Severity> severity, Map<String, Object> parameters) {
  private static final ProfileChange NONE = new ProfileChange(true, Optional.empty(), Map.of());
  private static final ProfileChange OFF = new ProfileChange(false, Optional.empty(), Map.of());

  /**
   * Checks and copies the parts.
   *
   * @param enabled false when the profile switches the rule off
   * @param severity the severity the profile gives the rule's findings, or empty
   * @param parameters the parameter values it changes, in order
   */
  public ProfileChange {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(parameters, "parameters");
    // Kept in the order given: the rule pages list the changed parameters in that order.
    Map<String, Object> copy = new LinkedHashMap<>();
    parameters.forEach((name, value) -> copy.put(
        Objects.requireNonNull(name, "parameter name"),
        Objects.requireNonNull(value, () -> "the value of parameter '" + name + "'")));
    parameters = Collections.unmodifiableMap(copy);
  }

  /**
   * The profile leaves the rule as it is.
   *
   * @return no change
   */
  public static ProfileChange none() {
    return NONE;
  }

  /**
   * The profile switches the rule off.
   *
   * @return the change
   */
  public static ProfileChange off() {
    return OFF;
  }

  /**
   * The same change, with the rule's findings at another severity.
   *
   * @param severity the severity under the profile
   * @return the changed change
   */
  public ProfileChange withSeverity(Severity severity) {
    return new ProfileChange(enabled, Optional.of(severity), parameters);
  }

  /**
   * The same change, with a number or integer parameter set.
   *
   * @param name the parameter's name
   * @param value its value under the profile
   * @return the changed change
   */
  public ProfileChange withParameter(String name, BigDecimal value) {
    return withValue(name, value);
  }

  /**
   * The same change, with a number or integer parameter set.
   *
   * @param name the parameter's name
   * @param value its value under the profile
   * @return the changed change
   */
  public ProfileChange withParameter(String name, long value) {
    return withValue(name, BigDecimal.valueOf(value));
  }

  /**
   * The same change, with a words parameter set.
   *
   * @param name the parameter's name
   * @param words its words under the profile
   * @return the changed change
   */
  public ProfileChange withParameter(String name, List<String> words) {
    return withValue(name, List.copyOf(words));
  }

  private ProfileChange withValue(String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(parameters);
    changed.put(name, value);
    return new ProfileChange(enabled, severity, changed);
  }
}
