package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Side;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.RuleContext;
import io.mutualplan.rules.spi.Severity;
import java.util.List;

/** {@code post-sale-steps}: implementation belongs in the onboarding plan. */
final class PostSaleSteps extends BuiltInRule {
  PostSaleSteps() {
    super("post-sale-steps", Severity.WARNING, "no milestone is of kind implementation");
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
      if (milestone.kind().isPresent() && milestone.kind().get() == MilestoneKind.IMPLEMENTATION) {
        context.reportMilestone(i, "kind",
            Wording.milestone(milestone) + " is implementation work: it happens after the sale"
                + " and belongs in the onboarding plan, not in the mutual action plan.",
            "Move it to the onboarding plan for customer success. If "
                + Wording.organization(plan, Side.BUYER) + " needs implementation time before"
                + " the outcome, set it as the outcome's lead time instead.");
      }
    }
  }
}
