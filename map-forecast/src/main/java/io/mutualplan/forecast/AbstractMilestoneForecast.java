package io.mutualplan.forecast;

import io.mutualplan.core.MilestoneId;
import io.mutualplan.forecast.internal.ForecastStyle;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One milestone's line of a {@link Forecast}: how often it was critical, when it finishes at 50
 * and 80 percent confidence, and how much its uncertainty moves the plan's finish.
 *
 * <pre>{@code
 * MilestoneForecast legal = forecast.milestone(MilestoneId.of("legal")).orElseThrow();
 * legal.criticality();     // 0.8123: on the critical path in 81% of the trials
 * legal.sensitivity();     // OptionalDouble[0.7311]: when legal runs long, the plan does too
 * }</pre>
 */
@Value.Immutable
@ForecastStyle
abstract class AbstractMilestoneForecast {
  /**
   * The milestone.
   *
   * @return its id
   */
  public abstract MilestoneId id();

  /**
   * The fraction of trials in which the milestone was critical (incomplete, with the least total
   * float of the plan); 0 for a completed milestone. Rounded to 4 decimal places, half even.
   *
   * @return a fraction from 0 to 1
   */
  public abstract double criticality();

  /**
   * The date by which the milestone finishes in half the trials (its early finish); a completed
   * milestone's completion date.
   *
   * @return the date
   */
  public abstract LocalDate finishP50();

  /**
   * The date by which the milestone finishes in 80 percent of the trials; a completed milestone's
   * completion date.
   *
   * @return the date
   */
  public abstract LocalDate finishP80();

  /**
   * Spearman's rank correlation between the milestone's drawn duration and the plan's finish over
   * the trials: near 1, the plan finishes late when this milestone runs long. Rounded to 4 decimal
   * places, half even.
   *
   * @return a correlation from -1 to 1; empty when the duration or the plan's finish was the same
   *     in every trial (a completed milestone, one without a spread in its estimate)
   */
  public abstract OptionalDouble sensitivity();

  @Value.Check
  void check() {
    Confidence.requireFraction("criticality of milestone '" + id() + "'", criticality());
    Confidence.requireOrdered("milestone '" + id() + "'", finishP50(), finishP80());
    if (sensitivity().isPresent()) {
      double value = sensitivity().getAsDouble();
      if (!(value >= -1 && value <= 1)) {
        throw new IllegalArgumentException("the sensitivity of milestone '" + id()
            + "' is a correlation, from -1 to 1; got " + value);
      }
    }
  }
}
