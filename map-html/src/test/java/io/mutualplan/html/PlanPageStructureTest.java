package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.html.internal.LibraryVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanPageStructureTest {
  private static final LocalDate AS_OF = TestPlans.AS_OF;

  static Stream<MutualActionPlan> plans() {
    return Stream.concat(TestPlans.exampleNames().stream().map(TestPlans::example),
        Stream.of(TestPlans.fortyMilestones(), TestPlans.longTitles(), TestPlans.hostile()));
  }

  private static List<String> ids(MutualActionPlan plan) {
    return plan.milestones().stream().map(m -> m.id().value()).collect(Collectors.toList());
  }

  @ParameterizedTest
  @MethodSource("plans")
  void everyMilestoneIsOnceInTheTableAndOnceInTheChartInPlanOrder(MutualActionPlan plan) {
    for (Document page : List.of(Pages.seller(plan, AS_OF), Pages.buyer(plan, AS_OF))) {
      assertThat(page.select("table.map-table tbody tr").eachAttr("data-milestone"))
          .containsExactlyElementsOf(ids(plan));
      Elements rows = page.select("svg.gantt g.row");
      assertThat(rows.eachAttr("data-milestone")).containsExactlyElementsOf(ids(plan));
      for (int i = 0; i < rows.size(); i++) {
        Milestone milestone = plan.milestones().get(i);
        Elements shapes = rows.get(i).select("rect.bar, polygon.event");
        assertThat(shapes).hasSize(1);
        assertThat(shapes.get(0).tagName())
            .isEqualTo(milestone.scheduledDurationDays() == 0 ? "polygon" : "rect");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("plans")
  void headingsGoDownOneLevelAtATimeFromOneTitle(MutualActionPlan plan) {
    Document withForecast = Pages.parse(PlanPage.render(plan, AS_OF, PageOptions.builder()
        .forecast(ForecastSettings.builder().trials(200).build()).build()));
    for (Document page : List.of(Pages.seller(plan, AS_OF), Pages.buyer(plan, AS_OF),
        withForecast)) {
      List<Integer> levels = page.select("h1, h2, h3, h4, h5, h6").stream()
          .map(h -> h.tagName().charAt(1) - '0').collect(Collectors.toList());
      assertThat(levels.get(0)).isEqualTo(1);
      assertThat(levels.stream().filter(level -> level == 1)).hasSize(1);
      for (int i = 1; i < levels.size(); i++) {
        assertThat(levels.get(i)).as("heading %d after %d", levels.get(i), levels.get(i - 1))
            .isLessThanOrEqualTo(levels.get(i - 1) + 1);
      }
    }
  }

  @Test
  void theTitleIsTheOnlyFirstLevelHeading() {
    Document page = Pages.seller(TestPlans.acme(), AS_OF);

    assertThat(page.select("h1").text()).isEqualTo("Acme x Globex");
    assertThat(page.title()).isEqualTo("Acme x Globex · Mutual action plan");
    assertThat(page.select("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void theHeaderGivesBothSidesTheGoalTheOutcomeTheDeadlineAndTheAsOfDate() {
    Element header = Pages.seller(TestPlans.acme(), AS_OF).selectFirst("header.plan-header");

    assertThat(header.select(".parties").text()).isEqualTo("Acme Corp × Globex");
    assertThat(header.select(".goal").text()).startsWith("Acme's operations team live");
    assertThat(header.select(".fact").eachText()).containsExactly(
        "Outcome Go-live 1 Mar 2027 set by Sarah Chen",
        "Deadline 7 Feb 2027 the last day to finish, leaving the 21 days of lead time before"
            + " Go-live",
        "Projected finish 15 Jan 2027 23 days of slack",
        "As of 22 Nov 2026");
    assertThat(header.select("time").eachAttr("datetime"))
        .containsExactly("2027-03-01", "2027-02-07", "2027-01-15", "2026-11-22");
  }

  @Test
  void dayCountsAreWorkingDaysOnACalendarWithDaysOffAsTheRulesAndTheCommandLineSayThem() {
    Document page = Pages.seller(TestPlans.example("seven-step-template"), AS_OF);

    assertThat(page.select("header.plan-header .fact").eachText()).contains(
        "Deadline 15 Jan 2027 the last day to finish, leaving the 15 working days of lead"
            + " time before Go-live",
        "Projected finish 30 Dec 2026 10 working days of slack");
    assertThat(page.select("svg.gantt g[data-milestone=legal] rect.bar title").text())
        .contains(", 20 working days planned;", "; 10 working days of float");
  }

  @Test
  void theTableHasColumnHeadersAndARowHeaderPerMilestone() {
    Document page = Pages.seller(TestPlans.acme(), AS_OF);

    assertThat(page.select("table.map-table thead th").eachText()).containsExactly(
        "Milestone", "Buyer owner", "Seller owner", "Due", "Status", "Exit criteria");
    assertThat(page.select("table.map-table thead th").eachAttr("scope")).containsOnly("col");
    assertThat(page.select("table.map-table tbody th[scope=row]")).hasSize(7);
    assertThat(page.select("table.map-table caption")).hasSize(1);
  }

  @Test
  void aRowGivesTheTitleTheIdOwnersDueDateStatusAndExitCriteria() {
    Element legal = Pages.seller(TestPlans.acme(), AS_OF).selectFirst("tr#m-legal");

    assertThat(legal.select(".milestone-title").text()).isEqualTo("MSA redlines agreed");
    assertThat(legal.select(".milestone-id").text()).isEqualTo("legal");
    assertThat(legal.select("td").eachText()).containsExactly("Marco Ruiz", "Alex Kim",
        "22 Jan 2027", "Not started Critical path", "MSA countersigned by both legal teams");
  }

  @Test
  void criticalPathRowsAreMarkedWithWordsNotOnlyColour() {
    Document page = Pages.seller(TestPlans.acme(), AS_OF);

    assertThat(page.select("tr.is-critical").eachAttr("data-milestone")).containsExactly(
        "security-docs", "security-review", "legal", "procurement", "signature");
    assertThat(page.select("tr.is-critical .mark-critical").eachText())
        .containsOnly("Critical path");
    assertThat(page.select("svg g.row-critical").eachAttr("data-milestone")).containsExactly(
        "security-docs", "security-review", "legal", "procurement", "signature");
    assertThat(page.select("svg g.row-complete").eachAttr("data-milestone"))
        .containsExactly("champion-alignment");
  }

  @Test
  void anOverdueRowSaysSoAndByHowManyDays() {
    Document page = Pages.seller(TestPlans.acme(), LocalDate.parse("2026-12-01"));

    Element row = page.selectFirst("tr#m-security-docs");
    assertThat(row.classNames()).contains("is-overdue");
    assertThat(row.select(".mark-overdue").text()).isEqualTo("Overdue · 4 days");
  }

  @Test
  void aMilestoneFlaggedAtRiskSaysSo() {
    MutualActionPlan plan = TestPlans.acme();
    int legal = plan.indexOf(MilestoneId.of("legal")).getAsInt();
    List<Milestone> milestones = new java.util.ArrayList<>(plan.milestones());
    milestones.set(legal, milestones.get(legal).withAtRisk(true));

    Element row = Pages.seller(plan.withMilestones(milestones), AS_OF).selectFirst("tr#m-legal");

    assertThat(row.classNames()).contains("is-at-risk");
    assertThat(row.select(".mark-at-risk").text()).isEqualTo("At risk · flagged");
  }

  @Test
  void aMilestoneThatCannotFinishByItsDueDateIsAtRisk() {
    MutualActionPlan plan = TestPlans.acme()
        .moveDue(MilestoneId.of("security-review"), LocalDate.parse("2026-12-01"));

    Element row = Pages.seller(plan, AS_OF).selectFirst("tr#m-security-review");

    assertThat(row.select(".mark-at-risk").text()).isEqualTo("At risk · finishes 8 Dec");
    assertThat(row.select(".baseline").text()).isEqualTo("was 18 Dec 2026");
  }

  @Test
  void theChartIsAnImageWithATitleAndADescriptionAndEachBarHasItsOwnTitle() {
    Document page = Pages.seller(TestPlans.acme(), AS_OF);

    Element svg = page.selectFirst("svg.gantt");
    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.child(0).tagName()).isEqualTo("title");
    assertThat(svg.child(0).text()).isEqualTo("Timeline of Acme x Globex");
    for (String id : svg.attr("aria-labelledby").split(" ")) {
      assertThat(page.getElementById(id)).as(id).isNotNull();
    }
    assertThat(svg.selectFirst("desc").text()).contains("7 milestones", "Critical path:");
    assertThat(svg.select("g.row rect.bar > title, g.row polygon.event > title")).hasSize(7);
    assertThat(svg.selectFirst("g.row[data-milestone=legal] rect.bar > title").text())
        .isEqualTo("MSA redlines agreed (legal): 9 Dec 2026 to 5 Jan 2027, 28 days planned;"
            + " due 22 Jan 2027; 23 days of float; on the critical path");
    assertThat(svg.attr("viewBox")).startsWith("0 0 1000 ");
  }

  @Test
  void theChartLabelsTheAsOfDeadlineAndOutcomeLines() {
    Document page = Pages.seller(TestPlans.acme(), AS_OF);

    assertThat(page.select("svg.gantt text.marker-label").eachText())
        .containsExactly("As of 22 Nov", "Deadline 7 Feb", "Go-live 1 Mar");
    assertThat(page.select("svg.gantt line.marker")).hasSize(3);
    assertThat(page.select("svg.gantt line.due")).hasSize(7);
  }

  @Test
  void theStyleSheetIsTheOneTheContentSecurityPolicyAllows() throws Exception {
    Document page = Pages.seller(TestPlans.acme(), AS_OF);

    String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    Elements styles = page.select("style");
    assertThat(styles).hasSize(1);
    String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
        .digest(styles.get(0).data().getBytes(StandardCharsets.UTF_8)));
    assertThat(policy).isEqualTo("default-src 'none'; style-src 'sha256-" + hash
        + "'; base-uri 'none'; form-action 'none'");
    assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
  }

  @Test
  void theFooterNamesMapsVersionAndThePlansLatestRevision() {
    Document page = Pages.seller(TestPlans.acme(), AS_OF);

    assertThat(page.select("footer").text()).isEqualTo("Generated by MAP "
        + LibraryVersion.VERSION + " as of 22 Nov 2026 · latest revision 3 by Alex Kim (Globex)"
        + " on 20 Nov 2026.");
    assertThat(LibraryVersion.VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void aPlanOfAThousandMilestonesIsDrawnWholeWithSmallerRows() {
    MutualActionPlan large = io.mutualplan.testkit.PlanGenerators.largePlans(1000, 2000)
        .plan(new java.util.SplittableRandom(1000));

    Document page = Pages.seller(large, AS_OF);

    assertThat(page.select("table.map-table tbody tr")).hasSize(1000);
    assertThat(page.select("svg.gantt g.row")).hasSize(1000);
    double rowHeight = Double.parseDouble(page.selectFirst("svg.gantt rect.stripe").attr("height"));
    assertThat(rowHeight).isLessThan(18).isGreaterThan(0);
  }

  @Test
  void aPlanWithoutMilestonesSaysSoInsteadOfAnEmptyTableAndChart() {
    MutualActionPlan empty = TestPlans.acme().withMilestones(List.of());

    Document page = Pages.seller(empty, AS_OF);

    assertThat(page.select("table")).isEmpty();
    assertThat(page.select("svg")).isEmpty();
    assertThat(page.select("section.timeline .note").text()).contains("no milestones");
  }
}
