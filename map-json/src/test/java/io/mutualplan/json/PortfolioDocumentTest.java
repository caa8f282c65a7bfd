package io.mutualplan.json;

import static io.mutualplan.json.Documents.onlyProblemOf;
import static io.mutualplan.json.Documents.problemsOf;
import static io.mutualplan.json.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.fixtures.ExamplePlans;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.rules.portfolio.PortfolioEntry;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portfolio document {@code mutual-action-plan-portfolio/1} and its per-plan row: written
 * with every field, read back to equal values, and rejected with a place when it is wrong.
 */
class PortfolioDocumentTest {
  private static final LocalDate AS_OF = ExamplePlans.AS_OF;
  private static final RuleEngine ENGINE = RuleEngine.builder().build();
  private static final MapJson JSON = MapJson.standard();

  private static PlanSummary row(String source, MutualActionPlan plan) {
    return PlanSummary.summarize(source, plan, AS_OF, ENGINE);
  }

  private static Portfolio portfolio(boolean forecast) {
    List<PlanSummary> rows = List.of(
        row("acme.json", ExamplePlans.acme()).withProbabilityOnTime(0.9412),
        row("close.json", ExamplePlans.closePlanInDisguise()),
        row("mistakes.json", ExamplePlans.classicMistakes()).withProbabilityOnTime(0.0001));
    PlanFailure failure = PlanFailure.builder().source("broken.json")
        .addProblem("line 1, column 2: unexpected end of input").build();
    Collector<PortfolioEntry, ?, PortfolioSummary> collector = forecast
        ? PortfolioSummary.collectorWithForecasts(ENGINE)
        : PortfolioSummary.collector(ENGINE);
    PortfolioSummary summary = Stream.concat(rows.stream(), Stream.of(failure))
        .map(PortfolioEntry.class::cast)
        .collect(collector);
    return Portfolio.builder().asOf(AS_OF).summary(summary).plans(rows).build();
  }

  @Test
  void theDocumentStartsWithItsFormatAndSummaryAndListsFailuresAndRows() {
    String json = JSON.portfolios().write(portfolio(true));

    assertThat(json).startsWith("{\"format\":\"mutual-action-plan-portfolio/1\","
        + "\"asOf\":\"2026-11-22\",\"summary\":{\"plans\":3,\"failed\":1,\"verdicts\":{"
        + "\"not-mutual\":");
    assertThat(json).contains("\"score\":{\"min\":", "\"expectedOnTime\":0.9413,",
        "\"expectedValueOnTime\":{\"USD\":",
        "\"failures\":[{\"source\":\"broken.json\",\"line\":null,\"problems\":[\"line 1,",
        "\"plans\":[{\"id\":\"acme-2027\",\"title\":",
        "\"dealValue\":{\"amount\":120000,\"currency\":\"USD\"},\"score\":100,"
            + "\"verdict\":\"ready\",\"errors\":0,\"warnings\":0,\"infos\":0,\"rules\":[],"
            + "\"projectedFinish\":\"2027-01-15\",\"deadline\":\"2027-02-07\",\"slackDays\":23,"
            + "\"feasible\":true,\"probabilityOnTime\":0.9412,\"stalls\":[]}",
        "\"probabilityOnTime\":0.0001,");
  }

  @Test
  void aPortfolioNotForecastHasNullExpectations() {
    String json = JSON.portfolios().write(portfolio(false));

    assertThat(json).contains("\"expectedOnTime\":null,\"expectedValueOnTime\":null,");
  }

  @Test
  void theDocumentReadsBackEqualAndWritesTheSameBytes() {
    for (boolean forecast : new boolean[] {true, false}) {
      Portfolio portfolio = portfolio(forecast);
      String json = JSON.portfolios().write(portfolio);

      Portfolio read = JSON.portfolios().read(json);

      assertThat(read).isEqualTo(portfolio);
      assertThat(JSON.portfolios().write(read)).isEqualTo(json);
      assertThat(JSON.pretty().portfolios().read(JSON.pretty().portfolios().write(portfolio)))
          .isEqualTo(portfolio);
    }
  }

