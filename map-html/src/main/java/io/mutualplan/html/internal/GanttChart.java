package io.mutualplan.html.internal;

import io.mutualplan.core.Counts;
import io.mutualplan.core.DisplayText;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Outcome;
import io.mutualplan.core.schedule.MilestoneSchedule;
import io.mutualplan.core.schedule.Schedule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The Gantt chart's geometry, in SVG user units on a canvas {@value #WIDTH} units wide that the page
 * scales to its width: milestone titles in a left column, a two-tier date axis on top, the labels
 * of the as-of, deadline and outcome lines in lanes under it, then one row per milestone in plan
 * order.
 *
 * <p>Positions follow the schedule's dates: a bar runs from the morning of its early start to the
 * evening of its early finish; an event's diamond, its due tick and the deadline line sit at the
 * evening of their day (the work is done by then); the as-of and outcome lines at the morning of
 * theirs (today has not been worked yet; the outcome holds from that day on).
 *
 * <p>Rows are 30 units high for up to 12 milestones, then shrink to 18 units at 60 milestones,
 * which stay legible when the page is on a screen or printed; more milestones are drawn smaller
 * still.
 *
 * @param width the canvas's width
 * @param height the canvas's height
 * @param plotLeft where the first day shown starts
 * @param plotRight where the last day shown ends
 * @param rowsBottom the last row's bottom
 * @param firstDay the first day shown
 * @param lastDay the last day shown
 * @param axis the date axis
 * @param markers the as-of, deadline and outcome lines that the plan has
 * @param rows one row per milestone, in plan order
 * @param title the chart's accessible name
 * @param description the chart's content in words, for those who cannot see it
 */
