package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.rules.QualityReport;
import io.mutualplan.rules.RuleEngine;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanPageAudienceTest {
  private static final LocalDate AS_OF = TestPlans.AS_OF;

  static Stream<String> examples() {
    return TestPlans.exampleNames().stream();
  }

  @Test
  void theSellerSeesTheVerdictTheScoreAndTheCounts() {
    Element grade = Pages.seller(TestPlans.acme(), AS_OF).selectFirst("section.grade");

    assertThat(grade.classNames()).contains("grade-ready");
    assertThat(grade.select(".verdict").text()).isEqualTo("Ready score 100/100");
    assertThat(grade.select(".counts").text())
        .isEqualTo("0 errors · 0 warnings · 0 infos · profile full");
  }

  @Test
  void theSellerSeesTheFindingsGroupedBySeverityEachWithItsHint() {
    QualityReport report = RuleEngine.builder().build()
        .evaluate(TestPlans.example("close-plan-in-disguise"), AS_OF);
    Document page = Pages.seller(TestPlans.example("close-plan-in-disguise"), AS_OF);

    assertThat(page.select("section.grade .verdict-word").text()).isEqualTo("Not mutual");
    assertThat(page.select("section.findings h3").eachText()).containsExactly(
        "Errors " + report.errors(), "Warnings " + report.warnings(), "Infos " + report.infos());
    assertThat(page.select("li.finding")).hasSize(report.findings().size());
    assertThat(page.select("li.finding-error .finding-message").eachText())
        .first().asString().startsWith("The plan's only revision was made by Alex Kim");
    assertThat(page.select("li.finding .finding-hint")).hasSize(report.findings().size())
        .allSatisfy(hint -> assertThat(hint.text()).startsWith("What to do "));
  }

  @Test
  void aFindingAboutAMilestoneLinksToItsRow() {
    Document page = Pages.seller(TestPlans.example("close-plan-in-disguise"), AS_OF);

    for (Element link : page.select("li.finding a")) {
      String target = link.attr("href").substring(1);
      assertThat(page.getElementById(target)).as(target).isNotNull();
      assertThat(page.getElementById(target).tagName()).isEqualTo("tr");
    }
    assertThat(page.select("li.finding a")).isNotEmpty();
  }

  @Test
  void aPlanWithNoFindingsSaysSo() {
    assertThat(Pages.seller(TestPlans.acme(), AS_OF).select("section.findings").text())
        .isEqualTo("Findings No findings: the plan passes every rule.");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theBuyerSeesNoVerdictNoScoreAndNoFindings(String example) {
    Document page = Pages.buyer(TestPlans.example(example), AS_OF);

    assertThat(page.select("section.grade, section.findings, .verdict, .score")).isEmpty();
    String text = page.text().toLowerCase(java.util.Locale.ROOT);
    assertThat(text).doesNotContain("score", "verdict", "finding", "not mutual", "needs work",
        "what to do");
    assertThat(page.select("body").hasClass("audience-buyer")).isTrue();
  }

  @Test
  void theBuyerSeesBothSidesPeopleWithTheirRoles() {
    Document page = Pages.buyer(TestPlans.acme(), AS_OF);

    assertThat(page.select("section.people h3").eachText())
        .containsExactly("Acme Corp buyer", "Globex seller");
    assertThat(page.select(".side-buyer li.person").eachText()).containsExactly(
        "Sarah Chen, VP Operations Champion",
        "Dan Ortiz, CFO Economic buyer",
        "Priya Nair, IT Security Lead Security",
        "Marco Ruiz, Corporate Counsel Legal",
        "Lena Park, Procurement Manager Procurement");
    assertThat(page.select(".side-seller li.person").eachText())
        .containsExactly("Alex Kim Account executive", "Jordan Blake Sales engineer");
  }

  @Test
  void theSellerPageDoesNotListThePeople() {
    assertThat(Pages.seller(TestPlans.acme(), AS_OF).select("section.people")).isEmpty();
  }

  @Test
  void theRuleEngineOfTheOptionsGradesThePlan() {
    PageOptions noRules = PageOptions.builder()
        .ruleEngine(RuleEngine.builder().withBuiltInRules(false).build()).build();

    Document page = Pages.parse(
        PlanPage.render(TestPlans.example("close-plan-in-disguise"), AS_OF, noRules));

    assertThat(page.select("section.grade .verdict-word").text()).isEqualTo("Ready");
    assertThat(page.select("li.finding")).isEmpty();
  }

  @Test
  void theDefaultOptionsAreTheSellersPageWithTheBuiltInRules() {
    PageOptions defaults = PageOptions.builder().build();

    assertThat(defaults.audience()).isEqualTo(Audience.SELLER);
    assertThat(defaults.ruleEngine().rules()).hasSize(RuleEngine.builder().build().rules().size());
    assertThat(PlanPage.render(TestPlans.acme(), AS_OF))
        .isEqualTo(PlanPage.render(TestPlans.acme(), AS_OF, defaults));
  }

  @Test
  void twoDefaultOptionsAreEqualAndHashAlike() {
    PageOptions one = PageOptions.builder().build();
    PageOptions other = PageOptions.builder().build();

    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.withAudience(Audience.BUYER)).isEqualTo(Pages.BUYER);
    assertThat(one.withRuleEngine(RuleEngine.builder().build())).isNotEqualTo(other);
  }

  @Test
  void audiencesAreSpelledAsOnTheCommandLine() {
    assertThat(Audience.parse("buyer")).isEqualTo(Audience.BUYER);
    assertThat(Audience.SELLER.spelling()).isEqualTo("seller");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Audience.parse("manager"))
        .withMessage("'manager' is not an audience; expected one of: seller, buyer");
  }
}
