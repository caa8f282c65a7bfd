package io.mutualplan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongToDoubleFunction;

/**
 * The progress line of a long run on standard error, rewritten in place: plans done, plans per
 * second and, when the share done is known, the time left. Only for a person at a terminal: when
 * the run is not in one, it writes nothing. Drawn at the first plan, then at most every quarter
 * of a second.
 */
final class Progress {
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean shown;
  private final Optional<LongToDoubleFunction> shareDone;
  private final long start = System.nanoTime();
  /** The first plan draws the line at once. */
  private long lastDrawn = start - REDRAW_NANOS;
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
    this.err = err;
    this.shown = shown;
    this.shareDone = shareDone;
  }

  /** Counts one more plan done, and redraws the line when it is time to. */
  void advance() {
    done++;
    if (!shown) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDrawn >= REDRAW_NANOS) {
      lastDrawn = now;
      draw(now);
    }
  }

  private void draw(long now) {
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    StringBuilder line = new StringBuilder("map: ")
        .append(String.format(Locale.ROOT, "%,d %s, %,.0f plans/s",
            done, done == 1 ? "plan" : "plans", rate));
    if (shareDone.isPresent()) {
      double share = shareDone.get().applyAsDouble(done);
      if (share > 0 && share <= 1) {
        long left = Math.round(seconds * (1 - share) / share);
        line.append(String.format(Locale.ROOT, ", %d%%, about %d s left",
            Math.round(share * 100), left));
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
