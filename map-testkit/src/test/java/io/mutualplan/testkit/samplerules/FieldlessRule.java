package io.mutualplan.testkit.samplerules;

import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;

/** A correct rule with no fields at all, not even constants: the best kind of stateless. */
public final class FieldlessRule implements QualityRule {
  @Override
  public String id() {
    return "goal-stated";
  }

  @Override
  public String summary() {
    return "the plan says what both sides are working toward";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public void check(RuleContext context) {
    if (context.plan().goal().isEmpty()) {
      context.reportAt("/goal", "The plan does not say what both sides are working toward.",
          "Write the buyer's goal in their words.");
    }
  }
}
