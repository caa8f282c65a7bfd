package io.mutualplan.html;

import io.mutualplan.html.internal.HtmlStyle;
import io.mutualplan.rules.RuleEngine;
import org.immutables.value.Value;

/**
 * How {@link PlanPage} renders a plan: for whom, and with which rules.
 *
 * <pre>{@code
 * PageOptions forBuyer = PageOptions.builder().audience(Audience.BUYER).build();
 * PageOptions withOurRules = PageOptions.builder().ruleEngine(engine).build();
 * }</pre>
 */
@Value.Immutable
@HtmlStyle
abstract class AbstractPageOptions {
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
    return RuleEngine.builder().build();
  }
}
