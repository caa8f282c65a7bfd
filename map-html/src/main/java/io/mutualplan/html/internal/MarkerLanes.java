package io.mutualplan.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the labels of the chart's vertical lines (as of, deadline, outcome) in lanes above the
 * rows, so that no label covers another or is crossed by another's line, however close the dates.
 *
 * <p>A line starts at the top of its own label's lane and runs down through the lanes below and
 * the rows. A label sits right of its line, or left of it. With three lines there are few ways to
 * place them, so every way is tried: the fewest lanes win, then the fewest labels left of their
 * line, then the earlier lines higher up.
 */
final class MarkerLanes {
  /** Between a line and its label. */
  private static final double INSET = 4;

  /** The least room between two labels, or a label and a line. */
  private static final double GAP = 6;

  /** More lines than this are placed one lane each, without the search. */
  private static final int MOST_SEARCHED = 4;

  private MarkerLanes() {}

  /**
   * One line to place.
   *
   * @param kind the line's kind, for the style sheet
   * @param x where the line is
   * @param label the label's text
   */
  record Line(String kind, double x, String label) {}

  /**
   * The placed lines and how many lanes they need.
   *
   * @param markers the lines, with their labels, in the order of their positions
   * @param lanes the number of lanes used
   */
  record Placement(List<ChartMarker> markers, int lanes) {}

  /**
   * Places the lines' labels.
   *
   * @param lines the lines, in any order
   * @param firstBaseline the baseline of the top lane's labels
   * @param laneHeight the distance between two lanes' baselines
   * @param fontSize the labels' font size
   * @param left the left edge no label passes
   * @param right the right edge no label passes
   * @param bottom where the lines end
   * @return every line with its label placed
   */
  static Placement place(
      List<Line> lines, double firstBaseline, double laneHeight, double fontSize, double left,
      double right, double bottom) {
    List<Line> ordered = new ArrayList<>(lines);
    ordered.sort((a, b) -> Double.compare(a.x(), b.x()));
    int count = ordered.size();
    if (count == 0) {
      return new Placement(List.of(), 0);
    }
    Layout best = null;
    if (count <= MOST_SEARCHED) {
      int combinations = (int) Math.pow(count, count) << count;
      for (int code = 0; code < combinations; code++) {
        Layout layout = Layout.decode(code, count);
        if ((best == null || layout.betterThan(best))
            && valid(layout, ordered, firstBaseline, laneHeight, fontSize, left, right)) {
          best = layout;
        }
      }
    }
    if (best == null) {
      best = Layout.staircase(count); // every label right of its line, one lane each
    }
    List<ChartMarker> markers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Line line = ordered.get(i);
      double baseline = firstBaseline + best.lanes[i] * laneHeight;
      double top = baseline - fontSize - (laneHeight - fontSize) / 2;
      markers.add(new ChartMarker(line.kind(), line.x(), top, bottom,
          label(line, baseline, fontSize, best.before[i])));
    }
    return new Placement(List.copyOf(markers), best.laneCount());
  }

  private static ChartText label(Line line, double baseline, double fontSize, boolean before) {
    return before
        ? new ChartText(line.x() - INSET, baseline, fontSize, ChartText.END, line.label())
        : new ChartText(line.x() + INSET, baseline, fontSize, ChartText.START, line.label());
  }

  private static boolean valid(
      Layout layout, List<Line> lines, double firstBaseline, double laneHeight, double fontSize,
      double left, double right) {
    int count = lines.size();
    Box[] boxes = new Box[count];
    for (int i = 0; i < count; i++) {
      Box box = label(lines.get(i), firstBaseline + layout.lanes[i] * laneHeight, fontSize,
          layout.before[i]).box();
      if (box.left() < left || box.right() > right) {
        return false;
      }
      boxes[i] = box.grow(GAP / 2);
    }
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < count; j++) {
        if (i == j || layout.lanes[i] > layout.lanes[j]) {
          continue;
        }
        // i's line runs down through j's lane: it must not cross j's label.
        if (boxes[j].spans(lines.get(i).x())) {
          return false;
        }
        if (layout.lanes[i] == layout.lanes[j] && boxes[i].overlaps(boxes[j])) {
          return false;
        }
      }
    }
    return true;
  }

  /** A way to place the labels: each line's lane, and whether its label is left of it. */
  private static final class Layout {
    final int[] lanes;
    final boolean[] before;

    private Layout(int[] lanes, boolean[] before) {
      this.lanes = lanes;
      this.before = before;
    }

    static Layout decode(int code, int count) {
      int[] lanes = new int[count];
      boolean[] before = new boolean[count];
      for (int i = 0; i < count; i++) {
        before[i] = (code & 1) == 1;
        code >>= 1;
      }
      for (int i = 0; i < count; i++) {
        lanes[i] = code % count;
        code /= count;
      }
      return new Layout(lanes, before);
    }

    static Layout staircase(int count) {
      int[] lanes = new int[count];
      for (int i = 0; i < count; i++) {
        lanes[i] = i;
      }
      return new Layout(lanes, new boolean[count]);
    }

    int laneCount() {
      int most = 0;
      for (int lane : lanes) {
        most = Math.max(most, lane + 1);
      }
      return most;
    }

    int labelsBefore() {
      int labels = 0;
      for (boolean left : before) {
        labels += left ? 1 : 0;
      }
      return labels;
    }

    /** Fewer lanes, then fewer labels left of their line, then earlier lines higher up. */
    boolean betterThan(Layout other) {
      if (laneCount() != other.laneCount()) {
        return laneCount() < other.laneCount();
      }
      if (labelsBefore() != other.labelsBefore()) {
        return labelsBefore() < other.labelsBefore();
      }
      for (int i = 0; i < lanes.length; i++) {
        if (lanes[i] != other.lanes[i]) {
          return lanes[i] < other.lanes[i];
        }
      }
      return false;
    }
  }
}
