/**
 * The Monte Carlo forecast of a mutual action plan: {@link
 * io.mutualplan.forecast.Forecaster#forecast Forecaster.forecast(plan, asOf, settings)} runs the
 * scheduler many times with durations drawn from the milestones' estimates and returns a {@link
 * io.mutualplan.forecast.Forecast}: the probability that the outcome date holds, the finish
 * dates at 10, 50, 80 and 90 percent confidence, and each milestone's criticality and
 * sensitivity.
 */
package io.mutualplan.forecast;
