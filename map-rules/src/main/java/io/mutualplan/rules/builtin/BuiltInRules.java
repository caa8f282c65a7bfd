package io.mutualplan.rules.builtin;

import io.mutualplan.rules.spi.QualityRule;
import java.util.ArrayList;
import java.util.List;

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
}
