package io.mutualplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongToDoubleFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The progress line of {@code map portfolio}, on a clock the test moves: a rate and a time left
 * only once there is a second to measure them by.
 */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private final StringWriter err = new StringWriter();
  private long now;

  private Progress progress(Optional<LongToDoubleFunction> share) {
    return new Progress(new PrintWriter(err), true, share, () -> now);
  }

  /** Each drawing of the line, without the spaces that blank out a longer one before it. */
  private List<String> lines() {
    return Arrays.stream(err.toString().split("\r")).map(String::stripTrailing)
        .filter(line -> !line.isEmpty()).collect(Collectors.toList());
  }

  @Test
  void theFirstSecondShowsThePlansDoneAndTheShareButNoRateOrTimeLeft() {
    Progress progress = progress(Optional.of(done -> done / 200.0));

    progress.advance();
    now = SECOND / 2;
    progress.advance();

    assertThat(lines()).containsExactly("map: 1 plan, 1%", "map: 2 plans, 1%");
  }

  @Test
  void afterASecondTheRateAndTheTimeLeftFollowThePlansDone() {
    Progress progress = progress(Optional.of(done -> done / 200.0));

    progress.advance();
    for (int i = 0; i < 49; i++) {
      progress.advance();
    }
    now = 2 * SECOND;
    progress.advance();

    assertThat(lines()).containsExactly("map: 1 plan, 1%",
        "map: 51 plans, 26 plans/s, 26%, about 6 s left");
  }

  /** Below ten plans a second the rate has a tenth: "1.0 plans/s", never "1 plans/s". */
  @Test
  void aSlowRateIsWrittenToATenth() {
    Progress progress = progress(Optional.empty());

    progress.advance();
    now = SECOND;
    progress.advance();
    now = SECOND + SECOND / 10;
    for (int i = 0; i < 38; i++) {
      progress.advance();
    }
    now = 40 * SECOND;
    progress.advance();
    now = 40 * SECOND + SECOND / 10;
    for (int i = 0; i < 4_958; i++) {
      progress.advance();
    }
    now = 400 * SECOND;
    progress.advance();

    assertThat(lines()).containsExactly("map: 1 plan", "map: 2 plans, 2.0 plans/s",
        "map: 41 plans, 1.0 plans/s", "map: 5,000 plans, 13 plans/s");
  }

  /** A rate of ten a second is no longer below ten: "10 plans/s", without a tenth. */
  @Test
  void aRateOfTenIsWrittenWhole() {
    Progress progress = progress(Optional.empty());

    progress.advance();
    now = SECOND / 10;
    for (int i = 0; i < 8; i++) {
      progress.advance();
    }
    now = SECOND;
    progress.advance();

    assertThat(lines()).containsExactly("map: 1 plan", "map: 10 plans, 10 plans/s");
  }

  /** A share of 0 says nothing yet; a share of 1 is 100%. */
  @Test
  void theShareIsShownAfterTheFirstPlanThatCountsUpToTheLast() {
    Progress progress = progress(Optional.of(done -> (done - 1) / 2.0));

    progress.advance();
    now = SECOND / 2;
    progress.advance();
    now = SECOND;
    progress.advance();

    assertThat(lines()).containsExactly("map: 1 plan", "map: 2 plans, 50%",
        "map: 3 plans, 3.0 plans/s, 100%, about 0 s left");
  }

  /** {@link System#nanoTime} starts anywhere: the seconds are counted from the progress's start. */
  @Test
  void theSecondsAreCountedFromTheStartWhereverTheClockStands() {
    now = 7 * SECOND;
    Progress progress = progress(Optional.of(done -> done / 200.0));

    for (int i = 0; i < 50; i++) {
      progress.advance();
    }
    now = 9 * SECOND;
    progress.advance();

    assertThat(lines()).containsExactly("map: 1 plan, 1%",
        "map: 51 plans, 26 plans/s, 26%, about 6 s left");
  }

  /** Each line goes back to the start of the line, and blanks out what a longer one left. */
  @Test
  void aShorterLineBlanksOutTheRestOfTheLongerOneBeforeIt() {
    Progress progress = progress(Optional.of(done -> done / 200.0));

    progress.advance();
    now = SECOND / 10;
    for (int i = 0; i < 18; i++) {
      progress.advance();
    }
    now = 2 * SECOND;
    progress.advance();
    now = 2 * SECOND + SECOND / 10;
    for (int i = 0; i < 23; i++) {
      progress.advance();
    }
    now = 2 * SECOND + SECOND / 2;
    progress.advance();

    assertThat(err.toString()).isEqualTo("\rmap: 1 plan, 1%"
        + "\rmap: 20 plans, 10 plans/s, 10%, about 18 s left"
        + "\rmap: 44 plans, 18 plans/s, 22%, about 9 s left ");
  }

  /** The line is written to the terminal at once, not when a buffer of standard error fills. */
  @Test
  void eachDrawingAndTheClearingReachTheTerminalAtOnce() {
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    Progress progress = new Progress(
        new PrintWriter(new OutputStreamWriter(terminal, StandardCharsets.UTF_8)), true,
        Optional.empty(), () -> now);

    progress.advance();
    String drawn = terminal.toString(StandardCharsets.UTF_8);
    progress.finish();

    assertThat(drawn).isEqualTo("\rmap: 1 plan");
    assertThat(terminal.toString(StandardCharsets.UTF_8))
        .isEqualTo("\rmap: 1 plan\r" + " ".repeat(11) + "\r");
  }

  @Test
  void finishingBeforeTheLineWasDrawnWritesNothing() {
    progress(Optional.empty()).finish();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void notAtATerminalNothingIsWritten() {
    Progress progress = new Progress(new PrintWriter(err), false, Optional.empty(), () -> now);

    progress.advance();
    now = 5 * SECOND;
    progress.advance();
    progress.finish();

    assertThat(err.toString()).isEmpty();
  }
}
