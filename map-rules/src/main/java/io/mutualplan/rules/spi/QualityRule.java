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
 *     context.report(
 *         "Nobody at " + context.plan().buyer().name() + " is named as executive sponsor.",
 *         "Ask the champion who sponsors the project and add them to the plan.");
 *   }
 * }
 * }</pre>
 *
 * <p>Rules must be stateless and thread-safe: one instance checks many plans on many threads at
 * once. A rule that fails does not stop the others; its findings are replaced by one {@code
 * rule-failed} error naming it. A rule fails when it throws (also when it runs out of memory or
 * overflows the stack; only errors that say the virtual machine itself is broken are not
 * contained), reports a finding at a path that is not a place of the plan's document, or changes
 * its thread's interrupt status, which the engine then sets back. {@code docs/writing-a-rule.md}
 * has a complete example.
 */
public interface QualityRule {
  /**
   * The rule's id: a letter or digit followed by letters, digits, {@code .}, {@code _} or {@code
   * -}, at most 100 characters, for example {@code executive-sponsor-named}. It is what findings
   * and configurations name the rule by, so it must not change between releases. {@code
   * rule-failed} is reserved.
   *
   * @return the id
   */
  String id();

  /**
   * What the rule reports, in one line, for example "a buyer-side executive sponsor is named".
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
   * Checks the rule's parameter values together, for constraints between parameters that {@link
   * ParameterSpec} cannot state on one value ("{@code min} is not more than {@code max}"). The
   * engine asks once for each profile it applies, when it is built, after every value has passed
   * its own checks; each problem it returns is a {@code RuleConfigurationException}, so a plan is
   * never checked with values that contradict each other.
   *
   * <pre>{@code
   * public List<String> checkParameters(RuleParameters parameters) {
   *   int min = parameters.integer("min");
   *   int max = parameters.integer("max");
   *   return min <= max ? List.of() : List.of("min (" + min + ") is more than max (" + max + ")");
   * }
   * }</pre>
   *
   * @param parameters the values the rule would run with
   * @return what is wrong, one sentence each; none by default
   */
  default List<String> checkParameters(RuleParameters parameters) {
    return List.of();
  }

  /**
   * What the {@code lightweight} profile (small, fast deals) changes about the rule: nothing by
   * default. A rule that only makes sense for a full plan is switched off; one whose finding
   * matters less for a small deal gets a milder severity; one with a threshold gets a smaller
   * one. The engine applies the change on top of the rule's defaults, and a configuration's
   * override for the rule on top of that.
   *
   * <pre>{@code
   * public ProfileChange lightweight() {
   *   return ProfileChange.none().withParameter("minDealValue", 100_000);
   * }
   * }</pre>
   *
   * @return the change; its parameters must be parameters the rule declares
   */
  default ProfileChange lightweight() {
    return ProfileChange.none();
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
