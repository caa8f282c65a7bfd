package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Side;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.List;

/** {@code owner-assigned}: every milestone has someone who answers for it. */
final class OwnerAssigned extends BuiltInRule {
  OwnerAssigned() {
    super("owner-assigned", Severity.ERROR,
        "every milestone has a buyer owner or a seller owner");
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.buyerOwner().isEmpty() && milestone.sellerOwner().isEmpty()) {
        context.reportMilestone(i,
            Wording.milestone(milestone) + " has no owner on either side: nobody at "
                + Wording.organization(plan, Side.BUYER) + " or "
                + Wording.organization(plan, Side.SELLER) + " answers for it.",
            "Ask \"who specifically?\" and name one person who owns it, as its buyer owner or"
                + " its seller owner.");
      }
    }
  }
}
