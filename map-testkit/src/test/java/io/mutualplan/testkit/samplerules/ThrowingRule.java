package io.mutualplan.testkit.samplerules;

import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;

/** Throws on every plan. */
public final class ThrowingRule implements QualityRule {
  @Override
  public String id() {
    return "throwing";
  }

  @Override
  public String summary() {
    return "throws";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(RuleContext context) {
    throw new IllegalStateException("this rule always fails");
  }
}
