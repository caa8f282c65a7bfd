package io.mutualplan.forecast;

import io.mutualplan.forecast.internal.ForecastStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The outcome dates to commit to at three confidence levels: the earliest working day on which the
 * buyer's outcome (go-live, say) holds in at least 50, 80 and 90 percent of the trials, counting
 * the outcome's lead time after the last milestone.
 *
 * <pre>{@code
 * forecast.outcomeAtConfidence().map(OutcomeDates::p80);   // "commit to go-live on this date"
 * }</pre>
 */
@Value.Immutable
@ForecastStyle
abstract class AbstractOutcomeDates {
  /**
   * The outcome date that holds in half the trials.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate p50();

  /**
   * The outcome date that holds in 80 percent of the trials: the one to commit to.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate p80();

  /**
   * The outcome date that holds in 90 percent of the trials.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate p90();

  /**
   * Whether an outcome on the given date holds with at least 80 percent confidence: the P80 date is
   * on or before it. Then the P80 date says how early the outcome could be, not a date to commit to
   * instead of the buyer's, and {@code map forecast} and the plan's page word it so.
   *
   * @param outcomeDate the outcome's date, usually the plan's
   * @return whether {@link #p80()} is not after it
   */
  public boolean holdsAt80(LocalDate outcomeDate) {
    return !p80().isAfter(outcomeDate);
  }

  @Value.Check
  void check() {
    Confidence.requireOrdered("outcomeAtConfidence", p50(), p80(), p90());
  }
}
