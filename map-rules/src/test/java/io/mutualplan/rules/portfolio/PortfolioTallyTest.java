package io.mutualplan.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.Money;
import io.mutualplan.core.PlanId;
import io.mutualplan.rules.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The collector's state holds no plans: what it keeps is bounded by the rules, currencies and the
 * two selections, however many rows and failures it folds.
 */
class PortfolioTallyTest {
  private static final List<String> RULES = List.of("overdue", "exit-criteria", "seller-share");

  private static PortfolioEntry entry(Random random, int i) {
    if (i % 17 == 0) {
      return PlanFailure.builder().source("pipeline.ndjson").line(i + 1)
          .addProblem("broken").build();
    }
    return PlanSummary.builder()
        .source("pipeline.ndjson")
        .line(i + 1)
        .planId(PlanId.of("plan-" + i))
        .title("Plan " + i)
        .score(random.nextInt(101))
        .verdict(Verdict.values()[random.nextInt(3)])
        .errors(1).warnings(2).infos(0)
        .rules(RULES.subList(0, random.nextInt(RULES.size() + 1)))
        .addStall(MilestoneKind.values()[random.nextInt(MilestoneKind.values().length)])
        .probabilityOnTime(random.nextInt(10_001) / 10_000.0)
        .dealValue(Money.of(BigDecimal.valueOf(random.nextInt(100_000)), "USD"))
        .build();
  }

  private static int retainedAfter(int entries) {
    Random random = new Random(entries);
    PortfolioTally tally = new PortfolioTally(RULES, true);
    for (int i = 0; i < entries; i++) {
      tally.add(entry(random, i));
    }
    return tally.retained();
  }

  @Test
  void theStateStaysTheSameSizeFromAThousandToAHundredThousandPlans() {
    int bound = RULES.size() + 1 + PortfolioSummary.MAX_WORST + PortfolioSummary.MAX_FAILURES;

    int small = retainedAfter(2_000);
    int large = retainedAfter(100_000);

    assertThat(small).isEqualTo(bound);
    assertThat(large).isEqualTo(small);
  }

  @Test
  void mergingTwoTalliesAddsTheirCounts() {
    PortfolioTally one = new PortfolioTally(RULES, false);
    PortfolioTally other = new PortfolioTally(RULES, false);
    one.add(late("a", Verdict.NEEDS_WORK));
    other.add(late("b", Verdict.NEEDS_WORK));
    other.add(late("c", Verdict.READY));
    other.add(PlanFailure.builder().source("crm").addProblem("bad json").build());

    PortfolioSummary summary = one.merge(other).summary();

    assertThat(summary.plans()).isEqualTo(3);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.infeasible()).isEqualTo(3);
    assertThat(summary.verdicts()).containsExactly(
        Map.entry(Verdict.NOT_MUTUAL, 0L), Map.entry(Verdict.NEEDS_WORK, 2L),
        Map.entry(Verdict.READY, 1L));
  }

  private static PlanSummary late(String id, Verdict verdict) {
    return PlanSummary.builder().source(id + ".json").planId(PlanId.of(id)).title(id).score(50)
        .verdict(verdict).errors(0).warnings(0).infos(0).feasible(false).slackDays(-2).build();
  }
}
