package io.mutualplan.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import io.mutualplan.core.schedule.Scheduler;
import io.mutualplan.testkit.Fixtures;
import io.mutualplan.testkit.PlanGenerator;
import io.mutualplan.testkit.PlanGenerators;
import io.mutualplan.testkit.PlanProperty;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GanttChartTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");

  private static GanttChart chartOf(MutualActionPlan plan, LocalDate asOf) {
    return GanttChart.of(plan, Scheduler.schedule(plan, asOf));
  }

  /** Plans of 1 to 80 milestones, of every shape and calendar, with some tricky text. */
  static PlanGenerator chartablePlans() {
    return PlanGenerators.validPlans().milestones(1, 80).trickyText(0.1);
  }

  /** Every example, as of every third day from two months before its first due date to after it. */
  static Stream<Arguments> examplesOnManyDays() {
    return Fixtures.names().stream().flatMap(name -> {
      MutualActionPlan plan = Fixtures.plan(name);
      LocalDate first = plan.milestones().stream()
          .flatMap(m -> m.due().stream()).min(LocalDate::compareTo).orElse(AS_OF);
      LocalDate last = plan.outcome().map(Outcome::date).orElse(first).plusDays(30);
      return Stream.iterate(first.minusDays(60), day -> !day.isAfter(last), day -> day.plusDays(3))
          .map(day -> Arguments.of(name, day));
    });
  }

  /**
   * Invariant: on the chart of every example, as of any day around its dates (as of moves the
   * as-of line, the bars and the deadline's place on the axis), no text touches another text or a
   * shape, counting for each text {@link ChartText#TOLERANCE} more width than its estimate.
   */
  @ParameterizedTest(name = "{0} as of {1}")
  @MethodSource("examplesOnManyDays")
  void noTextOfAnExamplePlansChartTouchesAnotherTextOrAShapeOnAnyDay(
      String example, LocalDate asOf) {
    assertLegible(chartOf(Fixtures.plan(example), asOf), example + " as of " + asOf);
  }

  /**
   * Invariant: for any plan with milestones, as of a day anywhere from a month before its first
   * due date to a month after its outcome, every bar and diamond lies inside the plot, and no text
   * (milestone titles, axis labels, line labels) touches another text or a shape, or leaves the
   * canvas, counting for each text {@link ChartText#TOLERANCE} more width than its estimate.
   */
  @PlanProperty(cases = 300, generator = "chartablePlans")
  void noTextTouchesAnotherTextOrAShapeAndEveryShapeIsInsideThePlot(
      MutualActionPlan plan, RandomGenerator random) {
    LocalDate first = plan.milestones().stream()
        .flatMap(m -> m.due().stream()).min(LocalDate::compareTo).orElse(AS_OF).minusDays(30);
    LocalDate last = plan.outcome().map(Outcome::date).orElse(first).plusDays(30);
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    LocalDate asOf = first.plusDays(random.nextLong(days));
    assertLegible(chartOf(plan, asOf), plan.id().value() + " as of " + asOf);
  }

  @Test
  void aBarRunsFromTheMorningOfItsEarlyStartToTheEveningOfItsEarlyFinish() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    Schedule schedule = Scheduler.schedule(acme, AS_OF);
    GanttChart chart = GanttChart.of(acme, schedule);
    double dayWidth = (chart.plotRight() - chart.plotLeft())
        / (ChronoUnit.DAYS.between(chart.firstDay(), chart.lastDay()) + 1);

    ChartRow legal = row(chart, "legal");
    MilestoneSchedule line = schedule.milestone(MilestoneId.of("legal")).orElseThrow();

    assertThat(legal.event()).isFalse();
    assertThat(legal.shape().left()).isCloseTo(
        chart.plotLeft() + ChronoUnit.DAYS.between(chart.firstDay(), line.earlyStart()) * dayWidth,
        within(1e-9));
    long days = ChronoUnit.DAYS.between(line.earlyStart(), line.earlyFinish()) + 1;
    assertThat(legal.shape().right() - legal.shape().left())
        .isCloseTo(days * dayWidth, within(1e-9));
    assertThat(line.earlyStart()).isEqualTo(LocalDate.parse("2026-12-09"));
    assertThat(days).isEqualTo(28);
  }

  @Test
  void anEventIsADiamondAtTheEveningOfItsDay() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    GanttChart chart = chartOf(acme, AS_OF);
    double dayWidth = (chart.plotRight() - chart.plotLeft())
        / (ChronoUnit.DAYS.between(chart.firstDay(), chart.lastDay()) + 1);

    ChartRow signature = row(chart, "signature");
    Box diamond = signature.shape();

    assertThat(signature.event()).isTrue();
    assertThat((diamond.left() + diamond.right()) / 2).isCloseTo(chart.plotLeft()
        + (ChronoUnit.DAYS.between(chart.firstDay(), LocalDate.parse("2027-01-15")) + 1)
        * dayWidth, within(1e-9));
    assertThat(diamond.right() - diamond.left())
        .isCloseTo(diamond.bottom() - diamond.top(), within(1e-9));
    assertThat(signature.eventPoints().split(" ")).hasSize(4);
  }

  @Test
  void theDueTickIsAtTheEveningOfTheDueDate() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    GanttChart chart = chartOf(acme, AS_OF);
    TimeScale scale =
        TimeScale.of(chart.firstDay(), chart.lastDay(), chart.plotLeft(), chart.plotRight());

    assertThat(row(chart, "legal").dueX().getAsDouble())
        .isCloseTo(scale.endOf(LocalDate.parse("2027-01-22")), within(1e-9));
  }

  @Test
  void criticalCompleteAndOtherMilestonesLookDifferent() {
    GanttChart chart = chartOf(Fixtures.plan("acme-go-live"), AS_OF);

    assertThat(row(chart, "champion-alignment").look()).isEqualTo("complete");
    assertThat(row(chart, "legal").look()).isEqualTo("critical");
    assertThat(row(chart, "business-case").look()).isEqualTo("open");
  }

  @Test
  void theAsOfDeadlineAndOutcomeLinesAreLabelled() {
    GanttChart chart = chartOf(Fixtures.plan("acme-go-live"), AS_OF);

    assertThat(chart.markers()).extracting(m -> m.label().text())
        .containsExactly("As of 22 Nov", "Deadline 7 Feb", "Go-live 1 Mar");
  }

  /**
   * A long outcome label is cut, date kept, so that the outcome's label with its date is at most
   * 220 units wide: room for the other lines' labels beside it.
   */
  @Test
  void aLongOutcomeLabelIsCutToLeaveItsDateAndTheWholeWithin220Units() {
    MutualActionPlan acme = Fixtures.plan("acme-go-live");
    String longLabel = "Go-live for every warehouse in the northern and southern regions at once";
    MutualActionPlan plan = acme.withOutcome(acme.outcome().orElseThrow().withLabel(longLabel));

    ChartText label = chartOf(plan, AS_OF).markers().get(2).label();

    assertThat(label.text()).startsWith("Go-live for every").endsWith("… 1 Mar")
        .hasSizeLessThan(longLabel.length());
    double width = TextWidth.of(label.text(), label.fontSize(), label.weight());
    assertThat(width).isLessThanOrEqualTo(220)
        .isGreaterThan(220 - TextWidth.of("ww", label.fontSize(), label.weight()));
  }

  /** The Acme plan without its outcome, down to an order form to sign by {@code due}. */
  private static MutualActionPlan signatureDue(LocalDate due) {
    Milestone signature = Milestone.builder().id(MilestoneId.of("signature"))
        .title("Order form signed").due(due).durationDays(0).build();
    return Fixtures.plan("acme-go-live").withOutcome(Optional.empty())
        .withMilestones(List.of(signature));
  }

  /**
   * A plan's dates from the as-of day to its last due date, 25 days, get two days before and
   * after: 29 days, more than the 28 a chart shows at least, so none is added or taken away.
   */
  @Test
  void aPlanOfTwentyFiveDaysIsShownWithTwoDaysBeforeAndTwoAfterOverTwentyNineDays() {
    GanttChart chart = chartOf(signatureDue(AS_OF.plusDays(24)), AS_OF);

    assertThat(chart.firstDay()).isEqualTo("2026-11-20");
    assertThat(chart.lastDay()).isEqualTo("2026-12-18");
    assertThat(chart.description()).contains(" from 20 Nov 2026 to 18 Dec 2026.");
  }

  /** From 90 days on, the days before and after a plan's dates are a thirtieth of them. */
  @Test
  void aPlanOfNinetyDaysIsShownWithThreeDaysBeforeAndThreeAfter() {
    GanttChart chart = chartOf(signatureDue(AS_OF.plusDays(89)), AS_OF);

    assertThat(chart.firstDay()).isEqualTo("2026-11-19");
    assertThat(chart.lastDay()).isEqualTo("2027-02-22");
    assertThat(chart.description()).contains(" from 19 Nov 2026 to 22 Feb 2027.");
  }

  @Test
  void aPlanWithoutAnOutcomeHasOnlyTheAsOfLine() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live").withOutcome(Optional.empty());

    assertThat(chartOf(plan, AS_OF).markers()).extracting(ChartMarker::kind)
        .containsExactly("as-of");
  }

  /** What the page draws the grid and the canvas with: none of it may be left out. */
  @Test
  void theGridRunsFromTheAxisToTheLastRowAtTheAxisTicksOnACanvasOfTheChartsSize() {
    GanttChart chart = chartOf(Fixtures.plan("acme-go-live"), AS_OF);
    ChartRow first = chart.rows().get(0);
    ChartRow last = chart.rows().get(chart.rows().size() - 1);

    assertThat(Double.parseDouble(chart.gridTop())).isPositive().isLessThan(first.top());
    assertThat(chart.gridBottom()).isEqualTo(SvgNumber.of(last.top() + last.height()));
    assertThat(chart.minorLines()).isNotEmpty()
        .isEqualTo(chart.axis().minorLines().stream().map(SvgNumber::of).toList());
    assertThat(chart.majorLines()).isNotEmpty()
        .isEqualTo(chart.axis().majorLines().stream().map(SvgNumber::of).toList());
    assertThat(chart.widthText()).isEqualTo("1000");
    assertThat(chart.height()).isGreaterThan(last.top() + last.height());
    assertThat(chart.heightText()).isEqualTo(SvgNumber.of(chart.height()));
    assertThat(chart.viewBox()).isEqualTo("0 0 1000 " + chart.heightText());
  }

  /** The chart in words, for those who cannot see it: the dates it shows and its critical path. */
  @Test
  void theChartsDescriptionNamesTheDeadlineTheOutcomeAndTheCriticalPathByTitle() {
    GanttChart chart = chartOf(Fixtures.plan("acme-go-live"), AS_OF);

    assertThat(chart.description()).isEqualTo("7 milestones in plan order, on a date axis in"
        + " weeks from 17 Nov 2026 to 4 Mar 2027. As of 22 Nov 2026. Deadline 7 Feb 2027. Go-live"
        + " 1 Mar 2027. Critical path: Security documentation sent, IT security review approved,"
        + " MSA redlines agreed, Purchase order issued, Order form signed.");
  }

  @Test
  void aTooltipSaysHowFarBehindOrHowMuchFloatAMilestoneHas() {
    GanttChart onTime = chartOf(Fixtures.plan("acme-go-live"), AS_OF);
    GanttChart late = chartOf(Fixtures.plan("acme-go-live"), LocalDate.parse("2027-02-01"));

    assertThat(onTime.rows()).extracting(ChartRow::tooltip).containsExactly(
        "Evaluation team and go-live date confirmed (champion-alignment): complete, 20 Nov 2026"
            + " to 20 Nov 2026, 1 day planned; due 20 Nov 2026",
        "Security documentation sent (security-docs): 21 Nov 2026 to 23 Nov 2026, 3 days"
            + " planned; due 27 Nov 2026; 23 days of float; on the critical path",
        "IT security review approved (security-review): 24 Nov 2026 to 8 Dec 2026, 15 days"
            + " planned; due 18 Dec 2026; 23 days of float; on the critical path",
        "CFO reviews the ROI model (business-case): 22 Nov 2026 to 1 Dec 2026, 10 days planned;"
            + " due 11 Dec 2026; 58 days of float",
        "MSA redlines agreed (legal): 9 Dec 2026 to 5 Jan 2027, 28 days planned; due 22 Jan 2027;"
            + " 23 days of float; on the critical path",
        "Purchase order issued (procurement): 6 Jan 2027 to 15 Jan 2027, 10 days planned; due"
            + " 3 Feb 2027; 23 days of float; on the critical path",
        "Order form signed (signature): event on 15 Jan 2027; due 5 Feb 2027; 23 days of float;"
            + " on the critical path");
    // Started on 21 Nov, not done by 1 Feb: the bar runs to today, and its 3 days are what was
    // planned, not the bar's length.
    assertThat(late.rows()).extracting(ChartRow::tooltip).element(1).isEqualTo(
        "Security documentation sent (security-docs): 21 Nov 2026 to 1 Feb 2027, 3 days planned;"
            + " due 27 Nov 2026; 47 days behind; on the critical path");
    assertThat(late.rows()).extracting(ChartRow::tooltip).element(3).isEqualTo(
        "CFO reviews the ROI model (business-case): 1 Feb 2027 to 10 Feb 2027, 10 days planned;"
            + " due 11 Dec 2026; 13 days behind");
  }

  @Test
  void aTooltipSaysZeroDaysOfFloatNotBehindWhenAMilestoneHasNoRoomLeft() {
    GanttChart chart = chartOf(Fixtures.plan("acme-go-live"), LocalDate.parse("2026-12-16"));

    assertThat(row(chart, "security-docs").tooltip()).endsWith(
        "; 0 days of float; on the critical path");
  }

  @Test
  void everySecondRowIsStripedStartingWithTheSecond() {
    GanttChart chart = chartOf(Fixtures.plan("acme-go-live"), AS_OF);

    assertThat(chart.rows()).extracting(ChartRow::striped)
        .containsExactly(false, true, false, true, false, true, false);
  }

  @Test
  void theChartIsTitledWithThePlansTitle() {
    assertThat(chartOf(Fixtures.plan("acme-go-live"), AS_OF).title())
        .isEqualTo("Timeline of Acme x Globex");
  }

  @Test
  void eachRowsTitleAndBarAreCentredInTheRow() {
    GanttChart chart = chartOf(Fixtures.plan("acme-go-live"), AS_OF);

    for (ChartRow row : chart.rows()) {
      double middle = row.top() + row.height() / 2;
      Box title = row.label().box();
      assertThat((title.top() + title.bottom()) / 2).as(row.milestoneId())
          .isCloseTo(middle, within(0.05 * row.label().fontSize()));
      assertThat((row.shape().top() + row.shape().bottom()) / 2).as(row.milestoneId())
          .isCloseTo(middle, within(1e-9));
      if (!row.event()) {
        assertThat(row.shape().bottom() - row.shape().top()).as(row.milestoneId())
            .isCloseTo(row.height() / 2, within(1e-9));
      }
    }
  }

  @Test
  void rowsShrinkFromThirtyUnitsAtTwelveMilestonesToEighteenAtSixtyThenDrawSmaller() {
    assertThat(GanttChart.rowHeight(1)).isEqualTo(30);
    assertThat(GanttChart.rowHeight(12)).isEqualTo(30);
    assertThat(GanttChart.rowHeight(36)).isEqualTo(24);
    assertThat(GanttChart.rowHeight(60)).isEqualTo(18);
    assertThat(GanttChart.rowHeight(61)).isLessThan(18);
    assertThat(GanttChart.rowHeight(1000)).isGreaterThan(0);
    for (int n = 1; n < 200; n++) {
      assertThat(GanttChart.rowHeight(n + 1)).isLessThanOrEqualTo(GanttChart.rowHeight(n));
    }
  }

  @Test
  void titlesOfSixtyMilestonesAreAtLeastElevenUnitsHigh() {
    assertThat(GanttChart.labelFont(GanttChart.rowHeight(60))).isGreaterThanOrEqualTo(11);
  }

  private static ChartRow row(GanttChart chart, String id) {
    return chart.rows().stream().filter(r -> r.milestoneId().equals(id)).findFirst().orElseThrow();
  }

  /**
   * Every shape inside the plot; every text on the canvas, titles inside their column; no two
   * texts overlap; no text overlaps a shape.
   */
  static void assertLegible(GanttChart chart, String context) {
    List<ChartText> texts = new ArrayList<>();
    texts.addAll(chart.axis().majorLabels());
    texts.addAll(chart.axis().minorLabels());
    chart.markers().forEach(marker -> texts.add(marker.label()));
    List<Box> shapes = new ArrayList<>();
    for (ChartRow row : chart.rows()) {
      texts.add(row.label());
      assertThat(row.label().box().right()).as(context + ": title of " + row.milestoneId())
          .isLessThanOrEqualTo(GanttChart.LABEL_LEFT + GanttChart.LABEL_WIDTH);
      Box shape = row.shape();
      if (row.event()) {
        double middle = (shape.left() + shape.right()) / 2;
        assertThat(middle).as(context + ": diamond of " + row.milestoneId())
            .isBetween(chart.plotLeft(), chart.plotRight());
      } else {
        assertThat(shape.left()).as(context + ": bar of " + row.milestoneId())
            .isGreaterThanOrEqualTo(chart.plotLeft());
        assertThat(shape.right()).as(context + ": bar of " + row.milestoneId())
            .isLessThanOrEqualTo(chart.plotRight());
      }
      assertThat(shape.top()).isGreaterThanOrEqualTo(row.top());
      assertThat(shape.bottom()).isLessThanOrEqualTo(row.top() + row.height());
      shapes.add(shape);
    }
    for (int i = 0; i < texts.size(); i++) {
      Box box = texts.get(i).box();
      String what = context + ": '" + texts.get(i).text() + "'";
      assertThat(box.left()).as(what).isGreaterThanOrEqualTo(0);
      assertThat(box.right()).as(what).isLessThanOrEqualTo(chart.width());
      assertThat(box.top()).as(what).isGreaterThanOrEqualTo(0);
      assertThat(box.bottom()).as(what).isLessThanOrEqualTo(chart.height());
      for (int j = i + 1; j < texts.size(); j++) {
        assertThat(box.overlaps(texts.get(j).box()))
            .as(what + " overlaps '" + texts.get(j).text() + "'").isFalse();
      }
      for (Box shape : shapes) {
        assertThat(box.overlaps(shape)).as(what + " overlaps a bar or a diamond").isFalse();
      }
    }
  }
}