  /**
   * Rows that tie on score, id, source and line (two versions of one plan from one source) are
   * ordered by their other values, and the document with them reads back equal.
   */
  @Test
  void rowsThatTieOnTheirFirstKeysReadBackInTheirOrder() {
    PlanSummary acme = row("crm", ExamplePlans.acme());
    List<PlanSummary> tied = List.of(acme.withProbabilityOnTime(0.0),
        acme.withProbabilityOnTime(0.5), acme.withTitle("Acme x Globex (renewal)"),
        acme.withTitle("Acme x Globex (renewal)").withProbabilityOnTime(0.25));
    PortfolioSummary summary = tied.stream().map(PortfolioEntry.class::cast)
        .collect(PortfolioSummary.collector(ENGINE));
    Portfolio portfolio = Portfolio.builder().asOf(AS_OF).summary(summary).plans(tied).build();

    Portfolio read = JSON.portfolios().read(JSON.portfolios().write(portfolio));

    assertThat(read).isEqualTo(portfolio);
    assertThat(read.summary().worst()).hasSize(4).isSortedAccordingTo(PlanSummary.worstFirst());
  }

  @Test
  void aRowIsOneLineAndTheSameObjectAsInTheDocument() {
    Portfolio portfolio = portfolio(true);
    PlanSummary acme = portfolio.plans().get(0);

    String line = JSON.portfolioRows().write(acme);

    assertThat(line).doesNotContain("\n");
    assertThat(JSON.portfolios().write(portfolio)).contains("\"plans\":[" + line + ",");
    assertThat(JSON.portfolioRows().read(line)).isEqualTo(acme);
  }

  @Test
  void aPortfolioOfRowsWithLinesAndStallsReadsBackEqualWithTheStallsCounted() {
    PlanSummary acme = row("plans.ndjson", ExamplePlans.acme()).withLine(7)
        .withStalls(MilestoneKind.SECURITY_REVIEW, MilestoneKind.LEGAL);
    PlanFailure failure = PlanFailure.builder().source("plans.ndjson").line(9)
        .addProblem("line 1, column 2: unexpected end of input").build();
    PortfolioSummary summary = Stream.of(acme, failure).map(PortfolioEntry.class::cast)
        .collect(PortfolioSummary.collector(ENGINE));
    Portfolio portfolio = Portfolio.builder().asOf(AS_OF).summary(summary).plans(List.of(acme))
        .build();

    String json = JSON.portfolios().write(portfolio);

    assertThat(json).contains("\"stalls\":[{\"kind\":\"security-review\",\"milestones\":1},",
        "\"line\":7,", "\"line\":9,", "\"stalls\":[\"security-review\",\"legal\"]");
    assertThat(JSON.portfolios().read(json)).isEqualTo(portfolio);
  }

  @Test
  void anEmptyPortfolioHasANullScore() {
    Portfolio empty = Portfolio.builder().asOf(AS_OF)
        .summary(Stream.<PortfolioEntry>empty().collect(PortfolioSummary.collector(ENGINE)))
        .build();

    String json = JSON.portfolios().write(empty);

    assertThat(json).contains("\"score\":null,");
    assertThat(JSON.portfolios().read(json)).isEqualTo(empty);
  }

  @Test
  void aWrongValueIsRejectedAtItsPlace() {
    String json = JSON.portfolios().write(portfolio(true))
        .replace("\"verdict\":\"ready\"", "\"verdict\":\"readyish\"");

    DocumentReadException rejected = catchThrowableOfType(DocumentReadException.class,
        () -> JSON.portfolios().read(json));

    assertThat(rejected.problems()).isNotEmpty();
    assertThat(rejected.problems().get(0).pointer()).isEqualTo("/summary/worst/2/verdict");
    assertThat(rejected.problems().get(0).message()).contains("readyish");
  }

