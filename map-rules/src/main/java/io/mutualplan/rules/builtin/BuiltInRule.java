package io.mutualplan.rules.builtin;

import io.mutualplan.rules.spi.ParameterSpec;
import io.mutualplan.rules.spi.ProfileChange;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.Severity;
import java.util.List;

/**
 * The base of the built-in rules: their metadata in one place (id, default severity, summary,
 * parameters). What the {@code lightweight} profile changes about them is a column of the table
 * in {@link BuiltInRules}, as it is in the rules table.
 */
abstract class BuiltInRule implements QualityRule {
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

  @Override
  public final ProfileChange lightweight() {
    return BuiltInRules.lightweight(id);
  }

  @Override
  public String toString() {
    return id;
  }
}
