package io.mutualplan.html.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chart's date axis, on two tiers: weeks (Mondays, labelled with the day of the month) under
 * months, or months under years, or years alone, whichever is the finest whose labels stand apart
 * on the scale. A short plan gets weeks, a plan of a year or two months, a plan that spans decades
 * years.
 *
 * @param step the lower tier's step in words, for example {@code weeks}
 * @param minorLines where the lower tier's ticks are, where no upper tier's boundary is
 * @param majorLines where the upper tier's periods start
 * @param minorLabels the lower tier's labels
 * @param majorLabels the upper tier's labels
 */
public record DateAxis(
    String step,
    List<Double> minorLines,
    List<Double> majorLines,
    List<ChartText> minorLabels,
    List<ChartText> majorLabels) {

  /** Font size of the lower tier's labels. */
  static final double MINOR_FONT = 10;

  /** Font size of the upper tier's labels. */
  static final double MAJOR_FONT = 11;

  /** Between a tick and its label. */
  private static final double INSET = 3;

  /** The least room between two labels of a tier. */
  static final double GAP = 6;

  /**
   * The least distance between two ticks of the lower tier, however short their labels: a
   * week's day numbers would fit closer, but a comb of them is harder to read than months.
   */
  private static final double FEWEST_UNITS_PER_STEP = 30;

  /** The lower tier's candidate steps, finest first. */
  private static final List<Step> STEPS = List.of(
      new Step(ChronoUnit.WEEKS, 1), new Step(ChronoUnit.WEEKS, 2),
      new Step(ChronoUnit.MONTHS, 1), new Step(ChronoUnit.MONTHS, 3),
      new Step(ChronoUnit.MONTHS, 6),
      new Step(ChronoUnit.YEARS, 1), new Step(ChronoUnit.YEARS, 2), new Step(ChronoUnit.YEARS, 5),
      new Step(ChronoUnit.YEARS, 10), new Step(ChronoUnit.YEARS, 20),
      new Step(ChronoUnit.YEARS, 50), new Step(ChronoUnit.YEARS, 100),
      new Step(ChronoUnit.YEARS, 200), new Step(ChronoUnit.YEARS, 500),
      new Step(ChronoUnit.YEARS, 1000), new Step(ChronoUnit.YEARS, 2000),
      new Step(ChronoUnit.YEARS, 5000), new Step(ChronoUnit.YEARS, 10000));

  public DateAxis {
    minorLines = List.copyOf(minorLines);
    majorLines = List.copyOf(majorLines);
    minorLabels = List.copyOf(minorLabels);
    majorLabels = List.copyOf(majorLabels);
  }

  /**
   * Lays out the axis of a scale.
   *
   * @param scale the chart's scale
   * @param majorBaseline the baseline of the upper tier's labels
   * @param minorBaseline the baseline of the lower tier's labels
   * @return the axis
   */
  static DateAxis of(TimeScale scale, double majorBaseline, double minorBaseline) {
    for (Step step : STEPS) {
      if (scale.dayWidth() * step.fewestDays() < FEWEST_UNITS_PER_STEP) {
        continue;
      }
      List<LocalDate> ticks = step.datesWithin(scale.first(), scale.last());
      List<ChartText> labels = new ArrayList<>(ticks.size());
      for (LocalDate tick : ticks) {
        ChartText label = new ChartText(scale.startOf(tick) + INSET, minorBaseline, MINOR_FONT,
            ChartText.START, step.label(tick));
        if (label.box().right() <= scale.right()) {
          labels.add(label);
        }
      }
      if (apart(labels)) {
        return withUpperTier(scale, step, ticks, labels, majorBaseline);
      }
    }
    // Unreachable for dates a plan can hold: ten-thousand-year steps always stand apart.
    return new DateAxis("none", List.of(), List.of(), List.of(), List.of());
  }

  private static DateAxis withUpperTier(
      TimeScale scale, Step step, List<LocalDate> ticks, List<ChartText> minorLabels,
      double majorBaseline) {
    Optional<Step> upper = step.upperTier();
    List<Double> majorLines = new ArrayList<>();
    List<ChartText> majorLabels = new ArrayList<>();
    if (upper.isPresent()) {
      List<LocalDate> periods = new ArrayList<>();
      LocalDate firstBoundary = upper.get().firstOnOrAfter(scale.first());
      if (firstBoundary.isAfter(scale.first())) {
        periods.add(scale.first()); // the period under way when the chart starts
      }
      periods.addAll(upper.get().datesWithin(scale.first(), scale.last()));
      boolean yearShown = false;
      for (int i = 0; i < periods.size(); i++) {
        LocalDate period = periods.get(i);
        double x = Math.max(scale.startOf(period), scale.left()) + INSET;
        if (!period.equals(scale.first()) || !firstBoundary.isAfter(scale.first())) {
          majorLines.add(scale.startOf(period));
        }
        ChartText label = new ChartText(x, majorBaseline, MAJOR_FONT, ChartText.START,
            upper.get().periodLabel(period, !yearShown));
        boolean crowdsNext = i + 1 < periods.size()
            && label.box().right() + GAP > scale.startOf(periods.get(i + 1)) + INSET;
        if (label.box().right() <= scale.right() && !crowdsNext) {
          majorLabels.add(label);
          yearShown = true;
        }
      }
    }
    List<Double> minorLines = new ArrayList<>();
    for (LocalDate tick : ticks) {
      double x = scale.startOf(tick);
      if (!majorLines.contains(x)) {
        minorLines.add(x);
      }
    }
    return new DateAxis(step.words(), minorLines, majorLines, minorLabels, majorLabels);
  }

  private static boolean apart(List<ChartText> labels) {
    for (int i = 1; i < labels.size(); i++) {
      if (labels.get(i - 1).box().right() + GAP > labels.get(i).box().left()) {
        return false;
      }
    }
    return true;
  }

  /** A step of a tier: every {@code amount} weeks, months or years. */
  private record Step(ChronoUnit unit, int amount) {
    /** The fewest days a step can take (a month of 28 days, a year of 365). */
    long fewestDays() {
      switch (unit) {
        case WEEKS:
          return 7L * amount;
        case MONTHS:
          return 28L * amount;
        default:
          return 365L * amount;
      }
    }

    /** The tier above: months over weeks, years over months, none over years. */
    Optional<Step> upperTier() {
      switch (unit) {
        case WEEKS:
          return Optional.of(new Step(ChronoUnit.MONTHS, 1));
        case MONTHS:
          return Optional.of(new Step(ChronoUnit.YEARS, 1));
        default:
          return Optional.empty();
      }
    }

    /** The step's dates from {@code first} to {@code last}, both included. */
    List<LocalDate> datesWithin(LocalDate first, LocalDate last) {
      List<LocalDate> dates = new ArrayList<>();
      for (LocalDate date = firstOnOrAfter(first); !date.isAfter(last);
          date = date.plus(amount, unit)) {
        dates.add(date);
      }
      return dates;
    }

    /** The first of the step's dates on or after a day: a Monday, a month's or a year's first. */
    LocalDate firstOnOrAfter(LocalDate day) {
      switch (unit) {
        case WEEKS:
          return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        case MONTHS: {
          LocalDate month = day.getDayOfMonth() == 1 ? day : day.withDayOfMonth(1).plusMonths(1);
          while ((month.getMonthValue() - 1) % amount != 0) {
            month = month.plusMonths(1);
          }
          return month;
        }
        default: {
          int year = day.getDayOfYear() == 1 ? day.getYear() : day.getYear() + 1;
          int aligned = year + Math.floorMod(-year, amount);
          return LocalDate.of(aligned, 1, 1);
        }
      }
    }

    /** A lower tier's label: the day of the month, the month's name, the year. */
    String label(LocalDate tick) {
      switch (unit) {
        case WEEKS:
          return Integer.toString(tick.getDayOfMonth());
        case MONTHS:
          return DateWords.month(tick);
        default:
          return Integer.toString(tick.getYear());
      }
    }

    /** An upper tier's label: a month with its year the first time and in January, or a year. */
    String periodLabel(LocalDate start, boolean firstShown) {
      if (unit == ChronoUnit.MONTHS) {
        return firstShown || start.getMonth() == Month.JANUARY
            ? DateWords.monthAndYear(start)
            : DateWords.month(start);
      }
      return Integer.toString(start.getYear());
    }

    /** The step in words, for example {@code 2 weeks}. */
    String words() {
      String name = unit.toString().toLowerCase(java.util.Locale.ROOT);
      return amount == 1 ? name : amount + " " + name;
    }
  }
}
