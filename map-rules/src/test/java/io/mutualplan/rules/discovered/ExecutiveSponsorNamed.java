package io.mutualplan.rules.discovered;

import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.rules.spi.QualityRule;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;

/** A custom rule shipped through a provider: the buyer names an executive sponsor. */
public final class ExecutiveSponsorNamed implements QualityRule {
  @Override
  public String id() {
    return "executive-sponsor-named";
  }

  @Override
  public String summary() {
    return "a buyer-side executive sponsor is named";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void check(RuleContext context) {
    for (Stakeholder person : context.plan().stakeholders()) {
      if (person.side() == Side.BUYER && person.hasRole(Role.EXECUTIVE_SPONSOR)) {
        return;
      }
    }
    context.report(
        "Nobody at " + context.plan().buyer().name() + " is named as executive sponsor.",
        "Ask the champion who sponsors the project and add them to the plan.");
  }
}
