package io.mutualplan.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkerLanesTest {
  private static MarkerLanes.Placement place(List<MarkerLanes.Line> lines) {
    return MarkerLanes.place(lines, 50, 16, 10.5, 0, 998, 400);
  }

  /** Which side of its line each label is on: "start" right of it, "end" left of it. */
  private static List<String> anchors(MarkerLanes.Placement placement) {
    return placement.markers().stream().map(marker -> marker.label().anchor()).toList();
  }

  /** The baseline of each label: one lane a baseline. */
  private static List<Double> baselines(MarkerLanes.Placement placement) {
    return placement.markers().stream().map(marker -> marker.label().baseline()).toList();
  }

  @Test
  void linesFarApartShareOneLane() {
    MarkerLanes.Placement placement = place(List.of(
        new MarkerLanes.Line("as-of", 330, "As of 22 Nov"),
        new MarkerLanes.Line("deadline", 700, "Deadline 7 Feb"),
        new MarkerLanes.Line("outcome", 850, "Go-live 1 Mar")));

    assertThat(placement.lanes()).isEqualTo(1);
    assertThat(placement.markers()).allSatisfy(
        marker -> assertThat(marker.label().anchor()).isEqualTo("start"));
  }

  @Test
  void twoLinesOnTheSameDayPutTheirLabelsOnEitherSide() {
    MarkerLanes.Placement placement = place(List.of(
        new MarkerLanes.Line("deadline", 700, "Deadline 7 Feb"),
        new MarkerLanes.Line("outcome", 700, "Go-live 8 Feb")));

    assertThat(placement.lanes()).isEqualTo(1);
    assertThat(anchors(placement))
        .containsExactlyInAnyOrder("start", "end");
    assertLegible(placement, "same day");
  }

  @Test
  void threeLinesOnTheSameDayNeedTwoLanes() {
    MarkerLanes.Placement placement = place(List.of(
        new MarkerLanes.Line("as-of", 700, "As of 7 Feb"),
        new MarkerLanes.Line("deadline", 700, "Deadline 7 Feb"),
        new MarkerLanes.Line("outcome", 700, "Go-live 8 Feb")));

    assertThat(placement.lanes()).isEqualTo(2);
    assertLegible(placement, "same day");
  }

  @Test
  void aLabelThatWouldRunOffTheRightEdgeGoesLeftOfItsLine() {
    MarkerLanes.Placement placement =
        place(List.of(new MarkerLanes.Line("outcome", 980, "Go-live 1 Mar")));

    ChartText label = placement.markers().get(0).label();
    assertThat(label.anchor()).isEqualTo("end");
    assertThat(label.box().right()).isLessThanOrEqualTo(980);
  }

  @Test
  void eachLineStartsAtTheTopOfItsOwnLabelsLane() {
    MarkerLanes.Placement placement = place(List.of(
        new MarkerLanes.Line("deadline", 700, "Deadline 7 Feb"),
        new MarkerLanes.Line("outcome", 702, "Go-live 8 Feb")));

    for (ChartMarker marker : placement.markers()) {
      assertThat(marker.top()).isLessThan(marker.label().box().top());
      assertThat(marker.top()).isGreaterThan(marker.label().baseline() - 16);
      assertThat(marker.bottom()).isEqualTo(400);
    }
  }

  @Test
  void moreThanFourLinesTakeOneLaneEachTopDownWithEveryLabelRightOfItsLine() {
    List<MarkerLanes.Line> lines = new ArrayList<>();
    for (int i = 4; i >= 0; i--) {
      lines.add(new MarkerLanes.Line("line" + i, 320 + 100 * i, "Line " + i));
    }

    MarkerLanes.Placement placement = place(lines);

    assertThat(placement.lanes()).isEqualTo(5);
    assertThat(placement.markers()).extracting(ChartMarker::x)
        .containsExactly(320.0, 420.0, 520.0, 620.0, 720.0);
    assertThat(baselines(placement))
        .containsExactly(50.0, 66.0, 82.0, 98.0, 114.0);
    assertThat(anchors(placement))
        .containsOnly("start");
  }

  @Test
  void twoCloseLinesShareOneLaneWithTheEarlierLabelLeftOfItsLineRatherThanTakeTwoLanes() {
    MarkerLanes.Placement placement = place(List.of(
        new MarkerLanes.Line("outcome", 702, "Go-live 8 Feb"),
        new MarkerLanes.Line("deadline", 700, "Deadline 7 Feb")));

    assertThat(placement.lanes()).isEqualTo(1);
    assertThat(anchors(placement))
        .containsExactly("end", "start");
    assertThat(baselines(placement))
        .containsExactly(50.0, 50.0);
  }

  @Test
  void threeLinesOnTheSameDayKeepTheEarlierTwoInTheTopLaneAndOnlyOneLabelLeftOfItsLine() {
    MarkerLanes.Placement placement = place(List.of(
        new MarkerLanes.Line("as-of", 700, "As of 7 Feb"),
        new MarkerLanes.Line("deadline", 700, "Deadline 7 Feb"),
        new MarkerLanes.Line("outcome", 700, "Go-live 8 Feb")));

    assertThat(placement.markers()).extracting(ChartMarker::kind)
        .containsExactly("as-of", "deadline", "outcome");
    assertThat(baselines(placement))
        .containsExactly(50.0, 50.0, 66.0);
    assertThat(anchors(placement))
        .containsExactly("end", "start", "start");
  }

  @Test
  void noLinesNeedNoLanes() {
    MarkerLanes.Placement placement = place(List.of());

    assertThat(placement.markers()).isEmpty();
    assertThat(placement.lanes()).isZero();
  }

  @Test
  void fourLinesFarApartStillShareOneLane() {
    MarkerLanes.Placement placement = place(List.of(
        new MarkerLanes.Line("as-of", 330, "As of"),
        new MarkerLanes.Line("deadline", 500, "Deadline"),
        new MarkerLanes.Line("outcome", 670, "Go-live"),
        new MarkerLanes.Line("extra", 840, "Extra")));

    assertThat(placement.lanes()).isEqualTo(1);
    assertThat(anchors(placement))
        .containsOnly("start");
  }

  @Test
  void aLabelThatEndsExactlyAtTheRightEdgeStaysRightOfItsLine() {
    double edge = new ChartText(704, 50, 10.5, MarkerLanes.WEIGHT, ChartText.START, "Go-live")
        .box().right();

    MarkerLanes.Placement placement = MarkerLanes.place(
        List.of(new MarkerLanes.Line("outcome", 700, "Go-live")), 50, 16, 10.5, 0, edge, 400);

    assertThat(placement.markers().get(0).label().anchor()).isEqualTo("start");
  }

  @Test
  void aLabelThatStartsExactlyAtTheLeftEdgeMayGoLeftOfItsLine() {
    double edge = new ChartText(696, 50, 10.5, MarkerLanes.WEIGHT, ChartText.END, "Go-live")
        .box().left();

    MarkerLanes.Placement placement = MarkerLanes.place(
        List.of(new MarkerLanes.Line("outcome", 700, "Go-live")), 50, 16, 10.5, edge, 710, 400);

    assertThat(placement.markers().get(0).label().anchor()).isEqualTo("end");
  }

  @Test
  void withTheLanesSetTheFewestLabelsGoLeftOfTheirLinesThoughAnEarlierLineThenStartsLower() {
    // The two lines near the right edge need two lanes and labels left of their lines; the two
    // close lines elsewhere could share the top lane only with one more label on the left.
    MarkerLanes.Placement placement = place(List.of(
        new MarkerLanes.Line("a", 935, "Lxxxxxxxxxxx"),
        new MarkerLanes.Line("b", 495, "Lxxxx"),
        new MarkerLanes.Line("c", 505, "Lxxxx"),
        new MarkerLanes.Line("d", 983, "Lxxxxxxxxxx")));

    assertThat(placement.lanes()).isEqualTo(2);
    assertThat(placement.markers()).extracting(ChartMarker::kind)
        .containsExactly("b", "c", "a", "d");
    assertThat(anchors(placement))
        .containsExactly("start", "start", "end", "end");
    assertThat(baselines(placement))
        .containsExactly(50.0, 66.0, 66.0, 50.0);
    assertLegible(placement, "four lines");
  }

  /**
   * Invariant: however close or far apart up to three lines are, and wherever they are, no label
   * covers another, no line crosses a label it passes through, and every label stays on the
   * canvas.
   */
  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
  void labelsNeverTouchAndNoLineCrossesAnotherLabel(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 500; trial++) {
      int count = random.nextInt(1, 4);
      List<MarkerLanes.Line> lines = new ArrayList<>();
      double x = random.nextDouble(310, 988);
      for (int i = 0; i < count; i++) {
        lines.add(new MarkerLanes.Line("line" + i, x,
            "Label " + "x".repeat(random.nextInt(0, 20))));
        x = random.nextBoolean() ? x + random.nextDouble(0, 40) : random.nextDouble(310, 988);
        x = Math.min(x, 988);
      }

      MarkerLanes.Placement placement = place(lines);

      assertThat(placement.markers()).hasSize(count);
      assertLegible(placement, "seed " + seed + ", trial " + trial + ": " + lines);
    }
  }

  /** No two labels overlap; no line crosses a label in a lane at or below its own; on canvas. */
  static void assertLegible(MarkerLanes.Placement placement, String context) {
    List<ChartMarker> markers = placement.markers();
    for (ChartMarker marker : markers) {
      Box box = marker.label().box();
      assertThat(box.left()).as(context).isGreaterThanOrEqualTo(0);
      assertThat(box.right()).as(context).isLessThanOrEqualTo(998);
      for (ChartMarker other : markers) {
        if (other == marker) {
          continue;
        }
        assertThat(box.overlaps(other.label().box())).as(context).isFalse();
        boolean lineReachesThisLane = other.top() < box.bottom();
        if (lineReachesThisLane) {
          assertThat(box.spans(other.x())).as(context + ": a line crosses a label").isFalse();
        }
      }
    }
  }
}
