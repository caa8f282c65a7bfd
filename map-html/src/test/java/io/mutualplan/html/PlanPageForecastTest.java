package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.mutualplan.core.Dependency;
import io.mutualplan.core.Estimate;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.forecast.Forecast;
import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.forecast.Forecaster;
import io.mutualplan.forecast.MilestoneForecast;
import io.mutualplan.forecast.OutcomeDates;
import io.mutualplan.forecast.Percent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The forecast section of the page (html-report item 5): the probability that the outcome date
 * holds, the finish and outcome dates at 50, 80 and 90 percent, and each milestone's criticality
 * as a small bar with its figure in words; only when asked, and the same bytes for the same
 * settings.
 */
class PlanPageForecastTest {
  private static final LocalDate AS_OF = TestPlans.AS_OF;
  private static final ForecastSettings SETTINGS = ForecastSettings.builder().trials(3_000)
      .seed(11).build();
  private static final PageOptions SELLER = PageOptions.builder().forecast(SETTINGS).build();
  private static final PageOptions BUYER = PageOptions.builder().audience(Audience.BUYER)
      .forecast(SETTINGS).build();

  private static Document page(MutualActionPlan plan, PageOptions options) {
    return Pages.parse(PlanPage.render(plan, AS_OF, options));
  }

  private static List<String> isoDates(Elements facts) {
    return facts.select("time").eachAttr("datetime");
  }

  @Test
  void aPageHasNoForecastUnlessAskedForOne() {
    assertThat(Pages.seller(TestPlans.acme(), AS_OF).select("section.forecast")).isEmpty();
    assertThat(Pages.buyer(TestPlans.acme(), AS_OF).select("section.forecast")).isEmpty();
  }

  @Test
  void theForecastComesAfterTheTimelineAndBeforeTheFindingsOrThePeople() {
    for (Document page : List.of(page(TestPlans.acme(), SELLER),
        page(TestPlans.acme(), BUYER))) {
      List<String> sections = page.select("main > section").eachAttr("class");
      int timeline = sections.indexOf("timeline");
      assertThat(sections.get(timeline + 1)).isEqualTo("forecast");
      assertThat(sections.get(timeline + 2)).isIn("findings", "people");
      assertThat(page.selectFirst("section.forecast > h2").text()).isEqualTo("Forecast");
    }
  }

  /**
   * Acme's go-live on 1 Mar 2027 holds in 99.8% of the trials: its outcome dates say how early
   * it could be, not a date to commit to instead of the buyer's.
   */
  @Test
  void theSectionGivesTheProbabilityHowEarlyTheOutcomeCouldBeAndWhenTheWorkFinishes() {
    MutualActionPlan acme = TestPlans.acme();
    Forecast forecast = Forecaster.forecast(acme, AS_OF, SETTINGS);
    OutcomeDates commit = forecast.outcomeAtConfidence().orElseThrow();
    assertThat(commit.p80()).isBefore(LocalDate.parse("2027-03-01"));

    Element section = page(acme, SELLER).selectFirst("section.forecast");

    assertThat(section.selectFirst(".probability-figure").text())
        .isEqualTo(Percent.of(forecast.probabilityOnTime().orElseThrow()));
    assertThat(section.selectFirst(".probability-words").text()).isEqualTo(
        "probability that Go-live on 1 Mar 2027 holds: "
            + String.format(Locale.ROOT, "%,d", forecast.onTimeTrials().orElseThrow())
            + " of 3,000 trials finish by the deadline, 7 Feb 2027.");
    List<Element> groups = section.select("h3.forecast-dates");
    assertThat(groups).extracting(Element::text).containsExactly("Go-live could be as early as",
        "The remaining work finishes by", "What drives the date, most first");
    Elements commitments = groups.get(0).nextElementSibling().select(".fact");
    assertThat(commitments.select("dt").eachText())
        .containsExactly("50% confidence", "80% confidence", "90% confidence");
    assertThat(isoDates(commitments)).containsExactly(
        commit.p50().toString(), commit.p80().toString(), commit.p90().toString());
    assertThat(commitments.get(1).hasClass("fact-commit")).isTrue();
    assertThat(commitments.get(1).selectFirst(".fact-detail").text())
        .isEqualTo("Go-live on 1 Mar 2027 holds");
    Elements finishes = groups.get(1).nextElementSibling().select(".fact");
    assertThat(isoDates(finishes)).containsExactly(
        forecast.finish().orElseThrow().p50().toString(),
        forecast.finish().orElseThrow().p80().toString(),
        forecast.finish().orElseThrow().p90().toString());
    assertThat(section.select("ol.driver-list a").eachAttr("href"))
        .containsExactlyElementsOf(forecast.drivers().stream().map(id -> "#m-" + id.value())
            .collect(Collectors.toList()));
    assertThat(section.selectFirst(".forecast-settings").text()).isEqualTo("3,000 trials, seed"
        + " 11, triangular durations: the same plan, as-of date and settings give the same"
        + " figures.");
  }

