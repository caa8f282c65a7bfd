package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.DisplayText;
import io.mutualplan.core.Money;
import io.mutualplan.rules.Verdict;
import io.mutualplan.rules.portfolio.PlanFailure;
import io.mutualplan.rules.portfolio.PlanSummary;
import io.mutualplan.rules.portfolio.Portfolio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PortfolioPageSafetyTest {
  private static final String HOSTILE = TestPlans.HOSTILE;

  /** A line break, a paragraph separator and a right-to-left override inside a title. */
  private static final String TWISTED = "Acme\nlegal\u2029review \u202Efdp.exe\u202C done";

  static Stream<String> pages() {
    return Stream.of(TestPortfolios.hostile(true), TestPortfolios.hostile(false),
            TestPortfolios.generated(7, 150, true), TestPortfolios.empty(),
            TestPortfolios.manyFailures(120))
        .map(PortfolioPage::render);
  }

  @ParameterizedTest
  @MethodSource("pages")
  void nothingOnThePageLoadsOrRunsAnything(String html) {
    SafePages.assertNothingLoadsOrRuns(Pages.parse(html));
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img", "<svg");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void thePolicyForbidsEveryLoadButTheInlineStyleSheet(String html) {
    SafePages.assertStrictPolicy(Pages.parse(html));
  }

  @Test
  void aGeneratedPortfolioNamesNoOtherPlaceAtAll() {
    String html = PortfolioPage.render(TestPortfolios.generated(7, 150, true));

    assertThat(html.toLowerCase(Locale.ROOT))
        .doesNotContain("http:", "https:", "//", "url(", "@import");
  }

  @Test
  void hostileTitlesSourcesRuleIdsCurrenciesAndProblemsAreShownAsText() {
    Document page = Pages.parse(PortfolioPage.render(TestPortfolios.hostile(true)));

    for (Element row : page.select("tr[data-plan=hostile]")) {
      assertThat(row.selectFirst(".plan-title").text()).isEqualTo(HOSTILE);
      assertThat(row.selectFirst(".plan-title").children()).isEmpty();
      assertThat(row.selectFirst(".source").ownText()).isEqualTo(HOSTILE);
      assertThat(row.selectFirst(".deal-value").text()).isEqualTo(HOSTILE + " 1,000");
    }
    assertThat(page.select("tr[data-plan=hostile]")).hasSize(2);
    assertThat(page.select("section.tally-rules tbody th").eachText()).contains(HOSTILE);
    assertThat(page.selectFirst(".expected-values .currency").text()).isEqualTo(HOSTILE);
    Element failure = page.selectFirst("li.failure");
    assertThat(failure.selectFirst(".failure-source code").text()).isEqualTo(HOSTILE);
    assertThat(failure.selectFirst(".failure-problems li").text()).isEqualTo(HOSTILE);
    assertThat(failure.select(".failure-problems li *")).isEmpty();
  }

  /**
   * As on the plan's page, a character HTML does not allow is written as U+FFFD; the portfolio
   * puts its texts on one line first, so the controls among them are a space by then.
   */
  @Test
  void charactersHtmlDoesNotAllowAreWrittenAsTheReplacementCharacter() {
    String text = "a" + TestPlans.NOT_IN_HTML + "b";
    String shown = "a " + "\uFFFD".repeat(6) + "b";
    PlanSummary row = PlanSummary.builder()
        .from(TestPortfolios.row("odd", 50, Verdict.NEEDS_WORK))
        .title(text)
        .source("crm/" + text + ".json")
        .build();
    Portfolio portfolio = TestPortfolios.portfolio(List.of(row,
        PlanFailure.builder().source(text).addProblem(text).build()), false);

    String html = PortfolioPage.render(portfolio);
    Document page = Pages.parse(html);

    assertThat(TestPlans.charactersNotInHtml(html)).isEmpty();
    assertThat(page.selectFirst("section.all-plans .plan-title").wholeText()).isEqualTo(shown);
    assertThat(page.selectFirst("section.all-plans .source").wholeText())
        .isEqualTo("crm/" + shown + ".json");
    assertThat(page.selectFirst(".failure-source code").wholeText()).isEqualTo(shown);
    assertThat(page.selectFirst(".failure-problems li").wholeText()).isEqualTo(shown);
  }

  @Test
  void lineBreaksAndCharactersThatReorderTextBecomeSpacesAsOnThePlanPage() {
    PlanSummary row = PlanSummary.builder()
        .from(TestPortfolios.row("twisted", 50, Verdict.NEEDS_WORK))
        .title(TWISTED)
        .source("crm/\u202Egnp.json")
        .dealValue(Money.of(new BigDecimal("5"), "EUR\n"))
        .build();
    Portfolio portfolio = TestPortfolios.portfolio(List.of(row,
        PlanFailure.builder().source("in\nbox").addProblem("line 1\u2028: " + TWISTED).build()),
        false);

    String html = PortfolioPage.render(portfolio);
    Document page = Pages.parse(html);

    assertThat(html).doesNotContain("\u202E", "\u202C", "\u2029", "\u2028", "Acme\n", "EUR\n",
        "in\nbox");
    Element title = page.selectFirst("section.all-plans .plan-title");
    assertThat(title.wholeText()).isEqualTo(DisplayText.line(TWISTED))
        .isEqualTo("Acme legal review  fdp.exe  done");
    assertThat(page.selectFirst("section.all-plans .source").wholeText())
        .isEqualTo("crm/ gnp.json");
    assertThat(page.selectFirst("section.all-plans .deal-value").wholeText()).isEqualTo("EUR  5");
    assertThat(page.selectFirst(".failure-source code").wholeText()).isEqualTo("in box");
    assertThat(page.selectFirst(".failure-problems li").wholeText())
        .isEqualTo("line 1 : " + DisplayText.line(TWISTED));
  }
}
