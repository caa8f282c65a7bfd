package io.mutualplan.rules;

import io.mutualplan.core.Pointers;
import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with a rule configuration: where it is, as a JSON Pointer into the
 * configuration's document, and what, in a sentence a person understands.
 *
 * <p>The pointer names the setting at fault: {@code /rules/sellers-share} for a rule id that no
 * rule has, {@code /rules/seller-share/parameters/maxShare} for a parameter the rule lacks or a
 * value it cannot take, {@code /rules/seller-share/parameters} for parameters that do not fit
 * together, {@code /autoThreshold} for a negative threshold. It is {@code ""}, the whole
 * configuration, for a problem that no setting causes, such as a rule that cannot be loaded. A
 * program that read the configuration from a file can turn the pointer into a line and a column
 * (map-json's {@code JsonDocuments.place} does).
 *
 * @param pointer the JSON Pointer of the setting at fault, {@code ""} when no setting is
 * @param message what is wrong, naming the rule and the parameter concerned
 */
public record RuleConfigurationProblem(String pointer, String message) implements Serializable {
  /**
   * Creates a problem.
   *
   * @param pointer the JSON Pointer of the setting at fault, {@code ""} when no setting is
   * @param message what is wrong
   */
  public RuleConfigurationProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** A problem that no one setting of the configuration causes. */
  static RuleConfigurationProblem ofConfiguration(String message) {
    return new RuleConfigurationProblem("", message);
  }

  /** A problem with a rule's settings as a whole, such as a rule id that no rule has. */
  static RuleConfigurationProblem ofRule(String ruleId, String message) {
    return new RuleConfigurationProblem(rule(ruleId), message);
  }

  /** A problem with a rule's parameters taken together. */
  static RuleConfigurationProblem ofParameters(String ruleId, String message) {
    return new RuleConfigurationProblem(rule(ruleId) + "/parameters", message);
  }

  /** A problem with one parameter of a rule: one the rule lacks, or a value it cannot take. */
  static RuleConfigurationProblem ofParameter(String ruleId, String parameter, String message) {
    return new RuleConfigurationProblem(
        rule(ruleId) + "/parameters/" + Pointers.escape(parameter), message);
  }

  private static String rule(String ruleId) {
    return "/rules/" + Pointers.escape(ruleId);
  }

  /**
   * The problem on one line: {@code /rules/seller-share/parameters/maxShare: parameter 'maxShare'
   * of rule 'seller-share' must be at most 1, not 1.5}; the message alone when no setting is at
   * fault.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return pointer.isEmpty() ? message : pointer + ": " + message;
  }
}
