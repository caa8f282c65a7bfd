package io.mutualplan.rules.portfolio;

/**
 * One input of a portfolio: a plan summarised ({@link PlanSummary}) or a plan that could not be
 * read ({@link PlanFailure}). The stream {@link PortfolioSummary#collector} (or {@link
 * PortfolioSummary#collectorWithForecasts}) folds is a stream of entries, so a run that meets a
 * broken document still completes and lists it.
 */
public sealed interface PortfolioEntry permits AbstractPlanSummary, AbstractPlanFailure {
  // No accessors here: both kinds have a source and a line, but an interface with attributes
  // would make Immutables give each builder a public from() of the package-private abstract type.
}