  /**
   * A buyer's date before the P80 outcome date holds in fewer than 80% of the trials: the P80
   * date is the one to commit to, on the buyer's page too.
   */
  @Test
  void anOutcomeDateBeforeTheP80DateGetsTheDateToCommitTo() {
    MutualActionPlan acme = TestPlans.acme();
    MutualActionPlan early = acme.withOutcome(
        acme.outcome().orElseThrow().withDate(LocalDate.parse("2027-02-10")));
    OutcomeDates commit = Forecaster.forecast(early, AS_OF, SETTINGS).outcomeAtConfidence()
        .orElseThrow();
    assertThat(commit.p80()).isAfter(LocalDate.parse("2027-02-10"));

    for (Document page : List.of(page(early, SELLER), page(early, BUYER))) {
      Element section = page.selectFirst("section.forecast");
      Element heading = section.selectFirst("h3.forecast-dates");
      assertThat(heading.text()).isEqualTo("Go-live date to commit to");
      Element p80 = heading.nextElementSibling().select(".fact").get(1);
      assertThat(p80.select("time").attr("datetime")).isEqualTo(commit.p80().toString());
      assertThat(p80.selectFirst(".fact-detail").text()).isEqualTo("the date to commit to");
    }
    Element acmeForBuyer = page(acme, BUYER).selectFirst("section.forecast");
    assertThat(acmeForBuyer.selectFirst("h3.forecast-dates").text())
        .isEqualTo("Go-live could be as early as");
  }

  /** Without estimates the one date is how early the outcome could be, or the date to commit to. */
  @Test
  void aPlanWithoutEstimatesHasOneOutcomeDateWordedAsTheDeadlineHoldsOrNot() {
    MutualActionPlan onTrack = TestPlans.example("lightweight-email-plan");
    MutualActionPlan late = onTrack.withOutcome(
        onTrack.outcome().orElseThrow().withDate(LocalDate.parse("2026-11-24")));

    Element holds = page(onTrack, SELLER).selectFirst("section.forecast");
    Element commit = page(late, SELLER).selectFirst("section.forecast");

    assertThat(holds.selectFirst("h3.forecast-dates").text())
        .isEqualTo("Live for the holiday rush could be as early as");
    assertThat(holds.selectFirst(".fact-commit").text()).isEqualTo("In every trial 27 Nov 2026"
        + " Live for the holiday rush on 15 Dec 2026 holds");
    assertThat(commit.selectFirst("h3.forecast-dates").text())
        .isEqualTo("Live for the holiday rush date to commit to");
    assertThat(commit.selectFirst(".fact-commit").text())
        .isEqualTo("In every trial 27 Nov 2026 the date to commit to");
  }

  @Test
  void everyMilestoneHasItsCriticalityAsABarWithItsFigureInWordsInPlanOrder() {
    MutualActionPlan acme = TestPlans.acme();
    Forecast forecast = Forecaster.forecast(acme, AS_OF, SETTINGS);
    Document page = page(acme, SELLER);

    Elements rows = page.select("table.criticality-table tbody tr");

    assertThat(rows.eachAttr("data-milestone")).containsExactlyElementsOf(
        acme.milestones().stream().map(m -> m.id().value()).collect(Collectors.toList()));
    for (int i = 0; i < rows.size(); i++) {
      Element row = rows.get(i);
      MilestoneForecast line = forecast.milestones().get(i);
      Element bar = row.selectFirst("svg.criticality-bar");
      assertThat(bar.attr("aria-hidden")).isEqualTo("true");
      assertThat(bar.selectFirst("rect.criticality-track").attr("width")).isEqualTo("100");
      assertThat(Double.parseDouble(bar.selectFirst("rect.criticality-fill").attr("width")))
          .isCloseTo(100 * line.criticality(), Offset.offset(0.05));
      assertThat(row.selectFirst(".criticality-value").text())
          .isEqualTo(Percent.of(line.criticality()));
      assertThat(row.select("time").eachAttr("datetime"))
          .containsExactly(line.finishP50().toString(), line.finishP80().toString());
      String anchor = row.selectFirst("a.milestone-title").attr("href");
      assertThat(page.getElementById(anchor.substring(1))).as(anchor).isNotNull();
      boolean driver = forecast.drivers().contains(line.id());
      assertThat(row.select(".mark-driver").eachText())
          .isEqualTo(driver ? List.of("Drives the date") : List.of());
    }
    assertThat(page.selectFirst("table.criticality-table thead").select("th[scope=col]")
        .eachText()).containsExactly("Milestone", "On the critical path", "Finish, 50%",
            "Finish, 80%");
  }

