package io.mutualplan.forecast;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.PlanId;
import io.mutualplan.forecast.internal.ForecastStyle;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A plan's forecast: how likely the buyer's outcome date holds, the finish dates at chosen
 * confidence levels, and which milestones drive the date. {@link Forecaster#forecast} computes it;
 * every field of the {@code mutual-action-plan-forecast/1} document is here, with the same name
 * and meaning.
 *
 * <pre>{@code
 * Forecast forecast = Forecaster.forecast(plan, LocalDate.parse("2026-11-22"));
 * forecast.probabilityOnTime();                         // OptionalDouble[0.9412]
 * forecast.finish().map(FinishDates::p80);              // the finish to commit to
 * forecast.outcomeAtConfidence().map(OutcomeDates::p80);
 * forecast.drivers();                                    // [legal, security-review]
 * }</pre>
 *
 * <p>Fractions and correlations are rounded to 4 decimal places, half even (the {@code double}
 * nearest that decimal). Instances are immutable; values built by hand (as a reader of forecast
 * documents does) are checked for what holds of every forecast: fractions from 0 to 1, dates that
 * do not go backwards as confidence rises, on-time figures present together and only with a
 * deadline, drivers among the milestones.
 */
@Value.Immutable
@ForecastStyle
abstract class AbstractForecast {
  /**
   * The plan forecast.
   *
   * @return its id
   */
  public abstract PlanId planId();

  /**
   * The date the forecast was made as of.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * How many trials ran.
   *
   * @return 1 to 1,000,000
   */
  public abstract int trials();

  /**
   * The seed of the random draws.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * The distribution durations were drawn from.
   *
   * @return the distribution
   */
  public abstract Distribution distribution();

  /**
   * Whether every trial was the same: no incomplete milestone has an estimate with a spread
   * (optimistic below pessimistic). The figures are then those of the one schedule, as if all the
   * trials ran.
   *
   * @return true when nothing was drawn at random
   */
  public abstract boolean deterministic();

  /**
   * The last working day on which work can finish and still meet the outcome, as in the schedule.
   *
   * @return the deadline; empty when the plan has no outcome
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * The plan's finish at 10, 50, 80 and 90 percent confidence. With nothing left to do, every
   * level is the latest completion date.
   *
   * @return the dates; empty only for a plan with no milestones
   */
  public abstract Optional<FinishDates> finish();

  /**
   * The number of trials in which the plan met its deadline (its slack was not negative).
   *
   * @return the count; empty when the plan has no outcome
   */
  public abstract OptionalInt onTimeTrials();

  /**
   * The probability that the outcome date holds: {@link #onTimeTrials()} over {@link #trials()},
   * rounded to 4 decimal places, half even.
   *
   * @return a fraction from 0 to 1; empty when the plan has no outcome
   */
  public abstract OptionalDouble probabilityOnTime();

  /**
   * The outcome dates to commit to at 50, 80 and 90 percent confidence.
   *
   * @return the dates; empty when the plan has no outcome or nothing is left to do
   */
  public abstract Optional<OutcomeDates> outcomeAtConfidence();

  /**
   * Up to five milestones whose uncertainty moves the finish most: those with a positive {@link
   * MilestoneForecast#sensitivity()}, highest first (ties in plan order).
   *
   * @return the milestones' ids, possibly none
   */
  public abstract List<MilestoneId> drivers();

  /**
   * Every milestone's line, in plan order.
   *
   * @return the lines, possibly none
   */
  public abstract List<MilestoneForecast> milestones();

  /**
   * The line of a milestone.
   *
   * @param id a milestone id
   * @return the line, or empty when the forecast has no such milestone
   */
  public Optional<MilestoneForecast> milestone(MilestoneId id) {
    return milestones().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    AbstractForecastSettings.checkTrials(trials());
    if (onTimeTrials().isPresent() != probabilityOnTime().isPresent()) {
      throw new IllegalArgumentException(
          "onTimeTrials and probabilityOnTime are given together, or neither");
    }
    if (onTimeTrials().isPresent() && deadline().isEmpty()) {
      throw new IllegalArgumentException(
          "onTimeTrials needs a deadline: without an outcome there is nothing to be on time for");
    }
    if (outcomeAtConfidence().isPresent() && deadline().isEmpty()) {
      throw new IllegalArgumentException("outcomeAtConfidence needs a deadline (an outcome)");
    }
    if (onTimeTrials().isPresent()) {
      int onTime = onTimeTrials().getAsInt();
      if (onTime < 0 || onTime > trials()) {
        throw new IllegalArgumentException("onTimeTrials must be between 0 and the " + trials()
            + " trials; got " + onTime);
      }
      Confidence.requireFraction("probabilityOnTime", probabilityOnTime().getAsDouble());
    }
    if (drivers().size() > Forecaster.MAX_DRIVERS) {
      throw new IllegalArgumentException("at most " + Forecaster.MAX_DRIVERS
          + " drivers; got " + drivers().size());
    }
    Set<MilestoneId> ids = new HashSet<>();
    for (MilestoneForecast milestone : milestones()) {
      ids.add(milestone.id());
    }
    for (MilestoneId driver : drivers()) {
      if (!ids.contains(driver)) {
        throw new IllegalArgumentException("driver '" + driver + "' is not a milestone of the"
            + " forecast");
      }
    }
  }
}
