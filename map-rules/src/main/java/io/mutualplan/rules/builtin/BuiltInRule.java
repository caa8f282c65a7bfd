package io.mutualplan.rules.builtin;

import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleParameters;
import io.mutualplan.rules.spi.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The base of the built-in rules: their metadata in one place (id, default severity, summary,
 * parameters), what the {@code lightweight} profile changes about them, and checks of parameter
 * values that depend on each other.
 */
abstract class BuiltInRule implements QualityRule {
  /** The lightweight profile leaves the rule as it is. */
  static final LightweightChange SAME = LightweightChange.SAME;

  /** The lightweight profile switches the rule off. */
  static final LightweightChange OFF = LightweightChange.OFF;

  private final String id;
  private final Severity defaultSeverity;
  private final String summary;
  private final List<ParameterSpec> parameters;

  /**
   * Declares a built-in rule.
   *
   * @param id the rule's id, as in the rules table
   * @param defaultSeverity its severity under the full profile
   * @param summary what it reports, in one line
   * @param parameters its parameters with their full-profile defaults
   */
  BuiltInRule(
      String id, Severity defaultSeverity, String summary, ParameterSpec... parameters) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.summary = summary;
    this.parameters = List.of(parameters);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public final Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public final List<ParameterSpec> parameters() {
    return parameters;
  }

  /**
   * What the {@code lightweight} profile changes: the last column of the rules table.
   *
   * @return the change, applied before the user's configuration
   */
  LightweightChange lightweight() {
    return SAME;
  }

  /**
   * Checks parameter values against each other, once each value has passed its own checks.
   *
   * @param parameters the resolved values
   * @return what is wrong, or empty
   */
  Optional<String> checkParameters(RuleParameters parameters) {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
