package io.mutualplan.forecast;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.schedule.CompiledPlan;
import io.mutualplan.core.schedule.CyclicDependencyException;
import io.mutualplan.core.schedule.DateOutOfRangeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The Monte Carlo forecast: the plan scheduled many times (trials), each time with every
 * incomplete milestone's duration drawn at random from its three-point estimate, to tell how
 * likely the buyer's outcome date holds, when the work finishes at chosen confidence levels, and
 * which milestones drive the date.
 *
 * <pre>{@code
 * Forecast forecast = Forecaster.forecast(plan, LocalDate.parse("2026-11-22"));
 * System.out.printf("Go-live on %s holds with %.0f%% probability; commit to %s for 80%%.%n",
 *     plan.outcome().orElseThrow().date(),
 *     100 * forecast.probabilityOnTime().orElseThrow(),
 *     forecast.outcomeAtConfidence().orElseThrow().p80());
 *
 * Forecast thorough = Forecaster.forecast(plan, asOf,
 *     ForecastSettings.builder().trials(100_000).seed(7).threads(4).build());
 * }</pre>
 *
 * <p>The plan is compiled once ({@link CompiledPlan}) and each trial runs the scheduler's own
 * passes on a vector of durations, reusing its buffers: a trial allocates nothing.
 *
 * <p><b>Reproducible.</b> The same plan, as-of date, trials, seed and distribution give the same
 * forecast on any machine and with any number of threads. Trials are numbered from 0 and split
 * into blocks of 100; block {@code b} draws from XoRoShiRo128++ (Commons RNG's {@code
 * XO_RO_SHI_RO_128_PP}) whose two words of state are outputs {@code 2b + 1} and {@code 2b + 2} of
 * SplitMix64 seeded with the seed; within a trial, the drawn milestones draw in plan order. The
 * generators and this split are part of the contract within a major version, so that a stored
 * forecast can be reproduced.
 *
 * <p>The clock is never read, and all methods are thread-safe.
 */
public final class Forecaster {
  /** The most milestones {@link Forecast#drivers()} names. */
  static final int MAX_DRIVERS = 5;

  private Forecaster() {}

  /**
   * Forecasts a plan with the default settings: 10,000 trials, seed 0, triangular durations, on
   * the calling thread.
   *
   * @param plan a plan
   * @param asOf today, for the plan
   * @return the forecast
   * @throws CyclicDependencyException when the plan's dependencies form a cycle, naming it
   * @throws IllegalArgumentException when {@code asOf} is outside the plan format's date range
   * @throws DateOutOfRangeException when a date of the forecast would fall outside the plan
   *     format's range
   */
  public static Forecast forecast(MutualActionPlan plan, LocalDate asOf) {
    return forecast(plan, asOf, ForecastSettings.defaults());
  }

  /**
   * Forecasts a plan.
   *
   * @param plan a plan
   * @param asOf today, for the plan: nothing not yet done can finish before the end of this date
   * @param settings the trials, seed, distribution and threads
   * @return the forecast
   * @throws CyclicDependencyException when the plan's dependencies form a cycle, naming it
   * @throws IllegalArgumentException when {@code asOf} is outside the plan format's date range
   * @throws DateOutOfRangeException when a date of the forecast would fall outside the plan
   *     format's range, naming the milestone (or the outcome)
   * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
   *     while other threads run trials (its interrupt flag is set again)
   */
  public static Forecast forecast(
      MutualActionPlan plan, LocalDate asOf, ForecastSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new Simulation(CompiledPlan.of(plan, asOf), settings, Simulation.MAX_KEPT_DRAWS).run();
  }
}
