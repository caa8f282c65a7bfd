package io.mutualplan.rules.portfolio;

import io.mutualplan.rules.internal.RulesStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A portfolio as one value: the date its plans were checked as of, the summary, and the per-plan
 * rows in input order. What the document {@code mutual-action-plan-portfolio/1} holds.
 *
 * <pre>{@code
 * Portfolio portfolio = Portfolio.builder()
 *     .asOf(asOf)
 *     .summary(rows.stream().collect(PortfolioSummary.collector(engine)))
 *     .plans(rows)
 *     .build();
 * }</pre>
 *
 * <p>Unlike {@link PortfolioSummary}, it holds a row per plan: a few hundred bytes each, never the
 * plans themselves.
 */
@Value.Immutable
@RulesStyle
abstract class AbstractPortfolio {
  /**
   * The date every plan was checked, scheduled and forecast as of.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * The summary of every plan and failure.
   *
   * @return the summary
   */
  public abstract PortfolioSummary summary();

  /**
   * A row per plan read, in input order.
   *
   * @return the rows, possibly none
   */
  public abstract List<PlanSummary> plans();
}
