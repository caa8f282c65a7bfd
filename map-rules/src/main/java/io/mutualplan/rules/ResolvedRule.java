package io.mutualplan.rules;

import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.Severity;

/**
 * A rule as one profile and configuration run it: enabled, with its severity and parameter
 * values. The id is read from the rule once, when the engine is built.
 *
 * @param rule the rule
 * @param id its id
 * @param severity the severity of its findings under this configuration
 * @param parameters its parameter values under this configuration
 */
record ResolvedRule(
    QualityRule rule, String id, Severity severity, ResolvedParameters parameters) {
  @Override
  public String toString() {
    return id + " (" + severity + ", " + parameters + ")";
  }
}
