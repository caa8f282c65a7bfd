package io.mutualplan.cli.rulesjar;

import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.QualityRuleProvider;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.List;

/**
 * A custom rule whose finding counts in a plan's score: one warning per plan. Registered only in
 * the jar {@link RulesJar#withWarningRule} builds, so that no other test sees it.
 */
public final class WarningRules implements QualityRuleProvider {
  /** The id of the one rule. */
  public static final String RULE = "example-one-warning";

  @Override
  public List<QualityRule> rules() {
    return List.of(new OneWarning());
  }

  /** A warning for every plan, so that a test can see the rule count in the score. */
  static final class OneWarning implements QualityRule {
    @Override
    public String id() {
      return RULE;
    }

    @Override
    public String summary() {
      return "every plan gets one warning";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public void check(RuleContext context) {
      context.report("A warning from a jar.", "Nothing to do: this rule only shows that it ran.");
    }
  }
}