  @Test
  void moreFailuresListedThanTheSummaryCountsAreRejectedAtTheFailures() {
    String json = JSON.portfolios().write(portfolio(false));
    assertThat(json).contains("\"failed\":1,");

    DocumentProblem problem = onlyProblemOf(JSON.portfolios(),
        json.replace("\"failed\":1,", "\"failed\":0,"));

    assertProblem(problem).hasPointer("/failures").hasMessage("the document lists 1 failure but"
        + " its summary counts 0 plans that could not be read; a portfolio lists at most 100");
    assertThat(problem.line()).isPresent();
  }

  @Test
  void aScoreOutOfRangeIsRejectedAtTheScore() {
    String line = JSON.portfolioRows().write(portfolio(true).plans().get(0))
        .replace("\"score\":100,", "\"score\":101,");

    assertProblem(onlyProblemOf(JSON.portfolioRows(), line)).hasPointer("/score")
        .hasMessage("a score is 0 to 100, not 101");
  }

  @Test
  void scoresOutOfOrderAreRejectedAtTheScoreReadSecond() {
    String json = JSON.portfolios().write(portfolio(false)).replaceFirst("\"score\":\\{[^}]*}",
        "\"score\":{\"min\":90,\"median\":50,\"max\":80}");

    List<DocumentProblem> problems = problemsOf(JSON.portfolios(), json);

    assertThat(problems).hasSize(2);
    assertProblem(problems.get(0)).hasPointer("/summary/score/median")
        .isAt(1, json.indexOf("\"median\":50") + "\"median\":".length() + 1)
        .hasMessage("median 50 is below min 90; the scores are min <= median <= max");
    assertProblem(problems.get(1)).hasPointer("/summary/score/max")
        .isAt(1, json.indexOf("\"max\":80") + "\"max\":".length() + 1)
        .hasMessage("max 80 is below min 90; the scores are min <= median <= max");
  }

  @Test
  void anotherVersionOfThePortfolioFormatIsRejectedNamingTheOneRead() {
    String json = JSON.portfolios().write(portfolio(false))
        .replace("mutual-action-plan-portfolio/1", "mutual-action-plan-portfolio/2");

    assertProblem(onlyProblemOf(JSON.portfolios(), json)).hasPointer("/format").isAt(1, 11)
        .hasMessage("format 'mutual-action-plan-portfolio/2' is not supported; this reader reads"
            + " mutual-action-plan-portfolio/1");
  }

  @Test
  void anUnknownVerdictOrACountThatIsNoNumberIsRejectedInTheVerdictsWords() {
    String written = JSON.portfolios().write(portfolio(false));
    String unknown = written.replace("\"verdicts\":{\"not-mutual\":",
        "\"verdicts\":{\"not-mutualish\":");
    String notANumber = written.replaceFirst("\"verdicts\":\\{\"not-mutual\":[0-9]+",
        "\"verdicts\":{\"not-mutual\":\"one\"");

    assertProblem(onlyProblemOf(JSON.portfolios(), unknown)).hasPointer("/summary/verdicts")
        .hasMessageContaining("'not-mutualish'");
    assertProblem(onlyProblemOf(JSON.portfolios(), notANumber))
        .hasPointer("/summary/verdicts/not-mutual")
        .isAt(1, notANumber.indexOf("\"one\"") + 1)
        .hasMessage("the plans with verdict not-mutual must be a whole number; found a string");
  }

  @Test
  void verdictCountsThatDoNotAddUpToThePlansReadAreRejectedAtTheVerdicts() {
    String json = JSON.portfolios().write(portfolio(false))
        .replace("\"summary\":{\"plans\":3,", "\"summary\":{\"plans\":4,");

    assertProblem(onlyProblemOf(JSON.portfolios(), json)).hasPointer("/summary/verdicts")
        .isAt(1, json.indexOf("\"verdicts\":") + "\"verdicts\":".length() + 1)
        .hasMessage("the verdicts count 3 plans but the summary counts 4 plans read; each plan"
            + " read has one verdict");
  }

