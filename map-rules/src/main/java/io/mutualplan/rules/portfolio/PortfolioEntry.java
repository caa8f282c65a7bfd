package io.mutualplan.rules.portfolio;

import java.util.OptionalLong;

/**
 * One input of a portfolio: a plan summarised ({@link PlanSummary}) or a plan that could not be
 * read ({@link PlanFailure}). The stream {@link PortfolioSummary#collector} folds is a stream of
 * entries, so a run that meets a broken document still completes and lists it.
 */
public sealed interface PortfolioEntry permits AbstractPlanSummary, AbstractPlanFailure {
  /**
   * Where the plan came from: a file's path, or the name of the stream it was a line of.
   *
   * @return the source, never blank
   */
  String source();

  /**
   * The plan's line in its stream, for a plan read from NDJSON.
   *
   * @return the line number, from 1, or empty for a plan that is a whole file
   */
  OptionalLong line();
}
