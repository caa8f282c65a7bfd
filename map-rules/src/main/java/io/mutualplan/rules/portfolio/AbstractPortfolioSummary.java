package io.mutualplan.rules.portfolio;

import io.mutualplan.core.MilestoneKind;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.internal.RulesStyle;
import io.mutualplan.rules.spi.QualityRule;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The whole pipeline at once: which plans are real, which are slipping, which step stalls most,
 * and, with a forecast, how much is likely to land by the date. Folded from {@link PlanSummary}
 * rows (and {@link PlanFailure}s) by {@link #collector}, or {@link #collectorWithForecasts}
 * for forecast rows, on one thread or many:
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builder().build();
 * PortfolioSummary summary = plansFromTheCrm.parallelStream()
 *     .map(plan -> PlanSummary.summarize("crm:" + plan.id(), plan, asOf, engine))
 *     .collect(PortfolioSummary.collector(engine));
 * summary.verdicts();   // {not-mutual=112, needs-work=2310, ready=7578}
 * summary.stalls();     // [legal=801, security-review=644, ...]: legal stalls most
 * summary.worst();      // the 20 lowest scores
 * }</pre>
 *
 * <p>The summary is the same whatever the number of threads and the order in which rows arrive:
 * every figure is a count, an exact sum or a selection in a total order. It holds no plan, and at
 * most {@value #MAX_WORST} rows and {@value #MAX_FAILURES} failures, so its size does not grow with
 * the number of plans.
 */
@Value.Immutable
@RulesStyle
abstract class AbstractPortfolioSummary {
  /** The most rows {@link #worst()} lists. */
  public static final int MAX_WORST = 20;

  /** The most failures {@link #failures()} lists; {@link #failed()} counts them all. */
  public static final int MAX_FAILURES = 100;

  /**
   * How many plans were read and summarised.
   *
   * @return the number of rows folded
   */
  public abstract long plans();

  /**
   * How many plans could not be read or were invalid.
   *
   * @return the number of failures folded
   */
  public abstract long failed();

  /**
   * The first {@value #MAX_FAILURES} failures in source order (by source, then line, then
   * problems).
   *
   * @return the failures, possibly fewer than {@link #failed()}
   */
  public abstract List<PlanFailure> failures();

  /**
   * How many plans have each verdict, every verdict listed, in the order not-mutual, needs-work,
   * ready.
   *
   * @return the counts
   */
  public abstract Map<Verdict, Long> verdicts();

  /**
   * The lowest score.
   *
   * @return 0 to 100, or empty without plans
   */
  public abstract OptionalInt scoreMin();

  /**
   * The median score: the lower of the two middle scores for an even number of plans.
   *
   * @return 0 to 100, or empty without plans
   */
  public abstract OptionalInt scoreMedian();

  /**
   * The highest score.
   *
   * @return 0 to 100, or empty without plans
   */
  public abstract OptionalInt scoreMax();

  /**
   * For each rule that fired on at least one plan, the number of plans it fired on; most first,
   * ties in the engine's rule order (rules it does not know, such as {@code rule-failed}, after
   * those it knows, by id).
   *
   * @return rule ids with their counts, in that order
   */
  public abstract List<Map.Entry<String, Long>> rules();

  /**
   * How many plans cannot meet their deadline: negative slack.
   *
   * @return the count
   */
  public abstract long infeasible();

  /**
   * For each milestone kind with at least one stalled milestone (incomplete and overdue, or
   * slipped), the number of such milestones over all plans; most first, ties in the kinds' order.
   * Milestones without a kind count as {@link MilestoneKind#OTHER}.
   *
   * @return kinds with their counts, in that order: the first is the step that stalls most
   */
  public abstract List<Map.Entry<MilestoneKind, Long>> stalls();

  /**
   * The number of outcomes expected to hold: the exact sum of the plans' probabilities on time.
   *
   * @return the sum, or empty when the portfolio was not forecast
   */
  public abstract Optional<BigDecimal> expectedOnTime();

  /**
   * Per currency, the deal value expected to land by the date: the exact sum of amount times
   * probability on time over the plans with both; currencies in alphabetical order.
   *
   * @return the sums, empty when the portfolio was not forecast or no plan had both
   */
  public abstract Map<String, BigDecimal> expectedValueOnTime();

  /**
   * Up to {@value #MAX_WORST} plans, lowest score first, then by plan id (then source and line,
   * then title and the row's other values: see {@link PlanSummary#worstFirst()}).
   *
   * @return the rows
   */
  public abstract List<PlanSummary> worst();

  @Value.Check
  void check() {
    if (plans() < 0 || failed() < 0 || infeasible() < 0 || infeasible() > plans()) {
      throw new IllegalArgumentException("counts are at least 0 and infeasible plans are plans:"
          + " plans " + plans() + ", failed " + failed() + ", infeasible " + infeasible());
    }
    if (failures().size() > Math.min(failed(), MAX_FAILURES) || worst().size() > MAX_WORST) {
      throw new IllegalArgumentException("a summary lists at most " + MAX_FAILURES
          + " failures (of those failed) and " + MAX_WORST + " worst plans");
    }
    Stream.<Map.Entry<?, Long>>concat(rules().stream(), stalls().stream()).forEach(counted -> {
      if (counted.getKey() == null || counted.getValue() == null || counted.getValue() < 1) {
        throw new IllegalArgumentException("a rule or a kind is listed with a count of at least 1,"
            + " not " + counted);
      }
    });
    if (!expectedValueOnTime().isEmpty() && expectedOnTime().isEmpty()) {
      throw new IllegalArgumentException("expected values come with a forecast");
    }
  }

  /**
   * Keeps sums in lowest terms (no trailing zeros: 0.9413, not 0.94130; 120000, not 1.2E+5), so a
   * summary read back from its document equals the one written.
   *
   * @return this, or the normalized summary
   */
  @Value.Check
  AbstractPortfolioSummary normalize() {
    boolean normal = expectedOnTime().map(sum -> sum.equals(lowestTerms(sum))).orElse(true)
        && expectedValueOnTime().values().stream().allMatch(sum -> sum.equals(lowestTerms(sum)));
    if (normal) {
      return this;
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    expectedValueOnTime().forEach((currency, sum) -> values.put(currency, lowestTerms(sum)));
    return PortfolioSummary.copyOf(this)
        .withExpectedOnTime(expectedOnTime().map(AbstractPortfolioSummary::lowestTerms))
        .withExpectedValueOnTime(values);
  }

  private static BigDecimal lowestTerms(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Folds rows and failures into a summary without forecast figures; works on parallel streams and
   * gives the same summary whatever the order of the stream. {@link #expectedOnTime()} is empty and
   * {@link #expectedValueOnTime()} too, even if some rows have a probability on time; for rows that
   * were forecast, see {@link #collectorWithForecasts}.
   *
   * @param engine the engine the rows were checked with: its rule order breaks ties in {@link
   *     #rules()}
   * @return the collector
   */
  public static Collector<PortfolioEntry, ?, PortfolioSummary> collector(RuleEngine engine) {
    return folding(engine, false);
  }

  /**
   * Folds rows that were forecast, and failures, into a summary with what is expected on time:
   * {@link #expectedOnTime()} is present (0 when no row has a probability) and {@link
   * #expectedValueOnTime()} sums the deal values of the rows with both. Works on parallel streams
   * and gives the same summary whatever the order of the stream.
   *
   * @param engine the engine the rows were checked with: its rule order breaks ties in {@link
   *     #rules()}
   * @return the collector
   */
  public static Collector<PortfolioEntry, ?, PortfolioSummary> collectorWithForecasts(
      RuleEngine engine) {
    return folding(engine, true);
  }

  private static Collector<PortfolioEntry, ?, PortfolioSummary> folding(
      RuleEngine engine, boolean forecast) {
    Objects.requireNonNull(engine, "engine");
    List<String> ruleOrder = engine.rules().stream().map(QualityRule::id).toList();
    return Collector.of(
        () -> new PortfolioTally(ruleOrder, forecast),
        PortfolioTally::add,
        PortfolioTally::merge,
        PortfolioTally::summary,
        Collector.Characteristics.UNORDERED);
  }
}