  @Test
  void worstPlansOutOfOrderAreRejectedAtTheRowListedTooLate() {
    Portfolio portfolio = portfolio(false);
    List<PlanSummary> worst = new ArrayList<>(portfolio.summary().worst());
    Collections.rotate(worst, 1);  // the best of the worst plans first, the rest in order
    PlanSummary lowest = worst.get(1);
    PlanSummary higher = worst.get(0);
    assertThat(higher.score()).isGreaterThan(lowest.score());
    String json = JSON.portfolios().write(
        portfolio.withSummary(portfolio.summary().withWorst(worst)));

    DocumentProblem problem = onlyProblemOf(JSON.portfolios(), json);

    assertProblem(problem).hasPointer("/summary/worst/1/score").hasMessage("plan '"
        + lowest.planId() + "' (score " + lowest.score() + ") is listed after plan '"
        + higher.planId() + "' (score " + higher.score() + "); the worst plans are lowest score"
        + " first, then by plan id, source and line, then by title and the row's other values");
    assertThat(problem.line()).isPresent();
  }

  @Test
  void aSumUnderAKeyThatIsNotACurrencyIsRejectedAtIt() {
    String json = JSON.portfolios().write(portfolio(true))
        .replace("\"expectedValueOnTime\":{\"USD\":", "\"expectedValueOnTime\":{\"usd\":");

    assertProblem(onlyProblemOf(JSON.portfolios(), json))
        .hasPointer("/summary/expectedValueOnTime/usd")
        .isAt(1, json.indexOf("\"usd\":") + "\"usd\":".length() + 1)
        .hasMessage("'usd' is not an ISO-4217 currency code, such as USD or EUR");
  }

  @Test
  void aRowsDealValueInAnUnknownCurrencyIsRejectedAtTheCurrency() {
    String line = JSON.portfolioRows().write(portfolio(true).plans().get(0))
        .replace("\"currency\":\"USD\"", "\"currency\":\"QQQ\"");

    assertProblem(onlyProblemOf(JSON.portfolioRows(), line)).hasPointer("/dealValue/currency")
        .isAt(1, line.indexOf("\"QQQ\"") + 1)
        .hasMessage("'QQQ' is not an ISO-4217 currency code, such as USD or EUR");
  }

  @Test
  void aDateBeforeTheFirstDayAPlanCanHoldIsRejectedAtIt() {
    String json = JSON.portfolios().write(portfolio(false))
        .replace("\"asOf\":\"2026-11-22\"", "\"asOf\":\"0000-11-22\"");

    assertProblem(onlyProblemOf(JSON.portfolios(), json)).hasPointer("/asOf")
        .isAt(1, json.indexOf("\"0000-11-22\"") + 1)
        .hasMessage("asOf 0000-11-22 is out of range; dates are between 0001-01-01 and"
            + " 9999-12-31");
  }

  @Test
  void aNegativeZeroProbabilityIsNoRowBecauseItWouldBeWrittenAsZero() {
    PlanSummary acme = row("crm", ExamplePlans.acme());
    assertThatThrownBy(() -> acme.withProbabilityOnTime(-0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a probability is 0 to 1, not -0.0");
  }

  @Test
  void aProbabilityAboveOneIsRejectedInARow() {
    String line = JSON.portfolioRows().write(portfolio(true).plans().get(0))
        .replace("\"probabilityOnTime\":0.9412", "\"probabilityOnTime\":1.5");

    DocumentReadException rejected = catchThrowableOfType(DocumentReadException.class,
        () -> JSON.portfolioRows().read(line));

    assertThat(rejected.problems().get(0).message()).contains("1.5");
  }
}
