package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.rules.portfolio.Portfolio;
import java.io.StringWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The portfolio page, read back with jsoup: what it shows, in what order, and nothing else. */
class PortfolioPageTest {
  @Test
  void theHeaderCountsThePlansAndTheFailuresAsOfTheDate() {
    Document page = Jsoup.parse(PortfolioPage.render(TestPortfolios.examples(false)));

    assertThat(page.title()).isEqualTo("Portfolio of 5 plans · Mutual action plans");
    assertThat(page.selectFirst("h1").text()).isEqualTo("5 plans");
    assertThat(page.selectFirst(".parties time").attr("datetime")).isEqualTo("2026-11-22");
    assertThat(page.select("header .fact dt").eachText())
        .containsExactly("Plans", "Scores", "Infeasible");
    assertThat(page.select("header .fact").first().text()).contains("1 more could not be read");
    assertThat(page.select(".verdicts .fact").eachText())
        .containsExactly("Ready 2", "Needs work 2", "Not mutual 1");
  }

  @Test
  void theWorstPlansComeLowestScoreFirstAndEveryPlanInInputOrder() {
    Portfolio portfolio = TestPortfolios.examples(false);
    Document page = Jsoup.parse(PortfolioPage.render(portfolio));

    Elements worst = page.select("#worst-heading + .table-wrap tbody tr");
    assertThat(worst.eachAttr("data-plan")).containsExactlyElementsOf(
        portfolio.summary().worst().stream().map(row -> row.planId().value()).toList());
    assertThat(worst.first().select("td").get(0).text()).isEqualTo("0");
    Elements every = page.select("#plans-heading + .table-wrap tbody tr");
    assertThat(every.eachAttr("data-plan")).containsExactlyElementsOf(
        portfolio.plans().stream().map(row -> row.planId().value()).toList());
    Element initech = page.selectFirst("#plans-heading + .table-wrap tr[data-plan=initech-q4]");
    assertThat(initech.className()).isEqualTo("is-overdue");
    assertThat(initech.text()).contains("Not mutual", "co-authored",
        "examples/close-plan-in-disguise.json");
  }

  @Test
  void rulesAndFailuresAreListed() {
    Document page = Jsoup.parse(PortfolioPage.render(TestPortfolios.examples(false)));

    assertThat(page.select("#rules-heading + .table-wrap tbody th").eachText())
        .startsWith("economic-buyer-sign-off");
    assertThat(page.select(".failures li").eachText())
        .containsExactly("examples/broken.json: (document) (line 1, column 1): the document is"
            + " empty");
  }

  @Test
  void aForecastAddsTheExpectedOutcomesAndEachPlansChance() {
    Document page = Jsoup.parse(PortfolioPage.render(TestPortfolios.examples(true)));

    assertThat(page.select("header .fact dt").eachText()).contains("Expected on time");
    assertThat(page.selectFirst("#plans-heading + .table-wrap tr[data-plan=acme-2027]").text())
        .contains("81.25%");
  }

  @Test
  void theSamePortfolioGivesTheSameBytesToAStringAndAWriter() throws Exception {
    Portfolio portfolio = TestPortfolios.examples(true);
    StringWriter written = new StringWriter();

    PortfolioPage.render(portfolio, written);

    assertThat(written.toString()).isEqualTo(PortfolioPage.render(portfolio))
        .isEqualTo(PortfolioPage.render(TestPortfolios.examples(true)));
  }

  @Test
  void hostileTextIsShownAsTextAndLoadsOrRunsNothing() {
    String html = PortfolioPage.render(TestPortfolios.hostile());
    Document page = Jsoup.parse(html);

    assertThat(page.select("script, img, svg, iframe, object, embed, link, base, form,"
        + " [onerror], [onload], [onmouseover]")).isEmpty();
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.selectFirst("#plans-heading + .table-wrap .milestone-title").text())
        .isEqualTo(TestPlans.HOSTILE.replaceAll("\\s+", " ").strip());
    assertThat(page.selectFirst(".failures li").text()).contains("<script>");
    assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'; style-src 'sha256-");
  }
}
