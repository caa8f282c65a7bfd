package io.mutualplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.Finding;
import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.rules.portfolio.PortfolioEntry;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import io.mutualplan.rules.spi.QualityRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * The portfolio summary of generated pipelines (ready, needs-work, close plans in disguise,
 * slipping, cyclic, broken lines), against a straightforward single-threaded computation of each
 * figure from the plans themselves. They live with the generators: map-rules' own tests cannot
 * depend on the testkit.
 */
class PortfolioPropertiesTest {
  private static final LocalDate AS_OF = LocalDate.parse("2027-01-04");
  private static final RuleEngine ENGINE = RuleEngine.builder().build();
  private static final MapJson JSON = MapJson.standard();
  private static final long[] SEEDS = {1, 2_026, 77_777, -5, 31_415_926};

  /** A plan read from a line, with its report and schedule, or the line's failure. */
  private record Read(long line, MutualActionPlan plan, QualityReport report,
      Optional<Schedule> schedule, Optional<Double> probability, PlanFailure failure) {}

  private static List<Read> pipeline(long seed, int lines, boolean forecast) {
    List<Read> read = new ArrayList<>();
    List<PipelineLine> generated =
        PlanGenerators.pipelines().lines(new SplittableRandom(seed), lines);
    for (int i = 0; i < generated.size(); i++) {
      long line = i + 1;
      MutualActionPlan plan;
      try {
        plan = JSON.plans().read(generated.get(i).text());
      } catch (DocumentReadException e) {
        read.add(new Read(line, null, null, Optional.empty(), Optional.empty(),
            PlanFailure.builder().source("pipeline.ndjson").line(line)
                .addProblem(e.problems().get(0).toString()).build()));
        continue;
      }
      Optional<Schedule> schedule;
      try {
        schedule = Optional.of(Scheduler.schedule(plan, AS_OF));
      } catch (CyclicDependencyException e) {
        schedule = Optional.empty();
      }
      Optional<Double> probability = Optional.empty();
      if (forecast && schedule.isPresent() && plan.outcome().isPresent()) {
        probability = Optional.of(Forecaster.forecast(plan, AS_OF,
            ForecastSettings.builder().trials(50).seed(seed).build())
            .probabilityOnTime().orElseThrow());
      }
      read.add(new Read(line, plan, ENGINE.evaluate(plan, AS_OF), schedule, probability, null));
    }
    return read;
  }

  private static PortfolioEntry entry(Read read) {
    if (read.failure() != null) {
      return read.failure();
    }
    PlanSummary row = PlanSummary.of("pipeline.ndjson", read.plan(), read.report(),
        read.schedule()).withLine(read.line());
    return read.probability().isPresent()
        ? row.withProbabilityOnTime(read.probability().get()) : row;
  }

