package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MilestoneKind;
import io.mutualplan.forecast.Percent;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import io.mutualplan.rules.portfolio.PortfolioEntry;
import io.mutualplan.rules.portfolio.PortfolioSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PortfolioPageStructureTest {
  private static final long[] SEEDS = {7, 2_026, -41};

  static Stream<Portfolio> generated() {
    return LongStream.of(SEEDS).boxed().flatMap(seed -> Stream.of(TestPortfolios.generated(seed, 150, true),
            TestPortfolios.generated(seed, 150, false)));
  }

  static Stream<Portfolio> portfolios() {
    return Stream.concat(generated(), Stream.of(TestPortfolios.empty(),
        TestPortfolios.hostile(true), TestPortfolios.manyFailures(130)));
  }

  private static Document page(Portfolio portfolio) {
    return Pages.parse(PortfolioPage.render(portfolio));
  }

  private static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  @ParameterizedTest
  @MethodSource("generated")
  void theHeaderAndTheSummaryShowEveryFigureOfTheSummary(Portfolio portfolio) {
    Document page = page(portfolio);
    PortfolioSummary summary = portfolio.summary();

    assertThat(page.selectFirst("h1").text()).isEqualTo("Portfolio as of 4 Jan 2027");
    assertThat(page.selectFirst("h1 time").attr("datetime")).isEqualTo("2027-01-04");
    assertThat(page.select(".facts .fact").eachText()).containsExactly(
        "Plans read " + count(summary.plans()),
        "Could not be read " + count(summary.failed()),
        "As of 4 Jan 2027");
    for (Verdict verdict : Verdict.values()) {
      Element line = page.selectFirst(".verdict-counts .verdict-" + verdict.spelling());
      long plans = summary.verdicts().get(verdict);
      assertThat(line.selectFirst(".verdict-number").text()).isEqualTo(count(plans));
      assertThat(line.selectFirst(".verdict-share").text())
          .isEqualTo(share(plans, summary.plans()));
    }
    assertThat(page.select(".verdict-counts .verdict-name").eachText())
        .containsExactly("Ready", "Needs work", "Not mutual");
    assertThat(page.selectFirst(".score-min dd").text())
        .isEqualTo(Integer.toString(summary.scoreMin().getAsInt()));
    assertThat(page.selectFirst(".score-median dd").text())
        .isEqualTo(Integer.toString(summary.scoreMedian().getAsInt()));
    assertThat(page.selectFirst(".score-max dd").text())
        .isEqualTo(Integer.toString(summary.scoreMax().getAsInt()));
    assertThat(page.selectFirst(".figure-infeasible .figure-number").text())
        .isEqualTo(count(summary.infeasible()));
  }

  @ParameterizedTest
  @MethodSource("generated")
  void theRulesAndTheStallsAreListedMostFirstWithTheirCounts(Portfolio portfolio) {
    Document page = page(portfolio);
    PortfolioSummary summary = portfolio.summary();

    List<String> rules = page.select("section.tally-rules tbody tr").stream()
        .map(row -> row.selectFirst("th").text() + " " + row.selectFirst(".tally-count").text()
            + " " + row.selectFirst(".tally-share").text())
        .collect(Collectors.toList());
    assertThat(rules).isNotEmpty().containsExactlyElementsOf(summary.rules().stream()
        .map(rule -> rule.getKey() + " " + count(rule.getValue()) + " "
            + share(rule.getValue(), summary.plans()))
        .collect(Collectors.toList()));
    List<String> stalls = page.select("section.tally-stalls tbody tr").stream()
        .map(row -> row.selectFirst("th").text() + " " + row.selectFirst(".tally-count").text())
        .collect(Collectors.toList());
    assertThat(stalls).isNotEmpty().containsExactlyElementsOf(summary.stalls().stream()
        .map(stall -> words(stall.getKey()) + " " + count(stall.getValue()))
        .collect(Collectors.toList()));
  }

  /** A share as the page writes it: whole percent, 0% and 100% only for none and all. */
  private static String share(long part, long whole) {
    long percent = Math.round(100.0 * part / whole);
    return percent == 0 && part > 0 ? "<1%" : percent == 100 && part < whole ? ">99%"
        : percent + "%";
  }

  private static String words(MilestoneKind kind) {
    String words = kind.spelling().replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  @ParameterizedTest
  @MethodSource("generated")
  void theWorstPlansAndEveryPlanAreRowsInTheirOrder(Portfolio portfolio) {
    Document page = page(portfolio);

    assertThat(page.select("section.worst tbody tr").eachAttr("data-plan"))
        .containsExactlyElementsOf(ids(portfolio.summary().worst()));
    assertThat(page.select("section.worst tbody tr .score-cell").eachText())
        .containsExactlyElementsOf(portfolio.summary().worst().stream()
            .map(row -> Integer.toString(row.score())).collect(Collectors.toList()));
    Elements rows = page.select("section.all-plans tbody tr");
    assertThat(rows.eachAttr("data-plan")).containsExactlyElementsOf(ids(portfolio.plans()));
    for (int i = 0; i < rows.size(); i++) {
      assertRow(rows.get(i), portfolio.plans().get(i), portfolio.summary().expectedOnTime()
          .isPresent());
    }
  }

  private static List<String> ids(List<PlanSummary> rows) {
    return rows.stream().map(row -> row.planId().value()).collect(Collectors.toList());
  }

  /** A row of the table shows each figure of its plan in its column, or a dash. */
  private static void assertRow(Element row, PlanSummary plan, boolean forecast) {
    String as = plan.planId().value();
    assertThat(row.select("th, td")).as(as).hasSize(forecast ? 13 : 12);
    assertThat(row.selectFirst(".plan-title").text()).as(as).isEqualTo(plan.title());
    assertThat(row.selectFirst(".source").text()).as(as)
        .isEqualTo(plan.source() + " line " + plan.line().getAsLong());
    // The amount as given, with thousands separators.
    assertThat(row.selectFirst(".deal-value").text().replace(",", "")).as(as).isEqualTo(
        plan.dealValue().map(value -> value.currency() + " " + value.amount().toPlainString())
            .orElse("—"));
    assertThat(row.selectFirst(".score-cell").text()).isEqualTo(Integer.toString(plan.score()));
    assertThat(row.selectFirst(".verdict-label").className())
        .endsWith("verdict-" + plan.verdict().spelling());
    assertThat(List.of(row.selectFirst(".errors").text(), row.selectFirst(".warnings").text(),
        row.selectFirst(".infos").text())).as(as).containsExactly(
            Integer.toString(plan.errors()), Integer.toString(plan.warnings()),
            Integer.toString(plan.infos()));
    assertThat(row.selectFirst(".finish time") == null
        ? "—" : row.selectFirst(".finish time").attr("datetime")).as(as)
        .isEqualTo(plan.projectedFinish().map(Object::toString).orElse("—"));
    assertThat(row.selectFirst(".deadline time") == null
        ? "—" : row.selectFirst(".deadline time").attr("datetime")).as(as)
        .isEqualTo(plan.deadline().map(Object::toString).orElse("—"));
    assertThat(row.selectFirst(".slack").text()).as(as).isEqualTo(plan.slackDays().isPresent()
        ? Long.toString(plan.slackDays().getAsLong()) : "—");
    assertThat(row.selectFirst(".feasible").text()).as(as)
        .isEqualTo(plan.feasible().map(yes -> yes ? "Yes" : "No").orElse("—"));
    assertThat(row.hasClass("is-infeasible")).as(as)
        .isEqualTo(plan.feasible().equals(Optional.of(false)));
    if (forecast) {
      assertThat(row.selectFirst(".on-time").text()).as(as).isEqualTo(
          plan.probabilityOnTime().isPresent()
              ? Percent.of(plan.probabilityOnTime().getAsDouble())
              : "—");
    } else {
      assertThat(row.select(".on-time")).as(as).isEmpty();
    }
  }

  /**
   * A share of plans says "0%" and "100%" only for none and all: a rule that fired on 2 plans of
   * 491 did fire; and a list of one worst plan is not called "the 1 lowest scores".
   */
  @Test
  void aShareIsNeverRoundedToNoneOrAllAndOneWorstPlanIsNotCountedInWords() {
    List<PortfolioEntry> rows = new java.util.ArrayList<>();
    rows.add(TestPortfolios.row("one", 40, Verdict.NEEDS_WORK));
    for (int i = 0; i < 490; i++) {
      rows.add(TestPortfolios.row(String.format(Locale.ROOT, "ready-%03d", i), 100,
          Verdict.READY));
    }

    Document page = page(TestPortfolios.portfolio(rows, false));

    assertThat(page.selectFirst(".verdict-counts .verdict-ready .verdict-share").text())
        .isEqualTo(">99%");
    assertThat(page.selectFirst(".verdict-counts .verdict-needs-work .verdict-share").text())
        .isEqualTo("<1%");
    assertThat(page.selectFirst(".verdict-counts .verdict-not-mutual .verdict-share").text())
        .isEqualTo("0%");
    Document single = page(TestPortfolios.portfolio(
        List.of(TestPortfolios.row("only", 100, Verdict.READY)), false));
    assertThat(single.selectFirst(".verdict-counts .verdict-ready .verdict-share").text())
        .isEqualTo("100%");
    assertThat(single.select("caption").eachText()).contains("The lowest score.");
  }

  /**
   * A probability says "100%" and "0%" only for every trial and none, as {@code map forecast}
   * and the plan's page do: 9,995 of 10,000 trials on time is ">99.9%", 5 is "<0.1%".
   */
  @Test
  void aProbabilityIsNeverRoundedToACertaintyTheTrialsDidNotShow() {
    List<PortfolioEntry> rows = List.of(
        TestPortfolios.row("all-but-five", 100, Verdict.READY).withProbabilityOnTime(0.9995),
        TestPortfolios.row("five", 100, Verdict.READY).withProbabilityOnTime(0.0005),
        TestPortfolios.row("every", 100, Verdict.READY).withProbabilityOnTime(1),
        TestPortfolios.row("none", 100, Verdict.READY).withProbabilityOnTime(0),
        TestPortfolios.row("most", 100, Verdict.READY).withProbabilityOnTime(0.9412),
        TestPortfolios.row("half", 100, Verdict.READY).withProbabilityOnTime(0.5));

    Document page = page(TestPortfolios.portfolio(rows, true));

    assertThat(page.select("section.all-plans tbody tr .on-time").eachText())
        .containsExactly(">99.9%", "<0.1%", "100%", "0%", "94.1%", "50%");
  }

  @Test
  void aPlanWithACycleHasADashForEachFigureOfTheSchedule() {
    Portfolio portfolio = TestPortfolios.portfolio(
        List.of(TestPortfolios.row("ready", 100, Verdict.READY), TestPortfolios.cyclic("loop")),
        false);

    Element row = page(portfolio).selectFirst("section.all-plans tr[data-plan=loop]");

    assertThat(row.hasClass("is-unscheduled")).isTrue();
    assertThat(row.select(".finish, .deadline, .slack, .feasible").eachText())
        .containsExactly("—", "—", "—", "—");
    assertThat(row.select(".finish .none, .deadline .none, .slack .none, .feasible .none")
        .eachAttr("title")).containsOnly("No schedule");
    assertThat(row.selectFirst(".score-cell").text()).isEqualTo("40");
    assertThat(page(portfolio).selectFirst("section.tally-rules tbody th").text())
        .isEqualTo("dependencies-acyclic");
  }

  @Test
  void aGeneratedPipelineHasPlansWithoutASchedule() {
    // The generated pipelines above hold cyclic plans, so the table's dashes are tested there.
    assertThat(TestPortfolios.generated(7, 150, false).plans())
        .anyMatch(row -> !row.hasSchedule());
  }

  @Test
  void withAForecastTheExpectedOutcomesAndValuesAreShownPerCurrency() {
    Portfolio portfolio = TestPortfolios.generated(2_026, 150, true);
    PortfolioSummary summary = portfolio.summary();
    Element expected = page(portfolio).selectFirst(".figure-expected");

    assertThat(expected.selectFirst(".figure-number").text()).isEqualTo(summary.expectedOnTime()
        .orElseThrow().setScale(1, RoundingMode.HALF_EVEN).toPlainString());
    assertThat(expected.selectFirst(".figure-words").text())
        .startsWith("of " + count(summary.plans()) + " plans, ");
    assertThat(summary.expectedValueOnTime()).isNotEmpty();
    assertThat(expected.select(".expected-values li").eachText())
        .containsExactlyElementsOf(summary.expectedValueOnTime().entrySet().stream()
            .map(value -> value.getKey() + " " + String.format(Locale.ROOT, "%,.2f",
                value.getValue().setScale(2, RoundingMode.HALF_EVEN)))
            .collect(Collectors.toList()));
    assertThat(page(portfolio).select("section.all-plans thead th").last().text())
        .isEqualTo("On time");
  }

  @Test
  void withoutAForecastThereIsNoExpectationAndNoOnTimeColumn() {
    Document page = page(TestPortfolios.generated(2_026, 150, false));

    assertThat(page.select(".figure-expected")).isEmpty();
    assertThat(page.select("section.all-plans thead th").last().text()).isEqualTo("Feasible");
  }

  @Test
  void anEmptyPortfolioSaysSoInsteadOfShowingEmptyTables() {
    Document page = page(TestPortfolios.empty());

    assertThat(page.select(".facts .fact").eachText())
        .containsExactly("Plans read 0", "Could not be read 0", "As of 4 Jan 2027");
    assertThat(page.select(".verdict-counts li").eachText())
        .containsExactly("0 Ready 0%", "0 Needs work 0%", "0 Not mutual 0%");
    assertThat(page.selectFirst(".figure-scores .note").text())
        .isEqualTo("No scores: no plans were read.");
    assertThat(page.select("table")).isEmpty();
    assertThat(page.select("section.worst .note, section.all-plans .note").eachText())
        .containsOnly("No plans were read.");
    assertThat(page.select("section.failures")).isEmpty();
  }

  @Test
  void theFailuresAreListedWithTheirSourceLineAndProblems() {
    Portfolio portfolio = TestPortfolios.generated(7, 150, false);
    List<PlanFailure> failures = portfolio.summary().failures();
    Document page = page(portfolio);

    assertThat(failures).isNotEmpty();
    assertThat(page.selectFirst("#failures-heading").text())
        .isEqualTo("Could not be read " + failures.size());
    assertThat(page.select("li.failure").stream()
        .map(failure -> failure.selectFirst(".failure-source").text() + ": "
            + failure.select(".failure-problems li").eachText())
        .collect(Collectors.toList()))
        .containsExactlyElementsOf(failures.stream()
            .map(failure -> failure.source() + " line " + failure.line().getAsLong() + ": "
                + failure.problems())
            .collect(Collectors.toList()));
    assertThat(page.select(".more-failures")).isEmpty();
  }

  @Test
  void moreFailuresThanTheSummaryListsAreCounted() {
    Document page = page(TestPortfolios.manyFailures(130));

    assertThat(page.selectFirst("#failures-heading").text()).isEqualTo("Could not be read 130");
    assertThat(page.select("li.failure")).hasSize(PortfolioSummary.MAX_FAILURES);
    assertThat(page.selectFirst(".more-failures").text())
        .isEqualTo("The first 100 are listed; 30 more could not be read.");
    assertThat(page.selectFirst("p.parties").text())
        .isEqualTo("2 plans read; 130 could not be read");
  }

  @ParameterizedTest
  @MethodSource("portfolios")
  void headingsGoDownOneLevelAtATimeFromOneTitle(Portfolio portfolio) {
    List<Integer> levels = page(portfolio).select("h1, h2, h3, h4, h5, h6").stream()
        .map(h -> h.tagName().charAt(1) - '0').collect(Collectors.toList());

    assertThat(levels.get(0)).isEqualTo(1);
    assertThat(levels.stream().filter(level -> level == 1)).hasSize(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
  }

  @ParameterizedTest
  @MethodSource("portfolios")
  void everyTableHasACaptionColumnHeadersAndRowHeaders(Portfolio portfolio) {
    for (Element table : page(portfolio).select("table")) {
      assertThat(table.select("caption").text()).isNotBlank();
      assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
      for (Element row : table.select("tbody tr")) {
        assertThat(row.child(0).tagName()).isEqualTo("th");
        assertThat(row.child(0).attr("scope")).isEqualTo("row");
      }
    }
  }

  @Test
  void thePageTitleAndDescriptionNameTheDateAndTheCounts() {
    Document page = page(TestPortfolios.manyFailures(3));

    assertThat(page.title()).isEqualTo("Portfolio as of 4 Jan 2027 · Mutual action plans");
    assertThat(page.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Summary of 2 plans read; 3 could not be read, as of 4 Jan 2027");
    assertThat(page.select("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void countsOfThousandsAreWrittenWithSeparators() {
    Portfolio thousands = TestPortfolios.portfolio(Stream.iterate(1, i -> i + 1).limit(1_234)
        .map(i -> (PortfolioEntry) TestPortfolios.row(
            "p" + i, 100, Verdict.READY))
        .collect(Collectors.toList()), false);

    Document page = page(thousands);

    assertThat(page.selectFirst(".verdict-ready .verdict-number").text()).isEqualTo("1,234");
    assertThat(page.selectFirst("p.parties").text()).isEqualTo("1,234 plans read");
    assertThat(page.select("section.all-plans tbody tr")).hasSize(1_234);
    assertThat(page.select("section.worst tbody tr")).hasSize(PortfolioSummary.MAX_WORST);
  }
}
