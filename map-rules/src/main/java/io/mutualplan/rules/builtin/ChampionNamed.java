package io.mutualplan.rules.builtin;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;

/** {@code champion-named}: someone on the buyer's side carries the plan internally. */
final class ChampionNamed extends BuiltInRule {
  ChampionNamed() {
    super("champion-named", Severity.WARNING, "a buyer-side stakeholder has the role champion");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    for (Stakeholder person : plan.stakeholders()) {
      if (person.side() == Side.BUYER && person.hasRole(Role.CHAMPION)) {
        return;
      }
    }
    String buyer = Wording.organization(plan, Side.BUYER);
    context.report(
        "Nobody at " + buyer + " is named as the champion: no one on the buyer's side is"
            + " carrying the plan internally.",
        "Name the person at " + buyer + " who sells the deal internally and add them with the role"
            + " champion. If nobody will take that role, treat it as a qualification signal, not"
            + " a formality.");
  }
}