  /**
   * Invariant: every figure of the summary equals the one computed directly from the plans, their
   * reports and schedules, one plan after another.
   */
  @Test
  void theSummaryIsWhatACountByHandGives() {
    for (long seed : SEEDS) {
      List<Read> pipeline = pipeline(seed, 300, true);
      PortfolioSummary summary = pipeline.stream().map(PortfolioPropertiesTest::entry)
          .collect(PortfolioSummary.collectorWithForecasts(ENGINE));
      List<Read> plans = pipeline.stream().filter(r -> r.failure() == null).toList();
      String as = "seed " + seed;
      // The pipeline has something of each figure to count.
      assertThat(summary.failed()).as(as).isPositive();
      assertThat(summary.stalls()).as(as).isNotEmpty();
      assertThat(summary.verdicts().get(Verdict.NOT_MUTUAL)).as(as).isPositive();

      assertThat(summary.plans()).as(as).isEqualTo(plans.size());
      assertThat(summary.failed()).as(as).isEqualTo(pipeline.size() - plans.size());
      Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
      for (Verdict verdict : Verdict.values()) {
        verdicts.put(verdict, plans.stream().filter(r -> r.report().verdict() == verdict).count());
      }
      assertThat(summary.verdicts()).as(as).isEqualTo(verdicts);
      List<Integer> scores = plans.stream().map(r -> r.report().score()).sorted().toList();
      assertThat(summary.scoreMin()).as(as).hasValue(scores.get(0));
      assertThat(summary.scoreMedian()).as(as).hasValue(scores.get((scores.size() - 1) / 2));
      assertThat(summary.scoreMax()).as(as).hasValue(scores.get(scores.size() - 1));
      assertThat(summary.rules()).as(as).isEqualTo(rulesByHand(plans));
      assertThat(summary.infeasible()).as(as).isEqualTo(plans.stream()
          .filter(r -> r.schedule().isPresent() && r.schedule().get().slackDays() < 0).count());
      assertThat(summary.stalls()).as(as).isEqualTo(stallsByHand(plans));
      BigDecimal expected = BigDecimal.ZERO;
      Map<String, BigDecimal> values = new TreeMap<>();
      for (Read r : plans) {
        if (r.probability().isPresent()) {
          BigDecimal p = new BigDecimal(Double.toString(r.probability().get()));
          expected = expected.add(p);
          r.plan().dealValue().ifPresent(
              v -> values.merge(v.currency(), v.amount().multiply(p), BigDecimal::add));
        }
      }
      BigDecimal expectedOnTime = expected;
      assertThat(summary.expectedOnTime()).as(as)
          .hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo(expectedOnTime));
      assertThat(summary.expectedValueOnTime()).as(as).containsOnlyKeys(values.keySet());
      values.forEach((currency, sum) -> assertThat(summary.expectedValueOnTime().get(currency))
          .as(as + ", " + currency).isEqualByComparingTo(sum));
      List<String> worst = plans.stream()
          .sorted(Comparator.comparingInt((Read r) -> r.report().score())
              .thenComparing(r -> r.plan().id().value())
              .thenComparingLong(Read::line))
          .limit(20).map(r -> r.line() + ":" + r.plan().id()).toList();
      assertThat(summary.worst()).as(as).extracting(row -> row.line().getAsLong() + ":"
          + row.planId()).isEqualTo(worst);
    }
  }

  /**
   * Invariant: the summary of a pipeline is equal whether it is folded on one thread in order, or
   * on several threads from a shuffled list, whatever the pool's size.
   */
  @Test
  void oneThreadOrSeveralInAnyOrderGiveTheSameSummary() throws Exception {
    for (long seed : SEEDS) {
      List<PortfolioEntry> entries = pipeline(seed, 400, false).stream()
          .map(PortfolioPropertiesTest::entry).toList();
      PortfolioSummary sequential =
          entries.stream().collect(PortfolioSummary.collector(ENGINE));
      for (int threads : new int[] {1, 2, 3, 8}) {
        List<PortfolioEntry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(seed * 31 + threads));
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
          PortfolioSummary parallel = pool.submit(() -> shuffled.parallelStream()
              .collect(PortfolioSummary.collector(ENGINE))).get();
          assertThat(parallel).as("seed " + seed + ", " + threads + " threads")
              .isEqualTo(sequential);
        } finally {
          pool.shutdown();
        }
      }
    }
  }

  /**
   * Invariant: the portfolio document of a generated pipeline reads back to an equal portfolio and
   * is written again with the same bytes; so does each row as an NDJSON line.
   */
  @Test
  void thePortfolioDocumentAndItsRowsReadBackEqual() {
    for (long seed : SEEDS) {
      List<PortfolioEntry> entries = pipeline(seed, 150, true).stream()
          .map(PortfolioPropertiesTest::entry).toList();
      List<PlanSummary> rows = entries.stream().filter(PlanSummary.class::isInstance)
          .map(PlanSummary.class::cast).toList();
      Portfolio portfolio = Portfolio.builder().asOf(AS_OF)
          .summary(entries.stream().collect(PortfolioSummary.collectorWithForecasts(ENGINE)))
          .plans(rows)
          .build();

      String json = JSON.portfolios().write(portfolio);

      assertThat(JSON.portfolios().read(json)).as("seed " + seed).isEqualTo(portfolio);
      assertThat(JSON.portfolios().write(JSON.portfolios().read(json))).as("seed " + seed)
          .isEqualTo(json);
      for (PlanSummary row : rows) {
        String line = JSON.portfolioRows().write(row);
        assertThat(line).as("seed " + seed).doesNotContain("\n");
        assertThat(JSON.portfolioRows().read(line)).as("seed " + seed).isEqualTo(row);
      }
    }
  }

  private static List<Map.Entry<String, Long>> rulesByHand(List<Read> plans) {
    Map<String, Long> counts = new HashMap<>();
    for (Read r : plans) {
      r.report().findings().stream().map(Finding::ruleId).distinct()
          .forEach(id -> counts.merge(id, 1L, Long::sum));
    }
    List<String> order = ENGINE.rules().stream().map(QualityRule::id).toList();
    return counts.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
            .thenComparingInt(e -> order.contains(e.getKey())
                ? order.indexOf(e.getKey()) : Integer.MAX_VALUE))
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .toList();
  }

  private static List<Map.Entry<MilestoneKind, Long>> stallsByHand(List<Read> plans) {
    long[] counts = new long[MilestoneKind.values().length];
    for (Read r : plans) {
      List<MilestoneId> slipped = r.report().findingsOf("due-date-slipped").stream()
          .flatMap(f -> f.milestone().stream()).toList();
      for (Milestone m : r.plan().milestones()) {
        boolean overdue = m.due().isPresent() && m.due().get().isBefore(AS_OF);
        if (!m.isComplete() && (overdue || slipped.contains(m.id()))) {
          counts[m.kind().orElse(MilestoneKind.OTHER).ordinal()]++;
        }
      }
    }
    List<Map.Entry<MilestoneKind, Long>> stalls = new ArrayList<>();
    for (MilestoneKind kind : MilestoneKind.values()) {
      if (counts[kind.ordinal()] > 0) {
        stalls.add(Map.entry(kind, counts[kind.ordinal()]));
      }
    }
    stalls.sort(Comparator.comparing((Map.Entry<MilestoneKind, Long> e) -> -e.getValue()));
    return stalls;
  }
}
