package io.mutualplan.rules.builtin;

import io.mutualplan.rules.spi.ProfileChange;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.Severity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 25 built-in rules of the rules table, in its order, which is the order of their findings in
 * a report. {@code RuleEngine} runs them unless told not to; each has a page in {@code
 * docs/rules/}.
 *
 * <p>The rules are stateless and thread-safe; one instance of each serves every engine.
 */
public final class BuiltInRules {
  private static final ProfileChange SAME = ProfileChange.none();
  private static final ProfileChange OFF = ProfileChange.off();
  private static final ProfileChange WARNING = ProfileChange.none().withSeverity(Severity.WARNING);

  /** The rules table: each rule, then what the {@code lightweight} profile changes about it. */
  private static final List<Row> TABLE = List.of(
      new Row(new DependenciesAcyclic(), SAME),
      new Row(new MilestoneCount(),
          ProfileChange.none().withParameter("min", 1).withParameter("max", 3)),
      new Row(new CoAuthored(), WARNING),
      new Row(new BothSidesOwnSteps(), SAME),
      new Row(new SellerShare(), OFF),
      new Row(new EconomicBuyerSignOff(), OFF),
      new Row(new ChampionNamed(), SAME),
      new Row(new MultiThreaded(), OFF),
      new Row(new OwnerAssigned(), SAME),
      new Row(new DueDateSet(), SAME),
      new Row(new ExitCriteria(), OFF),
      new Row(new OutcomeAnchored(), WARNING),
      new Row(new OutcomeSetByBuyer(), OFF),
      new Row(new ScheduleFeasible(), WARNING),
      new Row(new DueDateRealistic(), OFF),
      new Row(new DatesRespectDependencies(), OFF),
      new Row(new Overdue(), SAME),
      new Row(new DueDateSlipped(), SAME),
      new Row(new FactsNotInFuture(), SAME),
      new Row(new BlockedHasNote(), SAME),
      new Row(new BuyerEngagement(), SAME),
      new Row(new PostSaleSteps(), OFF),
      new Row(new SellerInternalSteps(), OFF),
      new Row(new PaperProcess(), OFF),
      new Row(new DurationsEstimated(), OFF));

  private static final List<QualityRule> ALL =
      TABLE.stream().map(Row::rule).collect(Collectors.toUnmodifiableList());
  private static final Map<String, ProfileChange> LIGHTWEIGHT = TABLE.stream()
      .collect(Collectors.toUnmodifiableMap(row -> row.rule().id(), Row::lightweight));

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
   * @return the ids: {@code dependencies-acyclic}, {@code milestone-count}, and so on
   */
  public static List<String> ids() {
    return ALL.stream().map(QualityRule::id).collect(Collectors.toUnmodifiableList());
  }

  /** What the {@code lightweight} profile changes about the built-in rule with this id. */
  static ProfileChange lightweight(String id) {
    return LIGHTWEIGHT.getOrDefault(id, SAME);
  }

  /** One row of the rules table: a rule and its last column. */
  private record Row(QualityRule rule, ProfileChange lightweight) {}
}
