package io.mutualplan.html;

import io.mutualplan.forecast.ForecastSettings;
import io.mutualplan.html.internal.HtmlStyle;
import io.mutualplan.rules.RuleEngine;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link PlanPage} renders a plan: for whom, with which rules, and with or without the
 * forecast.
 *
 * <pre>{@code
 * PageOptions forBuyer = PageOptions.builder().audience(Audience.BUYER).build();
 * PageOptions withOurRules = PageOptions.builder().ruleEngine(engine).build();
 * PageOptions withForecast = PageOptions.builder()
 *     .forecast(ForecastSettings.builder().trials(10_000).seed(0).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@HtmlStyle
abstract class AbstractPageOptions {
  /**
   * The default engine, one for every page: an engine is immutable and thread-safe, and one shared
   * makes two default options equal (an engine is equal only to itself).
   */
  private static final RuleEngine BUILT_IN_RULES = RuleEngine.builder().build();

  /**
   * Who the page is for.
   *
   * @return the audience; {@link Audience#SELLER} by default
   */
  @Value.Default
  public Audience audience() {
    return Audience.SELLER;
  }

  /**
   * The rules that grade the plan on the seller's page (the buyer's page shows no grading).
   * Build the engine once and share it: it is thread-safe.
   *
   * @return the rule engine; the built-in rules with profile {@code full} by default
   */
  @Value.Default
  public RuleEngine ruleEngine() {
    return BUILT_IN_RULES;
  }

  /**
   * The forecast to show, and how to run it: the page then has a section with the probability
   * that the outcome date holds, the finish and outcome dates at 50, 80 and 90 percent, and how
   * often each milestone was critical. The settings carry the seed, so the page stays the same for
   * the same inputs; their number of threads changes only how soon it is ready.
   *
   * @return the forecast's settings; empty (the default) for a page without a forecast
   */
  public abstract Optional<ForecastSettings> forecast();
}
