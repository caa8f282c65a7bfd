package io.mutualplan.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.Money;
import io.mutualplan.core.PlanId;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The summary's figures on rows built by hand, where each answer can be worked out on paper. */
class PortfolioSummaryTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().build();

  private static PlanSummary row(String id, int score) {
    return PlanSummary.builder()
        .source(id + ".json")
        .planId(PlanId.of(id))
        .title("Plan " + id)
        .score(score)
        .verdict(score == 100 ? Verdict.READY : Verdict.NEEDS_WORK)
        .errors(score == 100 ? 0 : 1)
        .warnings(0)
        .infos(0)
        .build();
  }

  private static PortfolioSummary summarize(List<? extends PortfolioEntry> entries) {
    return entries.stream().collect(PortfolioSummary.collector(ENGINE));
  }

  private static PortfolioSummary forecast(List<? extends PortfolioEntry> entries) {
    return entries.stream().collect(PortfolioSummary.collectorWithForecasts(ENGINE));
  }

  @Test
  void theMedianOfAnEvenNumberOfScoresIsTheLowerMiddleOne() {
    PortfolioSummary summary =
        summarize(List.of(row("a", 100), row("b", 40), row("c", 80), row("d", 60)));

    assertThat(summary.scoreMin()).isEqualTo(OptionalInt.of(40));
    assertThat(summary.scoreMedian()).isEqualTo(OptionalInt.of(60));
    assertThat(summary.scoreMax()).isEqualTo(OptionalInt.of(100));
  }

  @Test
  void theMedianOfAnOddNumberOfScoresIsTheMiddleOne() {
    PortfolioSummary summary = summarize(List.of(row("a", 0), row("b", 95), row("c", 95)));

    assertThat(summary.scoreMedian()).isEqualTo(OptionalInt.of(95));
  }

  @Test
  void anEmptyPortfolioHasNoScoresAndEveryVerdictAtZero() {
    PortfolioSummary summary = summarize(List.of());

    assertThat(summary.plans()).isZero();
    assertThat(summary.scoreMin()).isEmpty();
    assertThat(summary.scoreMedian()).isEmpty();
    assertThat(summary.scoreMax()).isEmpty();
    assertThat(summary.verdicts()).containsExactly(
        Map.entry(Verdict.NOT_MUTUAL, 0L), Map.entry(Verdict.NEEDS_WORK, 0L),
        Map.entry(Verdict.READY, 0L));
    assertThat(summary.worst()).isEmpty();
  }

  @Test
  void rulesAreCountedOncePerPlanMostFirstWithTiesInTheEnginesRuleOrder() {
    // overdue comes before due-date-slipped in the rules table, though it sorts after it.
    List<String> order = ENGINE.rules().stream().map(r -> r.id()).toList();
    assertThat(order.indexOf("overdue")).isLessThan(order.indexOf("due-date-slipped"));
    List<PlanSummary> rows = List.of(
        row("a", 90).withRules("due-date-slipped", "overdue", "rule-failed"),
        row("b", 90).withRules("overdue", "due-date-slipped", "exit-criteria"),
        row("c", 90).withRules("exit-criteria"),
        row("d", 90).withRules("exit-criteria"));

    PortfolioSummary summary = summarize(rows);

    assertThat(summary.rules()).containsExactly(
        Map.entry("exit-criteria", 3L), Map.entry("overdue", 2L),
        Map.entry("due-date-slipped", 2L), Map.entry("rule-failed", 1L));
  }

  @Test
  void stallsAreCountedPerMilestoneMostFirstWithTiesInTheKindsOrder() {
    List<PlanSummary> rows = List.of(
        row("a", 90).withStalls(MilestoneKind.LEGAL, MilestoneKind.OTHER, MilestoneKind.LEGAL),
        row("b", 90).withStalls(MilestoneKind.OTHER, MilestoneKind.SECURITY_REVIEW),
        row("c", 90).withStalls(MilestoneKind.SECURITY_REVIEW, MilestoneKind.PROCUREMENT));

    PortfolioSummary summary = summarize(rows);

    assertThat(summary.stalls()).containsExactly(
        Map.entry(MilestoneKind.SECURITY_REVIEW, 2L), Map.entry(MilestoneKind.LEGAL, 2L),
        Map.entry(MilestoneKind.OTHER, 2L), Map.entry(MilestoneKind.PROCUREMENT, 1L));
  }

  @Test
  void onlyPlansWithNegativeSlackAreInfeasible() {
    PlanSummary late = PlanSummary.builder().from(row("late", 80)).feasible(false).slackDays(-3)
        .build();
    PlanSummary onTime = PlanSummary.builder().from(row("on-time", 100)).feasible(true)
        .slackDays(0).build();
    PlanSummary cyclic = row("cyclic", 60);

    PortfolioSummary summary = summarize(List.of(late, onTime, cyclic));

    assertThat(summary.infeasible()).isEqualTo(1);
  }

  @Test
  void expectedOutcomesAreExactSumsWhereDoublesWouldDrift() {
    // Ten plans at 0.1: as doubles, 0.1 + 0.1 + ... gives 0.9999999999999999.
    List<PlanSummary> rows = IntStream.range(0, 10)
        .mapToObj(i -> row("p" + i, 100).withProbabilityOnTime(0.1)
            .withDealValue(Money.of(new BigDecimal("1000.10"), i % 2 == 0 ? "USD" : "EUR")))
        .toList();

    PortfolioSummary summary = forecast(rows);

    assertThat(summary.expectedOnTime()).hasValueSatisfying(
        sum -> assertThat(sum).isEqualByComparingTo("1"));
    assertThat(summary.expectedValueOnTime()).containsOnlyKeys("EUR", "USD");
    assertThat(summary.expectedValueOnTime().get("USD")).isEqualByComparingTo("500.05");
    assertThat(List.copyOf(summary.expectedValueOnTime().keySet())).containsExactly("EUR", "USD");
  }

  @Test
  void aPlanWithoutAProbabilityOrAValueAddsNothingToTheExpectations() {
    PortfolioSummary summary = forecast(List.of(
        row("no-outcome", 100).withDealValue(Money.of(BigDecimal.TEN, "USD")),
        row("no-value", 100).withProbabilityOnTime(0.5)));

    assertThat(summary.expectedOnTime()).hasValueSatisfying(
        sum -> assertThat(sum).isEqualByComparingTo("0.5"));
    assertThat(summary.expectedValueOnTime()).isEmpty();
  }

  @Test
  void withoutAForecastThereAreNoExpectations() {
    PortfolioSummary summary = summarize(List.of(row("a", 100).withProbabilityOnTime(0.5)));

    assertThat(summary.expectedOnTime()).isEmpty();
    assertThat(summary.expectedValueOnTime()).isEmpty();
  }

  @Test
  void theWorstAreTheTwentyLowestScoresThenByPlanId() {
    List<PlanSummary> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rows.add(row(String.format("plan-%02d", 29 - i), 100 - 5 * (i / 3)));
    }
    Collections.shuffle(rows, new Random(7));

    List<PlanSummary> worst = summarize(rows).worst();

    assertThat(worst).hasSize(PortfolioSummary.MAX_WORST);
    List<PlanSummary> expected = rows.stream()
        .sorted((x, y) -> x.score() != y.score() ? Integer.compare(x.score(), y.score())
            : x.planId().value().compareTo(y.planId().value()))
        .limit(20)
        .toList();
    assertThat(worst).containsExactlyElementsOf(expected);
    assertThat(worst.get(0).score()).isEqualTo(55);
    assertThat(worst.get(0).planId().value()).isEqualTo("plan-00");
  }

  @Test
  void failuresAreCountedAllAndListedUpToAHundredInLineOrder() {
    List<PortfolioEntry> entries = new ArrayList<>();
    for (int line = 1; line <= 150; line++) {
      entries.add(PlanFailure.builder().source("pipeline.ndjson").line(line)
          .addProblem("line " + line + " is not JSON").build());
    }
    entries.add(row("a", 100));
    Collections.shuffle(entries, new Random(3));

    PortfolioSummary summary = entries.parallelStream()
        .collect(PortfolioSummary.collector(ENGINE));

    assertThat(summary.plans()).isEqualTo(1);
    assertThat(summary.failed()).isEqualTo(150);
    assertThat(summary.failures()).hasSize(PortfolioSummary.MAX_FAILURES);
    assertThat(summary.failures()).extracting(f -> f.line().getAsLong())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 100).asLongStream().boxed().toList());
  }

  @Test
  void aParallelStreamInAnyOrderGivesTheSummaryOfASequentialOne() {
    Random random = new Random(11);
    List<PortfolioEntry> entries = new ArrayList<>();
    MilestoneKind[] kinds = MilestoneKind.values();
    for (int i = 0; i < 2_000; i++) {
      int score = random.nextInt(101);
      entries.add(row("p" + random.nextInt(500), score)
          .withLine(i + 1)
          .withRules(List.of("overdue", "exit-criteria", "seller-share").subList(0, i % 4))
          .withStalls(kinds[random.nextInt(kinds.length)])
          .withProbabilityOnTime(random.nextInt(10_001) / 10_000.0)
          .withDealValue(Money.of(BigDecimal.valueOf(random.nextInt(1_000_000), 2),
              random.nextBoolean() ? "USD" : "EUR")));
    }
    PortfolioSummary sequential = forecast(entries);

    for (int round = 0; round < 5; round++) {
      List<PortfolioEntry> shuffled = new ArrayList<>(entries);
      Collections.shuffle(shuffled, random);
      assertThat(Stream.of(shuffled.toArray(PortfolioEntry[]::new)).parallel()
          .collect(PortfolioSummary.collectorWithForecasts(ENGINE))).isEqualTo(sequential);
    }
  }

  @Test
  void twoRowsOfOnePlanFromOneSourceAreListedTheSameInEitherOrder() {
    // Two versions of one plan, read from one source without lines: they tie on score, id,
    // source and line, and the title breaks the tie.
    PlanSummary renewal = row("acme", 60).withSource("crm").withTitle("Acme x Globex (renewal)");
    PlanSummary first = renewal.withTitle("Acme x Globex");

    PortfolioSummary oneWay = summarize(List.of(first, renewal));
    PortfolioSummary otherWay = summarize(List.of(renewal, first));

    assertThat(oneWay).isEqualTo(otherWay);
    assertThat(oneWay.worst()).containsExactly(first, renewal);
  }

  @Test
  void twoFailuresOfOneSourceWithoutALineAreListedTheSameInEitherOrder() {
    PlanFailure seventeen = PlanFailure.builder().source("crm").addProblem("row 17: bad json")
        .build();
    PlanFailure fortyTwo = PlanFailure.builder().source("crm").addProblem("row 42: bad json")
        .build();

    PortfolioSummary oneWay = summarize(List.of(seventeen, fortyTwo));
    PortfolioSummary otherWay = summarize(List.of(fortyTwo, seventeen));

    assertThat(oneWay).isEqualTo(otherWay);
    assertThat(oneWay.failures()).containsExactly(seventeen, fortyTwo);
  }

  @Test
  void rowsAndFailuresThatTieOnTheirKeysGiveTheSameSummaryInAnyOrder() {
    // Many more ties than the summary keeps: a few plan ids, one source, no lines, so that which
    // rows and failures are kept depends on the rest of their content alone.
    Random random = new Random(17);
    List<PortfolioEntry> entries = new ArrayList<>();
    MilestoneKind[] kinds = MilestoneKind.values();
    for (int i = 0; i < 300; i++) {
      PlanSummary row = row("p" + random.nextInt(3), 40 + random.nextInt(2))
          .withSource("crm")
          .withTitle("Plan " + random.nextInt(4))
          .withWarnings(random.nextInt(3))
          .withRules(List.of("overdue", "exit-criteria").subList(0, random.nextInt(3)))
          .withStalls(kinds[random.nextInt(kinds.length)])
          .withProbabilityOnTime(random.nextInt(5) / 4.0);
      entries.add(random.nextBoolean() ? row
          : row.withDealValue(Money.of(BigDecimal.valueOf(random.nextInt(3), random.nextInt(2)),
              random.nextBoolean() ? "USD" : "EUR")));
      entries.add(PlanFailure.builder().source("crm")
          .addProblem("row " + random.nextInt(200) + ": bad json").build());
    }
    PortfolioSummary sequential = forecast(entries);

    for (int round = 0; round < 20; round++) {
      List<PortfolioEntry> shuffled = new ArrayList<>(entries);
      Collections.shuffle(shuffled, random);
      assertThat(shuffled.parallelStream().collect(PortfolioSummary.collectorWithForecasts(ENGINE)))
          .isEqualTo(sequential);
    }
    assertThat(sequential.worst()).hasSize(PortfolioSummary.MAX_WORST)
        .isSortedAccordingTo(PlanSummary.worstFirst());
    assertThat(sequential.failures()).hasSize(PortfolioSummary.MAX_FAILURES);
  }

  @Test
  void eachVerdictIsCountedOncePerPlan() {
    PlanSummary notMutual = row("c", 20).withVerdict(Verdict.NOT_MUTUAL);

    PortfolioSummary summary = summarize(List.of(row("a", 100), row("b", 100), notMutual,
        row("d", 70), row("e", 60), row("f", 50)));

    assertThat(summary.verdicts()).containsExactly(
        Map.entry(Verdict.NOT_MUTUAL, 1L), Map.entry(Verdict.NEEDS_WORK, 3L),
        Map.entry(Verdict.READY, 2L));
  }

  @Test
  void everyPlanWithNegativeSlackIsInfeasibleAndNoPlanWithoutIt() {
    PlanSummary late = PlanSummary.builder().from(row("late", 80)).feasible(false).slackDays(-3)
        .build();
    PlanSummary justLate = PlanSummary.builder().from(row("just-late", 80)).feasible(false)
        .slackDays(-1).build();
    PlanSummary onTime = PlanSummary.builder().from(row("on-time", 100)).feasible(true)
        .slackDays(0).build();

    PortfolioSummary summary = summarize(List.of(late, onTime, justLate, row("cyclic", 60)));

    assertThat(summary.infeasible()).isEqualTo(2);
  }

  @Test
  void aRuleOnMorePlansComesFirstAndTiesFollowTheEnginesOrderFromItsFirstRule() {
    List<String> order = ENGINE.rules().stream().map(r -> r.id()).toList();
    String first = order.get(0);
    String second = order.get(1);
    String last = order.get(order.size() - 1);
    List<PlanSummary> rows = List.of(
        row("a", 90).withRules(second, last),
        row("b", 90).withRules(last, first));

    PortfolioSummary summary = summarize(rows);

    assertThat(summary.rules()).containsExactly(
        Map.entry(last, 2L), Map.entry(first, 1L), Map.entry(second, 1L));
  }

  @Test
  void aRuleOrAKindCountedBelowOneIsRejected() {
    PortfolioSummary empty = summarize(List.of());

    assertThatThrownBy(() -> empty.withRules(List.of(Map.entry("overdue", 0L))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overdue=0");
    assertThatThrownBy(() -> empty.withStalls(List.of(Map.entry(MilestoneKind.LEGAL, 0L))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("legal=0");
  }

  @Test
  void sumsGivenWithTrailingZerosAreKeptInLowestTerms() {
    PortfolioSummary empty = forecast(List.of());

    assertThat(empty.withExpectedOnTime(new BigDecimal("0.94130")).expectedOnTime())
        .hasValueSatisfying(sum -> assertThat(sum.toString()).isEqualTo("0.9413"));
    assertThat(empty.withExpectedValueOnTime(Map.of("USD", new BigDecimal("1.2E+5")))
        .expectedValueOnTime().get("USD").toString()).isEqualTo("120000");
  }

  @Test
  void aFailureWithABlankSourceOrALineBelowOneIsRejected() {
    PlanFailure failure = PlanFailure.builder().source("crm").addProblem("bad json").build();

    assertThatThrownBy(() -> failure.withSource(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
    assertThatThrownBy(() -> failure.withLine(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lines count from 1");
  }
}
