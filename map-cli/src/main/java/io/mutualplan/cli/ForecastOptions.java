package io.mutualplan.cli;

import io.mutualplan.forecast.Distribution;
import io.mutualplan.forecast.ForecastSettings;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --trials N} and {@code --seed S}: how a forecast runs, for {@code map forecast} and
 * {@code map report --forecast}. Unset, they are the library's defaults (10,000 trials, seed 0).
 *
 * <p>The trials run on every core Java sees: a forecast is the same whatever the number of
 * threads (the library's contract), so the command line has no option for it.
 */
final class ForecastOptions {
  /** The most threads the forecast's settings accept. */
  private static final int MOST_THREADS = 256;

  @Option(
      names = "--trials",
      order = 3,
      paramLabel = "N",
      converter = TrialsConverter.class,
      description = "How many times to schedule the plan with durations drawn from its "
          + "estimates, 1 to 1,000,000. Default: 10,000, which puts a probability within about "
          + "one percentage point.")
  private Optional<Integer> trials = Optional.empty();

  @Option(
      names = "--seed",
      order = 3,
      paramLabel = "S",
      converter = SeedConverter.class,
      description = "The seed of the random draws, any whole number. Default: 0. The same plan, "
          + "date, trials, seed and distribution always give the same forecast.")
  private Optional<Long> seed = Optional.empty();

  /** Whether {@code --trials} or {@code --seed} was given. */
  boolean given() {
    return trials.isPresent() || seed.isPresent();
  }

  /** The settings of a forecast with these options and a distribution. */
  ForecastSettings settings(Distribution distribution) {
    ForecastSettings.Builder settings = ForecastSettings.builder()
        .distribution(distribution)
        .threads(Math.min(MOST_THREADS, Math.max(1, Runtime.getRuntime().availableProcessors())));
    trials.ifPresent(settings::trials);
    seed.ifPresent(settings::seed);
    return settings.build();
  }
}
