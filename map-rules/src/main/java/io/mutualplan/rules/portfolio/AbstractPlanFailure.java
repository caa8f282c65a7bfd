package io.mutualplan.rules.portfolio;

import io.mutualplan.rules.internal.RulesStyle;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A plan of a portfolio that could not be read or is invalid: its source and its first few
 * problems. It counts in {@link PortfolioSummary#failed()} and never stops the run.
 *
 * <pre>{@code
 * PlanFailure failure = PlanFailure.builder()
 *     .source("pipeline.ndjson")
 *     .line(12)
 *     .addProblem("/milestones/3/buyerOwner: 'dan' is not a stakeholder of the plan")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@RulesStyle
abstract non-sealed class AbstractPlanFailure implements PortfolioEntry {
  /**
   * Sources in order, then lines in order (a whole file before the lines of a stream), then
   * problems in dictionary order: total, so that two failures of one source without a line are
   * listed the same whatever the order in which they arrived.
   */
  static final Comparator<PlanFailure> SOURCE_ORDER = Comparator
      .comparing(PlanFailure::source)
      .thenComparingLong(failure -> failure.line().orElse(0))
      .thenComparing(PlanFailure::problems, Orders.lexicographic(Comparator.naturalOrder()));

  /**
   * Where the plan came from: a file's path, or the name of the stream it was a line of.
   *
   * @return the source, never blank
   */
  public abstract String source();

  /**
   * The plan's line in its stream, for a plan read from NDJSON.
   *
   * @return the line number, from 1, or empty for a plan that is a whole file
   */
  public abstract OptionalLong line();

  /**
   * What is wrong, each problem a sentence with its place (a JSON Pointer, line and column).
   *
   * @return the first few problems, at least one
   */
  public abstract List<String> problems();

  @Value.Check
  void check() {
    EntrySource.check(source(), line());
    if (problems().isEmpty()) {
      throw new IllegalArgumentException("a failure says what is wrong: it has no problems");
    }
  }
}