  @Test
  void aPlanWithoutEstimatesSaysEveryTrialIsTheScheduleAndShowsOneDateEach() {
    MutualActionPlan plan = TestPlans.example("lightweight-email-plan");

    Element section = page(plan, SELLER).selectFirst("section.forecast");

    assertThat(section.select(".note").eachText()).anySatisfy(note -> assertThat(note)
        .startsWith("No open milestone has an estimate with a range"));
    assertThat(section.selectFirst(".probability-figure").text()).isEqualTo("100%");
    assertThat(section.select(".fact dt").eachText())
        .containsExactly("In every trial", "In every trial");
    assertThat(section.select("ol.driver-list")).isEmpty();
  }

  /** Past 20,000 trials a few late ones round the probability to 1; the page still says so. */
  @Test
  void aFewLateTrialsInManyAreNotAHundredPercent() {
    MutualActionPlan acme = TestPlans.acme();
    MutualActionPlan plan = MutualActionPlan.builder().from(acme)
        .outcome(acme.outcome().orElseThrow().withLeadTimeDays(0))
        .milestones(List.of(Milestone.builder().id(MilestoneId.of("x")).title("X")
            .estimate(Estimate.of(0, 0, 100)).build()))
        .signOffs(List.of()).build();
    ForecastSettings many = ForecastSettings.builder().trials(40_000).seed(2).build();
    Forecast forecast = Forecaster.forecast(plan, AS_OF, many);
    int onTime = forecast.onTimeTrials().orElseThrow();

    Element section = page(plan, PageOptions.builder().forecast(many).build())
        .selectFirst("section.forecast");

    assertThat(onTime).as("a few trials late").isBetween(forecast.trials() - 20,
        forecast.trials() - 1);
    assertThat(forecast.probabilityOnTime().orElseThrow()).isEqualTo(1.0);
    assertThat(section.selectFirst(".probability-figure").text()).isEqualTo(">99.9%");
  }

  @Test
  void aPlanWithoutAnOutcomeHasNoProbabilityAndNoDateToCommitTo() {
    MutualActionPlan plan = TestPlans.acme().withOutcome(Optional.empty());

    Element section = page(plan, SELLER).selectFirst("section.forecast");

    assertThat(section.select(".probability")).isEmpty();
    assertThat(section.select("h3.forecast-dates").eachText()).containsExactly(
        "The remaining work finishes by", "What drives the date, most first");
    assertThat(section.selectFirst(".note").text()).startsWith("The plan has no outcome date");
  }

  @Test
  void aPlanWithACycleGetsANoteInsteadOfTheForecast() {
    MutualActionPlan acme = TestPlans.acme();
    List<Milestone> milestones = new ArrayList<>(acme.milestones());
    int docs = acme.indexOf(MilestoneId.of("security-docs")).getAsInt();
    milestones.set(docs, milestones.get(docs).withDependsOn(List.of(
        Dependency.on("champion-alignment"), Dependency.on("security-review"))));

    Element section = page(acme.withMilestones(milestones), SELLER)
        .selectFirst("section.forecast");

    assertThat(section.select(".note").eachText()).containsExactly("No forecast: the milestones'"
        + " dependencies go round in a circle, so the plan cannot be scheduled.");
    assertThat(section.select("table, .fact, svg")).isEmpty();
  }

  @Test
  void theSameSettingsGiveTheSameBytesWhateverTheThreadsAndAnotherSeedAnotherPage() {
    MutualActionPlan acme = TestPlans.acme();
    String first = PlanPage.render(acme, AS_OF, SELLER);
    PageOptions fourThreads = PageOptions.builder().forecast(SETTINGS.withThreads(4)).build();
    PageOptions otherSeed = PageOptions.builder().forecast(SETTINGS.withSeed(12)).build();

    assertThat(PlanPage.render(acme, AS_OF, SELLER)).isEqualTo(first);
    assertThat(PlanPage.render(acme, AS_OF, fourThreads)).isEqualTo(first);
    assertThat(PlanPage.render(acme, AS_OF, otherSeed)).isNotEqualTo(first);
  }

  @Test
  void hostileTitlesInTheForecastAreShownAsText() {
    MutualActionPlan hostile = TestPlans.hostile();
    Document page = page(hostile, SELLER);

    Element section = page.selectFirst("section.forecast");

    assertThat(section.select(".milestone-title").eachText())
        .allSatisfy(title -> assertThat(title).startsWith(TestPlans.HOSTILE));
    assertThat(section.select("ol.driver-list a").eachText())
        .allSatisfy(title -> assertThat(title).startsWith(TestPlans.HOSTILE));
    assertThat(section.select("script, img, style, [onerror], [onload], [onmouseover]"))
        .isEmpty();
    assertThat(section.selectFirst(".probability-words").text())
        .startsWith("probability that " + TestPlans.HOSTILE + " on 1 Mar 2027 holds");
  }
}
