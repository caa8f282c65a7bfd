package io.mutualplan.html;

import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.Money;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.PlanId;
import io.mutualplan.json.DocumentReadException;
import io.mutualplan.json.MapJson;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.rules.portfolio.PortfolioEntry;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import io.mutualplan.testkit.PipelineLine;
import io.mutualplan.testkit.PlanGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The portfolios the portfolio page is tested with: generated pipelines (with and without
 * probabilities), an empty one, one with hostile text everywhere, one with more failures than a
 * summary lists.
 */
final class TestPortfolios {
  /** The date the testkit's pipelines are made for. */
  static final LocalDate AS_OF = LocalDate.parse("2027-01-04");

  /** A source that names a stream of plans. */
  static final String STREAM = "pipeline.ndjson";

  private static final RuleEngine ENGINE = RuleEngine.builder().build();
  private static final MapJson JSON = MapJson.standard();

  private TestPortfolios() {}

  /**
   * A generated pipeline of this many lines, checked and scheduled; with {@code forecast}, each
   * plan with an outcome and a schedule gets a probability on time drawn from the seed (the page
   * shows probabilities, it does not compute them). Broken lines are failures.
   */
  static Portfolio generated(long seed, int lines, boolean forecast) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PipelineLine> generated = PlanGenerators.pipelines().lines(random, lines);
    List<PortfolioEntry> entries = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      long line = i + 1;
      MutualActionPlan plan;
      try {
        plan = JSON.plans().read(generated.get(i).text());
      } catch (DocumentReadException e) {
        entries.add(PlanFailure.builder().source(STREAM).line(line)
            .addProblem(e.problems().get(0).toString()).build());
        continue;
      }
      PlanSummary row = PlanSummary.summarize(STREAM, plan, AS_OF, ENGINE).withLine(line);
      if (forecast && row.hasSchedule() && row.deadline().isPresent()) {
        row = row.withProbabilityOnTime(Math.round(random.nextDouble() * 10_000) / 10_000.0);
      }
      entries.add(row);
    }
    return portfolio(entries, forecast);
  }

  /** A portfolio of these entries, summarised as the command does. */
  static Portfolio portfolio(List<PortfolioEntry> entries, boolean forecast) {
    Collector<PortfolioEntry, ?, PortfolioSummary> collector = forecast
        ? PortfolioSummary.collectorWithForecasts(ENGINE)
        : PortfolioSummary.collector(ENGINE);
    return Portfolio.builder()
        .asOf(AS_OF)
        .summary(entries.stream().collect(collector))
        .plans(entries.stream().filter(PlanSummary.class::isInstance).map(PlanSummary.class::cast)
            .collect(Collectors.toList()))
        .build();
  }

  /** No plan at all. */
  static Portfolio empty() {
    return portfolio(List.of(), false);
  }

  /** A row of the given id and score, scheduled with some slack, with a deal value. */
  static PlanSummary row(String id, int score, Verdict verdict) {
    return PlanSummary.builder()
        .source("crm/" + id + ".json")
        .planId(PlanId.of(id))
        .title("Plan " + id)
        .dealValue(Money.of(new BigDecimal("120000"), "USD"))
        .score(score)
        .verdict(verdict)
        .errors(0)
        .warnings(1)
        .infos(2)
        .deadline(AS_OF.plusDays(40))
        .projectedFinish(AS_OF.plusDays(30))
        .slackDays(7)
        .feasible(true)
        .build();
  }

  /** A plan whose dependencies form a cycle: no schedule. */
  static PlanSummary cyclic(String id) {
    return PlanSummary.builder()
        .from(row(id, 40, Verdict.NOT_MUTUAL))
        .deadline(Optional.empty())
        .projectedFinish(Optional.empty())
        .slackDays(OptionalLong.empty())
        .feasible(Optional.empty())
        .addRules("dependencies-acyclic")
        .errors(1)
        .build();
  }

  /** Hostile text in every text of a row and of a failure, and in a rule id and a currency. */
  static Portfolio hostile(boolean forecast) {
    String hostile = TestPlans.HOSTILE;
    PlanSummary row = PlanSummary.builder()
        .from(row("hostile", 10, Verdict.NOT_MUTUAL))
        .planId(PlanId.of("hostile"))
        .title(hostile)
        .source(hostile)
        .line(3)
        .dealValue(Money.of(new BigDecimal("1000"), hostile))
        .addRules(hostile)
        .addStalls(MilestoneKind.LEGAL)
        .build();
    List<PortfolioEntry> entries = new ArrayList<>(List.of(row,
        PlanFailure.builder().source(hostile).line(4).addProblem(hostile).build()));
    if (forecast) {
      entries.set(0, row.withProbabilityOnTime(0.5));
    }
    return portfolio(entries, forecast);
  }

  /** More failures than a summary lists, and two plans. */
  static Portfolio manyFailures(int failures) {
    return portfolio(Stream.concat(
        Stream.of(row("a", 90, Verdict.READY), row("b", 60, Verdict.NEEDS_WORK)),
        Stream.iterate(1, line -> line + 1).limit(failures)
            .map(line -> PlanFailure.builder().source(STREAM).line(line)
                .addProblem("line " + line + ", column 1: not a JSON object").build()))
        .collect(Collectors.toList()), false);
  }
}
