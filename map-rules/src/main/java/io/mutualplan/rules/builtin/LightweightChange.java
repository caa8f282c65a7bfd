package io.mutualplan.rules.builtin;

import io.mutualplan.rules.spi.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@code lightweight} profile changes about one built-in rule: the last column of the
 * rules table. The engine applies it on top of the rule's defaults and under the user's
 * configuration.
 *
 * @param enabled false when the profile switches the rule off
 * @param severity the severity the profile gives the rule's findings, or empty to keep the default
 * @param parameters the parameter values the profile changes, by name, in the representation of
 *     {@link io.mutualplan.rules.spi.ParameterSpec} (numbers as {@link java.math.BigDecimal})
 */
public record LightweightChange(
    boolean enabled, Optional<Severity> severity, Map<String, Object> parameters) {
  /** The profile leaves the rule as it is. */
  static final LightweightChange SAME = new LightweightChange(true, Optional.empty(), Map.of());

  /** The profile switches the rule off. */
  static final LightweightChange OFF = new LightweightChange(false, Optional.empty(), Map.of());

  /**
   * Checks and copies the parts.
   *
   * @param enabled false when the profile switches the rule off
   * @param severity the severity it gives the rule's findings, or empty
   * @param parameters the parameter values it changes, in order
   */
  public LightweightChange {
    Objects.requireNonNull(severity, "severity");
    // Kept in the order given: the rule pages list the changed parameters in that order.
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** The profile gives the rule's findings another severity. */
  static LightweightChange toSeverity(Severity severity) {
    return new LightweightChange(true, Optional.of(severity), Map.of());
  }

  /** The profile changes some parameter values. */
  static LightweightChange toParameters(Map<String, Object> parameters) {
    return new LightweightChange(true, Optional.empty(), parameters);
  }
}
