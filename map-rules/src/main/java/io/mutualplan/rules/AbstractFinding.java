package io.mutualplan.rules;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.rules.internal.RulesStyle;
import io.mutualplan.rules.spi.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a rule found in a plan: what is wrong, where, and what to do about it.
 *
 * <pre>{@code
 * Finding finding = Finding.builder()
 *     .ruleId("economic-buyer-sign-off")
 *     .severity(Severity.ERROR)
 *     .message("Dan Ortiz (economic buyer) has not signed off the plan.")
 *     .hint("Walk Dan through the plan and record the sign-off against the latest revision.")
 *     .build();
 * }</pre>
 *
 * <p>Findings are values: two findings with the same fields are equal.
 */
@Value.Immutable
@RulesStyle
abstract class AbstractFinding {
  /**
   * The id of the rule that reported it, for example {@code milestone-count}, or {@code
   * rule-failed} when a rule failed.
   *
   * @return the rule id
   */
  public abstract String ruleId();

  /**
   * How much it matters.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * What is wrong, in the plan's own terms, for a sales manager: "IT security review
   * (security-review) is due 2027-01-20 but cannot finish before 2027-02-03 ...".
   *
   * @return the message
   */
  public abstract String message();

  /**
   * A JSON Pointer into the plan document when the finding concerns one value, for example {@code
   * /milestones/2/exitCriteria}. It may point at a member the plan leaves out (a missing {@code
   * due}): that is where the value belongs.
   *
   * @return the pointer, or empty when the finding is about the plan as a whole
   */
  public abstract Optional<String> path();

  /**
   * The milestone concerned, when the finding is about one milestone.
   *
   * @return the milestone's id, or empty
   */
  public abstract Optional<MilestoneId> milestone();

  /**
   * What to do about it.
   *
   * @return the hint
   */
  public abstract String hint();

  @Value.Check
  void check() {
    requireText("ruleId", ruleId());
    requireText("message", message());
    requireText("hint", hint());
    if (path().isPresent() && !path().get().startsWith("/")) {
      throw new IllegalArgumentException(
          "a finding's path is a JSON Pointer starting with '/', not '" + path().get() + "'");
    }
  }

  private static void requireText(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException("a finding's " + field + " must not be blank");
    }
  }
}
