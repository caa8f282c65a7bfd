package io.mutualplan.rules.builtin;

import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneKind;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Side;
import io.mutualplan.rules.internal.Wording;
import io.mutualplan.rules.spi.Severity;

/** {@code seller-internal-steps}: the buyer has no stake in the seller's internal tasks. */
final class SellerInternalSteps extends MilestoneKindRule {
  SellerInternalSteps() {
    super("seller-internal-steps", Severity.WARNING, MilestoneKind.INTERNAL);
  }

  @Override
  String message(MutualActionPlan plan, Milestone milestone) {
    return Wording.milestone(milestone) + " is internal to "
        + Wording.organization(plan, Side.SELLER) + ": "
        + Wording.organization(plan, Side.BUYER) + " has no stake in it.";
  }

  @Override
  String hint(MutualActionPlan plan, Milestone milestone) {
    return "Track it in " + Wording.possessive(Wording.organization(plan, Side.SELLER))
        + " own CRM or close plan,"
        + " and keep the shared plan to the steps both sides care about.";
  }
}
