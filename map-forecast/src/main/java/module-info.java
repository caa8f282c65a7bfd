/**
 * MAP forecast: the Monte Carlo forecast of a mutual action plan. How likely the buyer's outcome
 * date holds, the finish dates at chosen confidence levels, and which steps drive the date, from
 * the milestones' three-point estimates.
 *
 * <p>Start at {@link io.mutualplan.forecast.Forecaster}.
 */
module io.mutualplan.forecast {
  requires transitive io.mutualplan.core;
  requires static org.immutables.value.annotations;
  requires org.apache.commons.rng.api;
  requires org.apache.commons.rng.simple;
  requires org.apache.commons.statistics.distribution;

  exports io.mutualplan.forecast;
}
