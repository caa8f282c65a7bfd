package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.rules.RuleEngine;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanPageSafetyTest {
  private static final LocalDate AS_OF = TestPlans.AS_OF;
  private static final String HOSTILE = TestPlans.HOSTILE;

  /** A rule whose findings carry hostile text, so that the findings are tested too. */
  private static final class HostileRule implements QualityRule {
    @Override
    public String id() {
      return "hostile";
    }

    @Override
    public String summary() {
      return "reports hostile text";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public void check(RuleContext context) {
      context.reportMilestone(0, HOSTILE, HOSTILE);
    }
  }

  private static final PageOptions HOSTILE_SELLER = PageOptions.builder()
      .ruleEngine(RuleEngine.builder().addRule(new HostileRule()).build()).build();

  static Stream<String> pages() {
    Stream<String> examples = TestPlans.exampleNames().stream().map(TestPlans::example)
        .flatMap(plan -> Stream.of(PlanPage.render(plan, AS_OF, Pages.SELLER),
            PlanPage.render(plan, AS_OF, Pages.BUYER)));
    MutualActionPlan hostile = TestPlans.hostile();
    PageOptions buyerWithForecast = PageOptions.builder().audience(Audience.BUYER)
        .forecast(ForecastSettings.builder().trials(500).build()).build();
    return Stream.concat(examples, Stream.of(
        PlanPage.render(hostile, AS_OF, HOSTILE_SELLER),
        PlanPage.render(hostile, AS_OF, Pages.BUYER),
        PlanPage.render(hostile, AS_OF, buyerWithForecast),
        PlanPage.render(TestPlans.acme(), AS_OF, buyerWithForecast),
        PlanPage.render(TestPlans.fortyMilestones(), AS_OF, Pages.SELLER)));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void nothingOnThePageLoadsOrRunsAnything(String html) {
    SafePages.assertNothingLoadsOrRuns(Pages.parse(html));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void thePolicyForbidsEveryLoadButTheInlineStyleSheet(String html) {
    SafePages.assertStrictPolicy(Pages.parse(html));
  }

  @Test
  void anExamplePageNamesNoOtherPlaceAtAll() {
    for (String name : TestPlans.exampleNames()) {
      String html = PlanPage.render(TestPlans.example(name), AS_OF);

      assertThat(html.toLowerCase(Locale.ROOT)).as(name)
          .doesNotContain("http:", "https:", "//", "url(", "@import", "<script", "<img");
    }
  }

  @Test
  void aHostileTitleIsShownAsTextInTheHeadingTheTabAndTheDescription() {
    Document page = Pages.parse(PlanPage.render(TestPlans.hostile(), AS_OF, HOSTILE_SELLER));

    assertThat(page.selectFirst("h1").text()).isEqualTo(HOSTILE);
    assertThat(page.selectFirst("h1").children()).isEmpty();
    assertThat(page.title()).isEqualTo(HOSTILE + " · Mutual action plan");
    assertThat(page.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Mutual action plan of " + HOSTILE + " × " + HOSTILE + " seller: " + HOSTILE);
    assertThat(page.selectFirst(".goal").text()).isEqualTo(HOSTILE);
  }

  @Test
  void hostileMilestoneTextIsShownAsTextInTheTableAndTheChart() {
    Document page = Pages.parse(PlanPage.render(TestPlans.hostile(), AS_OF, HOSTILE_SELLER));

    Element row = page.selectFirst("tr#m-legal");
    assertThat(row.selectFirst(".milestone-title").text()).isEqualTo(HOSTILE + " legal");
    assertThat(row.selectFirst("td.exit").text()).isEqualTo(HOSTILE);
    assertThat(row.select("td").get(0).text()).isEqualTo(HOSTILE);
    assertThat(row.select("td.exit *")).isEmpty();

    Element chartRow = page.selectFirst("svg g.row[data-milestone=legal]");
    String label = chartRow.selectFirst("text.row-label").text();
    assertThat(label).endsWith("…");
    assertThat(HOSTILE).startsWith(label.substring(0, label.length() - 1));
    assertThat(chartRow.selectFirst("rect.bar > title").text()).startsWith(HOSTILE + " legal");
    String outcome = page.selectFirst("svg text.marker-label-outcome").text();
    assertThat(outcome).endsWith("… 1 Mar");
    assertThat(HOSTILE).startsWith(outcome.substring(0, outcome.length() - "… 1 Mar".length()));
    assertThat(page.selectFirst("svg desc").text()).contains(HOSTILE);
  }

  @Test
  void hostileFindingsArePlainText() {
    Document page = Pages.parse(PlanPage.render(TestPlans.hostile(), AS_OF, HOSTILE_SELLER));

    Element finding = page.selectFirst("li.finding-error");
    assertThat(finding.selectFirst(".finding-message").text()).isEqualTo(HOSTILE);
    assertThat(finding.selectFirst(".finding-hint").text()).isEqualTo("What to do " + HOSTILE);
    assertThat(finding.selectFirst(".finding-message").children()).isEmpty();
  }

  /**
   * A character HTML does not allow is written as U+FFFD, the replacement character, wherever
   * the plan's text lands on the page; the whitespace around it stays as it is.
   */
  @Test
  void charactersHtmlDoesNotAllowAreWrittenAsTheReplacementCharacter() {
    String text = "a" + TestPlans.NOT_IN_HTML + "b\tc\nd\fe\rf";
    MutualActionPlan plan = TestPlans.withTextEverywhere(text);
    PageOptions buyerWithForecast = PageOptions.builder().audience(Audience.BUYER)
        .forecast(ForecastSettings.builder().trials(500).build()).build();
    String shown = "a" + "\uFFFD".repeat(15) + "b c d e f";

    for (String html : List.of(PlanPage.render(plan, AS_OF, HOSTILE_SELLER),
        PlanPage.render(plan, AS_OF, buyerWithForecast))) {
      Document page = Pages.parse(html);

      assertThat(TestPlans.charactersNotInHtml(html)).isEmpty();
      assertThat(html).contains(">a" + "\uFFFD".repeat(15) + "b\tc\nd\fe\rf<");
      assertThat(page.selectFirst(".goal").text()).isEqualTo(shown);
      assertThat(page.selectFirst("tr#m-legal td.exit").text()).isEqualTo(shown);
    }
  }

  @Test
  void hostileNamesAreShownAsTextOnTheBuyersPage() {
    Document page = Pages.buyer(TestPlans.hostile(), AS_OF);

    assertThat(page.select(".person-name").eachText()).hasSize(7).containsOnly(HOSTILE);
    assertThat(page.select(".person-job").eachText()).containsOnly(HOSTILE);
    assertThat(page.select("section.people h3").first().ownText()).isEqualTo(HOSTILE);
  }
}
