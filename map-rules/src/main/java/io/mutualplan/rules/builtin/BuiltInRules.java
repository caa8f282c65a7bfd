package io.mutualplan.rules.builtin;

import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 23 built-in rules of {@code rules.md}, in the order of its table, which is the order of
 * their findings in a report. {@code RuleEngine} runs them unless told not to; each has a page in
 * {@code docs/rules/}.
 *
 * <p>The rules are stateless and thread-safe; one instance of each serves every engine.
 */
public final class BuiltInRules {
  private static final List<QualityRule> ALL = List.of(
      new DependenciesAcyclic(),
      new MilestoneCount(),
      new CoAuthored(),
      new BothSidesOwnSteps(),
      new SellerShare(),
      new EconomicBuyerSignOff(),
      new ChampionNamed(),
      new MultiThreaded(),
      new OwnerAssigned(),
      new DueDateSet(),
      new ExitCriteria(),
      new OutcomeAnchored(),
      new OutcomeSetByBuyer(),
      new ScheduleFeasible(),
      new DueDateRealistic(),
      new DatesRespectDependencies(),
      new Overdue(),
      new BlockedHasNote(),
      new BuyerEngagement(),
      new PostSaleSteps(),
      new SellerInternalSteps(),
      new PaperProcess(),
      new DurationsEstimated());

  private BuiltInRules() {}

  /**
   * Every built-in rule, in the order of the rules table.
   *
   * @return the rules
   */
  public static List<QualityRule> all() {
    return ALL;
  }

  /**
   * The ids of the built-in rules, in the order of the rules table.
   *
   * @return the ids, e.g. {@code dependencies-acyclic}, {@code milestone-count}, ...
   */
  public static List<String> ids() {
    List<String> ids = new ArrayList<>(ALL.size());
    for (QualityRule rule : ALL) {
      ids.add(rule.id());
    }
    return List.copyOf(ids);
  }

  /**
   * What the {@code lightweight} profile changes about a rule: the last column of the rules table.
   *
   * @param rule a rule
   * @return the change; no change for a rule that is not built in
   */
  public static LightweightChange lightweightChange(QualityRule rule) {
    return rule instanceof BuiltInRule
        ? ((BuiltInRule) rule).lightweight()
        : LightweightChange.SAME;
  }

  /**
   * Checks a built-in rule's parameter values against each other (e.g. that {@code
   * milestone-count}'s {@code min} is not more than its {@code max}), once each value has passed
   * its own checks.
   *
   * @param rule a rule
   * @param parameters the rule's resolved values
   * @return what is wrong, or empty; always empty for a rule that is not built in
   */
  public static Optional<String> checkParameters(QualityRule rule, RuleParameters parameters) {
    return rule instanceof BuiltInRule
        ? ((BuiltInRule) rule).checkParameters(parameters)
        : Optional.empty();
  }
}
