package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Side;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.Severity;

/** {@code post-sale-steps}: implementation belongs in the onboarding plan. */
final class PostSaleSteps extends MilestoneKindRule {
  PostSaleSteps() {
    super("post-sale-steps", Severity.WARNING, MilestoneKind.IMPLEMENTATION);
  }

  @Override
  String message(MutualActionPlan plan, Milestone milestone) {
    return Wording.milestone(milestone) + " is implementation work: it happens after the sale"
        + " and belongs in the onboarding plan, not in the mutual action plan.";
  }

  @Override
  String hint(MutualActionPlan plan, Milestone milestone) {
    return "Move it to the onboarding plan for customer success. If "
        + Wording.organization(plan, Side.BUYER) + " needs implementation time before"
        + " the outcome, set it as the outcome's lead time instead.";
  }
}
