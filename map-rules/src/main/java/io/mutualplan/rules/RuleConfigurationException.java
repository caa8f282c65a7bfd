package io.mutualplan.rules;

import io.mutualplan.core.Texts;
import java.util.List;

/**
 * A rule configuration that cannot be applied: an unknown rule id or parameter, a parameter value
 * of the wrong type or out of range, two rules with the same id, or a rule provider that cannot be
 * loaded. Nothing in a configuration is silently ignored, so a typo never switches a check off.
 *
 * <p>The message is the problem itself when there is one, else a line {@code N problems in the
 * rule configuration:} and one indented line per problem, at most {@value #MAX_LISTED} of them and
 * then how many more there are; {@link #problems()} has all of them.
 */
public final class RuleConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most problems {@link #getMessage()} lists; {@link #problems()} holds all of them. */
  public static final int MAX_LISTED = 100;

  /** Serializable, though javac cannot tell from the type: a {@code List.copyOf} of records. */
  @SuppressWarnings("serial")
  private final List<RuleConfigurationProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; at least one
   */
  public RuleConfigurationException(List<RuleConfigurationProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates the exception for one problem.
   *
   * @param problem the problem
   */
  public RuleConfigurationException(RuleConfigurationProblem problem) {
    this(List.of(problem));
  }

  /**
   * Creates the exception for one problem that no setting of a configuration is known to cause.
   *
   * @param problem the problem, as a sentence
   */
  public RuleConfigurationException(String problem) {
    this(RuleConfigurationProblem.ofConfiguration(problem));
  }

  /**
   * Every problem found, each a sentence that names the rule and parameter concerned, with the
   * JSON Pointer of the setting at fault in the configuration's document.
   *
   * @return the problems, at least one
   */
  public List<RuleConfigurationProblem> problems() {
    return problems;
  }

  private static String describe(List<RuleConfigurationProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a RuleConfigurationException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).message();
    }
    // Every line of the list indented, as InvalidPlanException does.
    return problems.size() + " problems in the rule configuration:"
        + ("\n" + Texts.problemLines(
            problems.stream().map(RuleConfigurationProblem::message).toList(), MAX_LISTED))
            .replace("\n", "\n  ");
  }
}
