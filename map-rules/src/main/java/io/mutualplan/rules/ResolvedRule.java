package io.mutualplan.rules;

import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.Severity;

/**
 * A rule as one profile and configuration run it: enabled, with its severity and parameter
 * values. The id is read from the rule once, when the engine is built.
 */
final class ResolvedRule {
  private final QualityRule rule;
  private final String id;
  private final Severity severity;
  private final ResolvedParameters parameters;

  /**
   * Creates the resolved rule.
   *
   * @param rule the rule
   * @param id its id
   * @param severity its severity under this configuration
   * @param parameters its parameter values under this configuration
   */
  ResolvedRule(
      QualityRule rule, String id, Severity severity, ResolvedParameters parameters) {
    this.rule = rule;
    this.id = id;
    this.severity = severity;
    this.parameters = parameters;
  }

  /**
   * The rule.
   *
   * @return the rule
   */
  QualityRule rule() {
    return rule;
  }

  /**
   * The rule's id.
   *
   * @return the id
   */
  String id() {
    return id;
  }

  /**
   * The severity of its findings.
   *
   * @return the severity
   */
  Severity severity() {
    return severity;
  }

  /**
   * Its parameter values.
   *
   * @return the parameters
   */
  ResolvedParameters parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return id + " (" + severity + ", " + parameters + ")";
  }
}
