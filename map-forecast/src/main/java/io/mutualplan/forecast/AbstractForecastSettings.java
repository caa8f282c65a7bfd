package io.mutualplan.forecast;

import io.mutualplan.forecast.internal.ForecastStyle;
import org.immutables.value.Value;

/**
 * How to run a forecast: the number of trials, the seed, the distribution of durations, and the
 * number of threads. The same plan, as-of date, trials, seed and distribution always give the same
 * forecast, whatever the number of threads.
 *
 * <pre>{@code
 * ForecastSettings settings = ForecastSettings.builder()
 *     .trials(50_000)
 *     .seed(42)
 *     .distribution(Distribution.PERT)
 *     .threads(4)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ForecastStyle
abstract class AbstractForecastSettings {
  /** The fewest trials a forecast runs. */
  static final int MIN_TRIALS = 1;

  /** The most trials a forecast runs. */
  static final int MAX_TRIALS = 1_000_000;

  /** The most threads a forecast runs on. */
  static final int MAX_THREADS = 256;

  /**
   * The settings of a forecast nobody tuned: 10,000 trials, seed 0, triangular durations, one
   * thread.
   *
   * @return the default settings
   */
  public static ForecastSettings defaults() {
    return ForecastSettings.builder().build();
  }

  /**
   * How many times the plan is scheduled with drawn durations. More trials, less sampling noise:
   * 10,000 puts a probability within about one percentage point.
   *
   * @return the number of trials, 1 to 1,000,000; 10,000 unless set
   */
  @Value.Default
  public int trials() {
    return 10_000;
  }

  /**
   * The seed of the random draws: the same seed gives the same forecast.
   *
   * @return any 64-bit integer; 0 unless set
   */
  @Value.Default
  public long seed() {
    return 0;
  }

  /**
   * The distribution durations are drawn from.
   *
   * @return {@link Distribution#TRIANGULAR} unless set
   */
  @Value.Default
  public Distribution distribution() {
    return Distribution.TRIANGULAR;
  }

  /**
   * How many threads run the trials; the forecast is the same for any number. Threads other than
   * the caller's are started for the forecast and end with it.
   *
   * @return 1 to 256; 1 (the caller's thread alone) unless set
   */
  @Value.Default
  public int threads() {
    return 1;
  }

  @Value.Check
  void check() {
    checkTrials(trials());
    if (threads() < 1 || threads() > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + "; got "
          + threads());
    }
  }

  /** The one check of a number of trials, for the settings and for a forecast built by hand. */
  static void checkTrials(int trials) {
    if (trials < MIN_TRIALS || trials > MAX_TRIALS) {
      throw new IllegalArgumentException("trials must be between 1 and 1,000,000; got " + trials);
    }
  }
}
