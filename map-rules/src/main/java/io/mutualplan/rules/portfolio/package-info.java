/**
 * The portfolio: every plan of a pipeline at once. {@link
 * io.mutualplan.rules.portfolio.PlanSummary} sums up one checked and scheduled plan in a row;
 * {@link io.mutualplan.rules.portfolio.PortfolioSummary#collector} (or {@link
 * io.mutualplan.rules.portfolio.PortfolioSummary#collectorWithForecasts collectorWithForecasts},
 * for forecast rows) folds rows (and {@link io.mutualplan.rules.portfolio.PlanFailure}s, plans
 * that could not be read) into a {@link io.mutualplan.rules.portfolio.PortfolioSummary}, on a
 * parallel stream and in bounded memory.
 */
package io.mutualplan.rules.portfolio;
