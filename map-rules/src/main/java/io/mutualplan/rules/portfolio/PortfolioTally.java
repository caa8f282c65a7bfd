package io.mutualplan.rules.portfolio;

import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.Money;
import io.mutualplan.rules.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running state of {@link PortfolioSummary#collector} and {@link
 * PortfolioSummary#collectorWithForecasts}: counters, a histogram of scores, exact sums and two
 * bounded selections. Its size depends on the number of rules, milestone kinds and
 * currencies, never on the number of plans.
 *
 * <p>Every figure is order-independent, so partial tallies of a parallel stream merge into the
 * same summary in any order: counts are longs; the score median comes from a histogram of the 101
 * possible scores rather than a list of them; probabilities are summed as exact decimals ({@link
 * BigDecimal#valueOf(double)} of each, the shortest decimal that reads back as that double, so a
 * forecast's 0.9412 counts as exactly 0.9412), whose sums do not depend on the order of addition
 * as sums of doubles do; the worst plans and the listed failures are the lowest in a total order.
 */
final class PortfolioTally {
  private static final int SCORES = 101;

  private final List<String> ruleOrder;
  private final boolean forecast;

  private long plans;
  private long failed;
  private long infeasible;
  private final long[] verdicts = new long[Verdict.values().length];
  private final long[] scores = new long[SCORES];
  private final Map<String, Long> rules = new HashMap<>();
  private final long[] stalls = new long[MilestoneKind.values().length];
  private BigDecimal expectedOnTime = BigDecimal.ZERO;
  private final Map<String, BigDecimal> expectedValueOnTime = new TreeMap<>();
  private final Lowest<PlanSummary> worst =
      new Lowest<>(PortfolioSummary.MAX_WORST, AbstractPlanSummary.WORST_FIRST);
  private final Lowest<PlanFailure> failures =
      new Lowest<>(PortfolioSummary.MAX_FAILURES, AbstractPlanFailure.SOURCE_ORDER);

  PortfolioTally(List<String> ruleOrder, boolean forecast) {
    this.ruleOrder = ruleOrder;
    this.forecast = forecast;
  }

  void add(PortfolioEntry entry) {
    if (entry instanceof PlanSummary row) {
      addRow(row);
    } else if (entry instanceof PlanFailure failure) {
      failed++;
      failures.add(failure);
    } else {
      throw new IllegalArgumentException("a portfolio entry is a PlanSummary or a PlanFailure,"
          + " not " + entry);
    }
  }

  private void addRow(PlanSummary row) {
    plans++;
    verdicts[row.verdict().ordinal()]++;
    scores[row.score()]++;
    for (String rule : row.rules()) {
      rules.merge(rule, 1L, Long::sum);
    }
    if (row.slackDays().isPresent() && row.slackDays().getAsLong() < 0) {
      infeasible++;
    }
    for (MilestoneKind kind : row.stalls()) {
      stalls[kind.ordinal()]++;
    }
    if (row.probabilityOnTime().isPresent()) {
      BigDecimal probability = BigDecimal.valueOf(row.probabilityOnTime().getAsDouble());
      expectedOnTime = expectedOnTime.add(probability);
      if (row.dealValue().isPresent()) {
        Money value = row.dealValue().get();
        expectedValueOnTime.merge(
            value.currency(), value.amount().multiply(probability), BigDecimal::add);
      }
    }
    worst.add(row);
  }

  PortfolioTally merge(PortfolioTally other) {
    plans += other.plans;
    failed += other.failed;
    infeasible += other.infeasible;
    addInto(verdicts, other.verdicts);
    addInto(scores, other.scores);
    addInto(stalls, other.stalls);
    other.rules.forEach((rule, count) -> rules.merge(rule, count, Long::sum));
    expectedOnTime = expectedOnTime.add(other.expectedOnTime);
    other.expectedValueOnTime.forEach(
        (currency, sum) -> expectedValueOnTime.merge(currency, sum, BigDecimal::add));
    worst.addAll(other.worst);
    failures.addAll(other.failures);
    return this;
  }

  private static void addInto(long[] sums, long[] more) {
    for (int i = 0; i < sums.length; i++) {
      sums[i] += more[i];
    }
  }

  /**
   * How many values the tally holds in its maps and selections: bounded by the rules, kinds,
   * currencies and the two selections' limits, whatever the number of plans.
   */
  int retained() {
    return rules.size() + expectedValueOnTime.size() + worst.size() + failures.size();
  }

  PortfolioSummary summary() {
    PortfolioSummary.Builder summary = PortfolioSummary.builder()
        .plans(plans)
        .failed(failed)
        .failures(failures.values())
        .infeasible(infeasible)
        .worst(worst.values());
    Map<Verdict, Long> verdictCounts = new EnumMap<>(Verdict.class);
    for (Verdict verdict : Verdict.values()) {
      verdictCounts.put(verdict, verdicts[verdict.ordinal()]);
    }
    summary.verdicts(verdictCounts);
    if (plans > 0) {
      summary.scoreMin(scoreAtRank(0))
          .scoreMedian(scoreAtRank((plans - 1) / 2))
          .scoreMax(scoreAtRank(plans - 1));
    }
    summary.rules(rulesMostFirst());
    summary.stalls(stallsMostFirst());
    if (forecast) {
      summary.expectedOnTime(expectedOnTime).expectedValueOnTime(expectedValueOnTime);
    }
    return summary.build();
  }

  /** The score at a 0-based rank in ascending order, read off the histogram. */
  private int scoreAtRank(long rank) {
    long below = 0;
    for (int score = 0; score < SCORES; score++) {
      below += scores[score];
      if (below > rank) {
        return score;
      }
    }
    throw new IllegalStateException("rank " + rank + " of " + plans + " scores");
  }

  private List<Map.Entry<String, Long>> rulesMostFirst() {
    Comparator<String> byRuleOrder = Comparator
        .comparingInt((String rule) -> {
          int at = ruleOrder.indexOf(rule);
          return at < 0 ? Integer.MAX_VALUE : at;
        })
        .thenComparing(Comparator.naturalOrder());
    List<String> ids = new ArrayList<>(rules.keySet());
    ids.sort(Comparator.comparing((String rule) -> rules.get(rule)).reversed()
        .thenComparing(byRuleOrder));
    List<Map.Entry<String, Long>> ordered = new ArrayList<>();
    for (String id : ids) {
      ordered.add(Map.entry(id, rules.get(id)));
    }
    return ordered;
  }

  private List<Map.Entry<MilestoneKind, Long>> stallsMostFirst() {
    List<MilestoneKind> kinds = new ArrayList<>();
    for (MilestoneKind kind : MilestoneKind.values()) {
      if (stalls[kind.ordinal()] > 0) {
        kinds.add(kind);
      }
    }
    // A stable sort keeps the kinds' order among equal counts.
    kinds.sort(Comparator.comparingLong((MilestoneKind kind) -> stalls[kind.ordinal()]).reversed());
    List<Map.Entry<MilestoneKind, Long>> ordered = new ArrayList<>();
    for (MilestoneKind kind : kinds) {
      ordered.add(Map.entry(kind, stalls[kind.ordinal()]));
    }
    return ordered;
  }
}
