package io.mutualplan.cli;

import io.mutualplan.forecast.Distribution;
import io.mutualplan.forecast.ForecastSettings;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --trials N} and {@code --seed S}: how a forecast runs, for {@code map forecast},
 * {@code map report --forecast} and {@code map portfolio --forecast}. Unset, they are the
 * library's defaults (10,000 trials, seed 0), but for a portfolio's plans (1,000 trials each).
 *
 * <p>The trials of one plan run on every core Java sees: a forecast is the same whatever the
 * number of threads (the library's contract), so the command line has no option for it. A
 * portfolio runs its plans in parallel instead, each forecast on the thread that checks it.
 */
final class ForecastOptions {
  /** The most threads the forecast's settings accept. */
  private static final int MOST_THREADS = 256;

  @Option(
      names = "--trials",
      order = 3,
      paramLabel = "N",
      converter = WholeNumberConverter.Trials.class,
      description = "How many times to schedule the plan with durations drawn from its "
          + "estimates, 1 to 1,000,000. Default: 10,000, which puts a probability within about "
          + "one percentage point (1,000 per plan in map portfolio).")
  private Optional<Integer> trials = Optional.empty();

  @Option(
      names = "--seed",
      order = 3,
      paramLabel = "S",
      converter = SeedConverter.class,
      description = "The seed of the random draws, any whole number. Default: 0. The same plan, "
          + "date and options always give the same forecast.")
  private Optional<Long> seed = Optional.empty();

  /** Whether {@code --trials} or {@code --seed} was given. */
  boolean given() {
    return trials.isPresent() || seed.isPresent();
  }

  /** The settings of a forecast with these options and a distribution. */
  ForecastSettings settings(Distribution distribution) {
    ForecastSettings.Builder settings = ForecastSettings.builder()
        .distribution(distribution)
        .threads(Math.min(MOST_THREADS, Runtime.getRuntime().availableProcessors()));
    trials.ifPresent(settings::trials);
    seed.ifPresent(settings::seed);
    return settings.build();
  }

  /**
   * The settings of each plan's forecast in a portfolio: 1,000 trials unless {@code --trials}
   * says otherwise (the sum over many plans smooths each one's noise), on one thread, since the
   * portfolio's workers already keep every core busy.
   */
  ForecastSettings perPlan() {
    return ForecastSettings.builder()
        .trials(trials.orElse(PORTFOLIO_TRIALS))
        .seed(seed.orElse(0L))
        .build();
  }

  /** The trials of each plan's forecast in a portfolio, unless {@code --trials} is given. */
  static final int PORTFOLIO_TRIALS = 1_000;
}
