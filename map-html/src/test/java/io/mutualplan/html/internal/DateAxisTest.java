package io.mutualplan.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateAxisTest {
  private static DateAxis axis(String first, String last) {
    return DateAxis.of(TimeScale.of(LocalDate.parse(first), LocalDate.parse(last), 310, 988), 14,
        30, 998);
  }

  private static List<String> texts(List<ChartText> labels) {
    return labels.stream().map(ChartText::text).collect(Collectors.toList());
  }

  @Test
  void aPlanOfAFewMonthsHasWeeksUnderMonths() {
    DateAxis axis = axis("2026-11-16", "2027-03-04");

    assertThat(axis.step()).isEqualTo("weeks");
    assertThat(texts(axis.majorLabels())).containsExactly("Nov 2026", "Dec", "Jan 2027", "Feb",
        "Mar");
    assertThat(texts(axis.minorLabels())).startsWith("16", "23", "30", "7", "14");
  }

  @Test
  void weeksStartOnMondays() {
    DateAxis axis = axis("2026-11-18", "2027-01-10");
    TimeScale scale = TimeScale.of(LocalDate.parse("2026-11-18"), LocalDate.parse("2027-01-10"),
        310, 988);

    assertThat(axis.minorLabels().get(0).x())
        .isEqualTo(scale.startOf(LocalDate.parse("2026-11-23")) + 3);
  }

  @Test
  void aPlanOfAYearAndAHalfHasMonthsUnderYears() {
    DateAxis axis = axis("2026-06-10", "2027-12-20");

    assertThat(axis.step()).isEqualTo("months");
    assertThat(texts(axis.majorLabels())).containsExactly("2026", "2027");
    assertThat(texts(axis.minorLabels())).startsWith("Jul", "Aug", "Sep");
  }

  @Test
  void aPlanOfDecadesHasYears() {
    DateAxis axis = axis("1990-03-01", "2031-05-01");

    assertThat(axis.step()).endsWith("years");
    assertThat(axis.majorLabels()).isEmpty();
    assertThat(texts(axis.minorLabels())).contains("2000", "2010", "2020");
  }

  @Test
  void theYearIsShownOnTheFirstMonthAndInJanuary() {
    DateAxis axis = axis("2026-10-01", "2027-02-28");

    assertThat(texts(axis.majorLabels())).containsExactly("Oct 2026", "Nov", "Dec", "Jan 2027",
        "Feb");
  }

  @Test
  void aMonthThatStartsNearTheChartsEndIsNamedInTheRoomRightOfThePlot() {
    DateAxis axis = axis("2026-11-16", "2027-03-03");

    ChartText march = axis.majorLabels().get(axis.majorLabels().size() - 1);
    assertThat(march.text()).isEqualTo("Mar");
    assertThat(march.box().right()).isGreaterThan(988).isLessThanOrEqualTo(998);
  }

  @Test
  void aFirstMonthWithoutRoomForItsYearIsNamedAloneAndTheNextCarriesTheYear() {
    DateAxis axis = axis("2026-09-14", "2027-05-10");

    assertThat(texts(axis.majorLabels())).startsWith("Sep", "Oct 2026", "Nov");
  }

  @Test
  void aMonthAlreadyUnderWayIsLabelledAtTheLeftEdgeWhenThereIsRoom() {
    DateAxis axis = axis("2026-11-10", "2027-01-20");

    assertThat(axis.majorLabels().get(0).text()).isEqualTo("Nov 2026");
    assertThat(axis.majorLabels().get(0).x()).isEqualTo(313);
  }

  private static double startOf(TimeScale scale, String day) {
    return scale.startOf(LocalDate.parse(day));
  }

  @Test
  void monthsStartAMajorLineAndTheOtherMondaysAMinorOneButAMonthUnderWayAtTheStartHasNone() {
    TimeScale scale =
        TimeScale.of(LocalDate.parse("2027-01-20"), LocalDate.parse("2027-03-10"), 310, 988);

    DateAxis axis = DateAxis.of(scale, 14, 30, 998);

    assertThat(axis.step()).isEqualTo("weeks");
    assertThat(axis.majorLines())
        .containsExactly(startOf(scale, "2027-02-01"), startOf(scale, "2027-03-01"));
    assertThat(axis.minorLines()).containsExactly(startOf(scale, "2027-01-25"),
        startOf(scale, "2027-02-08"), startOf(scale, "2027-02-15"), startOf(scale, "2027-02-22"),
        startOf(scale, "2027-03-08"));
  }

  @Test
  void aChartStartingOnTheFirstOfAMonthHasAMajorLineAtItsLeftEdge() {
    TimeScale scale =
        TimeScale.of(LocalDate.parse("2026-11-01"), LocalDate.parse("2027-01-10"), 310, 988);

    DateAxis axis = DateAxis.of(scale, 14, 30, 998);

    assertThat(axis.majorLines()).containsExactly(310.0, startOf(scale, "2026-12-01"),
        startOf(scale, "2027-01-01"));
  }

  @Test
  void aPlanOfHalfAYearHasTicksEveryTwoWeeksWhenWeeksWouldBeTooClose() {
    DateAxis axis = axis("2026-06-01", "2026-11-15");

    assertThat(axis.step()).isEqualTo("2 weeks");
  }

  @Test
  void aPlanOfThreeYearsHasQuartersStartingInJanuaryAprilJulyAndOctober() {
    DateAxis axis = axis("2026-06-10", "2029-06-10");

    assertThat(axis.step()).isEqualTo("3 months");
    assertThat(texts(axis.minorLabels())).startsWith("Jul", "Oct", "Jan", "Apr", "Jul");
  }

  @Test
  void aPlanOfACenturyHasTicksOnRoundDecades() {
    DateAxis axis = axis("1900-03-01", "2031-05-01");

    assertThat(axis.step()).isEqualTo("10 years");
    assertThat(texts(axis.minorLabels())).startsWith("1910", "1920", "1930");
  }

  @Test
  void aWeekExactlyThirtyUnitsWideIsWideEnoughForWeeklyTicks() {
    TimeScale scale =
        TimeScale.of(LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-22"), 310, 340);
    assertThat(scale.dayWidth() * 7).isEqualTo(30);

    assertThat(DateAxis.of(scale, 14, 30, 998).step()).isEqualTo("weeks");
  }

  @Test
  void labelsEndingExactlyAtTheEdgeGivenForLabelsAreKept() {
    TimeScale scale =
        TimeScale.of(LocalDate.parse("2026-11-16"), LocalDate.parse("2027-03-04"), 310, 988);
    DateAxis roomy = DateAxis.of(scale, 14, 30, 1200);
    ChartText lastMinor = roomy.minorLabels().get(roomy.minorLabels().size() - 1);
    ChartText lastMajor = roomy.majorLabels().get(roomy.majorLabels().size() - 1);

    DateAxis minorTight = DateAxis.of(scale, 14, 30, lastMinor.box().right());
    DateAxis majorTight = DateAxis.of(scale, 14, 30, lastMajor.box().right());

    assertThat(minorTight.minorLabels()).endsWith(lastMinor);
    assertThat(majorTight.majorLabels()).endsWith(lastMajor);
  }

  /**
   * A scale from 20 November 2026 to 31 January 2027 whose 1 December starts {@code room} units
   * after the end of the label "Nov 2026" drawn at the left edge, where the month under way at
   * the chart's start is named.
   */
  private static TimeScale decemberAfterNovember2026By(double room) {
    ChartText november = new ChartText(310 + 3, 14, DateAxis.MAJOR_FONT, FontWeight.BOLD,
        ChartText.START, "Nov 2026");
    double dayWidth = (november.box().right() + room - 310) / 11; // 20 Nov to 1 Dec
    return TimeScale.of(LocalDate.parse("2026-11-20"), LocalDate.parse("2027-01-31"), 310,
        310 + 73 * dayWidth);
  }

  @Test
  void aMonthsNameWithExactlyTheGapBeforeTheNextMonthsNameKeepsItsYear() {
    // December's name starts 3 units right of its line: 1 December starts GAP - 3 after November.
    DateAxis axis = DateAxis.of(decemberAfterNovember2026By(DateAxis.GAP - 3), 14, 30, 998);

    assertThat(texts(axis.majorLabels())).startsWith("Nov 2026", "Dec");
    assertThat(axis.majorLabels().get(0).box().right() + DateAxis.GAP)
        .isEqualTo(axis.majorLabels().get(1).x());
  }

  @Test
  void theGapAfterAMonthsNameIsMeasuredToTheNextMonthsNameNotToItsLine() {
    // 1 December's line is 5 units after "Nov 2026", less than the gap; its name 8 units, more.
    DateAxis axis = DateAxis.of(decemberAfterNovember2026By(5), 14, 30, 998);

    assertThat(texts(axis.majorLabels())).startsWith("Nov 2026", "Dec");
  }

  @Test
  void yearLabelsExactlyTheGapApartStandApartAndEveryYearIsLabelled() {
    ChartText first = new ChartText(310 + 3, 30, DateAxis.MINOR_FONT, FontWeight.REGULAR,
        ChartText.START, "2026");
    double dayWidth = (first.box().right() + DateAxis.GAP - 3 - 310) / 365; // 2026 has 365 days
    TimeScale scale = TimeScale.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"),
        310, 310 + 730 * dayWidth);

    DateAxis axis = DateAxis.of(scale, 14, 30, 998);

    assertThat(axis.step()).isEqualTo("years");
    assertThat(texts(axis.minorLabels())).containsExactly("2026", "2027");
    assertThat(axis.minorLabels().get(0).box().right() + DateAxis.GAP)
        .isEqualTo(axis.minorLabels().get(1).box().left());
  }

  /**
   * Invariant: for any span from a day to ten thousand years, the labels of each tier stand apart
   * (at least {@link DateAxis#GAP} between two), start inside the plot and end before the edge
   * given for labels, and every tick is inside the plot.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void labelsStandApartAndInsideThePlotForAnySpan(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 300; trial++) {
      LocalDate first = LocalDate.of(random.nextInt(1, 9999), 1, 1)
          .plusDays(random.nextInt(0, 365));
      long days = (long) Math.pow(10, random.nextDouble(0, Math.log10(3_650_000)));
      LocalDate last = first.plusDays(days);
      TimeScale scale = TimeScale.of(first, last, 310, 988);
      String context = "seed " + seed + ", trial " + trial + ": " + first + " to " + last;

      DateAxis axis = DateAxis.of(scale, 14, 30, 998);

      for (List<ChartText> tier : List.of(axis.minorLabels(), axis.majorLabels())) {
        for (int i = 0; i < tier.size(); i++) {
          Box box = tier.get(i).box();
          assertThat(box.left()).as(context).isGreaterThanOrEqualTo(310);
          assertThat(box.right()).as(context).isLessThanOrEqualTo(998);
          if (i > 0) {
            assertThat(tier.get(i - 1).box().right() + DateAxis.GAP)
                .as(context).isLessThanOrEqualTo(box.left());
          }
        }
      }
      for (List<Double> lines : List.of(axis.minorLines(), axis.majorLines())) {
        assertThat(lines).as(context).allSatisfy(x -> assertThat(x).isBetween(310.0, 988.0));
        assertThat(lines).as(context).isSorted();
      }
      assertThat(axis.minorLabels().size() + axis.majorLabels().size())
          .as(context).isLessThanOrEqualTo(120);
    }
  }
}
