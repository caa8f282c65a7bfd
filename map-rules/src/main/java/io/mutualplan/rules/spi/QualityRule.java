package io.mutualplan.rules.spi;

import java.util.List;

/**
 * One quality check of a mutual action plan.
 *
 * <p>A rule declares its metadata (an id, a one-line summary, a default severity and typed
 * parameters with defaults) and checks one plan at a time through a {@link RuleContext}, which
 * gives it the plan, the as-of date, the schedule and its resolved parameters, and takes its
 * findings.
 *
 * <pre>{@code
 * public final class ExecutiveSponsorNamed implements QualityRule {
 *   public String id() { return "executive-sponsor-named"; }
 *   public String summary() { return "a buyer-side executive sponsor is named"; }
 *   public Severity defaultSeverity() { return Severity.WARNING; }
 *
 *   public void check(RuleContext context) {
 *     for (Stakeholder person : context.plan().stakeholders()) {
 *       if (person.side() == Side.BUYER && person.hasRole(Role.EXECUTIVE_SPONSOR)) {
 *         return;
 *       }
 *     }
 *     context.reportAt("/stakeholders",
 *         "Nobody at " + context.plan().buyer().name() + " is named as executive sponsor.",
 *         "Ask the champion who sponsors the project and add them to the plan.");
 *   }
 * }
 * }</pre>
 *
 * <p>Rules must be stateless and thread-safe: one instance checks many plans on many threads at
 * once. A rule that throws does not stop the others; its findings are replaced by one {@code
 * rule-failed} error naming it. {@code docs/writing-a-rule.md} has a complete example.
 */
public interface QualityRule {
  /**
   * The rule's id: a letter or digit followed by letters, digits, {@code .}, {@code _} or {@code
   * -}, at most 100 characters, e.g. {@code executive-sponsor-named}. It is what findings and
   * configurations name the rule by, so it must not change between releases. {@code rule-failed}
   * is reserved.
   *
   * @return the id
   */
  String id();

  /**
   * What the rule reports, in one line, e.g. "a buyer-side executive sponsor is named".
   *
   * @return the summary
   */
  String summary();

  /**
   * The severity of the rule's findings unless a configuration changes it.
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * The parameters the rule takes, each with a type and a default.
   *
   * @return the parameters; none by default
   */
  default List<ParameterSpec> parameters() {
    return List.of();
  }

  /**
   * Checks one plan and reports findings through the context. Called once per plan evaluation,
   * possibly on many threads at once.
   *
   * @param context the plan, the as-of date, the schedule, the resolved parameters and where
   *     findings go
   */
  void check(RuleContext context);
}
