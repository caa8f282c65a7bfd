package io.mutualplan.html;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.rules.portfolio.PortfolioEntry;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.util.ArrayList;
import java.util.List;

/** Portfolios for the page's tests, as of {@link TestPlans#AS_OF}. */
final class TestPortfolios {
  private static final RuleEngine ENGINE = RuleEngine.builder().build();

  private TestPortfolios() {}

  /** Every example plan, and one broken file, with probabilities when forecast. */
  static Portfolio examples(boolean forecast) {
    List<PlanSummary> rows = new ArrayList<>();
    for (String name : TestPlans.exampleNames()) {
      PlanSummary row = PlanSummary.summarize(
          "examples/" + name + ".json", TestPlans.example(name), TestPlans.AS_OF, ENGINE);
      rows.add(forecast && row.deadline().isPresent() ? row.withProbabilityOnTime(0.8125) : row);
    }
    PlanFailure broken = PlanFailure.builder().source("examples/broken.json")
        .addProblem("(document) (line 1, column 1): the document is empty").build();
    return of(rows, List.of(broken), forecast);
  }

  /** The hostile plan, from a hostile source, beside a failure with hostile text. */
  static Portfolio hostile() {
    MutualActionPlan plan = TestPlans.hostile();
    PlanSummary row = PlanSummary.summarize(TestPlans.HOSTILE, plan, TestPlans.AS_OF, ENGINE);
    PlanFailure failure = PlanFailure.builder().source(TestPlans.HOSTILE)
        .addProblem(TestPlans.HOSTILE).build();
    return of(List.of(row), List.of(failure), false);
  }

  private static Portfolio of(
      List<PlanSummary> rows, List<PlanFailure> failures, boolean forecast) {
    List<PortfolioEntry> entries = new ArrayList<>(rows);
    entries.addAll(failures);
    return Portfolio.builder()
        .asOf(TestPlans.AS_OF)
        .summary(entries.stream().collect(PortfolioSummary.collector(ENGINE, forecast)))
        .plans(rows)
        .build();
  }
}