public record GanttChart(
    double width,
    double height,
    double plotLeft,
    double plotRight,
    double rowsBottom,
    LocalDate firstDay,
    LocalDate lastDay,
    DateAxis axis,
    List<ChartMarker> markers,
    List<ChartRow> rows,
    String title,
    String description) {

  /** The canvas's width. */
  static final double WIDTH = 1000;

  /** Where the milestone titles start. */
  static final double LABEL_LEFT = 8;

  /** How wide a milestone title may be. */
  static final double LABEL_WIDTH = 284;

  /** Where the days start, clear of the titles. */
  static final double PLOT_LEFT = 310;

  /** Where the days end. */
  static final double PLOT_RIGHT = 988;

  /** The right edge no text of the axis or of the lines passes, just inside the canvas. */
  private static final double TEXT_RIGHT = WIDTH - 2;

  /** The upper tier's baseline. */
  private static final double MAJOR_BASELINE = 14;

  /** The lower tier's baseline. */
  private static final double MINOR_BASELINE = 30;

  /** The axis's bottom, where the lanes of line labels start. */
  private static final double AXIS_BOTTOM = 36;

  /** Between two lanes of line labels. */
  private static final double LANE_HEIGHT = 16;

  /** The line labels' font size. */
  private static final double MARKER_FONT = 10.5;

  /** The outcome line's label is cut to this width, so that a long label cannot fill the chart. */
  private static final double OUTCOME_LABEL_WIDTH = 220;

  /** The fewest days the chart shows, so that even a one-day plan has a week or two of axis. */
  private static final long FEWEST_DAYS = 28;

  public GanttChart {
    markers = List.copyOf(markers);
    rows = List.copyOf(rows);
  }

  /**
   * Lays out the chart of a plan's schedule.
   *
   * @param plan the plan; at least one milestone
   * @param schedule its schedule
   * @return the chart
   */
  static GanttChart of(MutualActionPlan plan, Schedule schedule) {
    List<Milestone> milestones = plan.milestones();
    if (milestones.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one milestone");
    }
    TimeScale scale = scaleOf(plan, schedule);
    DateAxis axis = DateAxis.of(scale, MAJOR_BASELINE, MINOR_BASELINE, TEXT_RIGHT);

    MarkerLanes.Placement placement = MarkerLanes.place(
        lines(plan, schedule, scale), AXIS_BOTTOM + 14, LANE_HEIGHT, MARKER_FONT, 0,
        TEXT_RIGHT, 0);
    double rowsTop = AXIS_BOTTOM + placement.lanes() * LANE_HEIGHT + 8;
    double rowHeight = rowHeight(milestones.size());
    double rowsBottom = rowsTop + milestones.size() * rowHeight;
    List<ChartMarker> markers = placement.markers().stream()
        .map(marker -> marker.reaching(rowsBottom))
        .collect(Collectors.toList());

    List<ChartRow> rows = new ArrayList<>(milestones.size());
    for (int i = 0; i < milestones.size(); i++) {
      rows.add(row(plan, milestones.get(i), schedule.milestone(i), scale, i % 2 == 1,
          rowsTop + i * rowHeight, rowHeight));
    }
    return new GanttChart(WIDTH, rowsBottom + 10, scale.left(), scale.right(), rowsBottom,
        scale.first(), scale.last(), axis, markers, rows, title(plan),
        description(plan, schedule, scale, axis));
  }

  /** The row height for a number of milestones: 30 up to 12, 18 at 60, smaller beyond. */
  static double rowHeight(int milestones) {
    if (milestones <= 12) {
      return 30;
    }
    if (milestones <= 60) {
      return 30 - (milestones - 12) * 0.25;
    }
    return Math.max(2, 18.0 * 60 / milestones);
  }

  /** The milestone titles' font size for a row height: 13 at most, about 60% of the row. */
  static double labelFont(double rowHeight) {
    return Math.min(13, rowHeight * 0.62);
  }

  private static TimeScale scaleOf(MutualActionPlan plan, Schedule schedule) {
    LocalDate first = schedule.asOf();
    LocalDate last = schedule.asOf();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      MilestoneSchedule line = schedule.milestone(i);
      first = earlier(first, line.earlyStart());
      last = later(last, line.earlyFinish());
      Optional<LocalDate> due = milestones.get(i).due();
      if (due.isPresent()) {
        first = earlier(first, due.get());
        last = later(last, due.get());
      }
    }
    if (schedule.deadline().isPresent()) {
      last = later(last, schedule.deadline().get());
    }
    if (plan.outcome().isPresent()) {
      last = later(last, plan.outcome().get().date());
    }
    long span = ChronoUnit.DAYS.between(first, last) + 1;
    long margin = Math.max(2, span / 30);
    first = first.minusDays(margin);
    last = last.plusDays(margin);
    if (ChronoUnit.DAYS.between(first, last) + 1 < FEWEST_DAYS) {
      last = first.plusDays(FEWEST_DAYS - 1);
    }
    return TimeScale.of(first, last, PLOT_LEFT, PLOT_RIGHT);
  }

  private static List<MarkerLanes.Line> lines(
      MutualActionPlan plan, Schedule schedule, TimeScale scale) {
    List<MarkerLanes.Line> lines = new ArrayList<>(3);
    lines.add(new MarkerLanes.Line("as-of", scale.startOf(schedule.asOf()),
        "As of " + DateWords.dayAndMonth(schedule.asOf())));
    schedule.deadline().ifPresent(deadline -> lines.add(new MarkerLanes.Line("deadline",
        scale.endOf(deadline), "Deadline " + DateWords.dayAndMonth(deadline))));
    plan.outcome().ifPresent(outcome -> lines.add(new MarkerLanes.Line("outcome",
        scale.startOf(outcome.date()), outcomeLabel(outcome))));
    return lines;
  }

  /** The outcome's label and date, the label cut so that a long one cannot fill the chart. */
  private static String outcomeLabel(Outcome outcome) {
    String label = DisplayText.line(outcome.label().orElse("Outcome")).strip();
    String date = " " + DateWords.dayAndMonth(outcome.date());
    double room = OUTCOME_LABEL_WIDTH - TextWidth.of(date, MARKER_FONT, MarkerLanes.WEIGHT);
    String fitted =
        TextWidth.fit(label.isEmpty() ? "Outcome" : label, MARKER_FONT, MarkerLanes.WEIGHT, room);
    return fitted + date;
  }

  private static ChartRow row(
      MutualActionPlan plan, Milestone milestone, MilestoneSchedule line, TimeScale scale,
      boolean striped, double top, double height) {
    double font = labelFont(height);
    String title = DisplayText.line(milestone.title());
    ChartText label = new ChartText(LABEL_LEFT, top + height / 2 + font * 0.35, font,
        FontWeight.REGULAR, ChartText.START,
        ChartText.fitted(title, font, FontWeight.REGULAR, LABEL_WIDTH));
    double barHeight = height * 0.5;
    double barTop = top + (height - barHeight) / 2;
    boolean event = line.durationDays() == 0;
    Box shape;
    if (event) {
      double x = scale.endOf(line.earlyFinish());
      double half = barHeight * 0.62; // a square on its corner
      double middle = top + height / 2;
      shape = new Box(x - half, middle - half, x + half, middle + half);
    } else {
      shape = new Box(scale.startOf(line.earlyStart()), barTop, scale.endOf(line.earlyFinish()),
          barTop + barHeight);
    }
    OptionalDouble dueX = milestone.due().isPresent()
        ? OptionalDouble.of(scale.endOf(milestone.due().get()))
        : OptionalDouble.empty();
    String look = line.complete() ? "complete" : line.critical() ? "critical" : "open";
    return new ChartRow(milestone.id().value(), striped, top, height, label, event, shape, dueX, look,
        tooltip(plan, milestone, line, title));
  }

  private static String tooltip(
      MutualActionPlan plan, Milestone milestone, MilestoneSchedule line, String title) {
    StringBuilder text = new StringBuilder(title).append(" (").append(milestone.id()).append("): ");
    if (line.complete()) {
      text.append("complete, ");
    }
    if (line.durationDays() == 0) {
      text.append("event on ").append(DateWords.date(line.earlyFinish()));
    } else {
      text.append(DateWords.date(line.earlyStart())).append(" to ")
          .append(DateWords.date(line.earlyFinish())).append(", ")
          .append(Counts.days(plan, line.durationDays())).append(" planned");
    }
    milestone.due().ifPresent(due -> text.append("; due ").append(DateWords.date(due)));
    if (line.totalFloat().isPresent()) {
      long slack = line.totalFloat().getAsLong();
      text.append("; ").append(slack < 0
          ? Counts.days(plan, -slack) + " behind"
          : Counts.days(plan, slack) + " of float");
    }
    if (line.critical()) {
      text.append("; on the critical path");
    }
    return text.toString();
  }

  private static String title(MutualActionPlan plan) {
    return "Timeline of " + DisplayText.line(plan.title());
  }

  private static String description(
      MutualActionPlan plan, Schedule schedule, TimeScale scale, DateAxis axis) {
    StringBuilder text = new StringBuilder()
        .append(Counts.of(plan.milestones().size(), "milestone", "milestones"))
        .append(" in plan order, on a date axis in ").append(axis.step())
        .append(" from ").append(DateWords.date(scale.first())).append(" to ")
        .append(DateWords.date(scale.last())).append(". As of ")
        .append(DateWords.date(schedule.asOf())).append('.');
    schedule.deadline().ifPresent(
        deadline -> text.append(" Deadline ").append(DateWords.date(deadline)).append('.'));
    plan.outcome().ifPresent(outcome -> text.append(' ')
        .append(DisplayText.line(outcome.label().orElse("Outcome"))).append(' ')
        .append(DateWords.date(outcome.date())).append('.'));
    if (!schedule.criticalPath().isEmpty()) {
      text.append(" Critical path: ").append(schedule.criticalPath().stream()
          .map(id -> plan.milestone(id).map(m -> DisplayText.line(m.title())).orElse(id.value()))
          .collect(Collectors.joining(", "))).append('.');
    }
    return text.toString();
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return b.isBefore(a) ? b : a;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }

  /**
   * The canvas's size as an SVG view box.
   *
   * @return {@code 0 0 width height}
   */
  public String viewBox() {
    return "0 0 " + SvgNumber.of(width) + " " + SvgNumber.of(height);
  }

  /**
   * The canvas's width for the page.
   *
   * @return {@code width}, written for SVG
   */
  public String widthText() {
    return SvgNumber.of(width);
  }

  /**
   * The canvas's height for the page.
   *
   * @return {@code height}, written for SVG
   */
  public String heightText() {
    return SvgNumber.of(height);
  }

  /**
   * The positions of the lower tier's ticks for the page.
   *
   * @return each position, written for SVG
   */
  public List<String> minorLines() {
    return axis.minorLines().stream().map(SvgNumber::of).collect(Collectors.toList());
  }

  /**
   * The positions of the upper tier's boundaries for the page.
   *
   * @return each position, written for SVG
   */
  public List<String> majorLines() {
    return axis.majorLines().stream().map(SvgNumber::of).collect(Collectors.toList());
  }

  /**
   * The top of the grid lines for the page: the axis's bottom.
   *
   * @return the top, written for SVG
   */
  public String gridTop() {
    return SvgNumber.of(AXIS_BOTTOM);
  }

  /**
   * The bottom of the grid lines for the page: the last row's bottom.
   *
   * @return the bottom, written for SVG
   */
  public String gridBottom() {
    return SvgNumber.of(rowsBottom);
  }
}
