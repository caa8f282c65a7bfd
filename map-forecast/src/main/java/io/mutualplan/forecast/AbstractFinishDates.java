package io.mutualplan.forecast;

import io.mutualplan.forecast.internal.ForecastStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The plan's finish at four confidence levels: the last working day of the remaining work in 10,
 * 50, 80 and 90 percent of the trials ({@code p80}: in 80 percent of the trials the work is done
 * by the end of this date).
 *
 * <pre>{@code
 * FinishDates finish = FinishDates.of(
 *     LocalDate.parse("2027-01-12"), LocalDate.parse("2027-01-19"),
 *     LocalDate.parse("2027-01-27"), LocalDate.parse("2027-02-02"));
 * }</pre>
 */
@Value.Immutable
@ForecastStyle
abstract class AbstractFinishDates {
  /**
   * The finish in 10 percent of the trials: an optimistic date.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate p10();

  /**
   * The median finish: as likely to be late as early.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate p50();

  /**
   * The finish in 80 percent of the trials: the date to commit to.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate p80();

  /**
   * The finish in 90 percent of the trials.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate p90();

  @Value.Check
  void check() {
    Confidence.requireOrdered("finish", p10(), p50(), p80(), p90());
  }
}
