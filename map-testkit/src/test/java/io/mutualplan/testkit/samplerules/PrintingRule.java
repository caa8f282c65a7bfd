package io.mutualplan.testkit.samplerules;

import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;

/** Prints instead of reporting. */
public final class PrintingRule implements QualityRule {
  @Override
  public String id() {
    return "printing";
  }

  @Override
  public String summary() {
    return "prints";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public void check(RuleContext context) {
    if (context.plan().milestones().isEmpty()) {
      System.out.println("no milestones in " + context.plan().id());
    }
  }
}
