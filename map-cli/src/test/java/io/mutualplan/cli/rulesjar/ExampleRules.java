package io.mutualplan.cli.rulesjar;

import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.QualityRuleProvider;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.List;

/**
 * A custom rule a team might ship in a jar of its own, for the tests of {@code --rules}. It is
 * registered only in the jar the tests build ({@link RulesJar}), never on the test class path, so
 * that no other test sees it.
 */
public final class ExampleRules implements QualityRuleProvider {
  /** The id of the one rule. */
  public static final String RULE = "example-exit-criteria-say-who";

  @Override
  public List<QualityRule> rules() {
    return List.of(new ExitCriteriaSayWho());
  }

  /** Every exit criterion names the person who confirms it; a team's own convention. */
  static final class ExitCriteriaSayWho implements QualityRule {
    @Override
    public String id() {
      return RULE;
    }

    @Override
    public String summary() {
      return "every exit criterion names who confirms it";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public void check(RuleContext context) {
      context.report("Checked by a rule from a jar: " + context.plan().milestones().size()
          + " milestones.", "Nothing to do: this rule only shows that it ran.");
    }
  }
}
