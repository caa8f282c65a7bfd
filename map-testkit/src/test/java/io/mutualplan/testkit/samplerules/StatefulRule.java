package io.mutualplan.testkit.samplerules;

import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;

/** Breaks statelessness: counts the plans it has seen in a field. */
public final class StatefulRule implements QualityRule {
  private int plansSeen;

  @Override
  public String id() {
    return "stateful";
  }

  @Override
  public String summary() {
    return "counts plans";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public void check(RuleContext context) {
    plansSeen++;
    if (plansSeen > 1_000_000) {
      context.report("Seen many plans.", "None.");
    }
  }
}
