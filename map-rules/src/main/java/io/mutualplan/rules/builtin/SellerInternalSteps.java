package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Side;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.List;

/** {@code seller-internal-steps}: the buyer has no stake in the seller's internal tasks. */
final class SellerInternalSteps extends BuiltInRule {
  SellerInternalSteps() {
    super("seller-internal-steps", Severity.WARNING, "no milestone is of kind internal");
  }

  @Override
  LightweightChange lightweight() {
    return OFF;
  }

  @Override
  public void check(RuleContext context) {
    MutualActionPlan plan = context.plan();
    List<Milestone> milestones = plan.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.kind().isPresent() && milestone.kind().get() == MilestoneKind.INTERNAL) {
        String seller = Wording.organization(plan, Side.SELLER);
        context.reportMilestone(i, "kind",
            Wording.milestone(milestone) + " is internal to " + seller + ": "
                + Wording.organization(plan, Side.BUYER) + " has no stake in it.",
            "Track it in " + seller + "'s own CRM or close plan, and keep the shared plan to the"
                + " steps both sides care about.");
      }
    }
  }
}
