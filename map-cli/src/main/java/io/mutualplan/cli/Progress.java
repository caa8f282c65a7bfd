package io.mutualplan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.LongToDoubleFunction;

/**
 * The progress line of a long run on standard error, rewritten in place: plans done, plans per
 * second and, when the share done is known, that share and the time left. The rate and the time
 * left are shown from the first second of the run on, when they mean something. Only for a person
 * at a terminal: when the run is not in one, it writes nothing. Drawn at the first plan, then at
 * most every quarter of a second.
 */
final class Progress {
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean shown;
  private final Optional<LongToDoubleFunction> shareDone;
  private final LongSupplier nanoTime;
  private final long start;
  /** The first plan draws the line at once. */
  private long lastDrawn;
  private long done;
  private int width;

  /**
   * A progress line.
   *
   * @param err standard error
   * @param shown whether to show it (a person is at a terminal)
   * @param shareDone the share of the work done, 0 to 1, given the plans done, when it can be told
   */
  Progress(PrintWriter err, boolean shown, Optional<LongToDoubleFunction> shareDone) {
    this(err, shown, shareDone, System::nanoTime);
  }

  /**
   * A progress line on a clock of one's own, for tests.
   *
   * @param nanoTime the time in nanoseconds, as {@link System#nanoTime()} gives it
   */
  Progress(PrintWriter err, boolean shown, Optional<LongToDoubleFunction> shareDone,
      LongSupplier nanoTime) {
    this.err = err;
    this.shown = shown;
    this.shareDone = shareDone;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.lastDrawn = start - REDRAW_NANOS;
  }

  /** Counts one more plan done, and redraws the line when it is time to. */
  void advance() {
    done++;
    if (!shown) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - lastDrawn >= REDRAW_NANOS) {
      lastDrawn = now;
      draw(now);
    }
  }

  private void draw(long now) {
    double seconds = (now - start) / 1e9;
    // In the first second a rate and a time left are guesses from a plan or two, still slowed by
    // the start of the JVM ("about 135 s left" on a two-second run): they wait for that second.
    boolean timed = seconds >= 1;
    StringBuilder line = new StringBuilder("map: ")
        .append(String.format(Locale.ROOT, "%,d %s", done, done == 1 ? "plan" : "plans"));
    if (timed) {
      double rate = done / seconds;
      // Below ten a second, to a tenth: "1.0 plans/s", as a measure is written.
      line.append(String.format(Locale.ROOT, rate < 10 ? ", %.1f plans/s" : ", %,.0f plans/s",
          rate));
    }
    if (shareDone.isPresent()) {
      double share = shareDone.get().applyAsDouble(done);
      if (share > 0 && share <= 1) {
        line.append(String.format(Locale.ROOT, ", %d%%", Math.round(share * 100)));
        if (timed) {
          long left = Math.round(seconds * (1 - share) / share);
          line.append(String.format(Locale.ROOT, ", about %d s left", left));
        }
      }
    }
    String text = line.toString();
    err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
    err.flush();
    width = text.length();
  }

  /** Clears the line, so that what follows starts on a clean one. */
  void finish() {
    if (shown && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
    }
  }
}
